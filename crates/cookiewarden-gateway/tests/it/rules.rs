//! Cookies both ways, the consent header, withdrawal, undeclared cookies and faults.

use std::time::Duration;

use cookiewarden_core::{Choices, ConsentCookie, KeyRing};
use cookiewarden_gateway::Undeclared;
use cookiewarden_store::Store;
use hyper::StatusCode;
use serde_json::json;

use crate::harness::{
    Gateway, Options, Upstream, consent, free_port, get, keys, policy_version, send,
};

/// What the application says it received on `/echo`.
async fn echoed(gateway: &Gateway, cookie: &str, extra: &[(&str, &str)]) -> serde_json::Value {
    let mut headers = vec![("cookie", cookie)];
    headers.extend_from_slice(extra);
    let answer = get(&gateway.url("/echo"), &headers).await;
    assert_eq!(answer.status, StatusCode::OK);
    serde_json::from_slice(&answer.body).unwrap()
}

const ALL_COOKIES: &str = "app_session=s1; _stats_id=v1; ad_id=a1; mystery=m1";

#[tokio::test]
async fn before_any_choice_only_necessary_cookies_pass_either_way() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;

    let page = get(&gateway.url("/"), &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.cookies_set(),
        ["app_session", "keep_forever"],
        "statistics, marketing, undeclared and malformed cookies are dropped: {:?}",
        page.set_cookies()
    );
    let capped = page
        .set_cookies()
        .into_iter()
        .find(|l| l.starts_with("keep_forever="))
        .unwrap();
    assert!(
        capped.contains(&format!("Max-Age={}", 13 * 30 * 86_400)),
        "a ten-year cookie is capped at 13 months: {capped}"
    );
    assert!(
        page.set_cookies()
            .iter()
            .any(|l| l == "app_session=s1; Path=/; HttpOnly; SameSite=Lax"),
        "a cookie within its rights passes byte for byte"
    );

    // A client's own consent header never reaches the application.
    let seen = echoed(
        &gateway,
        ALL_COOKIES,
        &[("cookiewarden-consent", "statistics=?1, marketing=?1")],
    )
    .await;
    assert_eq!(seen["cookie"], "app_session=s1");
    assert_eq!(
        seen["consent"],
        json!(["necessary, preferences=?0, statistics=?0, marketing=?0"])
    );
    assert_eq!(seen["forwarded_for"], "127.0.0.1");
    assert_eq!(seen["forwarded_proto"], "http");
    assert_eq!(
        seen["host"],
        gateway.address.to_string(),
        "the visitor's Host is kept"
    );
}

#[tokio::test]
async fn accepting_statistics_lets_its_cookie_through_and_withdrawing_expires_it() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let choice = consent(
        &gateway,
        json!({"method": "custom", "choices": {"statistics": true}, "policy_version": policy_version(&gateway)}),
    )
    .await;

    let page = get(&gateway.url("/"), &[("cookie", &choice)]).await;
    assert_eq!(
        page.cookies_set(),
        ["_stats_id", "app_session", "keep_forever"]
    );
    let seen = echoed(&gateway, &format!("{ALL_COOKIES}; {choice}"), &[]).await;
    assert_eq!(
        seen["cookie"],
        format!("app_session=s1; _stats_id=v1; {choice}"),
        "marketing and undeclared cookies still stay away from the application"
    );
    assert_eq!(
        seen["consent"],
        json!(["necessary, preferences=?0, statistics=?1, marketing=?0"])
    );

    // Withdrawal: the next response expires the HttpOnly statistics cookie the browser sends.
    let withdrawn = consent(
        &gateway,
        json!({"method": "withdraw", "policy_version": policy_version(&gateway)}),
    )
    .await;
    let answer = get(
        &gateway.url("/echo"),
        &[("cookie", &format!("_stats_id=v1; {withdrawn}"))],
    )
    .await;
    assert_eq!(answer.cookies_expired(), ["_stats_id"]);
    assert!(
        answer
            .set_cookies()
            .iter()
            .any(|l| l.starts_with("_stats_id=; Max-Age=0") && l.contains("Path=/")),
        "{:?}",
        answer.set_cookies()
    );
}

#[tokio::test]
async fn a_forged_expired_or_other_site_consent_counts_as_no_choice() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let all = |keys: &KeyRing, site: &str, decided_at: i64| {
        ConsentCookie {
            site: site.parse().unwrap(),
            consent_id: cookiewarden_core::ConsentId::from_random([7; 16]),
            policy: ConsentCookie::policy_prefix(&gateway.site.policy_version()),
            choices: Choices::ALL,
            decided_at,
        }
        .encode(keys)
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let other_keys: KeyRing = format!("test:{}", "cd".repeat(32)).parse().unwrap();
    let genuine = all(&keys(), "testshop", now);
    let page = get(
        &gateway.url("/"),
        &[("cookie", &format!("cookies_preferences={genuine}"))],
    )
    .await;
    assert!(
        page.cookies_set().contains(&"ad_id".to_owned()),
        "a genuine consent is honoured"
    );

    for forged in [
        all(&other_keys, "testshop", now),
        all(&keys(), "othersite", now),
        all(&keys(), "testshop", now - 400 * 86_400),
        "1.testshop.x.y.7.0.test.AAAA".to_owned(),
    ] {
        let page = get(
            &gateway.url("/"),
            &[("cookie", &format!("cookies_preferences={forged}"))],
        )
        .await;
        assert_eq!(
            page.cookies_set(),
            ["app_session", "keep_forever"],
            "{forged}"
        );
        let seen = echoed(
            &gateway,
            &format!("{ALL_COOKIES}; cookies_preferences={forged}"),
            &[],
        )
        .await;
        assert_eq!(
            seen["consent"],
            json!(["necessary, preferences=?0, statistics=?0, marketing=?0"])
        );
    }
}

#[tokio::test]
async fn undeclared_cookies_are_recorded_and_blocked_or_allowed() {
    let upstream = Upstream::start().await;
    let mut blocking = Gateway::start(Options::new(upstream.port)).await;
    get(&blocking.url("/"), &[]).await;
    get(&blocking.url("/"), &[]).await;
    blocking.stop().await;
    let seen = blocking
        .store
        .undeclared_cookies(&"testshop".parse().unwrap())
        .await
        .unwrap();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(
        (
            seen[0].name.as_str(),
            seen[0].domain.as_str(),
            seen[0].path.as_str(),
            seen[0].sightings
        ),
        ("mystery", "127.0.0.1", "/", 2)
    );

    let allowing = Gateway::start(Options {
        undeclared: Undeclared::Allow,
        ..Options::new(upstream.port)
    })
    .await;
    let page = get(&allowing.url("/"), &[]).await;
    assert_eq!(
        page.cookies_set(),
        ["app_session", "keep_forever", "mystery"]
    );
    let seen = echoed(&allowing, ALL_COOKIES, &[]).await;
    assert_eq!(seen["cookie"], "app_session=s1; mystery=m1");
}

#[tokio::test]
async fn faults_of_the_application_get_short_pages_and_the_gateway_recovers() {
    let port = free_port();
    // Under the application's 5 s of /slow, and far above a refused connection's time even
    // on a machine busy with other tests (1 s once made a refusal a timeout).
    let gateway = Gateway::start(Options {
        upstream_timeout: Duration::from_secs(3),
        ..Options::new(port)
    })
    .await;
    let down = get(&gateway.url("/"), &[]).await;
    assert_eq!(down.status, StatusCode::BAD_GATEWAY);
    assert!(down.text().contains("not answering"), "{}", down.text());

    let upstream = Upstream::start_on(port).await;
    assert_eq!(
        get(&gateway.url("/"), &[]).await.status,
        StatusCode::OK,
        "back as soon as it is"
    );
    let slow = get(&gateway.url("/slow"), &[]).await;
    assert_eq!(slow.status, StatusCode::GATEWAY_TIMEOUT);

    let huge = "x".repeat(100 * 1024);
    let too_big = get(&gateway.url("/"), &[("x-filler", &huge)]).await;
    assert_eq!(too_big.status, StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
    assert_eq!(get(&gateway.url("/"), &[]).await.status, StatusCode::OK);

    let reset = get(&gateway.url("/reset"), &[]).await;
    assert_eq!(reset.status, StatusCode::BAD_GATEWAY);
    // A body cut short ends the visitor's response early too, rather than hanging it.
    let truncated = tokio::time::timeout(
        Duration::from_secs(5),
        crate::harness::try_get(&gateway.url("/truncated"), &[]),
    )
    .await
    .expect("no hang");
    assert!(
        truncated.is_err(),
        "an incomplete body is not passed off as complete"
    );
    assert_eq!(get(&gateway.url("/"), &[]).await.status, StatusCode::OK);

    // A body streams through both ways.
    let posted =
        crate::harness::send("POST", &gateway.url("/upload"), &[], &"z".repeat(300_000)).await;
    assert_eq!(posted.body.len(), 300_000);
    drop(upstream);
}

#[tokio::test]
async fn malformed_request_cookies_are_judged_pair_by_pair() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    for (sent, received) in [
        ("=;;; app_session=s1;;ad_id=a1; ", json!("app_session=s1")),
        ("no-equals-sign; app_session=s1", json!("app_session=s1")),
        (";;;", json!(null)),
        ("app_session=s1=extra; ad_id", json!("app_session=s1=extra")),
    ] {
        let seen = echoed(&gateway, sent, &[]).await;
        assert_eq!(seen["cookie"], received, "{sent:?}");
    }
    // A Cookie header that is not text does not reach the application at all.
    let answer = crate::harness::send_raw(
        gateway.address,
        b"GET /echo HTTP/1.1\r\nHost: x\r\nCookie: app_session=\xff\xfe\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains(r#""cookie": null"#), "{answer}");
}

#[tokio::test]
async fn the_site_pages_live_under_the_reserved_prefix() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let loader = get(&gateway.url("/_cookiewarden/banner.js"), &[]).await;
    assert_eq!(loader.status, StatusCode::OK);
    assert!(
        loader.text().contains("/_cookiewarden/assets/banner."),
        "{}",
        loader.text()
    );
    assert!(loader.text().contains("/_cookiewarden/config.json"));
    let config = get(&gateway.url("/_cookiewarden/config.json"), &[]).await;
    let config: serde_json::Value = serde_json::from_slice(&config.body).unwrap();
    assert_eq!(config["urls"]["consent"], "/_cookiewarden/consent");
    let policy = get(&gateway.url("/_cookiewarden/cookies-policy"), &[]).await;
    assert_eq!(policy.status, StatusCode::OK);
    assert!(policy.text().contains("_stats_id"));
    let asset_path = loader
        .text()
        .split('"')
        .find(|s| s.starts_with("/_cookiewarden/assets/banner.") && s.ends_with(".js"))
        .unwrap()
        .to_owned();
    assert_eq!(
        get(&gateway.url(&asset_path), &[]).await.status,
        StatusCode::OK
    );
    assert_eq!(
        get(&gateway.url("/.well-known/gpc.json"), &[]).await.status,
        StatusCode::OK
    );
    assert_eq!(
        get(&gateway.url("/_cookiewarden/nothing"), &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // The application's own /assets/ stays the application's.
    assert_eq!(
        get(&gateway.url("/assets/x"), &[]).await.text(),
        "not found"
    );
}

#[tokio::test]
async fn an_upgraded_connection_passes_both_ways() {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let stream = tokio::net::TcpStream::connect(gateway.address)
        .await
        .unwrap();
    let mut stream = BufReader::new(stream);
    stream
        .get_mut()
        .write_all(
            format!(
                "GET /ws HTTP/1.1\r\nHost: {}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
                gateway.address
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    let mut status = String::new();
    stream.read_line(&mut status).await.unwrap();
    assert!(status.starts_with("HTTP/1.1 101"), "{status}");
    let mut head = String::new();
    loop {
        let mut line = String::new();
        stream.read_line(&mut line).await.unwrap();
        if line == "\r\n" {
            break;
        }
        head.push_str(&line.to_ascii_lowercase());
    }
    assert!(
        head.contains("sec-websocket-accept: s3pplmbitxaq9kygzzhzrbk+xoo="),
        "{head}"
    );
    assert!(
        !head.contains("ad_id"),
        "the switch's cookies obey the choice too: {head}"
    );
    for message in ["hello\n", "again\n"] {
        stream
            .get_mut()
            .write_all(message.as_bytes())
            .await
            .unwrap();
        let mut echoed = String::new();
        tokio::time::timeout(Duration::from_secs(5), stream.read_line(&mut echoed))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(echoed, message);
    }
}

#[tokio::test]
async fn the_statistics_beacon_is_counted_on_the_sites_own_origin() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let config = get(&gateway.url("/_cookiewarden/config.json"), &[]).await;
    let config: serde_json::Value = serde_json::from_slice(&config.body).unwrap();
    assert_eq!(config["urls"]["hit"], "/_cookiewarden/hit");
    let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    let answer = send(
        "POST",
        &gateway.url("/_cookiewarden/hit"),
        &[("user-agent", firefox), ("content-type", "text/plain")],
        r#"{"p": "/products/7?ref=mail", "r": "", "l": "en"}"#,
    )
    .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    assert!(answer.header("set-cookie").is_none(), "no cookie");
    let mut views = Vec::new();
    for _ in 0..50 {
        views = gateway
            .store
            .page_views(&gateway.site.site.slug, 0..i64::MAX)
            .await
            .unwrap();
        if !views.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(views.len(), 1, "counted once, the application never saw it");
    assert_eq!(views[0].path, "/products/7");
}

#[tokio::test]
async fn under_opt_out_rules_marketing_passes_until_gpc_or_an_opt_out() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options::new(upstream.port)).await;
    let california = ("cf-ipcountry", "US-CA");

    // Opt-out rules start every category on: the application's marketing cookie passes.
    let page = get(&gateway.url("/"), &[california]).await;
    assert!(
        page.cookies_set().contains(&"ad_id".to_owned()),
        "{:?}",
        page.set_cookies()
    );
    let seen = echoed(&gateway, ALL_COOKIES, &[california]).await;
    assert_eq!(
        seen["consent"],
        json!(["necessary, preferences=?1, statistics=?1, marketing=?1"])
    );

    // Global Privacy Control is the opt-out there, without asking.
    let honoured = get(&gateway.url("/"), &[california, ("sec-gpc", "1")]).await;
    assert!(!honoured.cookies_set().contains(&"ad_id".to_owned()));
    let seen = echoed(&gateway, ALL_COOKIES, &[california, ("sec-gpc", "1")]).await;
    assert_eq!(
        seen["consent"],
        json!(["necessary, preferences=?1, statistics=?1, marketing=?0"])
    );
    assert!(!seen["cookie"].as_str().unwrap().contains("ad_id"));

    // The same visitor from France is asked first: nothing beyond necessary.
    let france = get(&gateway.url("/"), &[("cf-ipcountry", "FR")]).await;
    assert!(!france.cookies_set().contains(&"ad_id".to_owned()));
    // A region the front did not name in the configured header is no region.
    let untrusted = get(&gateway.url("/"), &[("x-country", "US-CA")]).await;
    assert!(!untrusted.cookies_set().contains(&"ad_id".to_owned()));
}
