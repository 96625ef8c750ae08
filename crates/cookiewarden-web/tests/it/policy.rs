use axum::http::StatusCode;

use crate::{TestApp, header};

/// The text of each table row of the policy, cell by cell, with tags removed.
fn rows(html: &str) -> Vec<Vec<String>> {
    html.split("<tr>")
        .skip(1)
        .filter(|row| row.contains("<td"))
        .map(|row| {
            row.split("<td")
                .skip(1)
                .map(|cell| {
                    let cell = &cell[cell.find('>').unwrap() + 1..cell.find("</td>").unwrap()];
                    let mut text = String::new();
                    let mut in_tag = false;
                    for c in cell.chars() {
                        match c {
                            '<' => in_tag = true,
                            '>' => in_tag = false,
                            c if !in_tag => text.push(c),
                            _ => {}
                        }
                    }
                    text.split_whitespace().collect::<Vec<_>>().join(" ")
                })
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn the_platform_policy_lists_the_seed_cookies_in_english() {
    let app = TestApp::new().await;
    let (response, html) = app.get("/cookies-policy", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(html.contains(r#"<html lang="en" dir="ltr">"#));
    assert_eq!(header(&response, "content-language"), "en");
    assert!(header(&response, "vary").contains("Accept-Language"));
    let found: Vec<(String, String, String)> = rows(&html)
        .into_iter()
        .map(|cells| (cells[2].clone(), cells[4].clone(), cells[5].clone()))
        .collect();
    let expect = |name: &str, duration: &str| {
        (
            name.to_owned(),
            duration.to_owned(),
            "First-party".to_owned(),
        )
    };
    assert_eq!(
        found,
        [
            expect("sessionid", "2 weeks"),
            expect("django_language", "12 months"),
            expect("csrftoken", "12 months"),
            expect("cookies_preferences", "6 months"),
        ]
    );
    // Every cookie has its purpose and the four kinds of cookies are explained.
    assert!(rows(&html).iter().all(|cells| cells[3].len() > 20));
    for kind in [
        "Necessary cookies",
        "Statistics cookies",
        "First-party cookies",
        "Third-party cookies",
    ] {
        assert!(html.contains(kind), "{kind}");
    }
}

#[tokio::test]
async fn the_policy_speaks_french_when_asked() {
    let app = TestApp::new().await;
    for headers in [
        vec![("cookie", "django_language=fr")],
        vec![("accept-language", "ja, fr;q=0.8, en;q=0.5")],
    ] {
        let (response, html) = app.get("/cookies-policy", &headers).await;
        assert!(
            html.contains(r#"<html lang="fr" dir="ltr">"#),
            "{headers:?}"
        );
        assert_eq!(header(&response, "content-language"), "fr");
        let durations: Vec<String> = rows(&html)
            .into_iter()
            .map(|cells| cells[4].clone())
            .collect();
        assert_eq!(durations, ["2 semaines", "12 mois", "12 mois", "6 mois"]);
    }
    // A link with ?lang= wins over the remembered language.
    let (_, html) = app
        .get(
            "/cookies-policy?lang=en",
            &[("cookie", "django_language=fr")],
        )
        .await;
    assert!(html.contains(r#"<html lang="en" dir="ltr">"#));
}

#[tokio::test]
async fn malformed_or_unknown_languages_fall_back_to_the_default() {
    let app = TestApp::new().await;
    for headers in [
        vec![("accept-language", ";;q=;;,,*;q=abc")],
        vec![("accept-language", "zz-ZZ")],
        vec![("cookie", "django_language=%%%")],
    ] {
        let (response, html) = app.get("/cookies-policy?lang=xx", &headers).await;
        assert_eq!(response.status(), StatusCode::OK, "{headers:?}");
        assert!(
            html.contains(r#"<html lang="en" dir="ltr">"#),
            "{headers:?}"
        );
    }
}

#[tokio::test]
async fn a_site_policy_groups_cookies_by_category_with_party() {
    let app = TestApp::new().await;
    let (response, html) = app.get("/sites/shop/cookies-policy", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let statistics =
        &html[html.find(r#"id="statistics""#).unwrap()..html.find(r#"id="marketing""#).unwrap()];
    assert!(
        statistics.contains("_pk_id.*") && statistics.contains("any name starting with _pk_id.")
    );
    let marketing = &html[html.find(r#"id="marketing""#).unwrap()..];
    assert!(marketing.contains("YSC") && marketing.contains("Third-party"));
    assert!(
        html.contains(r#"id="preferences""#)
            && html.contains("This site declares no cookies of this kind.")
    );
}

#[tokio::test]
async fn the_json_form_carries_the_same_policy() {
    let app = TestApp::new().await;
    let (response, body) = app
        .get("/sites/shop/cookies-policy.json?lang=fr", &[])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(header(&response, "content-type").starts_with("application/json"));
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["language"], "fr");
    assert_eq!(json["policy_version"].as_str().unwrap().len(), 64);
    let categories = json["categories"].as_array().unwrap();
    let ids: Vec<&str> = categories
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["necessary", "preferences", "statistics", "marketing"]);
    let marketing = &categories[3]["cookies"];
    assert_eq!(marketing[0]["name"], "VISITOR_INFO1_LIVE");
    assert_eq!(marketing[0]["party"], "third");
    assert_eq!(marketing[0]["duration"]["seconds"], 180 * 86_400);
    assert_eq!(marketing[0]["duration"]["text"], "6 mois");

    let (_, platform) = app.get("/cookies-policy.json", &[]).await;
    let platform: serde_json::Value = serde_json::from_str(&platform).unwrap();
    assert_eq!(platform["site"]["slug"], "platform");
    assert_eq!(
        platform["categories"][0]["cookies"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
}

#[tokio::test]
async fn unknown_sites_get_a_404_in_the_visitor_language() {
    let app = TestApp::new().await;
    for uri in [
        "/sites/nope/cookies-policy",
        "/sites/NOT%20A%20SLUG/cookies-policy.json",
        // A slug that is no UTF-8 names no site: never the platform's policy in its place.
        "/sites/%FF/cookies-policy",
        "/sites/%C3%28/my-consent",
        "/demo/%FF",
        "/no/such/page",
    ] {
        let (response, html) = app.get(uri, &[("accept-language", "fr")]).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{uri}");
        assert!(html.contains(r#"<html lang="fr" dir="ltr">"#), "{uri}");
        assert!(html.contains("Page introuvable"), "{uri}");
    }
    let (_, html) = app.get("/sites/nope/cookies-policy", &[]).await;
    assert!(html.contains("No site called “nope”"));
}

#[tokio::test]
async fn the_index_links_every_site() {
    let app = TestApp::new().await;
    let (_, html) = app.get("/", &[]).await;
    assert!(
        html.contains(r#"href="/cookies-policy""#)
            || html.contains("href=\"&#x2f;cookies-policy\"")
    );
    assert!(html.contains("Example shop"));
}
