//! The frame of every back-office answer: a page in the user's language with a CSRF token for
//! its forms, the way to the login page, and short translated refusals.

use std::convert::Infallible;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use cookiewarden_core::{Account, Language};
use minijinja::context;

use crate::http::csrf::{csrf_token, set_csrf_cookie};
use crate::http::language::LanguageHints;
use crate::http::request::{asked_uri, no_store};
use crate::view::html_page;
use crate::{App, Error};

/// What every back-office page is drawn with: the visitor's language hints, the request's
/// headers (for the CSRF cookie) and the path asked for.
pub(crate) struct Frame {
    pub(crate) hints: LanguageHints,
    pub(crate) headers: HeaderMap,
    pub(crate) uri: Uri,
}

impl FromRequestParts<App> for Frame {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &App) -> Result<Self, Infallible> {
        Ok(Frame {
            hints: LanguageHints::of(&parts.uri, &parts.headers),
            headers: parts.headers.clone(),
            uri: asked_uri(parts),
        })
    }
}

impl Frame {
    /// A back-office page in the visitor's language, with a CSRF token for its forms (and the
    /// cookie set when the browser had none), never cached.
    pub(crate) fn render(
        &self,
        app: &App,
        template: &str,
        status: StatusCode,
        page: minijinja::Value,
    ) -> Result<Response, Error> {
        let language = self.language(app);
        let (token, new_secret) = csrf_token(&self.headers)?;
        let html = app.pages.render(
            template,
            &language,
            self.uri.path(),
            context! { csrf_token => token, ..page },
        )?;
        let mut response = html_page(status, &language, html);
        if let Some(secret) = new_secret {
            set_csrf_cookie(app, &self.headers, &mut response, &secret);
        }
        Ok(no_store(response))
    }

    /// A page of a signed-in user: [`Frame::render`] with what the navigation shows of them
    /// (their name, and the administrators' pages when they are one).
    pub(crate) fn page(
        &self,
        app: &App,
        account: &Account,
        template: &str,
        page: minijinja::Value,
    ) -> Result<Response, Error> {
        self.page_with_status(app, account, template, StatusCode::OK, page)
    }

    /// [`Frame::page`] with another status than 200 (a refused form's 422).
    pub(crate) fn page_with_status(
        &self,
        app: &App,
        account: &Account,
        template: &str,
        status: StatusCode,
        page: minijinja::Value,
    ) -> Result<Response, Error> {
        let who = context! { user => account.name.as_str(), admin => account.admin };
        self.render(
            app,
            template,
            status,
            minijinja::value::merge_maps([page, who]),
        )
    }

    /// The back office's language for this visitor.
    pub(crate) fn language(&self, app: &App) -> Language {
        let translations = app.pages.translations();
        self.hints
            .choose(&translations.languages(), translations.default_language())
    }

    /// 400 naming a filter or cursor value that is not one, in the visitor's language.
    pub(crate) fn bad_value(&self, app: &App, value: String) -> Response {
        let args = fluent_bundle::FluentArgs::from_iter([("value", value)]);
        let message =
            app.pages
                .translations()
                .message(&self.language(app), "admin-bad-filter", Some(&args));
        (StatusCode::BAD_REQUEST, message).into_response()
    }

    /// A short refusal in the visitor's language.
    pub(crate) fn refuse(&self, app: &App, status: StatusCode, message: &str) -> Response {
        refusal(app, &self.hints, status, message)
    }
}

/// Where a request without a session goes: the login page, coming back here after.
pub(crate) fn to_login(uri: &Uri) -> Response {
    let target = format!("/admin/login?next={}", uri.path());
    no_store(Redirect::to(&target).into_response())
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
