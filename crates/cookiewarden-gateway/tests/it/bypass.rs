//! Ways around the gateway's rules an attacker or a careless application would try, each
//! through the real gateway in front of the Python test application: spellings a browser
//! reads differently from a strict parser, headers another stack reads differently, protocol
//! switches, and consents given for an older policy.

use cookiewarden_core::{Choices, ConsentCookie, ConsentId};
use hyper::StatusCode;
use serde_json::json;

use crate::harness::{Gateway, Options, Upstream, get, keys, send_raw};

/// What the application says it received on `/echo`.
async fn echoed(gateway: &Gateway, headers: &[(&str, &str)]) -> serde_json::Value {
    let answer = get(&gateway.url("/echo"), headers).await;
    assert_eq!(answer.status, StatusCode::OK);
    serde_json::from_slice(&answer.body).unwrap()
}

/// The `Set-Cookie` lines the visitor gets when the application sets exactly `lines`.
async fn set_through(gateway: &Gateway, lines: &[&str]) -> Vec<String> {
    let query: Vec<String> = lines
        .iter()
        .map(|line| {
            let encoded: String = url_encode(line);
            format!("c={encoded}")
        })
        .collect();
    let answer = get(&gateway.url(&format!("/set?{}", query.join("&"))), &[]).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    answer.set_cookies()
}

fn url_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        .try_into()
        .unwrap()
}

/// The lifetime, in seconds, a browser would give the line (its `Max-Age`, which the gateway
/// writes whenever it caps).
fn max_age(line: &str) -> Option<i64> {
    line.split(';')
        .filter_map(|a| a.trim().split_once('='))
        .find(|(n, _)| n.eq_ignore_ascii_case("max-age"))
        .and_then(|(_, v)| v.parse().ok())
}

#[tokio::test]
async fn expiry_dates_in_every_spelling_browsers_accept_are_capped() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let cap: i64 = 13 * 30 * 86_400;
    // `keep_forever` is a declared necessary cookie: it passes, with its lifetime capped.
    for spelling in [
        "Fri, 01 Jan 2038 00:00:00 UTC",
        "Fri, 1 Jan 2038 00:00:00 GMT",
        "Friday, 01-Jan-2038 00:00:00 GMT",
        "Jan 01 2038 00:00:00 GMT",
        "Fri Jan  1 00:00:00 2038",
    ] {
        let line = format!("keep_forever=k; Path=/; Expires={spelling}");
        let lines = set_through(&gateway, &[&line]).await;
        assert_eq!(lines.len(), 1, "{spelling}: {lines:?}");
        assert_eq!(max_age(&lines[0]), Some(cap), "{spelling}: {}", lines[0]);
        assert!(
            !lines[0].contains(spelling),
            "the long date is gone: {}",
            lines[0]
        );
    }
    for max_age_spelling in ["+315360000", " 315360000", "0315360000"] {
        let line = format!("keep_forever=k; Max-Age={max_age_spelling}");
        let lines = set_through(&gateway, &[&line]).await;
        assert_eq!(max_age(&lines[0]), Some(cap), "{line}: {}", lines[0]);
    }
    // A deletion stays a deletion, however large its negative age.
    let deletion = "keep_forever=; Max-Age=-99999999999999999999999";
    assert_eq!(set_through(&gateway, &[deletion]).await, [deletion]);
}

#[tokio::test]
async fn names_padded_with_unicode_spaces_are_not_the_declared_cookie() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    for padded in [
        "app_session\u{a0}",
        "\u{3000}app_session",
        "app_session\u{85}",
    ] {
        let line = format!("{padded}=s; Path=/");
        assert_eq!(
            set_through(&gateway, &[&line]).await,
            Vec::<String>::new(),
            "{padded:?} is not the declared app_session"
        );
        let seen = echoed(&gateway, &[("cookie", &format!("{padded}=s"))]).await;
        assert_eq!(
            seen["cookie"],
            json!(null),
            "{padded:?} reached the application"
        );
    }
    // The declared name itself still passes both ways.
    assert_eq!(
        set_through(&gateway, &["app_session=s; Path=/"]).await,
        ["app_session=s; Path=/"]
    );
}

#[tokio::test]
async fn a_cookie_header_other_parsers_split_differently_never_reaches_the_application() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    for header in [
        "app_session=1 ad_id=x",
        "app_session=1,ad_id=x",
        "app_session=1\tad_id=x",
        "app_session=\"1 ad_id=x\"",
    ] {
        let seen = echoed(&gateway, &[("cookie", header)]).await;
        assert!(
            !seen["parsed_cookies"]
                .as_array()
                .unwrap()
                .contains(&json!("ad_id")),
            "{header:?}: the application read {}",
            seen["parsed_cookies"]
        );
    }
    // A value with a space but nothing another parser could take for a cookie passes.
    let seen = echoed(&gateway, &[("cookie", "app_session=one two")]).await;
    assert_eq!(seen["cookie"], "app_session=one two");
}

#[tokio::test]
async fn headers_spelled_with_underscores_never_reach_the_application() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let seen = echoed(
        &gateway,
        &[
            ("cookiewarden_consent", "marketing=?1"),
            ("Cookiewarden_Consent", "statistics=?1"),
            ("x_forwarded_for", "203.0.113.9"),
            ("x-custom", "kept"),
        ],
    )
    .await;
    let names = seen["header_names"].as_array().unwrap();
    assert!(
        names.iter().all(|n| !n.as_str().unwrap().contains('_')),
        "{names:?}"
    );
    assert!(names.contains(&json!("x-custom")), "{names:?}");
    assert_eq!(
        seen["consent"],
        json!(["necessary, preferences=?0, statistics=?0, marketing=?0"])
    );
    assert_eq!(seen["forwarded_for"], "127.0.0.1");
}

#[tokio::test]
async fn only_a_websocket_upgrade_is_passed_on() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let host = gateway.address.to_string();

    // h2c is declined: the application gets a plain request without the Upgrade header.
    let seen = echoed(
        &gateway,
        &[
            ("connection", "Upgrade, HTTP2-Settings"),
            ("upgrade", "h2c"),
            ("http2-settings", "AAMAAABkAARAAAAAAAIAAAAA"),
        ],
    )
    .await;
    assert_eq!(seen["upgrade"], json!(null));

    // An application that switches anyway (asked for h2c, or for nothing) gets no tunnel.
    for upgrade in ["Upgrade: h2c\r\nConnection: Upgrade\r\n", ""] {
        let answer = send_raw(
            gateway.address,
            format!("GET /switch HTTP/1.1\r\nHost: {host}\r\n{upgrade}Connection: close\r\n\r\n")
                .as_bytes(),
        )
        .await;
        assert!(answer.starts_with("HTTP/1.1 502"), "{answer}");
        assert!(!answer.contains("raw bytes past the rules"), "{answer}");
    }
}

#[tokio::test]
async fn a_consent_given_for_an_older_policy_counts_as_no_choice() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let cookie = |policy: String| {
        ConsentCookie {
            site: gateway.site.site.slug.clone(),
            consent_id: ConsentId::from_random([9; 16]),
            policy,
            choices: Choices::ALL,
            decided_at: now(),
        }
        .encode(&keys())
    };
    let current = cookie(ConsentCookie::policy_prefix(&gateway.site.policy_version()));
    let older = cookie("00000000deadbeef".to_owned());
    let cookies = |consent: &str| format!("ad_id=a; cookies_preferences={consent}");

    let seen = echoed(&gateway, &[("cookie", &cookies(&current))]).await;
    assert_eq!(
        seen["consent"],
        json!(["necessary, preferences=?1, statistics=?1, marketing=?1"])
    );
    let seen = echoed(&gateway, &[("cookie", &cookies(&older))]).await;
    assert_eq!(
        seen["consent"],
        json!(["necessary, preferences=?0, statistics=?0, marketing=?0"]),
        "an old accept-all does not cover what was declared since"
    );
    assert_eq!(seen["cookie"], format!("cookies_preferences={older}"));
    let page = get(
        &gateway.url("/"),
        &[("cookie", &format!("cookies_preferences={older}"))],
    )
    .await;
    assert!(
        !page.cookies_set().contains(&"ad_id".to_owned()),
        "{:?}",
        page.set_cookies()
    );
}
