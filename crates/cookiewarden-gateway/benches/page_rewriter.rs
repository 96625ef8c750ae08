//! The cost of reading a ~100 KB page for trackers, against injecting the banner alone: the
//! gateway's three ways through a page (inject and stop; skim and rewrite what matters; the
//! full rewriter over every byte), on a page of plain markup and on the same page carrying its
//! vendors' tags, for a visitor who has granted nothing.
//!
//! `cargo bench -p cookiewarden-gateway --bench page_rewriter` (results in docs/benchmarks.md)

use std::time::{Duration, Instant};

use bytes::Bytes;
use cookiewarden_core::{Choices, ServiceCatalogue};
use cookiewarden_gateway::{Blocking, Injector, UnknownScripts};

/// The page the gateway-against-nginx benchmark serves: 1,700 product rows.
fn plain_page() -> String {
    let rows: String = (0..1700)
        .map(|i| format!("<p>Product {i}: a very fine item, in stock, ships tomorrow.</p>\n"))
        .collect();
    format!("<!doctype html><html><head><title>Shop</title></head><body>{rows}</body></html>\n")
}

/// The same rows after the head and body of the vendor-tags fixture.
fn tracker_page(plain: &str) -> String {
    let vendors = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/vendor-tags/index.html"),
    )
    .expect("the fixture is readable");
    let head = vendors
        .split("<head>")
        .nth(1)
        .and_then(|h| h.split("</head>").next());
    let body = vendors
        .split("<body>")
        .nth(1)
        .and_then(|b| b.split("</body>").next());
    let rows = plain.split("<body>").nth(1).unwrap_or_default();
    format!(
        "<!doctype html><html><head><title>Shop</title>{}</head><body>{}{rows}",
        head.unwrap_or_default(),
        body.unwrap_or_default()
    )
}

/// The mean time to rewrite `page`, fed in 16 KiB chunks as a socket delivers it.
fn measure(page: &str, blocking: impl Fn() -> Option<Blocking>) -> Duration {
    let chunks: Vec<Bytes> = page
        .as_bytes()
        .chunks(16 * 1024)
        .map(Bytes::copy_from_slice)
        .collect();
    let runs = 500;
    let start = Instant::now();
    for _ in 0..runs {
        let mut injector = Injector::new("<script src=/b.js></script>", None, blocking())
            .expect("UTF-8 is readable");
        let mut length = 0;
        for chunk in &chunks {
            length += injector.push(chunk.clone()).len();
        }
        length += injector.finish().len();
        assert!(length >= page.len() / 2);
    }
    start.elapsed() / runs
}

fn main() {
    let plain = plain_page();
    let trackers = tracker_page(&plain);
    let catalogue = std::sync::Arc::new(ServiceCatalogue::for_site(&[]));
    let blocking = |thorough| {
        let catalogue = std::sync::Arc::clone(&catalogue);
        move || {
            Some(Blocking {
                catalogue: std::sync::Arc::clone(&catalogue),
                granted: Choices::NONE,
                page: url::Url::parse("https://shop.example.com/").expect("a valid URL"),
                unknown_scripts: UnknownScripts::Pass,
                thorough,
            })
        }
    };
    println!("| page | inject only | skim (the gateway) | full rewriter |");
    println!("| --- | ---: | ---: | ---: |");
    for (name, page) in [
        ("~100 KB, no tracker", &plain),
        ("the same with its vendors' tags", &trackers),
    ] {
        let inject = measure(page, || None);
        let skim = measure(page, blocking(false));
        let full = measure(page, blocking(true));
        println!(
            "| {name} ({} KB) | {:.0} µs | {:.0} µs | {:.0} µs |",
            page.len() / 1000,
            inject.as_secs_f64() * 1e6,
            skim.as_secs_f64() * 1e6,
            full.as_secs_f64() * 1e6
        );
    }
}
