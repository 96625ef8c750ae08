//! Visitors under several laws: the region a trusted front reports picks the rule set, the
//! refusal cooldown and what each proof record names; the shared cookie domain.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use cookiewarden_core::{RuleSet, Slug};

use crate::consent::policy_version;
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
    let version = policy_version(app).await;
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

/// The fields of the section `name` in a GPP string, as the core reads it.
fn gpp_section(text: &str, name: &str) -> serde_json::Value {
    let read = cookiewarden_core::decode_gpp(text).unwrap();
    read.sections
        .into_iter()
        .find(|s| s.name == Some(name))
        .unwrap_or_else(|| panic!("no {name} in {text}"))
        .fields
}

#[tokio::test]
async fn a_us_visitor_s_configuration_carries_a_gpp_string_for_each_standing() {
    let app = TestApp::new().await;
    let california = config(&app, &CALIFORNIA).await;
    let gpp = &california["gpp"];
    assert_eq!(gpp["cmp_id"], 1);
    assert_eq!(gpp["applicable"], serde_json::json!([8]));
    assert_eq!(gpp["section_ids"], serde_json::json!([7, 8]));
    assert_eq!(gpp["supported"], serde_json::json!(["7:usnat", "8:usca"]));
    // Index = opted out + 2 × GPC.
    for (index, opted_out, gpc) in [(0, 2, false), (1, 1, false), (2, 2, true), (3, 1, true)] {
        let standing = &gpp["standings"][index];
        let string = standing["string"].as_str().unwrap();
        for section in ["usnat", "usca"] {
            let fields = gpp_section(string, section);
            assert_eq!(fields["SaleOptOut"], opted_out, "{index} {section}");
            assert_eq!(fields["SharingOptOut"], opted_out, "{index} {section}");
            assert_eq!(fields["Gpc"], gpc, "{index} {section}");
            assert_eq!(standing["parsed"][section]["SaleOptOut"], opted_out);
        }
    }
    let wyoming = config(
        &app,
        &[
            ("cloudfront-viewer-country", "US"),
            ("cloudfront-viewer-country-region", "WY"),
        ],
    )
    .await;
    assert_eq!(wyoming["gpp"]["applicable"], serde_json::json!([7]));
    let france = config(&app, &[("cloudfront-viewer-country", "FR")]).await;
    assert!(
        france.get("gpp").is_none(),
        "no GPP section applies in France"
    );
}

#[tokio::test]
async fn the_recorded_gpp_string_is_the_server_s_and_a_forged_one_is_refused() {
    let app = TestApp::new().await;
    let origin = ("origin", "http://127.0.0.1:8080");
    let host = ("host", "127.0.0.1:8080");
    let accepted = submit(
        &app,
        "accept_all",
        &[origin, host, CALIFORNIA[0], CALIFORNIA[1]],
    )
    .await;
    assert_eq!(accepted.status(), StatusCode::OK);
    let with_gpc = submit(
        &app,
        "accept_all",
        &[origin, host, CALIFORNIA[0], CALIFORNIA[1], ("sec-gpc", "1")],
    )
    .await;
    assert_eq!(with_gpc.status(), StatusCode::OK);
    let france = submit(
        &app,
        "accept_all",
        &[origin, host, ("cloudfront-viewer-country", "FR")],
    )
    .await;
    assert_eq!(france.status(), StatusCode::OK);
    // A client cannot hand in a string of its own: the request's fields are closed.
    let version = policy_version(&app).await;
    let forged = serde_json::json!({
        "method": "reject_all", "policy_version": version,
        "gpp": "DBABrw~CVQqAAAAAACA.QA~BUoAAACA.QA"
    });
    let refused = app
        .send(
            Request::post("/sites/shop/consent")
                .header("content-type", "application/json")
                .header(origin.0, origin.1)
                .header(host.0, host.1)
                .body(Body::from(forged.to_string()))
                .unwrap(),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);

    let records = app
        .store
        .consent_records(&"shop".parse::<Slug>().unwrap())
        .await
        .unwrap();
    assert_eq!(records.len(), 3, "the forged request recorded nothing");
    let accepted = records[0].consent.gpp.as_deref().unwrap();
    assert_eq!(gpp_section(accepted, "usca")["SaleOptOut"], 2);
    assert_eq!(gpp_section(accepted, "usca")["Gpc"], false);
    let honoured = records[1].consent.gpp.as_deref().unwrap();
    assert_eq!(
        gpp_section(honoured, "usca")["SaleOptOut"],
        1,
        "GPC is the opt-out even when everything was accepted"
    );
    assert_eq!(gpp_section(honoured, "usnat")["Gpc"], true);
    assert_eq!(records[2].consent.gpp, None);
    assert!(cookiewarden_core::verify_chain(&records).is_ok());
}

#[tokio::test]
async fn the_consent_page_offers_the_opt_out_in_one_action_and_says_gpc_is_honoured() {
    let app = TestApp::new().await;
    let (_, page) = app.get("/sites/shop/my-consent", &CALIFORNIA).await;
    assert!(page.contains("Your privacy choices"), "{page}");
    assert!(page.contains(r#"id="opt-out""#), "{page}");
    assert!(!page.contains("Opt-out request honored"));
    // Before a choice everything is on where the rules start on, and the form says so.
    assert!(page.contains(r#"name="marketing" checked"#), "{page}");
    assert!(page.contains(r#"<input type="hidden" name="statistics" value="on">"#));

    let (_, honoured) = app
        .get(
            "/sites/shop/my-consent",
            &[CALIFORNIA[0], CALIFORNIA[1], ("sec-gpc", "1")],
        )
        .await;
    assert!(honoured.contains("Opt-out request honored"), "{honoured}");
    assert!(!honoured.contains(r#"id="opt-out""#));
    assert!(!honoured.contains(r#"name="marketing" checked"#));

    let (_, europe) = app
        .get(
            "/sites/shop/my-consent",
            &[("cloudfront-viewer-country", "FR")],
        )
        .await;
    assert!(!europe.contains("Your privacy choices"));
    assert!(!europe.contains(r#"name="marketing" checked"#));

    // The one action: marketing off, the rest as it stood, and the page then says so.
    let version = policy_version(&app).await;
    let form = format!(
        "method=custom&policy_version={version}&language=en&next=%2Fsites%2Fshop%2Fmy-consent&preferences=on&statistics=on"
    );
    let mut request = Request::post("/sites/shop/consent")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", "http://127.0.0.1:8080")
        .header("host", "127.0.0.1:8080");
    for (name, value) in CALIFORNIA {
        request = request.header(name, value);
    }
    let answer = app.send(request.body(Body::from(form)).unwrap()).await;
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
    let cookie = header(&answer, "set-cookie")
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let records = app
        .store
        .consent_records(&"shop".parse::<Slug>().unwrap())
        .await
        .unwrap();
    let choices = records[0].consent.choices;
    assert!(choices.preferences && choices.statistics && !choices.marketing);
    let (_, after) = app
        .get(
            "/sites/shop/my-consent",
            &[CALIFORNIA[0], CALIFORNIA[1], ("cookie", &cookie)],
        )
        .await;
    assert!(
        after.contains("You have opted out of sale, sharing and targeted advertising"),
        "{after}"
    );
    // The day of the decision, as English readers write it (3 December 2026).
    let shown = after
        .split("<time datetime=")
        .nth(1)
        .and_then(|rest| rest.split_once('>'))
        .and_then(|(_, rest)| rest.split_once("</time>"))
        .map(|(day, _)| day.replace("&#x2f;", "/"))
        .unwrap();
    let parts: Vec<&str> = shown.split(' ').collect();
    assert!(
        parts.len() == 3 && parts[2].len() == 4 && parts[1].chars().all(char::is_alphabetic),
        "{shown}"
    );
}

#[tokio::test]
async fn the_policy_tells_an_opt_out_visitor_how_to_opt_out_and_that_gpc_was_honoured() {
    let app = TestApp::new().await;
    let (_, california) = app.get("/sites/shop/cookies-policy", &CALIFORNIA).await;
    assert!(
        california.contains(r#"id="privacy-choices""#),
        "{california}"
    );
    assert!(
        california.contains(r#"my-consent">Opt out of sale"#),
        "{california}"
    );
    assert!(!california.contains("Opt-out request honored"));
    // The audience opt-out keeps what holds there: every category on.
    assert!(california.contains(r#"<input type="hidden" name="marketing" value="on">"#));
    let (_, honoured) = app
        .get(
            "/sites/shop/cookies-policy",
            &[CALIFORNIA[0], CALIFORNIA[1], ("sec-gpc", "1")],
        )
        .await;
    assert!(honoured.contains("Opt-out request honored"), "{honoured}");
    assert!(!honoured.contains(r#"<input type="hidden" name="marketing" value="on">"#));
    let (_, france) = app
        .get(
            "/sites/shop/cookies-policy",
            &[("cloudfront-viewer-country", "FR")],
        )
        .await;
    assert!(!france.contains(r#"id="privacy-choices""#));
    assert!(!france.contains(r#"name="marketing" value="on""#));
}
