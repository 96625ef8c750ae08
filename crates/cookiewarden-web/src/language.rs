//! Which language to answer in, and the visitor's explicit choice (`POST /i18n/setlang/`).

use std::convert::Infallible;

use axum::Form;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use cookie::{Cookie, SameSite};
use cookiewarden_core::{Language, LanguagePreferences, negotiate_language};
use serde::Deserialize;

use crate::App;
use crate::origin::{RequestSource, request_source};

/// The cookie that remembers the chosen language (Django's name, as in the seed's platform).
pub(crate) const LANGUAGE_COOKIE: &str = "django_language";

/// What a request says about language: `?lang=`, the `django_language` cookie and the
/// `Accept-Language` header. Never rejects: a malformed hint is just ignored.
#[derive(Debug, Default)]
pub(crate) struct LanguageHints {
    explicit: Option<String>,
    cookie: Option<String>,
    accept_language: Option<String>,
}

#[derive(Deserialize)]
struct LanguageQuery {
    lang: Option<String>,
}

impl<S: Send + Sync> FromRequestParts<S> for LanguageHints {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let explicit = Query::<LanguageQuery>::try_from_uri(&parts.uri)
            .ok()
            .and_then(|Query(query)| query.lang);
        Ok(LanguageHints {
            explicit,
            cookie: request_cookie(&parts.headers, LANGUAGE_COOKIE),
            accept_language: parts
                .headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
        })
    }
}

impl LanguageHints {
    /// The language to answer in, among `available`.
    pub(crate) fn choose(&self, available: &[Language], default: &Language) -> Language {
        negotiate_language(
            LanguagePreferences {
                explicit: self.explicit.as_deref(),
                cookie: self.cookie.as_deref(),
                accept_language: self.accept_language.as_deref(),
            },
            available,
            default,
        )
    }
}

/// The value of cookie `name` in the request, if it was sent.
pub(crate) fn request_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse_encoded)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == name)
        .map(|cookie| cookie.value().to_owned())
}

/// Whether the visitor reached us over HTTPS, as far as we may believe.
pub(crate) fn is_https(app: &App, headers: &HeaderMap) -> bool {
    app.config.trust_forwarded_proto
        && headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|proto| proto.eq_ignore_ascii_case("https"))
}

/// Where to go after choosing: a path on this origin, never another site. Anything else (a
/// full URL, `//host`, `/\host`, control characters) falls back to the home page.
pub(crate) fn safe_next(next: Option<&str>) -> &str {
    next.filter(|next| {
        next.starts_with('/')
            && !next.starts_with("//")
            && !next.starts_with("/\\")
            && !next.chars().any(char::is_control)
    })
    .unwrap_or("/")
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_on_this_origin() {
        assert_eq!(
            safe_next(Some("/sites/shop/cookies-policy?lang=fr")),
            "/sites/shop/cookies-policy?lang=fr"
        );
        for outside in [
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "javascript:alert(1)",
            "/a\r\nSet-Cookie: x=1",
            "",
        ] {
            assert_eq!(safe_next(Some(outside)), "/", "{outside:?}");
        }
        assert_eq!(safe_next(None), "/");
    }
}
