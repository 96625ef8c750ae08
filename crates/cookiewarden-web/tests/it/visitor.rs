use axum::http::StatusCode;

use crate::{TestApp, header};

#[tokio::test]
async fn the_loader_is_small_cached_briefly_and_points_at_hashed_assets() {
    let app = TestApp::new().await;
    let (response, script) = app.get("/sites/shop/banner.js", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "cache-control"), "public, max-age=300");
    assert!(script.contains(r#"j.dataset.site="shop""#));
    // Consent Mode's defaults are declared before anything else loads.
    assert!(
        script.find("\"consent\",\"default\"").unwrap() < script.find("createElement").unwrap()
    );
    for asset in ["/assets/banner.", "/assets/banner."] {
        let start = script.find(asset).unwrap();
        let url = &script[start..start + script[start..].find('"').unwrap()];
        let (asset_response, body) = app.get(url, &[]).await;
        assert_eq!(asset_response.status(), StatusCode::OK, "{url}");
        assert!(header(&asset_response, "cache-control").contains("max-age=31536000"));
        assert!(!body.is_empty());
    }
    let (missing, _) = app.get("/sites/nope/banner.js", &[]).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn my_consent_offers_forms_before_any_choice() {
    let app = TestApp::new().await;
    let (response, html) = app
        .get(
            "/sites/shop/my-consent?next=/demo/shop",
            &[("accept-language", "fr")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(html.contains(r#"id="no-consent""#));
    assert!(html.contains(r#"value="accept_all""#) && html.contains(r#"value="reject_all""#));
    assert!(html.contains("Tout refuser"));
    assert!(
        html.contains(r#"name="next" value="&#x2f;demo&#x2f;shop""#),
        "{html}"
    );
    assert!(
        !html.contains(r#"value="withdraw""#),
        "nothing to withdraw yet"
    );
}

#[tokio::test]
async fn the_demo_page_gates_its_script_and_video_with_a_nonce() {
    let app = TestApp::new().await;
    let (response, html) = app.get("/demo/shop", &[("host", "127.0.0.1:8080")]).await;
    // Templates escape `/` in attribute values; the browser reads the entity back as `/`.
    let html = html.replace("&#x2f;", "/");
    assert_eq!(response.status(), StatusCode::OK);
    let policy = header(&response, "content-security-policy");
    let nonce = &policy[policy.find("'nonce-").unwrap() + 7..];
    let nonce = &nonce[..nonce.find('\'').unwrap()];
    assert!(
        html.contains(&format!(
            r#"data-category="statistics" src="/demo/assets/stats.js" nonce="{nonce}""#
        )),
        "{html}"
    );
    assert!(
        html.contains(r#"data-src="http://localhost:8080/demo/third-party/video""#),
        "{html}"
    );
    assert!(policy.contains("frame-src http://localhost:8080"));
    let (_, second) = app.get("/demo/shop", &[]).await;
    assert!(!second.contains(nonce), "a fresh nonce per page");

    // A Host that carries directives of its own is not written into the policy.
    let (response, _) = app
        .get("/demo/shop", &[("host", "x; script-src *; a:1")])
        .await;
    let policy = header(&response, "content-security-policy");
    assert!(!policy.contains("script-src *"), "{policy}");
    assert!(policy.contains("frame-src http://localhost;"), "{policy}");
}
