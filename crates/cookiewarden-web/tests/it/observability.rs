use axum::http::StatusCode;

use crate::{TestApp, header};

#[tokio::test]
async fn health_answers_when_the_database_does() {
    let app = TestApp::new().await;
    let (response, body) = app.get("/healthz", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(body, "ok\n");
    let (response, body) = app.get("/readyz", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(body, "ready\n");
}

#[tokio::test]
async fn during_a_database_outage_banners_and_policies_still_answer_and_writes_fail_fast() {
    let app = TestApp::new().await;
    let (response, config) = app.get("/sites/shop/config.json", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let config: serde_json::Value = serde_json::from_str(&config).unwrap();
    let version = config["policy"]["policy_version"]
        .as_str()
        .unwrap()
        .to_owned();
    let (response, _) = app.get("/sites/shop/cookies-policy", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);

    app.sql.close().await;
    let (alive, _) = app.get("/healthz", &[]).await;
    assert_eq!(alive.status(), StatusCode::OK, "the process is alive");
    let (ready, body) = app.get("/readyz", &[]).await;
    assert_eq!(ready.status(), StatusCode::SERVICE_UNAVAILABLE, "{body}");
    for page in ["/sites/shop/config.json", "/sites/shop/cookies-policy"] {
        let (response, body) = app.get(page, &[]).await;
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "{page} from memory: {body}"
        );
    }
    // A consent cannot be stored: it is refused with 503, never acknowledged.
    let consent = axum::http::Request::post("/sites/shop/consent")
        .header("content-type", "application/json")
        .body(axum::body::Body::from(
            serde_json::json!({"method": "reject_all", "policy_version": version}).to_string(),
        ))
        .unwrap();
    let response = app.send(consent).await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(response.headers().get("set-cookie").is_none());
}

#[tokio::test]
async fn metrics_count_requests_by_route_pattern_and_status() {
    let app = TestApp::new().await;
    app.get("/sites/shop/cookies-policy", &[]).await;
    app.get("/sites/nope/cookies-policy", &[]).await;
    let (response, body) = app.get("/metrics", &[]).await;
    assert!(header(&response, "content-type").starts_with("application/openmetrics-text"));
    assert!(body.contains(r#"cookiewarden_http_requests_total{method="GET",route="/sites/{slug}/cookies-policy",status="200"} 1"#), "{body}");
    assert!(
        body.contains(r#"route="/sites/{slug}/cookies-policy",status="404"} 1"#),
        "{body}"
    );
    assert!(
        body.contains("cookiewarden_http_request_duration_seconds_bucket"),
        "{body}"
    );
}

#[tokio::test]
async fn made_up_methods_share_one_series() {
    let app = TestApp::new().await;
    for i in 0..500 {
        let request = axum::http::Request::builder()
            .method(format!("X{i}").as_str())
            .uri("/healthz")
            .body(axum::body::Body::empty())
            .unwrap();
        app.send(request).await;
    }
    let (_, body) = app.get("/metrics", &[]).await;
    assert!(!body.contains("X17"), "{body}");
    assert!(
        body.contains(
            r#"cookiewarden_http_requests_total{method="other",route="/healthz",status="405"} 500"#
        ),
        "{body}"
    );
}

#[tokio::test]
async fn responses_carry_a_request_id_and_security_headers() {
    let app = TestApp::new().await;
    let (response, _) = app
        .get("/cookies-policy", &[("x-request-id", "abc-123")])
        .await;
    assert_eq!(header(&response, "x-request-id"), "abc-123");
    let (response, _) = app.get("/cookies-policy", &[]).await;
    assert_eq!(header(&response, "x-request-id").len(), 36);
    assert_eq!(header(&response, "x-content-type-options"), "nosniff");
    assert!(header(&response, "content-security-policy").contains("frame-ancestors 'none'"));
}

#[tokio::test]
async fn the_stylesheet_is_content_addressed_and_cached_for_a_year() {
    let app = TestApp::new().await;
    let (_, html) = app.get("/cookies-policy", &[]).await;
    let start = html.find("style.").unwrap();
    let name = &html[start..start + html[start..].find(".css").unwrap() + 4];
    let (response, css) = app.get(&format!("/assets/{name}"), &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(header(&response, "cache-control").contains("immutable"));
    assert!(css.contains("font"));
    let (response, _) = app.get("/assets/style.000000000000.css", &[]).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}
