use axum::body::Body;
use axum::http::{Request, Response, StatusCode};
use cookiewarden_core::{
    Choices, ConsentCookie, ConsentMethod, SiteDefinition, Slug, verify_chain,
};

use crate::{TestApp, header, split};

const HOST: &str = "127.0.0.1:8080";

pub(crate) async fn policy_version(app: &TestApp) -> String {
    let (_, body) = app.get("/sites/shop/config.json", &[]).await;
    let config: serde_json::Value = serde_json::from_str(&body).unwrap();
    config["policy"]["policy_version"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn post(
    app: &TestApp,
    content_type: &str,
    body: String,
    headers: &[(&str, &str)],
) -> Response<Body> {
    let mut request = Request::post("/sites/shop/consent")
        .header("host", HOST)
        .header("content-type", content_type);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    app.send(request.body(Body::from(body)).unwrap()).await
}

async fn post_json(
    app: &TestApp,
    json: serde_json::Value,
    headers: &[(&str, &str)],
) -> Response<Body> {
    post(app, "application/json", json.to_string(), headers).await
}

fn set_cookies(response: &Response<Body>) -> Vec<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

async fn records(app: &TestApp) -> Vec<cookiewarden_core::ConsentRecord> {
    app.store
        .consent_records(&"shop".parse::<Slug>().unwrap())
        .await
        .unwrap()
}

fn decode(app: &TestApp, set_cookie: &str) -> ConsentCookie {
    let value = set_cookie
        .split(';')
        .next()
        .unwrap()
        .strip_prefix("cookies_preferences=")
        .unwrap();
    let shop_file = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/shop.toml");
    let shop = SiteDefinition::parse(&std::fs::read_to_string(shop_file).unwrap()).unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    ConsentCookie::decode(value, &app.keys, &shop.site, i64::try_from(now).unwrap()).unwrap()
}

#[tokio::test]
async fn the_banner_configuration_is_revalidated_by_etag() {
    let app = TestApp::new().await;
    let (response, body) = app.get("/sites/shop/config.json?lang=fr", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "cache-control"), "no-cache");
    let config: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(config["texts"]["reject_all"], "Tout refuser");
    assert_eq!(config["texts_hash"].as_str().unwrap().len(), 64);
    assert_eq!(config["cookie_name"], "cookies_preferences");
    assert_eq!(config["consent_lifetime_seconds"], 180 * 86_400);
    assert_eq!(
        config["refusal_cooldown_seconds"],
        180 * 86_400,
        "the shop does not ask again for 6 months after a refusal"
    );
    let etag = header(&response, "etag").to_owned();
    let (again, body) = app
        .get(
            "/sites/shop/config.json?lang=fr",
            &[("if-none-match", &etag)],
        )
        .await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert!(body.is_empty());
    let (english, _) = app
        .get(
            "/sites/shop/config.json?lang=en",
            &[("if-none-match", &etag)],
        )
        .await;
    assert_eq!(
        english.status(),
        StatusCode::OK,
        "another language is another representation"
    );
}

#[tokio::test]
async fn accepting_records_proof_and_sets_a_signed_cookie() {
    let app = TestApp::new().await;
    let version = policy_version(&app).await;
    let response = post_json(
        &app,
        serde_json::json!({"method": "accept_all", "policy_version": version, "language": "fr"}),
        &[
            ("origin", "http://127.0.0.1:8080"),
            ("user-agent", "Mozilla/5.0 Chrome/156.0 Safari/537.36"),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let cookies = set_cookies(&response);
    assert_eq!(cookies.len(), 2, "{cookies:?}");
    for (cookie, path) in cookies.iter().zip(["Path=/sites/shop/", "Path=/demo/shop"]) {
        assert!(
            cookie.contains(path)
                && cookie.contains("SameSite=Lax")
                && cookie.contains("Max-Age=15552000"),
            "{cookie}"
        );
        assert!(
            !cookie.contains("HttpOnly"),
            "the banner script reads it: {cookie}"
        );
    }
    let cookie = decode(&app, &cookies[0]);
    assert_eq!(cookie.choices, Choices::ALL);
    let (_, body) = split(response).await;
    let answer: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["consent_id"], cookie.consent_id.as_str());

    let records = records(&app).await;
    assert_eq!(records.len(), 1);
    let record = &records[0].consent;
    assert_eq!(
        (record.method, record.choices, record.gpc),
        (ConsentMethod::AcceptAll, Choices::ALL, false)
    );
    assert_eq!(
        (record.language.as_str(), record.browser_family.as_str()),
        ("fr", "Chrome")
    );
    assert_eq!(record.policy_version, version);
    let snapshot = app
        .store
        .snapshot(&record.texts_hash)
        .await
        .unwrap()
        .expect("the texts shown are kept");
    assert!(snapshot.contains("Tout accepter"));
}

#[tokio::test]
async fn a_later_change_keeps_the_consent_id_and_extends_the_chain() {
    let app = TestApp::new().await;
    let version = policy_version(&app).await;
    let first = post_json(
        &app,
        serde_json::json!({"method": "accept_all", "policy_version": version}),
        &[],
    )
    .await;
    let first_cookie = set_cookies(&first)[0].split(';').next().unwrap().to_owned();
    let withdraw = post_json(
        &app,
        serde_json::json!({"method": "withdraw", "policy_version": version}),
        &[("cookie", &first_cookie)],
    )
    .await;
    assert_eq!(withdraw.status(), StatusCode::OK);
    assert_eq!(
        decode(&app, &set_cookies(&withdraw)[0]).choices,
        Choices::NONE
    );
    let records = records(&app).await;
    assert_eq!(records[0].consent.consent_id, records[1].consent.consent_id);
    assert_eq!(records[1].consent.method, ConsentMethod::Withdraw);
    assert_eq!(verify_chain(&records), Ok(2));

    // A forged cookie is no previous choice: the next decision gets a new id.
    let forged = first_cookie.replacen(".7.", ".0.", 1);
    let again = post_json(
        &app,
        serde_json::json!({"method": "reject_all", "policy_version": version}),
        &[("cookie", &forged)],
    )
    .await;
    assert_ne!(
        decode(&app, &set_cookies(&again)[0]).consent_id,
        records[0].consent.consent_id
    );
}

#[tokio::test]
async fn global_privacy_control_keeps_marketing_off() {
    let app = TestApp::new().await;
    let version = policy_version(&app).await;
    let response = post_json(
        &app,
        serde_json::json!({"method": "accept_all", "policy_version": version}),
        &[("sec-gpc", "1")],
    )
    .await;
    let choices = decode(&app, &set_cookies(&response)[0]).choices;
    assert!(choices.statistics && choices.preferences && !choices.marketing);
    assert!(records(&app).await[0].consent.gpc);
    let (response, body) = app.get("/.well-known/gpc.json", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&body).unwrap()["gpc"],
        true
    );
}

#[tokio::test]
async fn a_plain_form_works_without_javascript() {
    let app = TestApp::new().await;
    let version = policy_version(&app).await;
    let body = format!("method=custom&policy_version={version}&statistics=on&next=%2Fdemo%2Fshop");
    let response = post(
        &app,
        "application/x-www-form-urlencoded",
        body,
        &[("origin", "http://127.0.0.1:8080")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&response, "location"), "/demo/shop");
    assert_eq!(
        decode(&app, &set_cookies(&response)[0]).choices,
        Choices {
            statistics: true,
            ..Choices::NONE
        }
    );
}

#[tokio::test]
async fn a_script_on_a_declared_origin_may_post_with_cors() {
    let app = TestApp::new().await;
    let version = policy_version(&app).await;
    let origin = [("origin", "https://shop.example.com")];
    let preflight = app
        .send(
            Request::options("/sites/shop/consent")
                .header("origin", origin[0].1)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(preflight.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        header(&preflight, "access-control-allow-origin"),
        "https://shop.example.com"
    );
    let response = post_json(
        &app,
        serde_json::json!({"method": "reject_all", "policy_version": version}),
        &origin,
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        header(&response, "access-control-allow-origin"),
        "https://shop.example.com"
    );
    assert_eq!(
        header(&response, "access-control-allow-credentials"),
        "true"
    );
}

/// A body, its content type, extra headers, and the status it must get.
type BadRequest<'a> = (String, &'a str, Vec<(&'a str, &'a str)>, StatusCode);

#[tokio::test]
async fn bad_requests_get_a_4xx_and_record_nothing() {
    let app = TestApp::new().await;
    let version = policy_version(&app).await;
    let cases: Vec<BadRequest> = vec![
        (serde_json::json!({"method": "custom", "policy_version": version, "choices": {"analytics": true}}).to_string(), "application/json", vec![], StatusCode::BAD_REQUEST),
        (serde_json::json!({"method": "maybe", "policy_version": version}).to_string(), "application/json", vec![], StatusCode::BAD_REQUEST),
        (serde_json::json!({"method": "custom", "policy_version": version}).to_string(), "application/json", vec![], StatusCode::BAD_REQUEST),
        (serde_json::json!({"method": "accept_all", "policy_version": version, "language": "de"}).to_string(), "application/json", vec![], StatusCode::BAD_REQUEST),
        ("{not json".to_owned(), "application/json", vec![], StatusCode::BAD_REQUEST),
        (serde_json::json!({"method": "accept_all", "policy_version": "0".repeat(64)}).to_string(), "application/json", vec![], StatusCode::CONFLICT),
        (serde_json::json!({"method": "accept_all", "policy_version": version}).to_string(), "text/plain", vec![], StatusCode::UNSUPPORTED_MEDIA_TYPE),
        (serde_json::json!({"method": "accept_all", "policy_version": version}).to_string(), "application/json", vec![("origin", "https://evil.example")], StatusCode::FORBIDDEN),
        (serde_json::json!({"method": "accept_all", "policy_version": version}).to_string(), "application/json", vec![("sec-fetch-site", "cross-site")], StatusCode::FORBIDDEN),
        (format!(r#"{{"method":"accept_all","policy_version":"{version}","language":"{}"}}"#, "x".repeat(10_000)), "application/json", vec![], StatusCode::PAYLOAD_TOO_LARGE),
    ];
    for (body, content_type, headers, status) in cases {
        let response = post(&app, content_type, body.clone(), &headers).await;
        assert_eq!(response.status(), status, "{body:.80} {headers:?}");
        assert!(set_cookies(&response).is_empty());
    }
    let unknown = app
        .send(
            Request::post("/sites/nope/consent")
                .header("content-type", "application/json")
                .body(Body::from("{}"))
                .unwrap(),
        )
        .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    assert!(records(&app).await.is_empty());
}

#[tokio::test]
async fn single_services_are_chosen_apart_signed_in_the_cookie_and_named_in_the_proof() {
    let app = TestApp::new().await;
    let version = policy_version(&app).await;
    // The banner offers the shop's services under their kind, each with its bit.
    let (_, config) = app.get("/sites/shop/config.json", &[]).await;
    let config: serde_json::Value = serde_json::from_str(&config).unwrap();
    let marketing = config["policy"]["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "marketing")
        .unwrap();
    let offered: Vec<(&str, u64)> = marketing["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["key"].as_str().unwrap(), s["bit"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        offered,
        [("facebookpixel", 0), ("shop-reviews", 1), ("youtube", 2)]
    );
    let origin = [("origin", "http://127.0.0.1:8080")];
    // Marketing refused, but the videos allowed.
    let response = post_json(
        &app,
        serde_json::json!({"method": "custom", "policy_version": version,
            "choices": {"statistics": true}, "services": {"youtube": true, "facebookpixel": false}}),
        &origin,
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let cookie = decode(&app, &set_cookies(&response)[0]);
    assert!(cookie.choices.statistics && !cookie.choices.marketing);
    assert_eq!(cookie.choices.services.granted, 0b100);
    assert_eq!(cookie.choices.services.refused, 0);
    assert!(
        cookie
            .choices
            .grants_service(cookiewarden_core::Category::Marketing, Some(2))
    );
    let (_, body) = split(response).await;
    let answer: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        answer["services"],
        serde_json::json!({"facebookpixel": false, "shop-reviews": false, "youtube": true})
    );
    // The proof names every service's state, and the chain still verifies.
    let kept = records(&app).await;
    let record = &kept[0].consent;
    assert_eq!(record.choices.services, Default::default());
    assert_eq!(record.services.get("youtube"), Some(&true));
    assert_eq!(record.services.get("facebookpixel"), Some(&false));
    assert_eq!(verify_chain(&kept), Ok(1));

    // Accepting all decides every service with its kind, whatever the request adds.
    let response = post_json(
        &app,
        serde_json::json!({"method": "accept_all", "policy_version": version,
            "services": {"youtube": false}}),
        &origin,
    )
    .await;
    let cookie = decode(&app, &set_cookies(&response)[0]);
    assert_eq!(cookie.choices, Choices::ALL);
    // Global Privacy Control keeps a marketing service off even when asked for alone.
    let response = post_json(
        &app,
        serde_json::json!({"method": "custom", "policy_version": version,
            "choices": {}, "services": {"youtube": true}}),
        &[("origin", "http://127.0.0.1:8080"), ("sec-gpc", "1")],
    )
    .await;
    let cookie = decode(&app, &set_cookies(&response)[0]);
    assert!(cookie.choices.services.is_empty(), "{:?}", cookie.choices);
    // A key the site does not list is refused, nothing recorded.
    let before = records(&app).await.len();
    let response = post_json(
        &app,
        serde_json::json!({"method": "custom", "policy_version": version,
            "choices": {}, "services": {"hotjar": true}}),
        &origin,
    )
    .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let (_, message) = split(response).await;
    assert!(
        message.contains("`hotjar` is not one of the services"),
        "{message}"
    );
    assert_eq!(records(&app).await.len(), before);
    // Without script, a form lists the services allowed; the others are refused.
    let body = format!(
        "method=custom&policy_version={version}&marketing=on&services=youtube%2Cshop-reviews"
    );
    let response = post(&app, "application/x-www-form-urlencoded", body, &origin).await;
    let cookie = decode(&app, &set_cookies(&response)[0]);
    assert!(cookie.choices.marketing);
    assert_eq!(cookie.choices.services.refused, 0b001);
}

#[tokio::test]
async fn the_policy_lists_the_services_and_its_one_click_forms_keep_their_choices() {
    let app = TestApp::new().await;
    let (_, html) = app.get("/sites/shop/cookies-policy?lang=fr", &[]).await;
    assert!(html.contains("id=\"service-youtube\""), "{html}");
    assert!(html.contains("Reviews widget") && html.contains("<code>rw_visitor</code>"));
    assert!(
        html.contains("<code>_fbp</code>"),
        "the pixel's known cookies: {html}"
    );
    // Nothing hard-coded in English on the French page.
    assert!(!html.contains("Services from other companies"), "{html}");
    let version = policy_version(&app).await;
    let response = post_json(
        &app,
        serde_json::json!({"method": "custom", "policy_version": version,
            "choices": {"statistics": true}, "services": {"youtube": true}}),
        &[("origin", "http://127.0.0.1:8080")],
    )
    .await;
    let set = set_cookies(&response)[0].clone();
    let pair = set.split(';').next().unwrap().to_owned();
    // Stopping the audience count keeps the videos allowed on their own.
    let (_, html) = app
        .get("/sites/shop/cookies-policy", &[("cookie", &pair)])
        .await;
    assert!(
        html.contains("<input type=\"hidden\" name=\"services\" value=\"youtube\">"),
        "{html}"
    );
    // Opting out of sale and sharing turns every marketing service off with its kind, and
    // keeps the others' choices: a Californian who allowed marketing but not the pixel.
    let response = post_json(
        &app,
        serde_json::json!({"method": "custom", "policy_version": version,
            "choices": {"marketing": true}, "services": {"facebookpixel": false}}),
        &[("origin", "http://127.0.0.1:8080")],
    )
    .await;
    let set = set_cookies(&response)[0].clone();
    let pair = set.split(';').next().unwrap().to_owned();
    let (_, html) = app
        .get(
            "/sites/shop/my-consent",
            &[
                ("cookie", &pair),
                ("cloudfront-viewer-country", "US"),
                ("cloudfront-viewer-country-region", "CA"),
            ],
        )
        .await;
    assert!(html.contains("id=\"opt-out\""), "{html}");
    assert!(
        html.contains("<input type=\"hidden\" name=\"services\" value=\"\">"),
        "{html}"
    );
}

#[tokio::test]
async fn a_declared_origin_reads_the_banner_configuration_and_another_does_not() {
    let app = TestApp::new().await;
    let ask = |origin: &'static str| {
        let app = &app;
        async move {
            app.get(
                "/sites/shop/config.json",
                &[("origin", origin), ("host", HOST)],
            )
            .await
            .0
        }
    };
    let declared = ask("https://shop.example.com").await;
    assert_eq!(declared.status(), StatusCode::OK);
    assert_eq!(
        header(&declared, "access-control-allow-origin"),
        "https://shop.example.com"
    );
    assert_eq!(
        header(&declared, "access-control-allow-credentials"),
        "true"
    );
    let other = ask("https://evil.example").await;
    assert!(other.headers().get("access-control-allow-origin").is_none());
}

#[tokio::test]
async fn the_blocking_loader_carries_the_sites_services_and_no_way_out_of_its_script() {
    let app = TestApp::new().await;
    let (response, script) = app.get("/sites/shop/blocker.js", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(header(&response, "content-type").starts_with("text/javascript"));
    let data_at = script
        .rfind("({\"c\":")
        .expect("called with the site's data");
    let data: serde_json::Value =
        serde_json::from_str(script[data_at + 1..].trim_end().trim_end_matches(");")).unwrap();
    assert_eq!(data["s"], "shop");
    let services = data["v"].as_array().unwrap();
    let find = |key: &str| services.iter().find(|s| s[0] == key).cloned();
    // A listed service carries its bit, another catalogue service none, and the site's own
    // service its hosts.
    assert_eq!(find("youtube").unwrap()[2], 2);
    assert_eq!(find("hotjar").unwrap()[2], -1);
    assert_eq!(
        find("shop-reviews").unwrap()[4],
        serde_json::json!(["widget.reviews.example.net"])
    );
    // Services that need no consent are not held, so not sent.
    assert!(services.iter().all(|s| s[1] != 0));
    let (missing, _) = app.get("/sites/nope/blocker.js", &[]).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert!(
        !script.contains("</script"),
        "no service name can end an inlined copy"
    );
}

#[tokio::test]
async fn the_consent_page_without_script_offers_each_service_and_keeps_a_refusal() {
    let app = TestApp::new().await;
    let version = policy_version(&app).await;
    let origin = [("origin", "http://127.0.0.1:8080")];
    let response = post_json(
        &app,
        serde_json::json!({"method": "custom", "policy_version": version,
            "choices": {"marketing": true}, "services": {"youtube": false}}),
        &origin,
    )
    .await;
    let set = set_cookies(&response)[0].clone();
    let pair = set.split(';').next().unwrap().to_owned();
    let (_, html) = app
        .get("/sites/shop/my-consent", &[("cookie", &pair)])
        .await;
    assert!(
        html.contains("<input type=\"checkbox\" name=\"service\" value=\"youtube\">"),
        "YouTube unticked: {html}"
    );
    assert!(
        html.contains("<input type=\"checkbox\" name=\"service\" value=\"facebookpixel\" checked>"),
        "{html}"
    );
    // Saving the page as shown (marketing and the pixel ticked) keeps YouTube refused.
    let body = format!(
        "method=custom&policy_version={version}&services=&marketing=on&service=facebookpixel&service=shop-reviews"
    );
    let response = post(&app, "application/x-www-form-urlencoded", body, &origin).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let cookie = decode(&app, &set_cookies(&response)[0]);
    assert!(cookie.choices.marketing);
    assert_eq!(
        cookie.choices.services.refused, 0b100,
        "YouTube, bit 2, refused"
    );
    // Nothing ticked at all, with the list present: every service follows its kind, off.
    let body = format!("method=custom&policy_version={version}&services=&marketing=on");
    let response = post(&app, "application/x-www-form-urlencoded", body, &origin).await;
    let cookie = decode(&app, &set_cookies(&response)[0]);
    assert_eq!(cookie.choices.services.refused, 0b111);
}
