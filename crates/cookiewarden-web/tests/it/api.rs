//! The JSON API: tokens made in the back office, scopes, the session with its CSRF header,
//! JSON errors, the audit log, and the OpenAPI document.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use cookiewarden_core::{Account, Role, hash_password};
use serde_json::{Value, json};

use crate::{TestApp, header, split};

const PASSWORD: &str = "a long enough secret";

/// The platform with `root` (administrator), `ed` (editor of the shop) and `vera` (viewer of
/// the shop).
async fn with_users() -> TestApp {
    let app = TestApp::new().await;
    let hash = hash_password(PASSWORD, &[7; 16]).unwrap();
    for (name, role, sites) in [
        ("root", Role::Admin, vec![]),
        ("ed", Role::Editor, vec!["shop".parse().unwrap()]),
        ("vera", Role::Viewer, vec!["shop".parse().unwrap()]),
    ] {
        let account = Account::new(name.parse().unwrap(), role, sites, hash.clone()).unwrap();
        app.store.add_user(&account, None).await.unwrap();
    }
    app
}

fn cookie_value(response: &axum::http::Response<Body>, name: &str) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .find_map(|line| line.strip_prefix(&format!("{name}=")))
        .and_then(|rest| rest.split(';').next())
        .unwrap()
        .to_owned()
}

fn form_token(html: &str) -> String {
    html.split("name=\"csrfmiddlewaretoken\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned()
}

async fn post_form(app: &TestApp, uri: &str, cookies: &str, body: String) -> (StatusCode, String) {
    let request = Request::post(uri)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", cookies)
        .body(Body::from(body))
        .unwrap();
    let (response, text) = split(app.send(request).await).await;
    (response.status(), text)
}

/// A logged-in browser: its cookies (session and CSRF) and the CSRF secret.
async fn browser_of(app: &TestApp, user: &str) -> (String, String) {
    let (page, html) = app.get("/admin/login", &[]).await;
    let csrf = cookie_value(&page, "csrftoken");
    let body = format!(
        "csrfmiddlewaretoken={}&username={user}&password={}",
        form_token(&html),
        PASSWORD.replace(' ', "+")
    );
    let request = Request::post("/admin/login")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", format!("csrftoken={csrf}"))
        .body(Body::from(body))
        .unwrap();
    let (response, _) = split(app.send(request).await).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{user} logs in");
    let session = cookie_value(&response, "sessionid");
    let csrf = cookie_value(&response, "csrftoken");
    (format!("sessionid={session}; csrftoken={csrf}"), csrf)
}

/// Makes a token on the tokens page, as its user would, and reads the secret shown once.
async fn token_of(app: &TestApp, user: &str, sites: &[&str], access: &str) -> String {
    let (cookies, _) = browser_of(app, user).await;
    let (_, page) = app.get("/admin/tokens", &[("cookie", &cookies)]).await;
    let mut body = format!(
        "csrfmiddlewaretoken={}&label=script+of+{user}&access={access}",
        form_token(&page)
    );
    for site in sites {
        body.push_str(&format!("&sites={}", site.replace('*', "%2A")));
    }
    let (status, html) = post_form(app, "/admin/tokens", &cookies, body).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    html.split("<code class=\"secret\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .unwrap()
        .to_owned()
}

/// An API call: the status, the JSON answer (`Null` for none) and the response.
async fn call(
    app: &TestApp,
    method: &str,
    uri: &str,
    headers: &[(&str, &str)],
    body: Option<Value>,
) -> (StatusCode, Value, axum::http::Response<Body>) {
    let mut request = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let body = match body {
        Some(json) => {
            request = request.header("content-type", "application/json");
            Body::from(json.to_string())
        }
        None => Body::empty(),
    };
    let (response, text) = split(app.send(request.body(body).unwrap()).await).await;
    let value = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{uri}: not JSON ({e}): {text}"))
    };
    (response.status(), value, response)
}

fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

fn theme_cookie(duration: &str) -> Value {
    json!({
        "name": "theme",
        "provider": "Example shop",
        "category": "preferences",
        "party": "first",
        "duration": duration,
        "purpose": {"en": "Remembers the theme.", "fr": "Retient le thème."}
    })
}

#[tokio::test]
async fn a_token_acts_for_its_user_and_only_within_its_scope() {
    let app = with_users().await;
    let (status, body, response) = call(&app, "GET", "/api/v1/sites", &[], None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(body["error"].as_str().unwrap().contains("Bearer"));
    assert!(header(&response, "www-authenticate").starts_with("Bearer"));
    let forged = bearer("cwt_0000");
    let (status, _, _) = call(
        &app,
        "GET",
        "/api/v1/sites",
        &[("authorization", &forged)],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let reader = token_of(&app, "ed", &["shop"], "read").await;
    assert!(reader.starts_with("cwt_") && reader.len() == 68, "{reader}");
    let reader = bearer(&reader);
    let auth = [("authorization", reader.as_str())];
    let (status, sites, _) = call(&app, "GET", "/api/v1/sites", &auth, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        sites,
        json!([{"slug": "shop", "name": "Example shop", "role": "viewer"}])
    );
    let (status, shop, _) = call(&app, "GET", "/api/v1/sites/shop", &auth, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(shop["cookies"][1]["name"], "cart");
    let (status, _, _) = call(&app, "GET", "/api/v1/sites/platform", &auth, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "not one of ed's sites");
    let (status, body, _) = call(
        &app,
        "POST",
        "/api/v1/sites/shop/cookies",
        &auth,
        Some(theme_cookie("1 year")),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let (status, _, _) = call(&app, "GET", "/api/v1/users", &auth, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let writer = bearer(&token_of(&app, "ed", &["shop"], "write").await);
    let auth = [("authorization", writer.as_str())];
    let cookies = "/api/v1/sites/shop/cookies";
    let (status, body, _) = call(
        &app,
        "POST",
        cookies,
        &auth,
        Some(theme_cookie("3 fortnights")),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["field"], "duration");
    assert!(body["error"].as_str().unwrap().contains("3 fortnights"));
    let (status, body, response) =
        call(&app, "POST", cookies, &auth, Some(theme_cookie("1 year"))).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(
        header(&response, "location"),
        "/api/v1/sites/shop/cookies/theme"
    );
    assert_eq!(body["duration"], "1 year");
    let (status, body, _) = call(&app, "POST", cookies, &auth, Some(theme_cookie("1 year"))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body["error"].as_str().unwrap().contains("declared twice"),
        "{body}"
    );
    let (status, body, _) = call(
        &app,
        "PUT",
        "/api/v1/sites/shop/cookies/theme",
        &auth,
        Some(theme_cookie("6 months")),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let shop = app
        .store
        .site(&"shop".parse().unwrap())
        .await
        .unwrap()
        .unwrap();
    let theme = shop
        .declarations
        .iter()
        .find(|d| d.pattern.to_string() == "theme")
        .unwrap();
    assert_eq!(theme.duration.to_string(), "6 months");

    // Broken requests get JSON errors, never a 5xx.
    let broken = Request::post(cookies)
        .header("authorization", &writer)
        .header("content-type", "application/json")
        .body(Body::from("{\"name\": "))
        .unwrap();
    let (response, text) = split(app.send(broken).await).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(serde_json::from_str::<Value>(&text).unwrap()["error"].is_string());
    let untyped = Request::post(cookies)
        .header("authorization", &writer)
        .body(Body::from(theme_cookie("1 day").to_string()))
        .unwrap();
    assert_eq!(
        app.send(untyped).await.status(),
        StatusCode::UNSUPPORTED_MEDIA_TYPE
    );
    let (status, body, _) = call(&app, "POST", cookies, &auth, Some(json!({"name": 3}))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, _, _) = call(&app, "GET", "/api/v1/nothing", &auth, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, _, _) = call(
        &app,
        "DELETE",
        "/api/v1/sites/shop/cookies/theme",
        &auth,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _, _) = call(
        &app,
        "DELETE",
        "/api/v1/sites/shop/cookies/theme",
        &auth,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The audit log names the user and the token.
    let admin = bearer(&token_of(&app, "root", &["*"], "read").await);
    let (status, audit, _) = call(
        &app,
        "GET",
        "/api/v1/audit?limit=5",
        &[("authorization", &admin)],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let actions: Vec<String> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            format!(
                "{} {}",
                e["action"].as_str().unwrap(),
                e["actor"].as_str().unwrap()
            )
        })
        .collect();
    assert!(actions[0].starts_with("token.create root"), "{actions:?}");
    assert!(
        actions[1].starts_with("cookie.delete ed (token "),
        "{actions:?}"
    );
    assert!(
        actions[2].starts_with("cookie.update ed (token "),
        "{actions:?}"
    );

    // A disabled user's tokens stop working.
    let (status, _, _) = call(
        &app,
        "PATCH",
        "/api/v1/users/ed",
        &[("authorization", &admin)],
        Some(json!({"disabled": true})),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "a read token changes nothing"
    );
    app.store
        .set_disabled(&"ed".parse().unwrap(), true)
        .await
        .unwrap();
    let (status, _, _) = call(&app, "GET", "/api/v1/sites", &auth, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_revoked_token_is_refused_and_only_its_owner_or_an_admin_revokes_it() {
    let app = with_users().await;
    let token = token_of(&app, "ed", &["shop"], "read").await;
    let auth = bearer(&token);
    let (status, me, _) = call(&app, "GET", "/api/v1/me", &[("authorization", &auth)], None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["user"], "ed");
    assert_eq!(me["token"]["sites"], json!(["shop"]));
    let id = me["token"]["id"].as_i64().unwrap();

    let (vera, _) = browser_of(&app, "vera").await;
    let (_, page) = app.get("/admin/tokens", &[("cookie", &vera)]).await;
    assert!(
        !page.contains("script of ed"),
        "another user's token is not listed"
    );
    let revoke = format!("/admin/tokens/{id}/revoke");
    let form = format!("csrfmiddlewaretoken={}", form_token(&page));
    let (status, _) = post_form(&app, &revoke, &vera, form).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "vera cannot revoke ed's token"
    );

    let (ed, _) = browser_of(&app, "ed").await;
    let (_, page) = app.get("/admin/tokens", &[("cookie", &ed)]).await;
    assert!(
        page.contains("script of ed") && !page.contains(&token),
        "the secret is shown once"
    );
    let form = format!("csrfmiddlewaretoken={}", form_token(&page));
    let (status, _) = post_form(&app, &revoke, &ed, form).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, _) = call(&app, "GET", "/api/v1/me", &[("authorization", &auth)], None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // A token cannot reach a site its user does not work on.
    let (_, page) = app.get("/admin/tokens", &[("cookie", &ed)]).await;
    let form = format!(
        "csrfmiddlewaretoken={}&label=x&access=read&sites=platform",
        form_token(&page)
    );
    let (status, html) = post_form(&app, "/admin/tokens", &ed, form).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("not a member of `platform`"), "{html}");
}

#[tokio::test]
async fn the_pages_call_the_api_with_their_session_and_the_csrf_header() {
    let app = with_users().await;
    let (cookies, csrf) = browser_of(&app, "ed").await;
    let session = [("cookie", cookies.as_str())];
    let (status, _, _) = call(&app, "GET", "/api/v1/sites/shop", &session, None).await;
    assert_eq!(status, StatusCode::OK);
    let uri = "/api/v1/sites/shop/cookies";
    let (status, body, _) = call(&app, "POST", uri, &session, Some(theme_cookie("1 day"))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "no CSRF header: {body}");
    let with_header = [("cookie", cookies.as_str()), ("x-csrftoken", csrf.as_str())];
    let cross_site = [
        ("cookie", cookies.as_str()),
        ("x-csrftoken", csrf.as_str()),
        ("sec-fetch-site", "cross-site"),
    ];
    let (status, _, _) = call(&app, "POST", uri, &cross_site, Some(theme_cookie("1 day"))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "from another site");
    let (status, body, _) =
        call(&app, "POST", uri, &with_header, Some(theme_cookie("1 day"))).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");

    let (viewer, csrf) = browser_of(&app, "vera").await;
    let as_viewer = [("cookie", viewer.as_str()), ("x-csrftoken", csrf.as_str())];
    let (status, _, _) = call(
        &app,
        "DELETE",
        "/api/v1/sites/shop/cookies/theme",
        &as_viewer,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a viewer cannot edit");
}

#[tokio::test]
async fn administrators_manage_sites_users_and_read_consents_through_the_api() {
    use cookiewarden_core::{Choices, ConsentId, ConsentMethod, NewConsent};
    let app = with_users().await;
    let admin = bearer(&token_of(&app, "root", &["*"], "write").await);
    let auth = [("authorization", admin.as_str())];
    let blog = json!({
        "slug": "blog",
        "name": "<b>Blog</b>",
        "origins": ["https://blog.example.org"],
        "languages": ["en"],
        "default_language": "en",
        "cookies": [theme_cookie("1 year")]
    });
    let (status, body, _) = call(&app, "POST", "/api/v1/sites", &auth, Some(blog.clone())).await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the fr purpose is not a site language"
    );
    assert_eq!(body["field"], "cookies[0].purpose", "{body}");
    let mut blog = blog;
    blog["cookies"][0]["purpose"] = json!({"en": "Remembers the theme."});
    // A language the product has no texts in is refused, naming those it has.
    let mut klingon = blog.clone();
    klingon["languages"] = json!(["en", "tlh"]);
    let (status, body, _) = call(&app, "POST", "/api/v1/sites", &auth, Some(klingon)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .contains("`tlh` has no texts in this product")
            && body["error"].as_str().unwrap().contains("ar, bg, ca"),
        "{body}"
    );
    let (status, body, _) = call(&app, "POST", "/api/v1/sites", &auth, Some(blog.clone())).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(
        body["consent_lifetime"], "6 months",
        "defaults are filled in"
    );
    let (status, _, _) = call(&app, "POST", "/api/v1/sites", &auth, Some(blog.clone())).await;
    assert_eq!(status, StatusCode::CONFLICT);
    blog["name"] = json!("Blog");
    blog["slug"] = json!("other");
    let (status, body, _) = call(&app, "PUT", "/api/v1/sites/blog", &auth, Some(blog)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["field"], "slug");

    let ada = json!({"name": "ada", "role": "viewer", "sites": ["blog"], "password": "short"});
    let (status, body, _) = call(&app, "POST", "/api/v1/users", &auth, Some(ada.clone())).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["field"], "password");
    let mut ada = ada;
    ada["password"] = json!(PASSWORD);
    let (status, body, _) = call(&app, "POST", "/api/v1/users", &auth, Some(ada.clone())).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["sites"], json!([{"site": "blog", "role": "viewer"}]));
    let (status, _, _) = call(&app, "POST", "/api/v1/users", &auth, Some(ada)).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let disable = Some(json!({"disabled": true}));
    let (status, body, _) = call(&app, "PATCH", "/api/v1/users/ada", &auth, disable.clone()).await;
    assert_eq!(
        (status, body["disabled"].clone()),
        (StatusCode::OK, json!(true))
    );
    let (status, _, _) = call(&app, "PATCH", "/api/v1/users/root", &auth, disable.clone()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "not oneself");
    let (status, _, _) = call(&app, "PATCH", "/api/v1/users/nobody", &auth, disable).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Consent records, filtered as on the consent log page.
    for (day, method) in [(0, ConsentMethod::AcceptAll), (1, ConsentMethod::RejectAll)] {
        app.store
            .append_consent(NewConsent {
                site: "shop".parse().unwrap(),
                consent_id: ConsentId::from_random([u8::try_from(day).unwrap() + 1; 16]),
                recorded_at_ms: (1_800_000_000 + day * 86_400) * 1000,
                method,
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
            })
            .await
            .unwrap();
    }
    let (status, all, _) = call(&app, "GET", "/api/v1/sites/shop/consents", &auth, None).await;
    assert_eq!((status, all.as_array().unwrap().len()), (StatusCode::OK, 2));
    let uri = "/api/v1/sites/shop/consents?method=reject_all";
    let (_, rejected, _) = call(&app, "GET", uri, &auth, None).await;
    assert_eq!(rejected.as_array().unwrap().len(), 1);
    assert_eq!(rejected[0]["method"], "reject_all");
    assert_eq!(rejected[0]["hash"].as_str().unwrap().len(), 64);
    let (_, newest, _) = call(
        &app,
        "GET",
        "/api/v1/sites/shop/consents?limit=1",
        &auth,
        None,
    )
    .await;
    assert_eq!(newest[0]["sequence"], 2);
    let (_, older, _) = call(
        &app,
        "GET",
        "/api/v1/sites/shop/consents?before=2",
        &auth,
        None,
    )
    .await;
    assert_eq!(
        older.as_array().unwrap().len(),
        1,
        "paging back with `before`"
    );
    assert_eq!(older[0]["sequence"], 1);
    for bad in [
        "?from=2027-13-01",
        "?method=maybe",
        "?limit=0",
        "?limit=x",
        "?before=0",
        "?before=x",
    ] {
        let uri = format!("/api/v1/sites/shop/consents{bad}");
        let (status, body, _) = call(&app, "GET", &uri, &auth, None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {body}");
    }
}

#[tokio::test]
async fn the_openapi_document_describes_every_call_and_both_ways_in() {
    let app = TestApp::new().await;
    let (status, document, response) = call(&app, "GET", "/api/openapi.json", &[], None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&response, "content-type"), "application/json");
    assert_eq!(document["openapi"], "3.1.0");
    let paths = document["paths"].as_object().unwrap();
    for (path, methods) in [
        ("/api/v1/me", &["get"][..]),
        ("/api/v1/sites", &["get", "post"]),
        ("/api/v1/sites/{slug}", &["get", "put"]),
        ("/api/v1/sites/{slug}/cookies", &["get", "post"]),
        ("/api/v1/sites/{slug}/cookies/{name}", &["put", "delete"]),
        ("/api/v1/sites/{slug}/consents", &["get"]),
        ("/api/v1/users", &["get", "post"]),
        ("/api/v1/users/{name}", &["patch"]),
        ("/api/v1/audit", &["get"]),
    ] {
        for method in methods {
            assert!(paths[path][method].is_object(), "{method} {path}");
        }
    }
    let schemes = &document["components"]["securitySchemes"];
    assert_eq!(schemes["token"]["scheme"], "bearer");
    assert_eq!(schemes["session"]["in"], "cookie");
    assert!(document["components"]["schemas"]["SiteBody"].is_object());
}
