//! The frame of every back-office answer: a page in the user's language with a CSRF token for
//! its forms, the way to the login page, and short translated refusals.

use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;
use serde::Deserialize;

use crate::http::csrf::{csrf_token, set_csrf_cookie};
use crate::http::language::LanguageHints;
use crate::http::request::no_store;
use crate::view::html_page;
use crate::{App, Error};

/// A back-office page in the visitor's language, with a CSRF token for its forms (and the
/// cookie set when the browser had none), never cached.
pub(crate) fn admin_page(
    app: &App,
    hints: &LanguageHints,
    headers: &HeaderMap,
    uri: &Uri,
    template: &str,
    status: StatusCode,
    page: minijinja::Value,
) -> Result<Response, Error> {
    let translations = app.pages.translations();
    let language = hints.choose(&translations.languages(), translations.default_language());
    let (token, new_secret) = csrf_token(headers)?;
    let html = app.pages.render(
        template,
        &language,
        uri.path(),
        context! { csrf_token => token, ..page },
    )?;
    let mut response = html_page(status, &language, html);
    if let Some(secret) = new_secret {
        set_csrf_cookie(app, headers, &mut response, &secret);
    }
    Ok(no_store(response))
}

/// Where a request without a session goes: the login page, coming back here after.
pub(crate) fn to_login(uri: &Uri) -> Response {
    let target = format!("/admin/login?next={}", uri.path());
    no_store(Redirect::to(&target).into_response())
}

#[derive(Deserialize)]
pub(crate) struct TokenForm {
    #[serde(default)]
    pub(crate) csrfmiddlewaretoken: Option<String>,
}

/// A refused unsafe request: 403 with a message in the visitor's language.
pub(crate) fn csrf_refused(app: &App, hints: &LanguageHints) -> Response {
    refusal(app, hints, StatusCode::FORBIDDEN, "admin-csrf-failed")
}

/// A short refusal in the visitor's language.
pub(crate) fn refusal(
    app: &App,
    hints: &LanguageHints,
    status: StatusCode,
    message: &str,
) -> Response {
    let translations = app.pages.translations();
    let language = hints.choose(&translations.languages(), translations.default_language());
    (status, translations.message(&language, message, None)).into_response()
}
