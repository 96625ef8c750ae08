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
    assert!(html.contains(r#"<html lang="fr" dir="ltr">"#));
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

/// The thirty languages, each answered in its own words, the platform's four cookies listed.
#[tokio::test]
async fn every_supported_language_gets_its_own_policy_and_banner() {
    let app = TestApp::new().await;
    let (_, english) = app.get("/cookies-policy?lang=en", &[]).await;
    let (_, english_config) = app.get("/sites/platform/config.json?lang=en", &[]).await;
    let english_config: serde_json::Value = serde_json::from_str(&english_config).unwrap();
    for tag in cookiewarden_core::SUPPORTED_LANGUAGES {
        let (response, html) = app.get(&format!("/cookies-policy?lang={tag}"), &[]).await;
        assert_eq!(response.status(), StatusCode::OK, "{tag}");
        assert!(html.contains(&format!(r#"<html lang="{tag}""#)), "{tag}");
        assert_eq!(header(&response, "content-language"), tag);
        for cookie in [
            "sessionid",
            "csrftoken",
            "django_language",
            "cookies_preferences",
        ] {
            assert!(
                html.contains(&format!("<code>{cookie}</code>")),
                "{tag}: {cookie}"
            );
        }
        let dir = if tag == "ar" { "rtl" } else { "ltr" };
        assert!(html.contains(&format!(r#"dir="{dir}""#)), "{tag}");
        let (_, config) = app
            .get(&format!("/sites/platform/config.json?lang={tag}"), &[])
            .await;
        let config: serde_json::Value = serde_json::from_str(&config).unwrap();
        assert_eq!(config["policy"]["language"], tag);
        assert_eq!(config["dir"], dir);
        if tag == "en" {
            continue;
        }
        assert_ne!(html, english, "{tag}");
        assert!(
            !html.contains("What is a cookie?"),
            "{tag}: English left in the policy"
        );
        for label in ["accept_all", "reject_all", "customise", "title"] {
            assert_ne!(
                config["texts"][label], english_config["texts"][label],
                "{tag}: {label}"
            );
        }
        // The platform's own cookies are described in every language, never in English.
        assert!(!html.contains("Keeps you signed in"), "{tag}");
    }
}

#[tokio::test]
async fn a_german_site_answers_a_german_visitor_in_german_and_marks_english_fallbacks() {
    let app = TestApp::new().await;
    let laden = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../cookiewarden/tests/data/site-german.toml"
    );
    let laden =
        cookiewarden_core::SiteDefinition::parse(&std::fs::read_to_string(laden).unwrap()).unwrap();
    app.store.apply_site(&laden).await.unwrap();
    for headers in [
        vec![("accept-language", "de-AT, en;q=0.5")],
        vec![],
        vec![("accept-language", "fr")],
    ] {
        let (response, html) = app.get("/sites/laden/cookies-policy", &headers).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert!(html.contains(r#"<html lang="de""#), "{headers:?}");
        assert!(html.contains("Zählt wiederkehrende Besucher"));
        assert!(
            !html.contains(r#"lang="de">Zählt"#),
            "German on a German page needs no mark"
        );
    }
    let (_, config) = app
        .get("/sites/laden/config.json", &[("accept-language", "de")])
        .await;
    let config: serde_json::Value = serde_json::from_str(&config).unwrap();
    assert_eq!(config["texts"]["title"], "Cookies im Laden");
    // An English reader gets the German-only purpose in German, marked as such.
    let (_, english) = app
        .get("/sites/laden/cookies-policy", &[("accept-language", "en")])
        .await;
    assert!(english.contains(r#"<html lang="en""#));
    assert!(
        english.contains(r#"<span lang="de">Zählt wiederkehrende Besucher"#),
        "{english}"
    );
    assert!(english.contains("Remembers what you put in your basket."));
}

#[tokio::test]
async fn any_lang_parameter_falls_back_cleanly() {
    let app = TestApp::new().await;
    let long = "a".repeat(10 * 1024);
    for lang in [
        "..%2F..%2Fetc",
        "%FF%FE",
        "*",
        "x-klingon",
        long.as_str(),
        "%00",
        "de%0d%0aX-Evil:1",
    ] {
        let (response, html) = app.get(&format!("/cookies-policy?lang={lang}"), &[]).await;
        assert_eq!(response.status(), StatusCode::OK, "{lang:.40}");
        assert!(html.contains(r#"<html lang="en""#), "{lang:.40}");
        let (response, _) = app
            .get(&format!("/sites/shop/config.json?lang={lang}"), &[])
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{lang:.40}");
    }
    // Regions fall back to their language, Norwegian to Bokmål.
    for (asked, served) in [("pt-BR", "pt"), ("de-AT", "de"), ("no", "nb")] {
        let (_, html) = app.get(&format!("/cookies-policy?lang={asked}"), &[]).await;
        assert!(
            html.contains(&format!(r#"<html lang="{served}""#)),
            "{asked}"
        );
    }
    let (_, html) = app
        .get(
            "/cookies-policy",
            &[("accept-language", &"fr;q=0.x, ".repeat(500))],
        )
        .await;
    assert!(html.contains(r#"<html lang="en""#));
}
