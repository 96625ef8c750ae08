//! Who may see a back-office page and send its forms, decided before its handler runs: a
//! handler names in its signature what it needs (a signed-in user, an administrator, a member
//! or an editor of the site in its path, a form carrying a valid CSRF token), and a request
//! without it gets the login page, a translated 403 or a 404 and never reaches the handler.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use cookiewarden_core::{Account, Role, SiteDefinition};
use serde::de::DeserializeOwned;

use crate::admin::page::{refusal, to_login};
use crate::http::csrf;
use crate::http::language::LanguageHints;
use crate::http::request::{asked_uri, request_cookie};
use crate::ops::auth::{SESSION_COOKIE, session_user};
use crate::ops::sites::load_site;
use crate::view::not_found_page;
use crate::{App, Error};

fn hints(parts: &Parts) -> LanguageHints {
    LanguageHints::of(&parts.uri, &parts.headers)
}

/// A user with a valid session, or the login page.
pub(crate) struct SignedIn {
    pub(crate) account: Account,
    /// The session's id as stored (its SHA-256).
    pub(crate) session: String,
}

impl SignedIn {
    /// The user of this request's session, if it is valid.
    pub(crate) async fn of(app: &App, headers: &HeaderMap) -> Result<Option<SignedIn>, Error> {
        let Some(id) = request_cookie(headers, SESSION_COOKIE) else {
            return Ok(None);
        };
        Ok(session_user(app, &id)
            .await?
            .map(|(account, session)| SignedIn { account, session }))
    }
}

impl FromRequestParts<App> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Response> {
        match SignedIn::of(app, &parts.headers).await {
            Ok(Some(user)) => Ok(user),
            Ok(None) => Err(to_login(&asked_uri(parts))),
            Err(error) => Err(error.into_response()),
        }
    }
}

/// An administrator of the platform, or 403 for any other user.
pub(crate) struct Administrator(pub(crate) Account);

impl FromRequestParts<App> for Administrator {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Response> {
        let user = SignedIn::from_request_parts(parts, app).await?;
        if !user.account.admin {
            return Err(refusal(
                app,
                &hints(parts),
                StatusCode::FORBIDDEN,
                "admin-not-admin",
            ));
        }
        Ok(Administrator(user.account))
    }
}

/// A member of the site named in the path, with the site and their role on it. A site the
/// user is not a member of gets the same 404 as one that does not exist.
pub(crate) struct SiteMember {
    pub(crate) account: Account,
    pub(crate) definition: SiteDefinition,
    pub(crate) role: Role,
}

impl FromRequestParts<App> for SiteMember {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Response> {
        let user = SignedIn::from_request_parts(parts, app).await?;
        let uri = asked_uri(parts);
        let language = hints(parts);
        let not_found = |slug: Option<&str>| not_found_page(app, &language, &uri, slug);
        let Ok(Path(slug)) = Path::<String>::from_request_parts(parts, app).await else {
            return Err(not_found(None));
        };
        let definition = match load_site(app, &slug).await {
            Ok(Some(definition)) => definition,
            Ok(None) => return Err(not_found(Some(&slug))),
            Err(error) => return Err(error.into_response()),
        };
        match user.account.role_on(&definition.site.slug) {
            Some(role) => Ok(SiteMember {
                account: user.account,
                definition,
                role,
            }),
            None => Err(not_found(Some(&slug))),
        }
    }
}

/// A member who may change the site named in the path (an editor or an administrator), or 403
/// for a viewer.
pub(crate) struct SiteEditor {
    pub(crate) account: Account,
    pub(crate) definition: SiteDefinition,
}

impl FromRequestParts<App> for SiteEditor {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Response> {
        let member = SiteMember::from_request_parts(parts, app).await?;
        if member.role == Role::Viewer {
            return Err(refusal(
                app,
                &hints(parts),
                StatusCode::FORBIDDEN,
                "admin-not-editor",
            ));
        }
        Ok(SiteEditor {
            account: member.account,
            definition: member.definition,
        })
    }
}

/// A form sent from a back-office page: its CSRF token checked (403 in the visitor's language
/// otherwise), then its fields read as `T` (415 for another content type, 422 for fields that
/// are not a `T`). The token field itself is not part of `T`.
pub(crate) struct CheckedForm<T>(pub(crate) T);

impl<T: DeserializeOwned> FromRequest<App> for CheckedForm<T> {
    type Rejection = Response;

    async fn from_request(request: Request, app: &App) -> Result<Self, Response> {
        let headers = request.headers().clone();
        let hints = LanguageHints::of(request.uri(), &headers);
        let is_form = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err((
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "send the form as application/x-www-form-urlencoded\n",
            )
                .into_response());
        }
        let bytes = Bytes::from_request(request, app)
            .await
            .map_err(IntoResponse::into_response)?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes)
            .map_err(|e| (StatusCode::BAD_REQUEST, format!("{e}\n")).into_response())?;
        if !csrf::check(app, &headers, csrf::form_token(&pairs)) {
            return Err(refusal(
                app,
                &hints,
                StatusCode::FORBIDDEN,
                "admin-csrf-failed",
            ));
        }
        serde_urlencoded::from_bytes(&bytes)
            .map(CheckedForm)
            .map_err(|e| (StatusCode::UNPROCESSABLE_ENTITY, format!("{e}\n")).into_response())
    }
}

/// A form whose only field is its CSRF token (logging out, disabling a user, revoking a
/// token).
#[derive(serde::Deserialize)]
pub(crate) struct TokenOnly {}
