//! The back office's door: login, sessions, CSRF, logout, roles.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use cookiewarden_core::{Account, Membership, Role, SiteDefinition, hash_password};

use crate::{TestApp, header, split};

const PASSWORD: &str = "a long enough secret";

/// The platform and the shop with `root`, an administrator, and `vera`, a viewer of the shop.
pub(crate) async fn with_users() -> TestApp {
    let app = TestApp::new().await;
    let hash = hash_password(PASSWORD, &[3; 16]).unwrap();
    for (name, admin, memberships) in [
        ("root", true, vec![]),
        (
            "vera",
            false,
            vec![Membership {
                site: "shop".parse().unwrap(),
                role: Role::Viewer,
            }],
        ),
    ] {
        app.store
            .add_user(
                &Account {
                    name: name.parse().unwrap(),
                    admin,
                    memberships,
                    disabled: false,
                    password_hash: hash.clone(),
                },
                None,
            )
            .await
            .unwrap();
    }
    app
}

/// The value of cookie `name` among a response's `Set-Cookie` lines, with the whole line.
fn set_cookie(response: &axum::http::Response<Body>, name: &str) -> Option<(String, String)> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|line| line.starts_with(&format!("{name}=")))
        .map(|line| {
            let value = line[name.len() + 1..].split(';').next().unwrap().to_owned();
            (value, line)
        })
}

/// The masked token in a page's form.
fn form_token(html: &str) -> String {
    html.split("name=\"csrfmiddlewaretoken\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned()
}

/// A browser's view: the CSRF cookie and token from the login page.
async fn login_form(app: &TestApp) -> (String, String) {
    let (response, html) = app.get("/admin/login", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let (secret, _) = set_cookie(&response, "csrftoken").unwrap();
    (secret, form_token(&html))
}

async fn post_form(
    app: &TestApp,
    uri: &str,
    cookies: &str,
    body: &str,
    extra: &[(&str, &str)],
) -> (axum::http::Response<Body>, String) {
    let mut request = Request::post(uri)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", cookies);
    for (name, value) in extra {
        request = request.header(*name, *value);
    }
    split(
        app.send(request.body(Body::from(body.to_owned())).unwrap())
            .await,
    )
    .await
}

async fn log_in(
    app: &TestApp,
    user: &str,
    password: &str,
    before: &str,
) -> (axum::http::Response<Body>, String) {
    let (secret, token) = login_form(app).await;
    let cookies = format!("csrftoken={secret}; {before}");
    post_form(
        app,
        "/admin/login",
        &cookies,
        &format!(
            "csrfmiddlewaretoken={token}&username={user}&password={}",
            password.replace(' ', "+")
        ),
        &[],
    )
    .await
}

#[tokio::test]
async fn the_login_page_sets_a_readable_csrf_cookie_and_masks_its_token() {
    let app = with_users().await;
    let (response, html) = app.get("/admin/login", &[]).await;
    let (secret, line) = set_cookie(&response, "csrftoken").unwrap();
    assert_eq!(secret.len(), 32);
    assert!(
        line.contains("SameSite=Lax") && line.contains("Path=/"),
        "{line}"
    );
    assert!(
        line.contains(&format!("Max-Age={}", 360 * 86_400)),
        "12 months: {line}"
    );
    assert!(
        !line.contains("HttpOnly"),
        "scripts read it to send X-CSRFToken"
    );
    let token = form_token(&html);
    assert_eq!(token.len(), 64);
    let (_, again) = app
        .get(
            "/admin/login",
            &[("cookie", &format!("csrftoken={secret}"))],
        )
        .await;
    assert_ne!(form_token(&again), token, "a new mask at every render");
    assert!(header(&response, "content-security-policy").contains("frame-ancestors 'none'"));
    assert_eq!(header(&response, "cache-control"), "no-store");
}

#[tokio::test]
async fn logging_in_gives_a_new_session_and_logging_out_ends_it() {
    let app = with_users().await;
    let (response, _) = log_in(&app, "root", PASSWORD, "sessionid=planted-by-an-attacker").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&response, "location"), "/admin/");
    let (session, line) = set_cookie(&response, "sessionid").unwrap();
    assert_ne!(session, "planted-by-an-attacker");
    assert_eq!(session.len(), 64, "256 bits");
    for attribute in [
        "HttpOnly",
        "SameSite=Lax",
        "Path=/",
        &format!("Max-Age={}", 14 * 86_400),
    ] {
        assert!(line.contains(attribute), "{attribute} in {line}");
    }
    let (csrf, _) = set_cookie(&response, "csrftoken").unwrap();

    let cookies = format!("sessionid={session}; csrftoken={csrf}");
    let (home, html) = app.get("/admin/", &[("cookie", &cookies)]).await;
    assert_eq!(home.status(), StatusCode::OK);
    assert!(
        html.contains("root") && html.contains("Example shop"),
        "{html}"
    );
    let token = form_token(&html);

    let (out, _) = post_form(
        &app,
        "/admin/logout",
        &cookies,
        &format!("csrfmiddlewaretoken={token}"),
        &[],
    )
    .await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    assert!(
        set_cookie(&out, "sessionid")
            .unwrap()
            .1
            .contains("Max-Age=0")
    );
    let (after, _) = app.get("/admin/", &[("cookie", &cookies)]).await;
    assert_eq!(
        after.status(),
        StatusCode::SEE_OTHER,
        "the old cookie is useless"
    );
    assert_eq!(header(&after, "location"), "/admin/login?next=/admin/");

    // Logging in again from a browser with a session ends that session.
    let (first, _) = log_in(&app, "root", PASSWORD, "").await;
    let (first, _) = set_cookie(&first, "sessionid").unwrap();
    let (second, _) = log_in(&app, "root", PASSWORD, &format!("sessionid={first}")).await;
    assert!(set_cookie(&second, "sessionid").is_some());
    let (stale, _) = app
        .get("/admin/", &[("cookie", &format!("sessionid={first}"))])
        .await;
    assert_eq!(
        stale.status(),
        StatusCode::SEE_OTHER,
        "the earlier session ended"
    );
}

#[tokio::test]
async fn an_unknown_user_and_a_wrong_password_get_the_same_answer() {
    let app = with_users().await;
    let (wrong, wrong_html) = log_in(&app, "root", "not the password", "").await;
    let (unknown, unknown_html) = log_in(&app, "nobody", PASSWORD, "").await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED);
    assert!(wrong_html.contains("Wrong user name or password."));
    assert!(unknown_html.contains("Wrong user name or password."));
    assert!(set_cookie(&wrong, "sessionid").is_none());
}

#[tokio::test]
async fn posts_without_the_token_or_from_another_origin_are_refused() {
    let app = with_users().await;
    let (secret, token) = login_form(&app).await;
    let cookies = format!("csrftoken={secret}");
    let body = format!("username=root&password={}", PASSWORD.replace(' ', "+"));
    let (missing, message) = post_form(&app, "/admin/login", &cookies, &body, &[]).await;
    assert_eq!(missing.status(), StatusCode::FORBIDDEN);
    assert!(message.contains("Reload the page"), "{message}");
    let with_token = format!("{body}&csrfmiddlewaretoken={token}");
    let (cross, _) = post_form(
        &app,
        "/admin/login",
        &cookies,
        &with_token,
        &[("origin", "https://evil.example"), ("host", "cw.example")],
    )
    .await;
    assert_eq!(cross.status(), StatusCode::FORBIDDEN);
    let (no_cookie, _) = post_form(&app, "/admin/login", "", &with_token, &[]).await;
    assert_eq!(no_cookie.status(), StatusCode::FORBIDDEN);
    let (logout, _) = post_form(&app, "/admin/logout", &cookies, "", &[]).await;
    assert_eq!(
        logout.status(),
        StatusCode::FORBIDDEN,
        "logout needs the token too"
    );
}

#[tokio::test]
async fn repeated_failures_lock_the_account_even_for_the_right_password() {
    let app = with_users().await;
    for _ in 0..10 {
        let (failed, _) = log_in(&app, "vera", "guessing wrong", "").await;
        assert_eq!(failed.status(), StatusCode::UNAUTHORIZED);
    }
    let (locked, html) = log_in(&app, "vera", PASSWORD, "").await;
    assert_eq!(locked.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(html.contains("Too many failed attempts"), "{html}");
    assert!(set_cookie(&locked, "sessionid").is_none());
}

/// A login posted from the client at `address`, as the server's connection info says.
async fn log_in_from(
    app: &TestApp,
    address: &str,
    user: &str,
    password: &str,
) -> axum::http::Response<Body> {
    let (secret, token) = login_form(app).await;
    let mut request = Request::post("/admin/login")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", format!("csrftoken={secret}"))
        .body(Body::from(format!(
            "csrfmiddlewaretoken={token}&username={user}&password={}",
            password.replace(' ', "+")
        )))
        .unwrap();
    request
        .extensions_mut()
        .insert(axum::extract::ConnectInfo::<std::net::SocketAddr>(
            address.parse().unwrap(),
        ));
    app.send(request).await
}

#[tokio::test]
async fn logins_sent_side_by_side_are_counted_before_any_is_checked() {
    let app = with_users().await;
    // 99 wrong guesses and the right password last, all released at once.
    let attempts = (0..100).map(|i| {
        let password = if i == 99 { PASSWORD } else { "guessing wrong" };
        log_in_from(&app, "198.51.100.7:4000", "vera", password)
    });
    let answers = futures::future::join_all(attempts).await;
    let checked = answers
        .iter()
        .filter(|r| r.status() != StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert!(checked <= 10, "{checked} passwords were checked");
    assert_eq!(
        answers.last().unwrap().status(),
        StatusCode::TOO_MANY_REQUESTS,
        "the right password, sent last, came after the lock"
    );
}

#[tokio::test]
async fn an_attacker_elsewhere_cannot_lock_the_owner_out() {
    let app = with_users().await;
    for _ in 0..10 {
        let failed = log_in_from(&app, "203.0.113.5:5000", "vera", "guessing wrong").await;
        assert_eq!(failed.status(), StatusCode::UNAUTHORIZED);
    }
    let locked = log_in_from(&app, "203.0.113.5:5001", "vera", PASSWORD).await;
    assert_eq!(locked.status(), StatusCode::TOO_MANY_REQUESTS);
    let owner = log_in_from(&app, "192.0.2.44:6000", "vera", PASSWORD).await;
    assert_eq!(
        owner.status(),
        StatusCode::SEE_OTHER,
        "the owner's own address still logs in"
    );
}

#[tokio::test]
async fn a_viewer_sees_only_their_sites_and_a_disabled_user_cannot_log_in() {
    let app = with_users().await;
    let (response, _) = log_in(&app, "vera", PASSWORD, "").await;
    let (session, _) = set_cookie(&response, "sessionid").unwrap();
    let (_, html) = app
        .get("/admin/", &[("cookie", &format!("sessionid={session}"))])
        .await;
    assert!(
        html.contains("Example shop") && html.contains("viewer"),
        "{html}"
    );
    assert!(
        !html.contains("cookiewarden platform") && !html.contains("<code>platform</code>"),
        "{html}"
    );

    let vera = "vera".parse().unwrap();
    app.store.set_disabled(&vera, true).await.unwrap();
    let (after, _) = app
        .get("/admin/", &[("cookie", &format!("sessionid={session}"))])
        .await;
    assert_eq!(
        after.status(),
        StatusCode::SEE_OTHER,
        "disabling ends the sessions"
    );
    let (refused, _) = log_in(&app, "vera", PASSWORD, "").await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
}

/// A session cookie for `user`, through the login form.
pub(crate) async fn session_of(app: &TestApp, user: &str) -> String {
    let (response, _) = log_in(app, user, PASSWORD, "").await;
    format!(
        "sessionid={}",
        set_cookie(&response, "sessionid").unwrap().0
    )
}

#[tokio::test]
async fn the_consent_log_filters_and_exports_for_the_site_members_only() {
    use cookiewarden_core::{Choices, ConsentId, ConsentMethod, NewConsent};
    let app = with_users().await;
    let day = |d: i64| (1_800_000_000 + d * 86_400) * 1000; // 2027-01-15 + d days
    let mut ids = Vec::new();
    for (n, (at, method, choices)) in [
        (day(0), ConsentMethod::AcceptAll, Choices::ALL),
        (day(1), ConsentMethod::RejectAll, Choices::NONE),
        (
            day(1) + 60_000,
            ConsentMethod::Custom,
            Choices {
                statistics: true,
                ..Choices::NONE
            },
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let id = ConsentId::from_random([u8::try_from(n).unwrap() + 1; 16]);
        ids.push(id.to_string());
        app.store
            .append_consent(NewConsent {
                site: "shop".parse().unwrap(),
                consent_id: id,
                recorded_at_ms: at,
                method,
                choices,
                policy_version: "0".repeat(64),
                texts_hash: "0".repeat(64),
                language: "en".parse().unwrap(),
                // The last one from California, with GPC, as the log must show.
                gpc: n == 2,
                browser_family: "Firefox".into(),
                region: (n == 2).then(|| "US-CA".parse().unwrap()),
                rule_set: (n == 2).then_some(cookiewarden_core::RuleSet::OptOut),
                gpp: None,
                services: Default::default(),
            })
            .await
            .unwrap();
    }
    let root = session_of(&app, "root").await;
    let app = &app;
    let log = |query: &str| {
        let cookie = root.clone();
        let uri = format!("/admin/sites/shop/consents{query}");
        async move { app.get(&uri, &[("cookie", &cookie)]).await }
    };
    let (all, html) = log("").await;
    assert_eq!(all.status(), StatusCode::OK);
    assert!(ids.iter().all(|id| html.contains(id.as_str())), "{html}");
    assert!(html.contains("3 records match; 3 on this page."), "{html}");
    let (_, html) = log("?from=2027-01-16").await;
    assert!(html.contains("2 records match") && !html.contains(&ids[0]));
    let (_, html) = log("?from=2027-01-16&to=2027-01-16&method=reject_all").await;
    assert!(html.contains("One record matches") && html.contains(&ids[1]));
    let (_, html) = log(&format!("?consent_id={}", ids[2])).await;
    assert!(html.contains("One record matches") && html.contains("statistics"));
    assert!(html.contains("US-CA · opt-out · GPC"), "{html}");

    let (csv, body) = log("?method=custom&format=csv").await;
    assert_eq!(header(&csv, "content-type"), "text/csv; charset=utf-8");
    assert!(header(&csv, "content-disposition").contains("consents-shop.csv"));
    let lines: Vec<&str> = body.lines().collect();
    assert!(
        lines[0].starts_with("site,sequence,consent_id,recorded_at_ms,method"),
        "{body}"
    );
    assert_eq!(lines.len(), 2, "{body}");
    assert!(lines[1].contains(&ids[2]) && lines[1].contains(",custom,"));

    let (bad, message) = log("?from=yesterday").await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    assert!(message.contains("`yesterday`"), "{message}");
    let (bad, _) = log("?method=sometimes").await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);

    // A viewer of the shop reads its log, not the platform's.
    let vera = session_of(app, "vera").await;
    let (own, _) = app
        .get("/admin/sites/shop/consents", &[("cookie", &vera)])
        .await;
    assert_eq!(own.status(), StatusCode::OK);
    let (other, _) = app
        .get("/admin/sites/platform/consents", &[("cookie", &vera)])
        .await;
    assert_eq!(
        other.status(),
        StatusCode::NOT_FOUND,
        "a site one is not a member of looks like no site"
    );
    let (anonymous, _) = app.get("/admin/sites/shop/consents", &[]).await;
    assert_eq!(anonymous.status(), StatusCode::SEE_OTHER);
    let (unknown, _) = app
        .get("/admin/sites/nosuch/consents", &[("cookie", &root)])
        .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn administrators_disable_users_and_the_audit_log_says_who_did_what() {
    let app = with_users().await;
    let root = session_of(&app, "root").await;
    let vera = session_of(&app, "vera").await;
    let (page, html) = app.get("/admin/users", &[("cookie", &root)]).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(
        html.contains("vera") && html.contains("shop (viewer)"),
        "{html}"
    );
    let (csrf, _) = set_cookie(&page, "csrftoken").unwrap_or_default();
    let token = form_token(&html);
    let cookies = if csrf.is_empty() {
        root.clone()
    } else {
        format!("{root}; csrftoken={csrf}")
    };

    // A viewer may not see the users, nor change them.
    let (refused, message) = app.get("/admin/users", &[("cookie", &vera)]).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(message.contains("Only administrators"), "{message}");

    let form = format!("csrfmiddlewaretoken={token}");
    let (done, _) = post_form(&app, "/admin/users/vera/disable", &cookies, &form, &[]).await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER, "{:?}", done.headers());
    let (gone, _) = app.get("/admin/", &[("cookie", &vera)]).await;
    assert_eq!(gone.status(), StatusCode::SEE_OTHER, "vera's session ended");
    let (myself, _) = post_form(&app, "/admin/users/root/disable", &cookies, &form, &[]).await;
    assert_eq!(myself.status(), StatusCode::BAD_REQUEST);
    let (nobody, _) = post_form(&app, "/admin/users/nobody/disable", &cookies, &form, &[]).await;
    assert_eq!(nobody.status(), StatusCode::NOT_FOUND);
    let (no_token, _) = post_form(&app, "/admin/users/vera/enable", &cookies, "", &[]).await;
    assert_eq!(no_token.status(), StatusCode::FORBIDDEN);
    let (unknown, _) = post_form(&app, "/admin/users/vera/promote", &cookies, &form, &[]).await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let (again, _) = post_form(&app, "/admin/users/vera/enable", &cookies, &form, &[]).await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);

    let (_, audit) = app.get("/admin/audit", &[("cookie", &root)]).await;
    let enable = audit.find("user.enable").expect("the enabling is logged");
    let disable = audit.find("user.disable").expect("the disabling is logged");
    assert!(enable < disable, "newest first: {audit}");
    assert!(
        audit.contains("user:vera") && audit.contains("root"),
        "{audit}"
    );
    assert!(
        audit.contains("{&quot;disabled&quot;:false}")
            && audit.contains("{&quot;disabled&quot;:true}"),
        "{audit}"
    );
    assert_eq!(
        audit.matches("<tr><td").count(),
        2,
        "refused attempts change nothing: {audit}"
    );
}

#[tokio::test]
async fn editors_change_a_sites_settings_viewers_only_read_them() {
    let app = with_users().await;
    let hash = hash_password(PASSWORD, &[5; 16]).unwrap();
    app.store
        .add_user(
            &Account {
                name: "ed".parse().unwrap(),
                admin: false,
                memberships: vec![Membership {
                    site: "shop".parse().unwrap(),
                    role: Role::Editor,
                }],
                disabled: false,
                password_hash: hash,
            },
            None,
        )
        .await
        .unwrap();
    let shop: cookiewarden_core::Slug = "shop".parse().unwrap();
    let before = app.store.site(&shop).await.unwrap().unwrap();

    let vera = session_of(&app, "vera").await;
    let (read, html) = app.get("/admin/sites/shop", &[("cookie", &vera)]).await;
    assert_eq!(read.status(), StatusCode::OK);
    // Templates escape `/` as `&#x2f;`.
    let shown = html.replace("&#x2f;", "/");
    assert!(
        shown.contains("https://shop.example.com") && shown.contains(" disabled"),
        "{html}"
    );
    assert!(
        !html.contains("type=\"submit\">Save"),
        "no save button for a viewer"
    );
    let (csrf, _) = set_cookie(&read, "csrftoken").unwrap();
    let token = form_token(&html);
    let (refused, message) = post_form(
        &app,
        "/admin/sites/shop",
        &format!("{vera}; csrftoken={csrf}"),
        &format!("csrfmiddlewaretoken={token}&name=Hacked"),
        &[],
    )
    .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(message.contains("Only the site's editors"), "{message}");
    let (refused, _) = post_form(
        &app,
        "/admin/sites/shop/cookies/delete",
        &format!("{vera}; csrftoken={csrf}"),
        &format!("csrfmiddlewaretoken={token}&name=cart"),
        &[],
    )
    .await;
    assert_eq!(
        refused.status(),
        StatusCode::FORBIDDEN,
        "a viewer deletes nothing"
    );

    let ed = session_of(&app, "ed").await;
    let (page, html) = app.get("/admin/sites/shop", &[("cookie", &ed)]).await;
    let (csrf, _) = set_cookie(&page, "csrftoken").unwrap();
    let cookies = format!("{ed}; csrftoken={csrf}");
    let token = form_token(&html);
    let form = |origins: &str, lifetime: &str| {
        format!(
            "csrfmiddlewaretoken={token}&name=Example+shop&origins={origins}&languages=en%2C+fr\
             &default_language=en&consent_lifetime={lifetime}&refusal_cooldown=&policy_path=%2Fcookies-policy"
        )
    };
    let (invalid, html) = post_form(
        &app,
        "/admin/sites/shop",
        &cookies,
        &form("not-an-origin", "6+months"),
        &[],
    )
    .await;
    assert_eq!(invalid.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let beside = html
        .split("id=\"f-origins-error\">")
        .nth(1)
        .unwrap_or_default();
    assert!(beside.contains("is not an origin"), "{html}");
    assert!(html.contains("not-an-origin"), "the value typed is kept");
    assert_eq!(
        app.store.site(&shop).await.unwrap().unwrap(),
        before,
        "nothing saved"
    );

    let origins = "https%3A%2F%2Fshop.example.com%0D%0Ahttps%3A%2F%2Fnew.example.com";
    let (saved, _) = post_form(
        &app,
        "/admin/sites/shop",
        &cookies,
        &form(origins, "3+months"),
        &[],
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&saved, "location"), "/admin/sites/shop?saved=true");
    let after = app.store.site(&shop).await.unwrap().unwrap();
    assert_eq!(
        after.site.origins,
        ["https://shop.example.com", "https://new.example.com"]
    );
    assert_eq!(after.site.consent_lifetime.to_string(), "3 months");
    assert_eq!(
        after.site.refusal_cooldown,
        cookiewarden_core::Site::DEFAULT_REFUSAL_COOLDOWN
    );
    assert_eq!(
        after.declarations, before.declarations,
        "declarations untouched"
    );

    // Regions, one rule per line, and a cookie domain over both origins.
    let regions = "US-CA%2C+US-CO%3A+opt-out%2C+12+months%0D%0ABR%3A+notice";
    let (saved, _) = post_form(
        &app,
        "/admin/sites/shop",
        &cookies,
        &format!(
            "{}&cookie_domain=example.com&default_region=FR&regions={regions}",
            form(origins, "3+months")
        ),
        &[],
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let after = app.store.site(&shop).await.unwrap().unwrap();
    assert_eq!(after.site.cookie_domain.as_deref(), Some("example.com"));
    assert_eq!(after.site.default_region.as_str(), "FR");
    let rules: Vec<(Vec<String>, &str, Option<String>)> = after
        .site
        .regions
        .iter()
        .map(|rule| {
            (
                rule.codes.iter().map(ToString::to_string).collect(),
                rule.rules.as_str(),
                rule.refusal_cooldown.map(|c| c.to_string()),
            )
        })
        .collect();
    assert_eq!(
        rules,
        [
            (
                vec!["US-CA".to_owned(), "US-CO".to_owned()],
                "opt-out",
                Some("12 months".to_owned())
            ),
            (vec!["BR".to_owned()], "notice", None)
        ]
    );
    let (_, html) = app.get("/admin/sites/shop", &[("cookie", &ed)]).await;
    assert!(
        html.contains("US-CA, US-CO: opt-out, 12 months\nBR: notice"),
        "the rules read back as typed: {html}"
    );
    for (bad, field, message) in [
        (
            "regions=US-CA+opt-out",
            "regions",
            "a colon and the rule set",
        ),
        ("regions=US-CA%3A+opt-maybe", "regions", "opt-maybe"),
        ("cookie_domain=co.uk", "cookie_domain", "public suffix"),
        ("default_region=us", "default_region", "invalid region `us`"),
    ] {
        let (refused, html) = post_form(
            &app,
            "/admin/sites/shop",
            &cookies,
            &format!("{}&{bad}", form(origins, "3+months")),
            &[],
        )
        .await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        let beside = html
            .split(&format!("id=\"f-{field}-error\">"))
            .nth(1)
            .unwrap_or_default();
        assert!(
            beside.contains(message),
            "{bad}: {}",
            &html[..html.len().min(300)]
        );
    }

    // Control characters are refused before they reach the database.
    let with_control = form(origins, "3+months").replace("name=Example+shop", "name=Ex%00ample");
    let (control, html) = post_form(&app, "/admin/sites/shop", &cookies, &with_control, &[]).await;
    assert_eq!(control.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("control characters"), "{html}");

    // Deleting a declaration: an unknown one is 404; consent records are not touched.
    let delete = |name: &str| format!("csrfmiddlewaretoken={token}&name={name}&domain=");
    let path = "/admin/sites/shop/cookies/delete";
    let (missing, _) = post_form(&app, path, &cookies, &delete("nosuch"), &[]).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let (deleted, _) = post_form(&app, path, &cookies, &delete("cart"), &[]).await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    let now = app.store.site(&shop).await.unwrap().unwrap();
    assert_eq!(now.declarations.len(), before.declarations.len() - 1);
    assert!(
        now.declarations
            .iter()
            .all(|d| d.pattern.to_string() != "cart")
    );

    // Declaring a cookie: the site-definition rules apply, the message beside the field.
    let cookie = |name: &str, duration: &str| {
        format!(
            "csrfmiddlewaretoken={token}&name={name}&provider=Example+shop&category=preferences\
             &party=first&duration={duration}&domain=&path=&function.en=Theme&purpose.en=Remembers+the+theme."
        )
    };
    let add = "/admin/sites/shop/cookies";
    let (bad, html) = post_form(&app, add, &cookies, &cookie("theme", "3+fortnights"), &[]).await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let beside = html
        .split("id=\"f-duration-error\">")
        .nth(1)
        .unwrap_or_default();
    assert!(beside.contains("3 fortnights"), "{html}");
    let (twice, html) = post_form(&app, add, &cookies, &cookie("shop_session", "1+day"), &[]).await;
    assert_eq!(twice.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("declared twice"), "{html}");
    let (control, _) = post_form(&app, add, &cookies, &cookie("theme%01", "1+day"), &[]).await;
    assert_eq!(control.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let (added, _) = post_form(&app, add, &cookies, &cookie("theme", "1+year"), &[]).await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let now = app.store.site(&shop).await.unwrap().unwrap();
    let theme = now
        .declarations
        .iter()
        .find(|d| d.pattern.to_string() == "theme")
        .unwrap();
    assert_eq!(theme.category.as_str(), "preferences");
    assert_eq!(theme.duration.to_string(), "1 year");
    assert_eq!(theme.path, "/");

    let root = session_of(&app, "root").await;
    let (_, audit) = app.get("/admin/audit", &[("cookie", &root)]).await;
    assert!(
        audit.contains("site.settings") && audit.contains("site:shop"),
        "{audit}"
    );
    assert!(
        audit.contains("cookie.add") && audit.contains("cookie:theme"),
        "{audit}"
    );
    assert!(
        audit.contains("cookie.delete") && audit.contains("cookie:cart"),
        "{audit}"
    );
    assert!(
        audit.contains("new.example.com") && audit.contains(">ed</td>"),
        "{audit}"
    );
}

/// A logged-in browser: its cookies and a form token.
pub(crate) async fn browser_of(app: &TestApp, user: &str) -> (String, String) {
    let session = session_of(app, user).await;
    let (page, html) = app.get("/admin/", &[("cookie", &session)]).await;
    let (csrf, _) = set_cookie(&page, "csrftoken").unwrap();
    (format!("{session}; csrftoken={csrf}"), form_token(&html))
}

/// Adds `ed`, an editor of the shop.
pub(crate) async fn add_editor(app: &TestApp) {
    app.store
        .add_user(
            &Account::new(
                "ed".parse().unwrap(),
                Role::Editor,
                vec!["shop".parse().unwrap()],
                hash_password(PASSWORD, &[5; 16]).unwrap(),
            )
            .unwrap(),
            None,
        )
        .await
        .unwrap();
}

#[tokio::test]
async fn a_declaration_is_edited_in_every_language_and_script_payloads_render_inert() {
    let app = with_users().await;
    add_editor(&app).await;
    let (cookies, token) = browser_of(&app, "ed").await;
    let edit = "/admin/sites/shop/cookies/edit?name=cart&domain=";
    let (page, html) = app.get(edit, &[("cookie", &cookies)]).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(
        html.contains("name=\"purpose.fr\"") && html.contains("Garde en mémoire les articles"),
        "every language of the site has its field: {html}"
    );

    let script = "<script>alert(1)</script>";
    let image = "<img src=x onerror=alert(1)>";
    let encode = |s: &str| {
        s.replace('<', "%3C")
            .replace('>', "%3E")
            .replace(' ', "+")
            .replace('=', "%3D")
    };
    let form = |duration: &str| {
        format!(
            "csrfmiddlewaretoken={token}&name=cart&provider={}&category=necessary&party=first\
             &duration={duration}&domain=&path=%2F&status=active&function.en=Cart&function.fr=Panier\
             &purpose.en={}&purpose.fr=Les+articles+de+votre+panier.",
            encode(image),
            encode(script)
        )
    };
    let (bad, html) = post_form(&app, edit, &cookies, &form("14+fortnights"), &[]).await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        html.split("id=\"f-duration-error\">")
            .nth(1)
            .unwrap_or_default()
            .contains("14 fortnights"),
        "{html}"
    );
    let (saved, _) = post_form(&app, edit, &cookies, &form("14+days"), &[]).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER, "saved");
    let shop = app
        .store
        .site(&"shop".parse().unwrap())
        .await
        .unwrap()
        .unwrap();
    let cart = shop
        .declarations
        .iter()
        .find(|d| d.pattern.to_string() == "cart")
        .unwrap();
    assert_eq!(cart.duration.to_string(), "14 days");
    assert_eq!(cart.provider, image);
    let fr = "fr".parse().unwrap();
    assert_eq!(
        cart.purpose.get(&fr, &fr),
        Some("Les articles de votre panier.")
    );
    assert_eq!(
        shop.declarations
            .iter()
            .position(|d| d.pattern.to_string() == "cart"),
        Some(1),
        "edited in place"
    );

    // A draft shows in the preview, not in the published policy.
    let draft = format!(
        "csrfmiddlewaretoken={token}&name=wishlist&provider=Example+shop&category=preferences\
         &party=first&duration=1+month&path=%2F&status=draft&purpose.en=Keeps+your+wishlist."
    );
    let (added, _) = post_form(&app, "/admin/sites/shop/cookies", &cookies, &draft, &[]).await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let (_, preview) = app
        .get("/admin/sites/shop/preview", &[("cookie", &cookies)])
        .await;
    let (_, public) = app.get("/sites/shop/cookies-policy", &[]).await;
    assert!(
        preview.contains("wishlist") && preview.contains("one draft"),
        "{preview}"
    );
    assert!(!public.contains("wishlist"));

    let root = session_of(&app, "root").await;
    for (path, who) in [
        ("/admin/sites/shop", &cookies),
        (edit, &cookies),
        ("/admin/sites/shop/preview", &cookies),
        ("/sites/shop/cookies-policy", &cookies),
        ("/sites/shop/my-consent", &cookies),
        ("/admin/audit", &root),
    ] {
        let (response, html) = app.get(path, &[("cookie", who)]).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert!(
            !html.contains("<script>alert") && !html.contains("<img src=x"),
            "{path} renders the payload as markup: {html}"
        );
    }
    let (_, policy) = app.get("/sites/shop/cookies-policy", &[]).await;
    assert!(
        policy.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{policy}"
    );
    let (_, audit) = app.get("/admin/audit", &[("cookie", &root)]).await;
    assert!(
        audit.contains("cookie.update") && audit.contains("14 days"),
        "{audit}"
    );

    let vera = session_of(&app, "vera").await;
    let (viewer, _) = app.get(edit, &[("cookie", &vera)]).await;
    assert_eq!(viewer.status(), StatusCode::FORBIDDEN);
    let (unknown, _) = app
        .get(
            "/admin/sites/shop/cookies/edit?name=nosuch",
            &[("cookie", &cookies)],
        )
        .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn administrators_create_sites_and_users_from_the_pages() {
    let app = with_users().await;
    let (cookies, token) = browser_of(&app, "root").await;
    let (page, _) = app.get("/admin/new-site", &[("cookie", &cookies)]).await;
    assert_eq!(page.status(), StatusCode::OK);
    let site = |slug: &str| {
        format!(
            "csrfmiddlewaretoken={token}&slug={slug}&name=Blog&origins=https%3A%2F%2Fblog.example.org\
             &languages=en%2C+fr&default_language=fr&consent_lifetime=6+months&refusal_cooldown=\
             &policy_path=%2Fcookies"
        )
    };
    let (bad, html) = post_form(&app, "/admin/new-site", &cookies, &site("Blog!"), &[]).await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        html.split("id=\"f-slug-error\">")
            .nth(1)
            .unwrap_or_default()
            .contains("invalid site slug"),
        "{html}"
    );
    let (created, _) = post_form(&app, "/admin/new-site", &cookies, &site("blog"), &[]).await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&created, "location"), "/admin/sites/blog?saved=true");
    let blog = app
        .store
        .site(&"blog".parse().unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(blog.site.default_language.as_str(), "fr");
    assert_eq!(blog.site.policy_path, "/cookies");
    let (taken, html) = post_form(&app, "/admin/new-site", &cookies, &site("shop"), &[]).await;
    assert_eq!(taken.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("exists already"), "{html}");
    assert_eq!(
        app.store
            .site(&"shop".parse().unwrap())
            .await
            .unwrap()
            .unwrap()
            .site
            .name,
        "Example shop",
        "an existing site is never overwritten"
    );

    let user = |name: &str, password: &str| {
        format!(
            "csrfmiddlewaretoken={token}&name={name}&role=editor&sites=blog&password={password}"
        )
    };
    let (short, html) = post_form(&app, "/admin/users", &cookies, &user("ada", "short"), &[]).await;
    assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("at least 10 characters"), "{html}");
    let password = PASSWORD.replace(' ', "+");
    let (added, _) = post_form(&app, "/admin/users", &cookies, &user("ada", &password), &[]).await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let (again, html) =
        post_form(&app, "/admin/users", &cookies, &user("ada", &password), &[]).await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("exists already"), "{html}");
    let ada = session_of(&app, "ada").await;
    let (_, home) = app.get("/admin/", &[("cookie", &ada)]).await;
    assert!(
        home.contains("/admin/sites/blog") && !home.contains("/admin/sites/shop\""),
        "{home}"
    );

    let vera = session_of(&app, "vera").await;
    let (not_admin, _) = app.get("/admin/new-site", &[("cookie", &vera)]).await;
    assert_eq!(not_admin.status(), StatusCode::FORBIDDEN);
    let (_, audit) = app.get("/admin/audit", &[("cookie", &cookies)]).await;
    assert!(
        audit.contains("site.create") && audit.contains("user.create"),
        "{audit}"
    );
}

#[tokio::test]
async fn a_site_writes_its_own_banner_and_policy_texts_per_language() {
    let app = with_users().await;
    add_editor(&app).await;
    let config = |lang: &'static str| {
        let app = &app;
        async move {
            let (_, body) = app
                .get(&format!("/sites/shop/config.json?lang={lang}"), &[])
                .await;
            serde_json::from_str::<serde_json::Value>(&body).unwrap()
        }
    };
    // The shop example writes a heading in both languages and keeps the platform's paragraph.
    let (english, french) = (config("en").await, config("fr").await);
    assert_eq!(english["texts"]["title"], "Cookies at the Example shop");
    assert_eq!(french["texts"]["title"], "Les cookies de la boutique");
    let (_, policy) = app.get("/sites/shop/cookies-policy?lang=fr", &[]).await;
    assert!(
        policy.contains("Nous mettons cette liste à jour"),
        "{policy}"
    );

    let (cookies, token) = browser_of(&app, "ed").await;
    let (_, page) = app.get("/admin/sites/shop", &[("cookie", &cookies)]).await;
    assert!(
        page.contains("name=\"banner_text.fr\"") && page.contains("placeholder="),
        "a field per text and language, the platform's words as placeholder: {page}"
    );
    let form = |extra: &str| {
        format!(
            "csrfmiddlewaretoken={token}&banner_title.en=Cookies+at+the+Example+shop\
             &banner_title.fr=&banner_text.fr=%3Cb%3EVotre+choix%3C%2Fb%3E&policy_intro.en={extra}"
        )
    };
    let texts = "/admin/sites/shop/texts";
    let (refused, html) = post_form(
        &app,
        texts,
        &cookies,
        &(form("") + "&banner_title.de=Kekse"),
        &[],
    )
    .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        html.contains("texts.banner_title: `de` is not one of"),
        "{html}"
    );
    let (saved, _) = post_form(&app, texts, &cookies, &form(""), &[]).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);

    let french = config("fr").await;
    assert_eq!(
        french["texts"]["text"], "<b>Votre choix</b>",
        "kept as text, shown with textContent"
    );
    assert_ne!(
        french["texts"]["title"], "Les cookies de la boutique",
        "an emptied field gives the platform's words back"
    );
    assert_ne!(french["texts_hash"], config("en").await["texts_hash"]);
    let (_, english_policy) = app.get("/sites/shop/cookies-policy?lang=en", &[]).await;
    assert!(!english_policy.contains("We update this list"));
    let (_, page) = app.get("/admin/sites/shop", &[("cookie", &cookies)]).await;
    assert!(
        page.contains("&lt;b&gt;Votre choix&lt;&#x2f;b&gt;"),
        "escaped in the form: {page}"
    );
    let root = session_of(&app, "root").await;
    let (_, audit) = app.get("/admin/audit", &[("cookie", &root)]).await;
    assert!(audit.contains("site.texts"), "{audit}");
}

#[tokio::test]
async fn a_form_in_another_encoding_is_refused_before_anything_is_read() {
    let app = with_users().await;
    let (secret, token) = login_form(&app).await;
    let request = Request::post("/admin/login")
        .header("content-type", "application/json")
        .header("cookie", format!("csrftoken={secret}"))
        .body(Body::from(format!(
            "{{\"username\": \"root\", \"password\": \"{PASSWORD}\", \"csrfmiddlewaretoken\": \"{token}\"}}"
        )))
        .unwrap();
    let (response, _) = split(app.send(request).await).await;
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(set_cookie(&response, "sessionid").is_none());
    // Bytes that are not UTF-8 in a field are a client error, never a server one.
    let body = format!("csrfmiddlewaretoken={token}&username=%FF%FE");
    let (odd, _) = post_form(
        &app,
        "/admin/login",
        &format!("csrftoken={secret}"),
        &body,
        &[],
    )
    .await;
    assert!(odd.status().is_client_error(), "{}", odd.status());
}

#[tokio::test]
async fn every_back_office_form_needs_its_token_even_from_an_administrator() {
    let app = with_users().await;
    let (response, _) = log_in(&app, "root", PASSWORD, "").await;
    let (session, _) = set_cookie(&response, "sessionid").unwrap();
    let (csrf, _) = set_cookie(&response, "csrftoken").unwrap();
    let cookies = format!("sessionid={session}; csrftoken={csrf}");
    for path in [
        "/admin/logout",
        "/admin/logout-everywhere",
        "/admin/new-site",
        "/admin/sites/shop",
        "/admin/sites/shop/texts",
        "/admin/sites/shop/cookies",
        "/admin/sites/shop/cookies/edit?name=cart&domain=",
        "/admin/sites/shop/cookies/delete",
        "/admin/sites/shop/services",
        "/admin/sites/shop/services/remove",
        "/admin/tokens",
        "/admin/tokens/1/revoke",
        "/admin/users",
        "/admin/users/vera/disable",
    ] {
        let (answer, _) = post_form(&app, path, &cookies, "name=cart&domain=", &[]).await;
        assert_eq!(answer.status(), StatusCode::FORBIDDEN, "{path}");
    }
    // Nothing was done: the session still works and vera can still log in.
    let (home, _) = app.get("/admin/", &[("cookie", &cookies)]).await;
    assert_eq!(home.status(), StatusCode::OK);
    let (vera, _) = log_in(&app, "vera", PASSWORD, "").await;
    assert_eq!(vera.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_settings_page_warns_of_declarations_missing_a_site_language() {
    let app = with_users().await;
    let laden = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../cookiewarden/tests/data/site-german.toml"
    );
    let laden = SiteDefinition::parse(&std::fs::read_to_string(laden).unwrap()).unwrap();
    app.store.apply_site(&laden).await.unwrap();
    let root = session_of(&app, "root").await;
    let (_, html) = app
        .get(
            "/admin/sites/laden",
            &[("cookie", &root), ("accept-language", "en")],
        )
        .await;
    assert!(
        html.contains("The cookie _pk_id.* has no function or purpose written in en: visitors reading those languages see the de text instead."),
        "{html}"
    );
    let (_, shop) = app.get("/admin/sites/shop", &[("cookie", &root)]).await;
    assert!(
        !shop.contains("missing-texts"),
        "every shop cookie is written in both languages"
    );
}

#[tokio::test]
async fn editors_add_and_remove_services_and_each_change_is_audited() {
    let app = with_users().await;
    add_editor(&app).await;
    let shop: cookiewarden_core::Slug = "shop".parse().unwrap();
    let keys = |definition: cookiewarden_core::SiteDefinition| -> Vec<String> {
        definition.services.into_iter().map(|s| s.key).collect()
    };
    let (cookies, token) = browser_of(&app, "ed").await;
    let (page, html) = app.get("/admin/sites/shop", &[("cookie", &cookies)]).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(
        html.contains("Reviews widget") && html.contains("rw_visitor"),
        "{html}"
    );
    let title = html.split("</title>").next().unwrap();
    assert!(
        !title.contains("Reviews widget"),
        "the list stays out of the title: {title}"
    );
    // The catalogue is offered, without what the site lists already.
    assert!(html.contains("<option value=\"hotjar\">"), "{html}");
    assert!(!html.contains("<option value=\"youtube\">"), "{html}");

    let send = |path: &'static str, key: &'static str| {
        let cookies = cookies.clone();
        let body = format!("csrfmiddlewaretoken={token}&key={key}");
        let app = &app;
        async move { post_form(app, path, &cookies, &body, &[]).await }
    };
    let (added, _) = send("/admin/sites/shop/services", "hotjar").await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let stored = app.store.site(&shop).await.unwrap().unwrap();
    assert_eq!(
        keys(stored),
        ["youtube", "facebookpixel", "shop-reviews", "hotjar"]
    );
    // Twice, or a key of no catalogue service: the parser's message, nothing saved.
    let (twice, message) = send("/admin/sites/shop/services", "hotjar").await;
    assert_eq!(twice.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(message.contains("`hotjar` is listed twice"), "{message}");
    let (unknown, message) = send("/admin/sites/shop/services", "my-widget").await;
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(message.contains("services[4].key"), "{message}");
    let (removed, _) = send("/admin/sites/shop/services/remove", "youtube").await;
    assert_eq!(removed.status(), StatusCode::SEE_OTHER);
    let stored = app.store.site(&shop).await.unwrap().unwrap();
    assert_eq!(keys(stored), ["facebookpixel", "shop-reviews", "hotjar"]);
    let (absent, _) = send("/admin/sites/shop/services/remove", "youtube").await;
    assert_eq!(absent.status(), StatusCode::NOT_FOUND);

    let root = session_of(&app, "root").await;
    let (_, audit) = app.get("/admin/audit", &[("cookie", &root)]).await;
    assert!(
        audit.contains("service.add") && audit.contains("service.remove"),
        "{audit}"
    );
    assert!(
        audit
            .replace("&#x2f;", "/")
            .contains("site:shop/service:youtube"),
        "{audit}"
    );

    // A viewer reads the list, with no form to change it, and cannot post one.
    let (viewer, token) = browser_of(&app, "vera").await;
    let (_, html) = app.get("/admin/sites/shop", &[("cookie", &viewer)]).await;
    assert!(html.contains("Reviews widget"), "{html}");
    assert!(!html.contains("/services/remove"), "{html}");
    let (refused, _) = post_form(
        &app,
        "/admin/sites/shop/services",
        &viewer,
        &format!("csrfmiddlewaretoken={token}&key=vimeo"),
        &[],
    )
    .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
}
