//! The back office as its users work with it: the consent log paged through the store and its
//! export streamed, tables sorted by a column, a confirmation before anything is deleted, help
//! beside each field, and the navigation of each page.

use axum::http::StatusCode;
use cookiewarden_core::{Choices, ConsentId, ConsentMethod, NewConsent};

use crate::admin::{add_editor, browser_of, session_of, with_users};

/// Records in the shop's ledger for the paging test: more than a page of the log and more than
/// a chunk of the export, neither a multiple of them.
const RECORDS: u32 = 1234;

fn decision(n: u32) -> NewConsent {
    let mut id = [0u8; 16];
    id[..4].copy_from_slice(&n.to_be_bytes());
    NewConsent {
        site: "shop".parse().unwrap(),
        consent_id: ConsentId::from_random(id),
        recorded_at_ms: 1_800_000_000_000 + i64::from(n) * 60_000,
        method: if n.is_multiple_of(3) {
            ConsentMethod::RejectAll
        } else {
            ConsentMethod::AcceptAll
        },
        choices: Choices::NONE,
        policy_version: "0".repeat(64),
        texts_hash: "0".repeat(64),
        language: "en".parse().unwrap(),
        gpc: false,
        browser_family: "Firefox".into(),
        region: None,
        rule_set: None,
        gpp: None,
        services: Default::default(),
    }
}

/// A page's HTML with the escapes of `/` and `&` undone, to look for addresses in it.
fn unescaped(html: &str) -> String {
    html.replace("&#x2f;", "/").replace("&amp;", "&")
}

/// The consent ids a page of the log shows, in its order.
fn shown_ids(html: &str) -> Vec<String> {
    html.split("<td data-label=\"Consent id\"><code>")
        .skip(1)
        .map(|rest| rest.split('<').next().unwrap().to_owned())
        .collect()
}

/// The link with `rel`, unescaped.
fn link(html: &str, rel: &str) -> Option<String> {
    let end = html.find(&format!("\" rel=\"{rel}\""))?;
    let start = html[..end].rfind("href=\"")? + 6;
    Some(unescaped(&html[start..end]))
}

#[tokio::test]
async fn the_consent_log_pages_through_the_store_and_the_export_streams_every_record() {
    let app = with_users().await;
    let all: Vec<NewConsent> = (1..=RECORDS).map(decision).collect();
    app.store.append_consents(all).await.unwrap();
    let id = |n: u32| decision(n).consent_id.to_string();
    let root = session_of(&app, "root").await;
    let get = |uri: String| {
        let cookie = root.clone();
        let app = &app;
        async move { app.get(&uri, &[("cookie", &cookie)]).await }
    };

    // Newest first, fifty to a page, older pages by link until the first record.
    let (first, html) = get("/admin/sites/shop/consents".into()).await;
    assert_eq!(first.status(), StatusCode::OK);
    assert!(
        html.contains("1234 records match; 50 on this page."),
        "{html}"
    );
    assert_eq!(shown_ids(&html)[0], id(RECORDS), "the newest first");
    assert!(
        link(&html, "prev").is_none(),
        "nothing newer than the newest"
    );
    let mut seen = shown_ids(&html);
    let mut html = html;
    while let Some(older) = link(&html, "next") {
        let (page, body) = get(older).await;
        assert_eq!(page.status(), StatusCode::OK);
        assert!(shown_ids(&body).len() <= 50);
        seen.extend(shown_ids(&body));
        html = body;
    }
    let expected: Vec<String> = (1..=RECORDS).rev().map(id).collect();
    assert!(seen == expected, "every record once, in order");
    // From the last page back to newer ones.
    let newer = link(&html, "prev").expect("the oldest page links to newer records");
    let (_, body) = get(newer).await;
    assert_eq!(shown_ids(&body).first(), Some(&id(84)), "{body}");

    // Oldest first, and a filter, both through the store.
    let (_, html) = get("/admin/sites/shop/consents?order=oldest".into()).await;
    assert_eq!(shown_ids(&html)[..2], [id(1), id(2)]);
    let (_, html) = get("/admin/sites/shop/consents?method=reject_all".into()).await;
    assert!(
        html.contains("411 records match; 50 on this page."),
        "{html}"
    );
    assert_eq!(shown_ids(&html)[0], id(1233));

    // A cursor that is not a sequence number is refused in the log's words.
    for bad in [
        "before=abc",
        "after=-4",
        "before=0",
        "after=99999999999999999999",
    ] {
        let (refused, message) = get(format!("/admin/sites/shop/consents?{bad}")).await;
        assert_eq!(refused.status(), StatusCode::BAD_REQUEST, "{bad}");
        assert!(
            message.starts_with("Invalid filter value"),
            "{bad}: {message}"
        );
    }

    // The export has every record, oldest first, across its chunks, and says where it ends.
    let (csv, body) = get("/admin/sites/shop/consents?format=csv".into()).await;
    assert_eq!(csv.status(), StatusCode::OK);
    assert_eq!(
        csv.headers()["cookiewarden-last-sequence"],
        RECORDS.to_string().as_str()
    );
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(
        lines.len(),
        1 + RECORDS as usize,
        "a header and every record"
    );
    let sequences: Vec<u32> = lines[1..]
        .iter()
        .map(|line| line.split(',').nth(1).unwrap().parse().unwrap())
        .collect();
    assert_eq!(sequences, (1..=RECORDS).collect::<Vec<_>>());
}

#[tokio::test]
async fn deleting_a_declaration_or_revoking_a_token_asks_first() {
    let app = with_users().await;
    add_editor(&app).await;
    let (cookies, _) = browser_of(&app, "ed").await;
    let (page, html) = app.get("/admin/sites/shop", &[("cookie", &cookies)]).await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = unescaped(&html);
    let delete = "/admin/sites/shop/cookies/delete?name=cart&domain=";
    assert!(
        html.contains(delete) && !html.contains("action=\"/admin/sites/shop/cookies/delete\""),
        "the table links to a confirmation, it holds no delete button"
    );
    let (asked, html) = app.get(delete, &[("cookie", &cookies)]).await;
    let html = unescaped(&html);
    assert_eq!(asked.status(), StatusCode::OK);
    assert!(
        html.contains("Delete the declaration of cart?")
            && html.contains("action=\"/admin/sites/shop/cookies/delete\"")
            && html.contains("name=\"name\" value=\"cart\""),
        "{html}"
    );
    let shop = "shop".parse().unwrap();
    let declared = app.store.site(&shop).await.unwrap().unwrap();
    assert!(
        declared
            .declarations
            .iter()
            .any(|d| d.pattern.to_string() == "cart"),
        "asking deletes nothing"
    );
    let (unknown, _) = app
        .get(
            "/admin/sites/shop/cookies/delete?name=nothing&domain=",
            &[("cookie", &cookies)],
        )
        .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let (viewer, _) = app
        .get(delete, &[("cookie", &session_of(&app, "vera").await)])
        .await;
    assert_eq!(viewer.status(), StatusCode::FORBIDDEN);

    let (unknown, _) = app
        .get("/admin/tokens/99/revoke", &[("cookie", &cookies)])
        .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_declarations_sort_by_the_column_asked_for() {
    let app = with_users().await;
    let root = session_of(&app, "root").await;
    let names = |html: &str| -> Vec<String> {
        html.split("<td data-label=\"Name\"><code>")
            .skip(1)
            .map(|rest| rest.split('<').next().unwrap().to_owned())
            .collect()
    };
    let (_, declared) = app.get("/admin/sites/shop", &[("cookie", &root)]).await;
    let declared = names(&declared);
    assert!(declared.len() > 2, "{declared:?}");
    let mut ascending = declared.clone();
    ascending.sort_by_key(|n| n.to_lowercase());
    let (_, html) = app
        .get("/admin/sites/shop?sort=name", &[("cookie", &root)])
        .await;
    assert_eq!(names(&html), ascending);
    assert!(html.contains("aria-sort=\"ascending\""), "{html}");
    let (_, html) = app
        .get("/admin/sites/shop?sort=name&dir=desc", &[("cookie", &root)])
        .await;
    ascending.reverse();
    assert_eq!(names(&html), ascending);
    assert!(html.contains("aria-sort=\"descending\""));
    let (_, html) = app
        .get("/admin/sites/shop?sort=%3Cscript%3E", &[("cookie", &root)])
        .await;
    assert_eq!(names(&html), declared, "an unknown column keeps the order");
    assert!(!html.contains("aria-sort") && !html.contains("<script>"));
}

#[tokio::test]
async fn the_users_sort_by_name_roles_or_state() {
    let app = with_users().await;
    add_editor(&app).await;
    let root = session_of(&app, "root").await;
    let names = |html: &str| -> Vec<String> {
        html.split("<td data-label=\"User\">")
            .skip(1)
            .map(|rest| rest.split('<').next().unwrap().to_owned())
            .collect()
    };
    let (_, html) = app
        .get("/admin/users?sort=user&dir=desc", &[("cookie", &root)])
        .await;
    assert_eq!(names(&html), ["vera", "root", "ed"]);
    assert!(html.contains("aria-sort=\"descending\""));
    let (_, html) = app
        .get("/admin/users?sort=user", &[("cookie", &root)])
        .await;
    assert_eq!(names(&html), ["ed", "root", "vera"]);
}

#[tokio::test]
async fn fields_carry_their_help_and_pages_their_navigation() {
    let app = with_users().await;
    let root = session_of(&app, "root").await;
    let (_, html) = app.get("/admin/sites/shop", &[("cookie", &root)]).await;
    let html = unescaped(&html);
    assert!(
        html.contains("aria-describedby=\"f-origins-help\"")
            && html.contains(
                "<span class=\"help\" id=\"f-origins-help\">The addresses the site is served from"
            ),
        "{html}"
    );
    assert!(
        html.contains("<textarea id=\"f-banner_text.en\" name=\"banner_text.en\" rows=\"6\""),
        "a paragraph gets room: {html}"
    );
    assert!(
        html.contains("<input id=\"f-banner_title.en\""),
        "a heading is one line"
    );
    assert!(
        html.contains("/assets/admin."),
        "the back office's own stylesheet"
    );
    assert!(
        html.contains("href=\"/admin/sites/shop\" aria-current=\"page\"")
            && html.contains("href=\"/admin/users\""),
        "{html}"
    );
    let vera = session_of(&app, "vera").await;
    let (_, html) = app
        .get("/admin/sites/shop/consents", &[("cookie", &vera)])
        .await;
    let html = unescaped(&html);
    assert!(
        html.contains("href=\"/admin/sites/shop/consents\" aria-current=\"page\"")
            && !html.contains("href=\"/admin/users\""),
        "a viewer is not offered the administrators' pages: {html}"
    );
}

#[tokio::test]
async fn the_audit_log_pages_a_hundred_changes_at_a_time() {
    let app = with_users().await;
    let vera: cookiewarden_core::Username = "vera".parse().unwrap();
    for n in 0..130 {
        let entry = cookiewarden_store::AuditEntry {
            at_ms: 1_800_000_000_000 + n,
            actor: "root".into(),
            action: if n % 2 == 0 {
                "user.disable"
            } else {
                "user.enable"
            }
            .into(),
            target: format!("user:vera:{n}"),
            before: None,
            after: None,
        };
        app.store
            .set_disabled_audited(&vera, n % 2 == 0, &entry)
            .await
            .unwrap();
    }
    let root = session_of(&app, "root").await;
    let (first, html) = app.get("/admin/audit", &[("cookie", &root)]).await;
    assert_eq!(first.status(), StatusCode::OK);
    let html = unescaped(&html);
    assert_eq!(html.matches("<tr><td").count(), 100);
    assert!(html.contains("user:vera:129") && !html.contains("user:vera:29<"));
    let older = link(&html, "next").expect("a link to older changes");
    let (_, html) = app.get(&older, &[("cookie", &root)]).await;
    let html = unescaped(&html);
    assert_eq!(html.matches("<tr><td").count(), 30, "the rest");
    assert!(html.contains("user:vera:0<") && link(&html, "next").is_none());
    assert!(link(&html, "prev").is_some(), "back to the newest");
    let (bad, _) = app
        .get("/admin/audit?before=-1", &[("cookie", &root)])
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
}
