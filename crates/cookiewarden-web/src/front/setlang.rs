//! The visitor's explicit language choice (`POST /i18n/setlang/`), kept in `django_language`.

use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use cookie::{Cookie, SameSite};
use cookiewarden_core::Language;
use serde::Deserialize;

use crate::App;
use crate::http::language::LANGUAGE_COOKIE;
use crate::http::origin::{RequestSource, request_source};
use crate::http::request::{is_https, safe_next};

#[derive(Deserialize)]
pub(crate) struct SetLanguageForm {
    language: Option<String>,
    next: Option<String>,
}

/// `POST /i18n/setlang/` with `language` and `next`, as Django's view: remembers the language
/// in `django_language` and sends the visitor back. An unknown language is ignored.
pub(crate) async fn set_language(
    State(app): State<App>,
    headers: HeaderMap,
    Form(form): Form<SetLanguageForm>,
) -> Response {
    if request_source(&app, &headers) != RequestSource::SameOrigin {
        return (
            StatusCode::FORBIDDEN,
            "Cross-site request refused: the language can only be changed from this site's own pages.",
        )
            .into_response();
    }
    let mut response = Redirect::to(safe_next(form.next.as_deref())).into_response();
    let chosen = form
        .language
        .and_then(|tag| tag.parse::<Language>().ok())
        .filter(|language| app.pages.translations().languages().contains(language));
    if let Some(language) = chosen {
        let max_age = app
            .language_cookie_lifetime
            .seconds()
            .map(|s| cookie::time::Duration::seconds(i64::try_from(s).unwrap_or(i64::MAX)));
        let mut cookie = Cookie::build((LANGUAGE_COOKIE, language.as_str().to_owned()))
            .path("/")
            .same_site(SameSite::Lax)
            .secure(is_https(&app, &headers));
        if let Some(max_age) = max_age {
            cookie = cookie.max_age(max_age);
        }
        if let Ok(value) = HeaderValue::from_str(&cookie.build().encoded().to_string()) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}
