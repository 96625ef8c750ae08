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
    let everything = format!("{views:?}");
    for secret in ["203.0.113", "rv:140", "Gecko", "session=secret"] {
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
}
