//! The statistics beacon: counted without a cookie, robots and floods counted as nothing, and
//! nothing kept that identifies a person.

use axum::body::Body;
use axum::http::{Request, StatusCode};

use crate::{TestApp, split};

const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

async fn beacon(
    app: &TestApp,
    slug: &str,
    body: &str,
    headers: &[(&str, &str)],
) -> axum::http::Response<Body> {
    let mut request = Request::post(format!("/sites/{slug}/hit"))
        .header("content-type", "text/plain;charset=UTF-8")
        .header("x-forwarded-for", "203.0.113.50");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let (response, _) = split(
        app.send(request.body(Body::from(body.to_owned())).unwrap())
            .await,
    )
    .await;
    response
}

/// The shop's raw page views, once the collector has written them.
async fn stored(app: &TestApp, at_least: usize) -> Vec<cookiewarden_store::PageView> {
    let shop = "shop".parse().unwrap();
    for _ in 0..100 {
        let views = app.store.page_views(&shop, 0..i64::MAX).await.unwrap();
        if views.len() >= at_least {
            return views;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    app.store.page_views(&shop, 0..i64::MAX).await.unwrap()
}

#[tokio::test]
async fn a_page_view_is_counted_without_a_cookie_and_keeps_no_address_or_user_agent() {
    let app = TestApp::new().await;
    let body =
        r#"{"p": "/basket?session=secret", "r": "https://search.example/?q=x", "l": "fr-FR"}"#;
    let ua = [
        ("user-agent", FIREFOX),
        ("origin", "https://shop.example.com"),
    ];
    let response = beacon(&app, "shop", body, &ua).await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert!(
        response.headers().get("set-cookie").is_none(),
        "no cookie at all"
    );
    assert_eq!(
        response
            .headers()
            .get("access-control-allow-origin")
            .unwrap(),
        "https://shop.example.com"
    );
    let views = stored(&app, 1).await;
    assert_eq!(views.len(), 1);
    let view = &views[0];
    assert_eq!(
        (
            view.path.as_str(),
            view.referrer.as_str(),
            view.language.as_str()
        ),
        ("/basket", "search.example", "fr")
    );
    assert_eq!(
        (
            view.browser.as_str(),
            view.os.as_str(),
            view.device.as_str()
        ),
        ("Firefox", "Linux", "desktop")
    );
    // The shop keeps its search term (`statistics_query = ["q"]`) and nothing else.
    let search = r#"{"p": "/search?email=a@b.example&q=shoes"}"#;
    assert_eq!(
        beacon(&app, "shop", search, &ua).await.status(),
        StatusCode::NO_CONTENT
    );
    let views = stored(&app, 2).await;
    assert_eq!(views[1].path, "/search?q=shoes");
    let everything = format!("{views:?}");
    for secret in [
        "203.0.113",
        "rv:140",
        "Gecko",
        "session=secret",
        "a@b.example",
    ] {
        assert!(!everything.contains(secret), "{secret} kept: {everything}");
    }
}

#[tokio::test]
async fn robots_bad_input_foreign_origins_and_floods_count_as_nothing() {
    let app = TestApp::new().await;
    let page = r#"{"p": "/"}"#;
    let firefox = [("user-agent", FIREFOX)];
    let googlebot = [("user-agent", "Mozilla/5.0 (compatible; Googlebot/2.1)")];
    assert_eq!(
        beacon(&app, "shop", page, &googlebot).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        beacon(&app, "nosuch", page, &firefox).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        beacon(&app, "shop", "not json", &firefox).await.status(),
        StatusCode::BAD_REQUEST
    );
    let control = r#"{"p": "/a\u0000b"}"#;
    assert_eq!(
        beacon(&app, "shop", control, &firefox).await.status(),
        StatusCode::BAD_REQUEST
    );
    let huge = format!(r#"{{"p": "/{}"}}"#, "a".repeat(10_000));
    assert_eq!(
        beacon(&app, "shop", &huge, &firefox).await.status(),
        StatusCode::PAYLOAD_TOO_LARGE
    );
    let foreign = [("user-agent", FIREFOX), ("origin", "https://evil.example")];
    assert_eq!(
        beacon(&app, "shop", page, &foreign).await.status(),
        StatusCode::FORBIDDEN
    );
    let long = format!(r#"{{"p": "/{}"}}"#, "b".repeat(3_000));
    assert_eq!(
        beacon(&app, "shop", &long, &firefox).await.status(),
        StatusCode::NO_CONTENT
    );
    let views = stored(&app, 1).await;
    assert_eq!(views.len(), 1, "only the long path counted: {views:?}");
    assert_eq!(
        views[0].path.chars().count(),
        cookiewarden_stats::MAX_PATH_CHARS
    );

    // One visitor sending page after page is cut off for the minute.
    let mut statuses = Vec::new();
    for _ in 0..70 {
        statuses.push(beacon(&app, "shop", page, &firefox).await.status());
    }
    assert!(
        statuses[..58].iter().all(|s| *s == StatusCode::NO_CONTENT),
        "{statuses:?}"
    );
    assert_eq!(statuses[69], StatusCode::TOO_MANY_REQUESTS);
    let views = stored(&app, 60).await;
    assert_eq!(views.len(), 60, "a person's worth of views, not more");

    // What happened to beacons is on /metrics: the robot, the control character and 11 floods
    // were refused.
    let (_, metrics) = app.get("/metrics", &[]).await;
    for line in [
        "cookiewarden_statistics_beacons_total{outcome=\"counted\"} 60",
        "cookiewarden_statistics_beacons_total{outcome=\"refused\"} 13",
    ] {
        assert!(metrics.contains(line), "{line} in {metrics}");
    }
}

#[tokio::test]
async fn a_new_user_agent_per_beacon_does_not_escape_the_flood_limit() {
    let page = r#"{"p": "/"}"#;
    let mut counts = Vec::new();
    // Limits are per minute: a run that straddles a minute's end is run again.
    for _ in 0..2 {
        let app = TestApp::new().await;
        let mut refused = 0;
        for i in 0..700 {
            let agent =
                format!("Mozilla/5.0 (X11; Linux x86_64; rv:{i}.0) Gecko/20100101 Firefox/{i}.0");
            let status = beacon(&app, "shop", page, &[("user-agent", &agent)])
                .await
                .status();
            if status == StatusCode::TOO_MANY_REQUESTS {
                refused += 1;
            }
        }
        if refused == 100 {
            return;
        }
        counts.push(refused);
    }
    panic!(
        "one address gets 600 page views a minute, whatever it claims to be: {counts:?} refused"
    );
}

/// A month of page views and decisions on the shop: on day `d` (0 to 29), `d + 1` visitors
/// each viewing the home page and, every other one, the cart.
async fn seeded_month(app: &TestApp) -> i64 {
    use cookiewarden_core::{Choices, ConsentId, ConsentMethod, NewConsent};
    let today = cookiewarden_web_today();
    let first = today - 29;
    let mut views = Vec::new();
    for d in 0..30 {
        for visitor in 0..=d {
            for path in ["/", "/cart"]
                .iter()
                .take(1 + usize::from(visitor % 2 == 0))
            {
                views.push(cookiewarden_store::PageView {
                    site: "shop".parse().unwrap(),
                    minute: (first + d) * 1440 + 600,
                    path: (*path).into(),
                    referrer: if visitor % 3 == 0 {
                        "search.example".into()
                    } else {
                        String::new()
                    },
                    browser: "Firefox".into(),
                    os: "Linux".into(),
                    device: if visitor % 4 == 0 {
                        "mobile".into()
                    } else {
                        "desktop".into()
                    },
                    language: "en".into(),
                    visitor: 1000 * d + visitor,
                });
            }
        }
    }
    app.store.record_page_views(&views).await.unwrap();
    for (n, method) in [
        ConsentMethod::AcceptAll,
        ConsentMethod::RejectAll,
        ConsentMethod::Custom,
    ]
    .into_iter()
    .enumerate()
    {
        app.store
            .append_consent(NewConsent {
                site: "shop".parse().unwrap(),
                consent_id: ConsentId::from_random([u8::try_from(n).unwrap() + 1; 16]),
                recorded_at_ms: ((first + 10) * 1440 + 600) * 60_000,
                method,
                choices: if method == ConsentMethod::AcceptAll {
                    Choices::ALL
                } else {
                    Choices::NONE
                },
                policy_version: "0".repeat(64),
                texts_hash: "0".repeat(64),
                language: "en".parse().unwrap(),
                gpc: false,
                browser_family: "Firefox".into(),
                region: None,
                rule_set: None,
                gpp: None,
                services: Default::default(),
            })
            .await
            .unwrap();
    }
    first
}

fn cookiewarden_web_today() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
        / 86_400
}

#[tokio::test]
async fn the_dashboard_draws_a_seeded_month_and_the_api_and_csv_give_the_same_numbers() {
    use cookiewarden_core::{Account, Role, hash_password};
    let app = TestApp::new().await;
    seeded_month(&app).await;
    let password = "a long enough secret";
    for (name, role, sites) in [
        ("ed", Role::Editor, vec!["shop".parse().unwrap()]),
        ("bob", Role::Viewer, vec!["platform".parse().unwrap()]),
    ] {
        let account = Account::new(
            name.parse().unwrap(),
            role,
            sites,
            hash_password(password, &[1; 16]).unwrap(),
        )
        .unwrap();
        app.store.add_user(&account, None).await.unwrap();
    }
    let session = |user: &'static str| {
        let app = &app;
        async move {
            let (page, html) = app.get("/admin/login", &[]).await;
            let csrf = crate::header(&page, "set-cookie")
                .split(';')
                .next()
                .unwrap()
                .to_owned();
            let token = html
                .split("name=\"csrfmiddlewaretoken\" value=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .to_owned();
            let request = Request::post("/admin/login")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", &csrf)
                .body(Body::from(format!(
                    "csrfmiddlewaretoken={token}&username={user}&password=a+long+enough+secret"
                )))
                .unwrap();
            let response = app.send(request).await;
            let session = response
                .headers()
                .get_all("set-cookie")
                .iter()
                .map(|v| v.to_str().unwrap())
                .find(|l| l.starts_with("sessionid="))
                .unwrap()
                .split(';')
                .next()
                .unwrap()
                .to_owned();
            format!("{session}; {csrf}")
        }
    };
    let ed = session("ed").await;
    let (page, html) = app
        .get("/admin/sites/shop/statistics", &[("cookie", &ed)])
        .await;
    assert_eq!(page.status(), StatusCode::OK);
    // 465 visitors (1 + 2 + … + 30), each seeing the home page, half of them the cart too.
    assert!(html.contains("id=\"total-visitors\">465<"), "{html}");
    assert!(html.contains("id=\"total-views\">705<"), "{html}");
    assert!(html.matches("<svg").count() >= 9, "a chart per panel");
    assert!(html.contains("search.example") && html.contains("/cart"));
    assert!(
        html.contains("accept_all 1"),
        "the decisions' table: {html}"
    );

    let (csv, body) = app
        .get(
            "/admin/sites/shop/statistics?format=csv",
            &[("cookie", &ed)],
        )
        .await;
    assert_eq!(
        crate::header(&csv, "content-type"),
        "text/csv; charset=utf-8"
    );
    assert_eq!(body.lines().filter(|l| l.starts_with("day,")).count(), 30);
    assert!(body.contains("path,/,465,"), "{body}");

    let bob = session("bob").await;
    let (other, _) = app
        .get("/admin/sites/shop/statistics", &[("cookie", &bob)])
        .await;
    assert_eq!(other.status(), StatusCode::NOT_FOUND, "not bob's site");
    let (bad, _) = app
        .get(
            "/admin/sites/shop/statistics?from=2026-13-01",
            &[("cookie", &ed)],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);

    let (api, json) = app
        .get("/api/v1/sites/shop/statistics", &[("cookie", &ed)])
        .await;
    assert_eq!(api.status(), StatusCode::OK);
    let stats: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(stats["days"].as_array().unwrap().len(), 30);
    assert_eq!(stats["visitors_summed_daily"], 465);
    assert_eq!(stats["top"]["device"][0]["value"], "desktop");
    assert_eq!(stats["consent"]["decisions"], 3);
    let undecided = stats["undecided_share"].as_f64().unwrap();
    assert!(
        (undecided - (1.0 - 3.0 / 465.0)).abs() < 1e-9,
        "{undecided}"
    );
}

#[tokio::test]
async fn a_site_may_keep_the_declared_statistics_cookie_to_recognise_returning_browsers() {
    let app = TestApp::new().await;
    let shop: cookiewarden_core::Slug = "shop".parse().unwrap();
    let mut definition = app.store.site(&shop).await.unwrap().unwrap();
    let text = definition.to_toml().replace(
        "policy_path = \"/cookies-policy\"\n",
        "policy_path = \"/cookies-policy\"\nstatistics_cookie = true\n",
    );
    definition = cookiewarden_core::SiteDefinition::parse(&text).unwrap();
    app.store.apply_site(&definition).await.unwrap();

    let (_, config) = app.get("/sites/shop/config.json", &[]).await;
    let config: serde_json::Value = serde_json::from_str(&config).unwrap();
    assert_eq!(config["urls"]["statistics_cookie"], "cw_visitor");
    assert_eq!(
        config["urls"]["statistics_cookie_max_age"],
        13 * 30 * 86_400
    );
    let (_, policy) = app.get("/sites/shop/cookies-policy", &[]).await;
    assert!(policy.contains("cw_visitor"), "declared in the policy");

    // The cookie, not the address or user agent, makes the visitor; its value is not stored.
    let id = "0123456789abcdef0123456789abcdef";
    let body = format!(r#"{{"p": "/", "v": "{id}"}}"#);
    let chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
    for user_agent in [FIREFOX, chrome] {
        let status = beacon(&app, "shop", &body, &[("user-agent", user_agent)])
            .await
            .status();
        assert_eq!(status, StatusCode::NO_CONTENT);
    }
    let views = stored(&app, 2).await;
    assert_eq!(views.len(), 2);
    assert_eq!(views[0].visitor, views[1].visitor);
    assert!(!format!("{views:?}").contains(id));
}
