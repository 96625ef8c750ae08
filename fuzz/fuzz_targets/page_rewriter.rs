//! Every HTML page of the application streams through the gateway's rewriter, which holds back
//! known trackers: any bytes, cut anywhere, are rewritten without panicking; how the stream is
//! cut never changes the result; skimming the page gives what the full rewriter gives; and a
//! visitor who granted everything gets the page exactly as the banner's injection alone makes
//! it.
#![no_main]

use bytes::Bytes;
use cookiewarden_core::{Choices, ServiceCatalogue, ServiceChoices, ServiceDeclaration};
use cookiewarden_gateway::{Blocking, Injector, UnknownScripts};
use libfuzzer_sys::fuzz_target;

const TAGS: &str = "<script src=/_cookiewarden/banner.js></script>";

/// The catalogue as a site listing three services sees it, made once.
static CATALOGUE: std::sync::LazyLock<std::sync::Arc<ServiceCatalogue>> =
    std::sync::LazyLock::new(|| {
        let listed = ["facebookpixel", "gtag", "youtube"].map(ServiceDeclaration::of_catalogue);
        std::sync::Arc::new(ServiceCatalogue::for_site(&listed))
    });

fn rewrite(page: &[u8], cut: usize, blocking: Option<Blocking>) -> Vec<u8> {
    let mut injector = Injector::new(TAGS, None, blocking).expect("UTF-8 is readable");
    let mut out = Vec::new();
    for chunk in page.chunks(cut.max(1)) {
        out.extend_from_slice(&injector.push(Bytes::copy_from_slice(chunk)));
    }
    out.extend_from_slice(&injector.finish());
    out
}

fuzz_target!(|input: (u8, u8, &[u8])| {
    let (cut, granted, page) = input;
    let blocking = |choices: Choices, thorough: bool| Blocking {
        catalogue: std::sync::Arc::clone(&CATALOGUE),
        granted: choices,
        page: url::Url::parse("https://shop.example.com/").expect("a valid URL"),
        unknown_scripts: if granted & 8 == 0 {
            UnknownScripts::Pass
        } else {
            UnknownScripts::Block
        },
        thorough,
    };
    let choices = Choices {
        preferences: granted & 1 != 0,
        statistics: granted & 2 != 0,
        marketing: granted & 4 != 0,
        exempt_opt_out: false,
        // The high bits choose some of the site's services apart from their kind.
        services: ServiceChoices {
            refused: u64::from(granted >> 4 & 3),
            granted: u64::from(granted >> 6 & 3) << 1,
        },
    };
    // Text the rewriter reads (inline scripts) comes back as UTF-8: a byte sequence that is not
    // UTF-8 there becomes U+FFFD, as the browser reads it anyway, wherever the stream was cut.
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    let whole = rewrite(page, page.len(), Some(blocking(choices, false)));
    let cut = rewrite(page, usize::from(cut), Some(blocking(choices, false)));
    assert_eq!(text(&whole), text(&cut), "cutting the stream changed the page");
    let full = rewrite(page, page.len(), Some(blocking(choices, true)));
    assert_eq!(text(&whole), text(&full), "skimming read the page otherwise");
    if choices == Choices::ALL {
        assert_eq!(whole, rewrite(page, page.len(), None));
    }
});
