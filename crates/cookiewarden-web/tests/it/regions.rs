//! Visitors under several laws: the region a trusted front reports picks the rule set, the
//! refusal cooldown and what each proof record names; the shared cookie domain.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use cookiewarden_core::{RuleSet, Slug};

use crate::{TestApp, header};

async fn config(app: &TestApp, headers: &[(&str, &str)]) -> serde_json::Value {
    let (response, body) = app.get("/sites/shop/config.json", headers).await;
    assert_eq!(response.status(), StatusCode::OK);
    serde_json::from_str(&body).unwrap()
}

const CALIFORNIA: [(&str, &str); 2] = [
    ("cloudfront-viewer-country", "US"),
    ("cloudfront-viewer-country-region", "CA"),
];

#[tokio::test]
async fn the_front_s_region_picks_the_rules_and_anything_else_gets_the_default() {
    let app = TestApp::new().await;
    let california = config(&app, &CALIFORNIA).await;
    assert_eq!(california["rules"]["rule_set"], "opt-out");
    assert_eq!(california["rules"]["region"], "US-CA");
    assert_eq!(
        california["refusal_cooldown_seconds"],
        360 * 86_400,
        "the shop's California rule waits 12 months"
    );
    assert_eq!(
        california["texts"]["privacy_choices"],
        "Your privacy choices"
    );
    assert_eq!(
        california["texts"]["gpc_honoured"],
        "Opt-out request honored"
    );
    let texas = config(
        &app,
        &[
            ("cloudfront-viewer-country", "US"),
            ("cloudfront-viewer-country-region", "TX"),
        ],
    )
    .await;
    assert_eq!(
        texas["rules"]["rule_set"], "opt-out",
        "the product's default in the US"
    );
    assert_eq!(texas["refusal_cooldown_seconds"], 180 * 86_400);
    let france = config(&app, &[("cloudfront-viewer-country", "FR")]).await;
    assert_eq!(france["rules"]["rule_set"], "opt-in");
    assert_eq!(france["rules"]["region"], "FR");
    assert!(france["refusal_cooldown_seconds"].as_u64().unwrap() >= 180 * 86_400);
    for untrusted in [
        vec![("cf-ipcountry", "US")],
        vec![("cloudfront-viewer-country", "us")],
        vec![("cloudfront-viewer-country", "XX")],
        vec![("cloudfront-viewer-country", "US, FR")],
        vec![
            ("cloudfront-viewer-country", "US"),
            ("cloudfront-viewer-country", "FR"),
        ],
    ] {
        let fallback = config(&app, &untrusted).await;
        assert_eq!(fallback["rules"]["region"], "EU", "{untrusted:?}");
        assert_eq!(fallback["rules"]["rule_set"], "opt-in", "{untrusted:?}");
    }
    let (response, _) = app.get("/sites/shop/config.json", &CALIFORNIA).await;
    let vary = header(&response, "vary").to_ascii_lowercase();
    assert!(vary.contains("cloudfront-viewer-country-region"), "{vary}");
}

async fn submit(
    app: &TestApp,
    method: &str,
    headers: &[(&str, &str)],
) -> axum::http::Response<Body> {
    let (_, body) = app.get("/sites/shop/config.json", &[]).await;
    let version =
        serde_json::from_str::<serde_json::Value>(&body).unwrap()["policy"]["policy_version"]
            .as_str()
            .unwrap()
            .to_owned();
    let mut request =
        Request::post("/sites/shop/consent").header("content-type", "application/json");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let body = serde_json::json!({"method": method, "policy_version": version, "language": "en"});
    app.send(request.body(Body::from(body.to_string())).unwrap())
        .await
}

#[tokio::test]
async fn each_record_names_region_and_rule_set_and_a_refusal_lasts_the_region_s_cooldown() {
    let app = TestApp::new().await;
    let origin = ("origin", "http://127.0.0.1:8080");
    let host = ("host", "127.0.0.1:8080");
    let california = submit(
        &app,
        "reject_all",
        &[origin, host, CALIFORNIA[0], CALIFORNIA[1]],
    )
    .await;
    assert_eq!(california.status(), StatusCode::OK);
    let set_cookie = header(&california, "set-cookie").to_owned();
    assert!(
        set_cookie.contains(&format!("Max-Age={}", 360 * 86_400)),
        "{set_cookie}"
    );
    assert!(
        !set_cookie.contains("Domain="),
        "127.0.0.1 is not under the shop's domain: {set_cookie}"
    );
    let untrusted = submit(&app, "accept_all", &[origin, host, ("cf-ipcountry", "US")]).await;
    assert_eq!(untrusted.status(), StatusCode::OK);
    let records = app
        .store
        .consent_records(&"shop".parse::<Slug>().unwrap())
        .await
        .unwrap();
    let named: Vec<(Option<String>, Option<RuleSet>)> = records
        .iter()
        .map(|r| {
            (
                r.consent.region.as_ref().map(ToString::to_string),
                r.consent.rule_set,
            )
        })
        .collect();
    assert_eq!(
        named,
        [
            (Some("US-CA".to_owned()), Some(RuleSet::OptOut)),
            (Some("EU".to_owned()), Some(RuleSet::OptIn))
        ]
    );
    assert!(cookiewarden_core::verify_chain(&records).is_ok());
}

#[tokio::test]
async fn a_shared_cookie_domain_is_set_where_the_host_is_under_it() {
    let app = TestApp::new().await;
    let answer = submit(
        &app,
        "accept_all",
        &[
            ("origin", "https://www.shop.example.com"),
            ("host", "www.shop.example.com"),
        ],
    )
    .await;
    assert_eq!(answer.status(), StatusCode::OK);
    let cookies: Vec<&str> = answer
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert!(!cookies.is_empty());
    for cookie in cookies {
        assert!(cookie.contains("Domain=shop.example.com"), "{cookie}");
    }
    let config = config(&app, &[]).await;
    assert_eq!(config["cookie_domain"], "shop.example.com");
}
