//! Holding back known trackers in the HTML stream: the vendors' own snippets, spelling tricks,
//! chunk boundaries, huge and unfinished scripts, and a property: whatever the page and however
//! it is cut, no tracker of a purpose the visitor has not granted is left able to load.

use std::cell::RefCell;
use std::sync::Arc;

use bytes::Bytes;
use cookiewarden_core::{Category, Choices, ServiceCatalogue, ServiceDeclaration};
use cookiewarden_gateway::{Blocking, Injector, ScriptSighting, UnknownScripts};
use proptest::prelude::*;
use url::Url;

const TAGS: &str = "<script src=/_cookiewarden/banner.js></script>";

fn vendor_page() -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/vendor-tags/index.html"),
    )
    .unwrap()
}

fn blocking(granted: Choices, unknown_scripts: UnknownScripts) -> Blocking {
    Blocking {
        catalogue: Arc::new(ServiceCatalogue::for_site(&[])),
        granted,
        page: Url::parse("https://shop.example.com/products?id=1").unwrap(),
        unknown_scripts,
        thorough: false,
    }
}

/// The page as the visitor gets it, pushed `size` bytes at a time, and the sightings.
fn rewrite_with(
    page: &[u8],
    size: usize,
    blocking: Option<Blocking>,
) -> (String, Vec<ScriptSighting>) {
    let mut injector = Injector::new(TAGS, None, blocking).unwrap();
    let mut out = Vec::new();
    for chunk in page.chunks(size.max(1)) {
        out.extend_from_slice(&injector.push(Bytes::copy_from_slice(chunk)));
    }
    out.extend_from_slice(&injector.finish());
    (String::from_utf8(out).unwrap(), injector.take_sightings())
}

fn rewrite(page: &str, granted: Choices) -> String {
    rewrite_with(
        page.as_bytes(),
        page.len(),
        Some(blocking(granted, UnknownScripts::Pass)),
    )
    .0
}

/// Only the banner's tags, as without auto-blocking.
fn injected_only(page: &str) -> String {
    rewrite_with(page.as_bytes(), page.len(), None).0
}

/// What in `html` can still load or run a service of a purpose not in `granted`, read
/// independently of the rewriter: every element the browser fetches for, every script that
/// runs, resolved as the browser resolves it. Each finding is `tag service`.
fn active_trackers(html: &str, granted: Choices) -> Vec<String> {
    let catalogue = ServiceCatalogue::builtin();
    let found = RefCell::new(Vec::new());
    let base = RefCell::new(Url::parse("https://shop.example.com/products?id=1").unwrap());
    let held = |service: &cookiewarden_core::Service| {
        service.needs_consent_first() && !granted.granted(service.category)
    };
    let judge = |tag: &str, raw: &str| {
        let decoded = htmlize::unescape_attribute(raw);
        let Ok(url) = base.borrow().join(decoded.trim()) else {
            return;
        };
        let Some(host) = url.host_str() else {
            return;
        };
        if !matches!(url.scheme(), "http" | "https") || host == "shop.example.com" {
            return;
        }
        let path = match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_owned(),
        };
        if let Some(service) = catalogue.service_of(host, &path)
            && held(service)
        {
            found.borrow_mut().push(format!("{tag} {}", service.key));
        }
    };
    let inline = RefCell::new(None::<String>);
    let base_seen = RefCell::new(false);
    let runs = |el: &lol_html::html_content::Element| {
        let kind = el
            .get_attribute("type")
            .map(|t| t.trim().to_ascii_lowercase());
        matches!(
            kind.as_deref(),
            None | Some("")
                | Some("text/javascript")
                | Some("module")
                | Some("application/javascript")
        )
    };
    let settings = lol_html::RewriteStrSettings::new()
        .with_strict(false)
        .append_element_content_handler(lol_html::element!("*", |el| {
            let tag = el.tag_name();
            if tag == "base" && !*base_seen.borrow() {
                if let Some(href) = el.get_attribute("href") {
                    *base_seen.borrow_mut() = true;
                    let joined = base
                        .borrow()
                        .join(htmlize::unescape_attribute(&href).trim());
                    if let Ok(joined) = joined {
                        *base.borrow_mut() = joined;
                    }
                }
                return Ok(());
            }
            if tag == "script" {
                *inline.borrow_mut() = None;
                if !runs(el) {
                    return Ok(());
                }
                let names: &[&str] = if el.namespace_uri() == "http://www.w3.org/2000/svg" {
                    &["href", "xlink:href"]
                } else {
                    &["src"]
                };
                match names.iter().find_map(|a| el.get_attribute(a)) {
                    Some(src) => judge("script", &src),
                    None => *inline.borrow_mut() = Some(String::new()),
                }
                return Ok(());
            }
            const FETCHING: [&str; 17] = [
                "iframe", "frame", "img", "image", "source", "link", "embed", "object", "video",
                "audio", "track", "input", "body", "table", "td", "th", "feimage",
            ];
            let svg = el.namespace_uri() == "http://www.w3.org/2000/svg";
            if !FETCHING.contains(&tag.as_str()) || (tag == "feimage" && !svg) {
                return Ok(());
            }
            // Gated elements keep their URLs in data-* attributes, which load nothing.
            for attribute in ["src", "href", "xlink:href", "data", "poster", "background"] {
                if let Some(value) = el.get_attribute(attribute) {
                    judge(&tag, &value);
                }
            }
            for attribute in ["srcset", "imagesrcset"] {
                if let Some(set) = el.get_attribute(attribute) {
                    for candidate in set.split(',') {
                        if let Some(url) = candidate.split_whitespace().next() {
                            judge(&tag, url);
                        }
                    }
                }
            }
            Ok(())
        }))
        .append_element_content_handler(lol_html::text!("script", |chunk| {
            let mut inline = inline.borrow_mut();
            if let Some(text) = inline.as_mut() {
                text.push_str(chunk.as_str());
                if chunk.last_in_text_node() {
                    for service in catalogue.services_of_inline(text) {
                        if held(service) {
                            found.borrow_mut().push(format!("inline {}", service.key));
                        }
                    }
                    *inline = None;
                }
            }
            Ok(())
        }));
    let _ = lol_html::rewrite_str(html, settings);
    found.into_inner()
}

/// The services a rewritten page holds back, by their `data-service` marks.
fn held_services(html: &str) -> Vec<String> {
    let mut keys: Vec<String> = html
        .match_indices("data-service=\"")
        .map(|(at, mark)| {
            let rest = &html[at + mark.len()..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

const NO_STATISTICS: Choices = Choices {
    statistics: false,
    ..Choices::ALL
};

#[test]
fn the_vendors_snippets_are_all_held_back_before_consent() {
    let page = vendor_page();
    assert!(
        !active_trackers(&page, Choices::NONE).is_empty(),
        "the check sees the trackers of the page as it is"
    );
    let out = rewrite(&page, Choices::NONE);
    assert_eq!(active_trackers(&out, Choices::NONE), Vec::<String>::new());
    let held = held_services(&out);
    for service in [
        "clarity",
        "facebookpixel",
        "googlefonts",
        "googlemapsembed",
        "googletagmanager",
        "gtag",
        "hotjar",
        "hubspot",
        "linkedininsighttag",
        "recaptcha",
        "tiktok",
        "vimeo",
        "youtube",
    ] {
        assert!(held.contains(&service.to_owned()), "{service} in {held:?}");
    }
    assert!(held.iter().any(|k| k.starts_with("twitter")), "{held:?}");
    // The fallbacks for browsers without scripts are emptied...
    for fallback in ["ns.html", "facebook.com/tr", "px.ads.linkedin.com"] {
        assert!(!out.contains(fallback), "{fallback} is still in the page");
    }
    // ...and the page's own scripts, data and fallbacks are untouched, byte for byte.
    for own in [
        "<script src=\"/first-party.js\"></script>",
        "<script>window.firstPartyInline = true;</script>",
        "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"Store\", \"name\": \"fbq('init', 'not a script')\"}</script>",
        "<noscript><p>This shop works best with JavaScript.</p></noscript>",
        "<img src=\"/logo.svg\" alt=\"The shop\" width=\"40\" height=\"40\">",
    ] {
        assert!(out.contains(own), "{own} changed");
    }
    // A gated iframe names its provider for the placeholder; a gated script keeps its order
    // and attributes.
    assert!(out.contains("data-service-name=\"YouTube\""), "{out}");
    assert!(out.contains(
        "<script async data-src=\"https://www.googletagmanager.com/gtag/js?id=G-TEST123\" type=\"text/plain\" data-category=\"statistics\" data-service=\"gtag\"></script>"
    ), "{out}");
}

#[test]
fn what_the_visitor_granted_passes_byte_for_byte() {
    let page = vendor_page();
    assert_eq!(rewrite(&page, Choices::ALL), injected_only(&page));
    let out = rewrite(&page, NO_STATISTICS);
    let held = held_services(&out);
    assert_eq!(held, ["clarity", "gtag", "hotjar"], "only statistics wait");
    assert_eq!(active_trackers(&out, NO_STATISTICS), Vec::<String>::new());
    assert!(out.contains("<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?si=TEST\""));
}

#[test]
fn a_service_chosen_apart_from_its_kind_is_judged_on_its_own() {
    let page = vendor_page();
    let declared = [
        ServiceDeclaration::of_catalogue("youtube"),
        ServiceDeclaration::of_catalogue("gtag"),
        // A service of the site's own, found by its host.
        ServiceDeclaration {
            name: Some("Shop reviews".into()),
            category: Some(Category::Preferences),
            hosts: vec!["widget.reviews.example.net".into()],
            ..ServiceDeclaration::of_catalogue("shop-reviews")
        },
    ];
    let catalogue = Arc::new(ServiceCatalogue::for_site(&declared));
    // Statistics allowed except Google Analytics; marketing refused except YouTube.
    let (granted, _) = catalogue
        .choose_services(
            Choices {
                statistics: true,
                preferences: true,
                ..Choices::NONE
            },
            &[("gtag".into(), false), ("youtube".into(), true)].into(),
            false,
        )
        .unwrap();
    let page = format!("{page}<script src=\"https://widget.reviews.example.net/w.js\"></script>");
    let with_site = |granted| Blocking {
        catalogue: Arc::clone(&catalogue),
        ..blocking(granted, UnknownScripts::Pass)
    };
    let out = rewrite_with(page.as_bytes(), 4096, Some(with_site(granted))).0;
    let held = held_services(&out);
    assert!(held.contains(&"gtag".to_owned()), "{held:?}");
    assert!(!held.contains(&"youtube".to_owned()), "{held:?}");
    assert!(
        !held.contains(&"hotjar".to_owned()),
        "statistics allowed: {held:?}"
    );
    assert!(held.contains(&"facebookpixel".to_owned()), "{held:?}");
    assert!(out.contains("src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?si=TEST\""));
    assert!(out.contains("<script src=\"https://widget.reviews.example.net/w.js\"></script>"));
    // Refusing the site's own service alone holds it back, its kind still allowed.
    let (refused, _) = catalogue
        .choose_services(
            Choices::ALL,
            &[("shop-reviews".into(), false)].into(),
            false,
        )
        .unwrap();
    let out = rewrite_with(page.as_bytes(), 4096, Some(with_site(refused))).0;
    assert_eq!(held_services(&out), ["shop-reviews"]);
    assert!(out.contains("data-service=\"shop-reviews\""), "{out}");
    // A service that needs no consent passes before any choice, and waits once refused by
    // name.
    let exempt = Arc::new(ServiceCatalogue::for_site(&[
        ServiceDeclaration::of_catalogue("plausible"),
    ]));
    let page = "<script defer src=\"https://plausible.io/js/script.js\"></script>";
    let judged = |granted| {
        rewrite_with(
            page.as_bytes(),
            64,
            Some(Blocking {
                catalogue: Arc::clone(&exempt),
                ..blocking(granted, UnknownScripts::Pass)
            }),
        )
        .0
    };
    assert!(held_services(&judged(Choices::NONE)).is_empty());
    let (refused, _) = exempt
        .choose_services(Choices::ALL, &[("plausible".into(), false)].into(), false)
        .unwrap();
    assert_eq!(held_services(&judged(refused)), ["plausible"]);
}

/// A shop page of its own markup only: scripts, styles, images, frames and fallbacks, all
/// first party.
fn own_page() -> String {
    let row = "<div class=\"product\"><img src=\"/img/p.jpg\" srcset=\"/img/p.jpg 1x, /img/p@2x.jpg 2x\" alt=\"\">\
               <a href=\"/p\">Product</a><script>window.seen = (window.seen || 0) + 1;</script></div>\n";
    format!(
        "<!doctype html><html><head><link rel=stylesheet href=/s.css><link rel=preload href=/f.woff2 as=font>\
         <script src=/app.js defer></script></head><body><noscript><img src=/pixel.gif></noscript>\
         <iframe src=/embed.html></iframe>{}</body></html>",
        row.repeat(400)
    )
}

#[test]
fn a_page_without_trackers_comes_out_as_injection_alone_makes_it() {
    let page = own_page();
    assert_eq!(rewrite(&page, Choices::NONE), injected_only(&page));
}

#[test]
fn pages_the_fuzzer_found_read_the_same_however_cut() {
    for page in [
        &b"<script/\0=><iframe></iframe>\0<"[..],
        b":><mglyph>",
        b"<Z><fram/@><mglyph/\0>x</Z><p>",
        b"<Script/f>>\0<e\0+i<Script/f>i",
    ] {
        let read = |size: usize, thorough: bool| {
            let blocking = Blocking {
                thorough,
                ..blocking(Choices::NONE, UnknownScripts::Pass)
            };
            rewrite_with(page, size, Some(blocking)).0
        };
        let whole = read(page.len(), false);
        assert_eq!(read(1, false), whole, "{page:?}");
        assert_eq!(read(7, false), whole, "{page:?}");
        assert_eq!(read(page.len(), true), whole, "{page:?}");
    }
}

#[test]
fn however_the_stream_is_cut_the_result_is_the_same() {
    let page = vendor_page();
    let whole = rewrite(&page, Choices::NONE);
    let thorough = Blocking {
        thorough: true,
        ..blocking(Choices::NONE, UnknownScripts::Pass)
    };
    assert_eq!(
        rewrite_with(page.as_bytes(), page.len(), Some(thorough)).0,
        whole,
        "skimming reads the page as the full rewriter does"
    );
    for size in [1, 2, 3, 7, 64, 1000, 4096] {
        let cut = rewrite_with(
            page.as_bytes(),
            size,
            Some(blocking(Choices::NONE, UnknownScripts::Pass)),
        )
        .0;
        assert_eq!(cut, whole, "in chunks of {size}");
    }
}

/// Trackers written the ways a browser still reads as the tracker.
const SPELLINGS: &[&str] = &[
    "<SCRIPT SRC=https://www.googletagmanager.com/gtag/js?id=G-1></SCRIPT>",
    "<script src=//connect.facebook.net/en_US/fbevents.js></script>",
    "<script src='https&#58;&#x2F;&#x2F;static.hotjar.com/c/hotjar-1.js?sv=6'></script>",
    "<script src=\"&sol;&sol;www.googletagmanager.com/gtm.js?id=GTM-1\"></script>",
    "<script src=\"\\\\www.googletagmanager.com\\gtm.js?id=GTM-1\"></script>",
    "<script src=\"ht\ttps://www.googletagmanager.com/gtm.js?id=GTM-1\"></script>",
    "<script src=\"https://WWW.GoogleTagManager.COM./gtm.js?id=GTM-1\"></script>",
    "<script src=\"https://www.%67oogletagmanager.com/gtm.js?id=GTM-1\"></script>",
    "<script type=module src=https://static.hotjar.com/c/hotjar-1.js></script>",
    "<script language=javascript src=https://static.hotjar.com/c/hotjar-1.js></script>",
    "<svg><script href=\"https://static.hotjar.com/c/hotjar-1.js\"></script></svg>",
    "<iframe src=\" https://www.youtube.com/embed/x \"></iframe>",
    "<IFRAME SRC=https://player.vimeo.com/video/1></IFRAME>",
    "<img srcset=\"a.png 1x, https://www.facebook.com/tr?id=1 2x\">",
    "<picture><source srcset=\"https://px.ads.linkedin.com/collect/?pid=1\"><img src=a.png></picture>",
    "<img src=\"https://www.facebook.com/tr?id=1&amp;ev=PageView\">",
    "<image src=\"https://www.facebook.com/tr?id=1\">",
    "<svg><image href=\"https://www.facebook.com/tr?id=1\"></image></svg>",
    "<link rel=\"DNS-Prefetch\" href=\"//static.hotjar.com\">",
    "<link rel=preload as=script href=https://static.hotjar.com/c/hotjar-1.js>",
    "<embed src=\"https://www.youtube.com/embed/x\">",
    "<object data=\"https://www.youtube.com/embed/x\"></object>",
    "<video poster=\"https://www.facebook.com/tr?id=1\"></video>",
    "<input type=IMAGE src=\"https://www.facebook.com/tr?id=1\">",
    "<base href=\"https://www.googletagmanager.com/\"><script src=\"gtm.js?id=GTM-1\"></script>",
    "<script>\n  fbq ( \"init\" , \"1\" ) ;\n</script>",
    "<script type=\"text/javascript\">_linkedin_partner_id = \"1\";</script>",
    "<script href=\"/own.js\">fbq('init', '1');</script>",
    "<table background=\"https://www.facebook.com/tr?id=1\"><tr><td>x</td></tr></table>",
    "<TD BACKGROUND=//www.facebook.com/tr?id=1>x</TD>",
    "<select><style>x{}</style></select><script src=\"https://www.googletagmanager.com/gtag/js?id=G-1\"></script>",
    "<svg><feImage href=\"https://www.facebook.com/tr?id=1\"/></svg>",
];

#[test]
fn spelling_tricks_do_not_let_a_tracker_through() {
    for spelling in SPELLINGS {
        let page = format!("<html><head></head><body><p>x</p>{spelling}<p>y</p></body></html>");
        assert!(
            !active_trackers(&page, Choices::NONE).is_empty(),
            "the check sees {spelling}"
        );
        for size in [1, 5, page.len()] {
            let out = rewrite_with(
                page.as_bytes(),
                size,
                Some(blocking(Choices::NONE, UnknownScripts::Pass)),
            )
            .0;
            assert_eq!(
                active_trackers(&out, Choices::NONE),
                Vec::<String>::new(),
                "{spelling} in chunks of {size}: {out}"
            );
            assert!(out.ends_with("<p>y</p></body></html>"), "{out}");
        }
    }
    let module = rewrite(SPELLINGS[8], Choices::NONE);
    assert!(module.contains("data-type=\"module\""), "{module}");
}

#[test]
fn what_a_browser_reads_otherwise_than_the_rewriter_is_held_back_all_the_same() {
    let held = |page: &str| {
        let out = rewrite(page, Choices::NONE);
        let marked = out.contains("type=\"text/plain\"") && out.contains("data-service=");
        (marked, out)
    };
    for page in [
        // A decoy base the browser ignores, then the one it uses.
        "<base href=\"data:,x\"><script src=\"//www.googletagmanager.com/gtag/js?id=G-1\"></script>",
        "<template><base href=\"/\"></template><base href=\"https://www.googletagmanager.com/\"><script src=\"gtag/js?id=G-1\"></script>",
        "<svg><base href=\"/\"/></svg><base href=\"https://www.googletagmanager.com/\"><script src=\"gtag/js?id=G-1\"></script>",
        // An SVG script's text cut by a comment, or hidden by character references.
        "<svg><script>/*<!---->*/fbq(\"init\",\"1\")</script></svg>",
        "<svg><script>&#102;bq('init','1')</script></svg>",
    ] {
        let (marked, out) = held(page);
        assert!(marked, "{page} became {out}");
    }
    // An import map that names a tracker's address waits with it; one of the site's own passes.
    let tracker_map = "<script type=\"importmap\">{\"imports\": {\"a\": \"https://www.googletagmanager.com/gtag/js?id=G-1\"}}</script><script type=\"module\">import \"a\";</script>";
    let (marked, out) = held(tracker_map);
    assert!(marked && out.contains("data-type=\"importmap\""), "{out}");
    let own_map = "<script type=\"importmap\">{\"imports\": {\"a\": \"/a.js\"}, \"scopes\": {\"/x/\": {\"b\": \"https://cdn.example.net/b.js\"}}}</script>";
    assert_eq!(rewrite(own_map, Choices::NONE), injected_only(own_map));
    let scoped = "<script type=importmap>{\"scopes\": {\"/\": {\"b\": \"//static.hotjar.com/c/hotjar-1.js\"}}}</script>";
    assert!(held(scoped).0, "a scope is read too");
    // A short run of letters is no signature: the site's own code runs.
    let own = "<script>var cfg={token:\"AbuetqZ9\"};startApp(cfg);/* _uxa */</script>";
    assert_eq!(rewrite(own, Choices::NONE), injected_only(own));
}

#[test]
fn huge_and_unfinished_inline_scripts_lose_nothing() {
    let own = format!(
        "<script>{}</script><p>after</p>",
        "var a = 1;\n".repeat(100_000)
    );
    assert_eq!(rewrite(&own, Choices::NONE), injected_only(&own));
    let pixel = format!(
        "<script>fbq('init', '1');{}</script><p>after</p>",
        "var a = 1;\n".repeat(100_000)
    );
    let out = rewrite(&pixel, Choices::NONE);
    assert_eq!(active_trackers(&out, Choices::NONE), Vec::<String>::new());
    assert_eq!(out.matches("var a = 1;").count(), 100_000);
    // A signature beyond the bound is not read: the script passes as it was.
    let late = format!(
        "<script>{}fbq('init', '1');</script>",
        "var a = 1;\n".repeat(30_000)
    );
    assert_eq!(rewrite(&late, Choices::NONE), injected_only(&late));
    for cut in [
        "<p>x</p><script>var a = 1;",
        "<p>x</p><noscript><img src=a.png>",
    ] {
        let out = rewrite(cut, Choices::NONE);
        assert!(out.starts_with(cut), "{cut} became {out}");
    }
    let unfinished_pixel = "<p>x</p><script>fbq('init', '1');";
    assert!(!rewrite(unfinished_pixel, Choices::NONE).is_empty());
}

#[test]
fn unexplained_third_party_scripts_are_recorded_and_held_back_on_request() {
    let page = "<head><script src=\"https://cdn.unknown-vendor.example/lib.js?user=secret\"></script>\
                <script src=\"https://static.shop.example.com/app.js\"></script>\
                <script src=\"/own.js\"></script></head>";
    let (out, sightings) = rewrite_with(
        page.as_bytes(),
        7,
        Some(blocking(Choices::NONE, UnknownScripts::Pass)),
    );
    assert_eq!(out, injected_only(page), "unknown scripts pass by default");
    assert_eq!(
        sightings,
        [ScriptSighting {
            host: "cdn.unknown-vendor.example".into(),
            path: "/lib.js".into()
        }],
        "a subdomain of the site is no third party, and the query is not kept"
    );
    let (held, _) = rewrite_with(
        page.as_bytes(),
        page.len(),
        Some(blocking(Choices::NONE, UnknownScripts::Block)),
    );
    assert!(held.contains("type=\"text/plain\" data-category=\"marketing\" data-service=\"cdn.unknown-vendor.example\""), "{held}");
    assert!(held.contains("<script src=\"https://static.shop.example.com/app.js\"></script>"));
    let granted = rewrite_with(
        page.as_bytes(),
        page.len(),
        Some(blocking(Choices::ALL, UnknownScripts::Block)),
    );
    assert_eq!(
        granted.0,
        injected_only(page),
        "marketing granted: they run"
    );
    let many: String = (0..100)
        .map(|i| format!("<script src=\"https://cdn{i}.example.net/x.js\"></script>"))
        .collect();
    let (_, sightings) = rewrite_with(
        many.as_bytes(),
        many.len(),
        Some(blocking(Choices::NONE, UnknownScripts::Pass)),
    );
    assert_eq!(
        sightings.len(),
        32,
        "a page cannot make the gateway remember without bound"
    );
}

/// Pieces a page is built from: trackers in every spelling, the page's own markup, and debris
/// that breaks the markup around them.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(SPELLINGS).prop_map(str::to_owned),
        2 => proptest::sample::select(&[
            "<p>text</p>",
            "<script src=/own.js></script>",
            "<script>var own = '</scr' + 'ipt>';</script>",
            "<noscript><img src=/own.png></noscript>",
            "<iframe src=/frame.html></iframe>",
            "<!-- <script src=https://static.hotjar.com/c/hotjar-1.js></script> -->",
            "<textarea><script src=https://static.hotjar.com/c/hotjar-1.js></script></textarea>",
            "<template><p>t</p></template>",
            "<style>p { color: red } <img src=https://www.facebook.com/tr></style>",
            "<title><script src=https://static.hotjar.com/c/hotjar-1.js></script></title>",
            "<svg><style><img src=https://www.facebook.com/tr></style></svg>",
            "<p title=\"<img src=https://www.facebook.com/tr>\">t</p>",
            "<p ='<img src=https://www.facebook.com/tr>'>t</p>",
            "<!--> <script src=https://static.hotjar.com/c/hotjar-1.js></script> -->",
            "<script><!--<script></script><img src=https://www.facebook.com/tr>--></script>",
            "</p title='>'><img src=https://www.facebook.com/tr>",
            "<head></head><body></body>",
            "<video src=/v.mp4></video><object data=/o.pdf></object>",
            "<!--<script>",
            "</script a='",
            "'>",
            "<script><!--<script></script a='></script><!--'>-->",
        ][..]).prop_map(str::to_owned),
        1 => proptest::sample::select(&["<", "\"", "'", ">", "</", "<script", "&", "=", "</script>", "<!--", "-->", "<svg>", "</style>", "<textarea>", "<plaintext>", "/"][..]).prop_map(str::to_owned),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn no_tracker_is_left_active_in_any_rewriting_of_a_page(
        pieces in proptest::collection::vec(piece(), 1..24),
        size in 1usize..300,
        marketing in any::<bool>(),
        statistics in any::<bool>(),
    ) {
        let page = pieces.concat();
        let granted = Choices { preferences: false, statistics, marketing, exempt_opt_out: false, ..Choices::NONE };
        let (out, _) = rewrite_with(page.as_bytes(), size, Some(blocking(granted, UnknownScripts::Pass)));
        prop_assert_eq!(active_trackers(&out, granted), Vec::<String>::new(), "{}", out);
        let whole = rewrite_with(page.as_bytes(), page.len(), Some(blocking(granted, UnknownScripts::Pass))).0;
        prop_assert_eq!(&out, &whole);
        // Skimming reads the page as the full rewriter does.
        let thorough = Blocking { thorough: true, ..blocking(granted, UnknownScripts::Pass) };
        let full = rewrite_with(page.as_bytes(), size, Some(thorough)).0;
        prop_assert_eq!(out, full);
    }
}

#[test]
fn what_a_category_needs_is_named_on_every_held_element() {
    let out = rewrite(&vendor_page(), Choices::NONE);
    for (mark, _) in out.match_indices("data-category=\"") {
        let rest = &out[mark + "data-category=\"".len()..];
        let category: Category = rest[..rest.find('"').unwrap()].parse().unwrap();
        assert_ne!(category, Category::Necessary);
    }
}
