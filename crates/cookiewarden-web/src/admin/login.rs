//! The back office's door: the login form (throttled per account and per client), the
//! `sessionid` session (a random 256-bit id in the cookie, only its SHA-256 in the database, a
//! new one at each login), logout here or everywhere.

use axum::extract::{Query, State};
use axum::http::{Extensions, HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use cookie::{Cookie, SameSite};
use cookiewarden_core::{Username, verify_password};
use minijinja::context;
use serde::Deserialize;

use crate::admin::extract::{CheckedForm, SignedIn, TokenOnly};
use crate::admin::page::Frame;
use crate::http::csrf;
use crate::http::csrf::set_csrf_cookie;
use crate::http::request::{
    client_address, cookie_header, is_https, no_store, request_cookie, safe_next,
};
use crate::ops::auth::{
    Attempt, HASHING_WAIT, SESSION_COOKIE, decoy_hash, hashing_slots, now, secret_hash,
};
use crate::ops::random_bytes;
use crate::{App, Error};

/// Who is trying to log in, for the per-client count: the client's address, IPv6 addresses by
/// their /64, which one client usually holds whole.
pub(crate) fn client_key(app: &App, headers: &HeaderMap, extensions: &Extensions) -> String {
    match client_address(app, headers, extensions) {
        Some(std::net::IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Some(ip) => ip.to_string(),
        None => "unknown".to_owned(),
    }
}

#[derive(Deserialize)]
pub(crate) struct NextQuery {
    next: Option<String>,
}

#[derive(Deserialize)]
pub(crate) struct LoginForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: Option<String>,
}

struct LoginView<'a> {
    status: StatusCode,
    error: Option<String>,
    username: &'a str,
    next: &'a str,
}

fn login_response(app: &App, frame: &Frame, view_of: LoginView<'_>) -> Result<Response, Error> {
    frame.render(
        app,
        "admin_login.html",
        view_of.status,
        context! {
            error => view_of.error,
            username => view_of.username,
            next => view_of.next,
        },
    )
}

/// `GET /admin/login`.
pub(crate) async fn login_page(
    State(app): State<App>,
    frame: Frame,
    Query(query): Query<NextQuery>,
) -> Result<Response, Error> {
    if SignedIn::of(&app, &frame.headers).await?.is_some() {
        return Ok(no_store(Redirect::to("/admin/").into_response()));
    }
    let next = query
        .next
        .as_deref()
        .map_or("/admin/", |n| safe_next(Some(n)));
    login_response(
        &app,
        &frame,
        LoginView {
            status: StatusCode::OK,
            error: None,
            username: "",
            next,
        },
    )
}

/// `POST /admin/login`: the same answer for an unknown user and a wrong password, slower after
/// a few failures, locked for a while after many.
pub(crate) async fn login(
    State(app): State<App>,
    extensions: Extensions,
    frame: Frame,
    CheckedForm(form): CheckedForm<LoginForm>,
) -> Result<Response, Error> {
    let headers = &frame.headers;
    let next = form
        .next
        .as_deref()
        .map_or("/admin/", |n| safe_next(Some(n)));
    let translations = app.pages.translations();
    let language = frame
        .hints
        .choose(&translations.languages(), translations.default_language());
    let client = client_key(&app, headers, &extensions);
    let now = now();
    let delay = match app.throttle.attempt(&form.username, &client, now) {
        Attempt::Check(delay) => delay,
        Attempt::Locked(wait) => {
            let minutes = (wait + 59) / 60;
            let message = translations.message(
                &language,
                "admin-login-locked",
                Some(&fluent_bundle::FluentArgs::from_iter([(
                    "minutes", minutes,
                )])),
            );
            let view_of = LoginView {
                status: StatusCode::TOO_MANY_REQUESTS,
                error: Some(message),
                username: &form.username,
                next,
            };
            return login_response(&app, &frame, view_of);
        }
    };
    let account = match form.username.parse::<Username>() {
        Ok(name) => app.store.user(&name).await?,
        Err(_) => None,
    };
    let hash = account
        .as_ref()
        .map_or_else(|| decoy_hash().to_owned(), |a| a.password_hash.clone());
    let password = form.password.clone();
    let matches = {
        // Each check takes 19 MiB: only a few run at once, whatever the number of requests,
        // and a request that cannot get a slot soon is answered busy rather than queued.
        let Ok(_slot) = tokio::time::timeout(HASHING_WAIT, hashing_slots().acquire()).await else {
            return Ok(frame.refuse(&app, StatusCode::SERVICE_UNAVAILABLE, "admin-login-busy"));
        };
        tokio::task::spawn_blocking(move || verify_password(&password, &hash))
            .await
            .unwrap_or(false)
    };
    let account = account.filter(|a| matches && !a.disabled);
    let Some(account) = account else {
        tokio::time::sleep(delay).await;
        let view_of = LoginView {
            status: StatusCode::UNAUTHORIZED,
            error: Some(translations.message(&language, "admin-login-failed", None)),
            username: &form.username,
            next,
        };
        return login_response(&app, &frame, view_of);
    };
    app.throttle.succeed(&form.username, &client);

    // A new session id at every login: an id planted before it is worth nothing after, and a
    // session this browser had before ends.
    if let Some(previous) = request_cookie(headers, SESSION_COOKIE) {
        app.store.delete_session(&secret_hash(&previous)).await?;
    }
    let mut id = random_bytes()?.to_vec();
    id.extend_from_slice(&random_bytes()?);
    let id = hex::encode(id);
    app.store
        .create_session(&secret_hash(&id), &account.name, now)
        .await?;
    let mut response = Redirect::to(next).into_response();
    let session = Cookie::build((SESSION_COOKIE, id))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(is_https(&app, headers))
        .max_age(cookie::time::Duration::seconds(
            i64::try_from(app.session_lifetime_seconds).unwrap_or(i64::MAX),
        ))
        .build();
    if let Some(value) = cookie_header(session) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    // A new CSRF secret too, as Django renews it at login.
    set_csrf_cookie(&app, headers, &mut response, &csrf::new_secret()?);
    tracing::info!(user = %account.name, "logged in");
    Ok(no_store(response))
}

/// Ends this session (or all of the user's) and expires the cookie.
async fn end_sessions(app: App, headers: HeaderMap, everywhere: bool) -> Result<Response, Error> {
    if let Some(user) = SignedIn::of(&app, &headers).await? {
        if everywhere {
            app.store.delete_user_sessions(&user.account.name).await?;
        } else {
            app.store.delete_session(&user.session).await?;
        }
    }
    let mut response = Redirect::to("/admin/login").into_response();
    let expired = Cookie::build((SESSION_COOKIE, ""))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .max_age(cookie::time::Duration::ZERO)
        .build();
    if let Some(value) = cookie_header(expired) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(no_store(response))
}

/// `POST /admin/logout`.
pub(crate) async fn logout(
    State(app): State<App>,
    headers: HeaderMap,
    CheckedForm(_): CheckedForm<TokenOnly>,
) -> Result<Response, Error> {
    end_sessions(app, headers, false).await
}

/// `POST /admin/logout-everywhere`.
pub(crate) async fn logout_everywhere(
    State(app): State<App>,
    headers: HeaderMap,
    CheckedForm(_): CheckedForm<TokenOnly>,
) -> Result<Response, Error> {
    end_sessions(app, headers, true).await
}
