//! The banner in the application's pages.

use std::io::Read;

use hyper::StatusCode;

use cookiewarden_store::Store;
use serde_json::json;

use crate::harness::{Gateway, Options, Upstream, consent, get, policy_version};

fn gunzip(body: &[u8]) -> String {
    let mut text = String::new();
    flate2::read::GzDecoder::new(body)
        .read_to_string(&mut text)
        .unwrap();
    text
}

const TAG: &str = r#"<script src="/_cookiewarden/banner.js" nonce=""#;

#[tokio::test]
async fn known_trackers_wait_for_their_purpose_in_pages_through_the_gateway() {
    let upstream = Upstream::start().await;
    let mut gateway = Gateway::start(Options::new(upstream.port)).await;
    let ga4 =
        r#"<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST123"></script>"#;
    let page = get(&gateway.url("/trackers"), &[("accept", "text/html")]).await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert!(text.contains(TAG), "{text}");
    assert!(!text.contains(ga4), "{text}");
    assert!(text.contains("data-service=\"gtag\"") && text.contains("data-service=\"youtube\""));
    assert_eq!(
        page.header("vary"),
        Some("Cookie, Sec-GPC, cf-ipcountry"),
        "a copy is kept per standing"
    );
    assert_eq!(
        page.header("etag"),
        None,
        "no 304 can bring back a copy made for another standing"
    );

    let statistics = consent(
        &gateway,
        json!({"method": "custom", "choices": {"statistics": true}, "policy_version": policy_version(&gateway)}),
    )
    .await;
    let page = get(
        &gateway.url("/trackers"),
        &[("accept", "text/html"), ("cookie", &statistics)],
    )
    .await;
    let text = page.text();
    assert!(text.contains(ga4), "statistics granted: {text}");
    assert!(
        text.contains("data-service=\"youtube\""),
        "marketing still waits"
    );

    let everything = consent(
        &gateway,
        json!({"method": "accept_all", "policy_version": policy_version(&gateway)}),
    )
    .await;
    let page = get(
        &gateway.url("/trackers"),
        &[("accept", "text/html"), ("cookie", &everything)],
    )
    .await;
    assert!(!page.text().contains("data-service"), "{}", page.text());

    // The script of no known service passed, and was recorded without its query.
    gateway.stop().await;
    let seen = gateway
        .store
        .undeclared_scripts(&"testshop".parse().unwrap())
        .await
        .unwrap();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(
        (seen[0].host.as_str(), seen[0].path.as_str()),
        ("cdn.unknown-widgets.example", "/widget.js")
    );
    assert!(seen[0].sightings >= 1);
}

#[tokio::test]
async fn the_banner_goes_first_in_head_and_the_page_streams_chunked() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options {
        auto_blocking: false,
        ..Options::new(upstream.port)
    })
    .await;
    let page = get(&gateway.url("/"), &[("accept", "text/html")]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text().contains(&format!("<head>{TAG}")),
        "{}",
        page.text()
    );
    assert_eq!(page.text().matches("banner.js").count(), 1);
    assert!(
        page.text().ends_with("</body></html>\n"),
        "nothing lost at the end"
    );
    assert_eq!(page.header("content-length"), None);
    assert_eq!(page.header("transfer-encoding"), Some("chunked"));
    assert_eq!(
        page.header("etag"),
        Some("W/\"v1\""),
        "the validator becomes weak"
    );

    // The application was asked for an uncompressed page...
    let seen = get(
        &gateway.url("/echo"),
        &[("accept", "text/html"), ("accept-encoding", "gzip")],
    )
    .await;
    let seen: serde_json::Value = serde_json::from_slice(&seen.body).unwrap();
    assert_eq!(seen["accept_encoding"], "identity");
    // ...and the visitor who accepts gzip gets it compressed again.
    let zipped = get(
        &gateway.url("/"),
        &[("accept", "text/html"), ("accept-encoding", "gzip")],
    )
    .await;
    assert_eq!(zipped.header("content-encoding"), Some("gzip"));
    let text = gunzip(&zipped.body);
    assert!(text.contains(TAG), "{text}");

    // A 100 KB page comes through whole, with the tag once.
    let big = get(&gateway.url("/big"), &[("accept", "text/html")]).await;
    assert!(big.body.len() > 100_000, "{}", big.body.len());
    assert_eq!(big.text().matches("<p>Product").count(), 1700);
    assert_eq!(big.text().matches("banner.js").count(), 1);
}

#[tokio::test]
async fn a_content_security_policy_gets_the_banner_nonce_and_a_charset_is_respected() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let page = get(&gateway.url("/csp"), &[("accept", "text/html")]).await;
    let policy = page.header("content-security-policy").unwrap().to_owned();
    let nonce = page
        .text()
        .split(TAG)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    assert_eq!(nonce.len(), 32);
    assert_eq!(
        policy,
        format!("script-src 'nonce-app' 'strict-dynamic' 'nonce-{nonce}'; object-src 'none'")
    );
    let other = get(&gateway.url("/csp"), &[("accept", "text/html")]).await;
    assert_ne!(
        other.header("content-security-policy"),
        Some(policy.as_str()),
        "a nonce per page"
    );

    let latin = get(&gateway.url("/latin1"), &[("accept", "text/html")]).await;
    assert!(
        latin.body.windows(4).any(|w| w == b"Caf\xe9"),
        "ISO-8859-1 bytes kept"
    );
    assert!(latin.text().contains(TAG));

    // An application that compresses anyway: the page passes untouched rather than garbled.
    let zipped = get(
        &gateway.url("/gzip"),
        &[("accept", "text/html"), ("accept-encoding", "gzip")],
    )
    .await;
    assert_eq!(zipped.header("content-encoding"), Some("gzip"));
    let text = gunzip(&zipped.body);
    assert!(text.contains("Welcome to the shop."));

    // Deflate pages, wrapped in zlib or raw, get the banner as gzip ones do, compressed again
    // in what the visitor accepts.
    for path in ["/deflate", "/deflate-raw"] {
        let plain = get(&gateway.url(path), &[("accept", "text/html")]).await;
        assert_eq!(plain.header("content-encoding"), None, "{path}");
        assert!(
            plain.text().contains(TAG) && plain.text().contains("Welcome to the shop."),
            "{path}: {}",
            plain.text()
        );
        let zipped = get(
            &gateway.url(path),
            &[("accept", "text/html"), ("accept-encoding", "gzip")],
        )
        .await;
        assert_eq!(zipped.header("content-encoding"), Some("gzip"), "{path}");
        assert!(gunzip(&zipped.body).contains(TAG), "{path}");
    }
    // Brotli pages too, compressed again in what the visitor accepts: brotli, deflate or gzip.
    let plain = get(&gateway.url("/brotli"), &[("accept", "text/html")]).await;
    assert_eq!(plain.header("content-encoding"), None);
    assert!(
        plain.text().contains(TAG) && plain.text().contains("Welcome to the shop."),
        "{}",
        plain.text()
    );
    for (accepted, expected) in [
        ("br", "br"),
        ("deflate", "deflate"),
        ("gzip, br;q=0.5", "gzip"),
    ] {
        let answer = get(
            &gateway.url("/brotli"),
            &[("accept", "text/html"), ("accept-encoding", accepted)],
        )
        .await;
        assert_eq!(
            answer.header("content-encoding"),
            Some(expected),
            "{accepted}"
        );
        let text = match expected {
            "br" => {
                let mut out = Vec::new();
                brotli::BrotliDecompress(&mut &answer.body[..], &mut out).unwrap();
                String::from_utf8(out).unwrap()
            }
            "deflate" => {
                use std::io::Read as _;
                let mut out = String::new();
                flate2::read::ZlibDecoder::new(&answer.body[..])
                    .read_to_string(&mut out)
                    .unwrap();
                out
            }
            _ => gunzip(&answer.body),
        };
        assert!(text.contains(TAG), "{accepted}: {text}");
    }
    // A page that decodes to more than the gateway rewrites ends in an error, not in memory.
    let bomb =
        crate::harness::try_get(&gateway.url("/brotli-bomb"), &[("accept", "text/html")]).await;
    assert!(
        bomb.as_ref().is_err_and(|e| !e.is_empty()),
        "the bomb ends in an error: {:?}",
        bomb.map(|b| b.len())
    );
    let after = get(&gateway.url("/"), &[("accept", "text/html")]).await;
    assert!(after.text().contains(TAG), "the gateway still serves");

    // An encoding the gateway cannot read passes untouched, never garbled.
    let unknown = get(
        &gateway.url("/unknown-encoding"),
        &[("accept", "text/html")],
    )
    .await;
    assert_eq!(unknown.header("content-encoding"), Some("zstd"));
    assert_eq!(&unknown.body[..], b"\x00\x01 not html to anyone");

    // Not HTML, not rewritten: the length stays.
    let api = get(&gateway.url("/api"), &[]).await;
    assert_eq!(api.header("content-length"), Some("11"));
    assert_eq!(api.cookies_set(), Vec::<String>::new());
}
