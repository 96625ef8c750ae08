//! Which language to answer in: the hints a request carries (`?lang=`, `django_language`,
//! `Accept-Language`).

use std::convert::Infallible;

use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Uri, header};
use cookiewarden_core::{Language, LanguagePreferences, negotiate_language};
use serde::Deserialize;

use crate::http::request::request_cookie;

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
        Ok(LanguageHints::of(&parts.uri, &parts.headers))
    }
}

impl LanguageHints {
    /// The hints of a request: `?lang=`, the `django_language` cookie, `Accept-Language`.
    pub(crate) fn of(uri: &Uri, headers: &HeaderMap) -> LanguageHints {
        let explicit = Query::<LanguageQuery>::try_from_uri(uri)
            .ok()
            .and_then(|Query(query)| query.lang);
        LanguageHints {
            explicit,
            cookie: request_cookie(headers, LANGUAGE_COOKIE),
            accept_language: headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
        }
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
