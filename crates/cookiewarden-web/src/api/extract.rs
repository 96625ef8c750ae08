//! The API's extractors and errors: who is calling (a token or the session), a JSON body and
//! query parameters whose refusals are JSON too.

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use cookiewarden_core::{Caller, Role, SiteDefinition, Slug};
use cookiewarden_store::AuditEntry;
use serde::Serialize;
use utoipa::ToSchema;

use crate::http::csrf;
use crate::http::request::{no_store, request_cookie};
use crate::ops::audit::entry;
use crate::ops::auth::{SESSION_COOKIE, secret_hash, session_user};
use crate::ops::now_ms;
use crate::ops::site_body::FieldError;
use crate::{App, Error};
use cookiewarden_core::AuditAction;

/// An error, as every failed call answers.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Problem {
    /// What went wrong, for a person to read.
    pub(crate) error: String,
    /// The field a refused value is about (`cookies[2].duration`), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) field: Option<String>,
}

/// A failed call: its status and its problem.
pub(crate) struct ApiError {
    pub(crate) status: StatusCode,
    pub(crate) problem: Problem,
}

impl ApiError {
    pub(crate) fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            problem: Problem {
                error: message.into(),
                field: None,
            },
        }
    }

    pub(crate) fn not_found(what: &str) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, format!("no {what}"))
    }

    pub(crate) fn forbidden(message: &str) -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, message)
    }

    pub(crate) fn refused(error: FieldError) -> ApiError {
        ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            problem: Problem {
                error: error.message,
                field: Some(error.field).filter(|f| !f.is_empty()),
            },
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status, Json(self.problem)).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"cookiewarden\""),
            );
        }
        no_store(response)
    }
}

impl From<Error> for ApiError {
    /// The details go to the log; the caller learns only that the service could not answer.
    fn from(error: Error) -> ApiError {
        tracing::error!(%error, "API request failed");
        ApiError::new(error.status(), error.public_message())
    }
}

impl From<cookiewarden_store::Error> for ApiError {
    fn from(error: cookiewarden_store::Error) -> ApiError {
        ApiError::from(Error::Store(error))
    }
}

/// A JSON body whose refusal is JSON too: 400 for broken JSON, 415 without the JSON content
/// type, 422 for JSON that is not what the call takes (the message names the field).
pub(crate) struct Body<T>(pub(crate) T);

impl<T, S> FromRequest<S> for Body<T>
where
    Json<T>: FromRequest<S, Rejection = JsonRejection>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(request, state).await {
            Ok(Json(value)) => Ok(Body(value)),
            Err(rejection) => Err(ApiError::new(rejection.status(), rejection.body_text())),
        }
    }
}

/// Query parameters whose refusal is JSON too (400, naming the parameter).
pub(crate) struct Params<T>(pub(crate) T);

impl<T, S> FromRequestParts<S> for Params<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(Params(value)),
            Err(rejection) => Err(ApiError::new(rejection.status(), rejection.body_text())),
        }
    }
}

/// The caller of one request, and the token they used, if any.
pub(crate) struct Authenticated {
    pub(crate) caller: Caller,
    pub(crate) token_id: Option<i64>,
}

impl Authenticated {
    pub(crate) fn actor(&self) -> String {
        self.caller.audit_name(self.token_id)
    }

    pub(crate) fn audit(
        &self,
        action: AuditAction,
        target: String,
        before: Option<String>,
        after: Option<String>,
    ) -> AuditEntry {
        entry(self.actor(), action, target, before, after)
    }

    /// The site and the caller's role on it; 404 for a site the caller cannot see, as for one
    /// that does not exist.
    pub(crate) async fn site(
        &self,
        app: &App,
        slug: &str,
    ) -> Result<(SiteDefinition, Role), ApiError> {
        let not_found = || ApiError::not_found(&format!("site `{slug}`"));
        let slug: Slug = slug.parse().map_err(|_| not_found())?;
        let role = self.caller.role_on(&slug).ok_or_else(not_found)?;
        let definition = app.store.site(&slug).await?.ok_or_else(not_found)?;
        Ok((definition, role))
    }

    /// The site, for a caller who may change it.
    pub(crate) async fn editable_site(
        &self,
        app: &App,
        slug: &str,
    ) -> Result<SiteDefinition, ApiError> {
        match self.site(app, slug).await? {
            (_, Role::Viewer) => Err(ApiError::forbidden(
                "this call changes the site: it needs an editor or an administrator, and a token with write access",
            )),
            (definition, _) => Ok(definition),
        }
    }

    pub(crate) fn administrator(&self, write: bool) -> Result<(), ApiError> {
        if self.caller.administers(write) {
            Ok(())
        } else {
            Err(ApiError::forbidden(
                "this call is for administrators (through a token that covers every site)",
            ))
        }
    }
}

/// A token's use is written at most this often.
const TOKEN_TOUCH_SECONDS: i64 = 60;

/// Who is calling: the bearer token's user (limited by its scope), else the session's user,
/// whose unsafe requests must pass the CSRF check.
async fn authenticate(
    app: &App,
    method: &Method,
    headers: &HeaderMap,
) -> Result<Authenticated, ApiError> {
    let unauthorized = |message: &str| ApiError::new(StatusCode::UNAUTHORIZED, message);
    if let Some(value) = headers.get(header::AUTHORIZATION) {
        let token = value
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or_else(|| unauthorized("send the token as `Authorization: Bearer TOKEN`"))?;
        let stored = app
            .store
            .token(&secret_hash(token))
            .await?
            .ok_or_else(|| unauthorized("unknown or revoked token"))?;
        let account = app
            .store
            .user(&stored.owner)
            .await?
            .filter(|a| !a.disabled)
            .ok_or_else(|| unauthorized("the token's user is disabled"))?;
        let now = now_ms() / 1000;
        if stored
            .last_used_at
            .is_none_or(|last| now - last >= TOKEN_TOUCH_SECONDS)
        {
            app.store.touch_token(stored.id, now).await?;
        }
        return Ok(Authenticated {
            caller: Caller {
                account,
                scope: Some(stored.scope),
            },
            token_id: Some(stored.id),
        });
    }
    if request_cookie(headers, SESSION_COOKIE).is_none() {
        return Err(unauthorized(
            "send a token as `Authorization: Bearer TOKEN` (made in the back office)",
        ));
    }
    let id = request_cookie(headers, SESSION_COOKIE).unwrap_or_default();
    let Some((account, _)) = session_user(app, &id).await? else {
        return Err(unauthorized("the session has ended: log in again"));
    };
    let safe = matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe && !csrf::check(app, headers, None) {
        return Err(ApiError::forbidden(
            "a request with the session cookie must come from the back office and carry its CSRF token in X-CSRFToken",
        ));
    }
    Ok(Authenticated {
        caller: Caller {
            account,
            scope: None,
        },
        token_id: None,
    })
}

impl FromRequestParts<App> for Authenticated {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        authenticate(app, &parts.method, &parts.headers).await
    }
}
