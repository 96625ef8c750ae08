use axum::body::Body;
use axum::http::{Request, StatusCode};

use crate::{TestApp, header, split};

async fn set_language(
    app: &TestApp,
    body: &str,
    headers: &[(&str, &str)],
) -> axum::http::Response<Body> {
    let mut request = Request::post("/i18n/setlang/")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("host", "127.0.0.1:8080");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    app.send(request.body(Body::from(body.to_owned())).unwrap())
        .await
}

#[tokio::test]
async fn choosing_french_sets_django_language_and_goes_back() {
    let app = TestApp::new().await;
    let response = set_language(
        &app,
        "language=fr&next=%2Fsites%2Fshop%2Fcookies-policy",
        &[("origin", "http://127.0.0.1:8080")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&response, "location"), "/sites/shop/cookies-policy");
    let cookie = header(&response, "set-cookie");
    assert!(cookie.starts_with("django_language=fr;"), "{cookie}");
    assert!(
        cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
        "{cookie}"
    );
    // 12 months of 30 days, as the platform's own policy declares.
    assert!(cookie.contains("Max-Age=31104000"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain HTTP: {cookie}");

    let (_, html) = app
        .get("/cookies-policy", &[("cookie", "django_language=fr")])
        .await;
    assert!(html.contains(r#"<html lang="fr">"#));
}

#[tokio::test]
async fn unknown_languages_and_foreign_next_are_ignored() {
    let app = TestApp::new().await;
    let response = set_language(&app, "language=tlh&next=https%3A%2F%2Fevil.example%2F", &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&response, "location"), "/");
    assert_eq!(header(&response, "set-cookie"), "");
}

#[tokio::test]
async fn cross_site_requests_are_refused() {
    let app = TestApp::new().await;
    for headers in [
        vec![("origin", "https://evil.example")],
        vec![("sec-fetch-site", "cross-site")],
    ] {
        let response = set_language(&app, "language=fr&next=%2F", &headers).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{headers:?}");
        assert_eq!(header(&response, "set-cookie"), "");
        let (_, body) = split(response).await;
        assert!(body.contains("Cross-site request refused"));
    }
}

#[tokio::test]
async fn a_body_that_is_not_a_form_is_a_client_error() {
    let app = TestApp::new().await;
    let request = Request::post("/i18n/setlang/")
        .header("content-type", "application/json")
        .body(Body::from("{}"))
        .unwrap();
    let response = app.send(request).await;
    assert!(response.status().is_client_error(), "{}", response.status());
}
