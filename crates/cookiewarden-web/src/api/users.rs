//! The caller, users and the audit log through the API.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use cookiewarden_core::Account;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::App;
use crate::api::created;
use crate::api::extract::{ApiError, Authenticated, Body, Params, Problem};
use crate::ops::users::{StateRefused, add_user, set_disabled};

/// The caller, as `GET /api/v1/me` answers.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct MeBody {
    /// The user.
    user: String,
    /// Whether the user administers the platform.
    admin: bool,
    /// The token used, when one was.
    #[serde(skip_serializing_if = "Option::is_none")]
    token: Option<TokenBody>,
}

/// A token's scope.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct TokenBody {
    /// The token's number.
    id: i64,
    /// The sites it covers; absent for every site.
    #[serde(skip_serializing_if = "Option::is_none")]
    sites: Option<Vec<String>>,
    /// `read` or `write`.
    access: &'static str,
}

/// Who is calling, and through which token.
#[utoipa::path(
    get,
    path = "/api/v1/me",
    tag = "users",
    responses(
        (status = 200, description = "The caller", body = MeBody),
        (status = 401, description = "No valid token or session", body = Problem),
    )
)]
pub(crate) async fn me(who: Authenticated) -> Result<Json<MeBody>, ApiError> {
    Ok(Json(MeBody {
        user: who.caller.account.name.to_string(),
        admin: who.caller.account.admin,
        token: who
            .token_id
            .zip(who.caller.scope)
            .map(|(id, scope)| TokenBody {
                id,
                sites: scope
                    .sites
                    .map(|sites| sites.iter().map(ToString::to_string).collect()),
                access: scope.access.as_str(),
            }),
    }))
}

/// A user as the API shows them.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct UserBody {
    /// The login name.
    name: String,
    /// Whether they administer the platform.
    admin: bool,
    /// Their role on each site they are a member of.
    sites: Vec<MembershipBody>,
    /// A disabled user cannot log in and their tokens stop working.
    disabled: bool,
}

/// A role on one site.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct MembershipBody {
    /// The site's slug.
    site: String,
    /// `editor` or `viewer`.
    role: &'static str,
}

impl UserBody {
    fn of(account: &Account) -> UserBody {
        UserBody {
            name: account.name.to_string(),
            admin: account.admin,
            sites: account
                .memberships
                .iter()
                .map(|m| MembershipBody {
                    site: m.site.to_string(),
                    role: m.role.as_str(),
                })
                .collect(),
            disabled: account.disabled,
        }
    }
}

/// Every user (administrators).
#[utoipa::path(
    get,
    path = "/api/v1/users",
    tag = "users",
    responses(
        (status = 200, description = "The users, by name", body = [UserBody]),
        (status = 401, description = "No valid token or session", body = Problem),
        (status = 403, description = "Not an administrator", body = Problem),
    )
)]
pub(crate) async fn list_users(
    State(app): State<App>,
    who: Authenticated,
) -> Result<Json<Vec<UserBody>>, ApiError> {
    who.administrator(false)?;
    Ok(Json(
        app.store.users().await?.iter().map(UserBody::of).collect(),
    ))
}

/// A new user.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewUserBody {
    /// 1 to 64 lowercase letters, digits, `.`, `_`, `-` or `@`.
    #[schema(examples("ada"), pattern = "^[a-z0-9._@-]{1,64}$")]
    name: String,
    /// `admin`, `editor` or `viewer`.
    #[schema(examples("editor"), pattern = "^(admin|editor|viewer)$")]
    role: String,
    /// The sites of an editor or viewer (none for an admin).
    #[serde(default)]
    #[schema(examples(json!(["shop"])))]
    sites: Vec<String>,
    /// At least 10 characters.
    #[schema(examples("correct horse battery"), min_length = 10)]
    password: String,
}

/// Creates a user (administrators).
#[utoipa::path(
    post,
    path = "/api/v1/users",
    tag = "users",
    request_body = NewUserBody,
    responses(
        (status = 201, description = "The user", body = UserBody),
        (status = 400, description = "Broken JSON", body = Problem),
        (status = 415, description = "Not sent as application/json", body = Problem),
        (status = 401, description = "No valid token or session", body = Problem),
        (status = 403, description = "Not an administrator", body = Problem),
        (status = 409, description = "The name is taken", body = Problem),
        (status = 422, description = "A refused value", body = Problem),
    )
)]
pub(crate) async fn create_user(
    State(app): State<App>,
    who: Authenticated,
    Body(body): Body<NewUserBody>,
) -> Result<Response, ApiError> {
    who.administrator(true)?;
    let added = add_user(
        &app,
        who.actor(),
        &body.name,
        &body.role,
        &body.sites,
        body.password,
    )
    .await?;
    match added {
        Ok(account) => Ok(created(
            format!("/api/v1/users/{}", account.name),
            UserBody::of(&account),
        )),
        Err(refused) => Err(ApiError {
            status: if refused.exists {
                StatusCode::CONFLICT
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            },
            problem: Problem {
                error: refused.error.message,
                field: Some(refused.error.field),
            },
        }),
    }
}

/// A change to a user.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct UserChange {
    /// Disable (`true`) or enable again (`false`). Disabling ends the user's sessions.
    disabled: bool,
}

/// Disables or enables a user (administrators; not oneself).
#[utoipa::path(
    patch,
    path = "/api/v1/users/{name}",
    tag = "users",
    params(("name" = String, Path, description = "The user's name")),
    request_body = UserChange,
    responses(
        (status = 200, description = "The user", body = UserBody),
        (status = 400, description = "Broken JSON, or disabling oneself", body = Problem),
        (status = 415, description = "Not sent as application/json", body = Problem),
        (status = 401, description = "No valid token or session", body = Problem),
        (status = 403, description = "Not an administrator", body = Problem),
        (status = 404, description = "No such user", body = Problem),
        (status = 422, description = "Not a change", body = Problem),
    )
)]
pub(crate) async fn change_user(
    State(app): State<App>,
    Path(name): Path<String>,
    who: Authenticated,
    Body(change): Body<UserChange>,
) -> Result<Json<UserBody>, ApiError> {
    who.administrator(true)?;
    match set_disabled(
        &app,
        &who.caller.account,
        who.actor(),
        &name,
        change.disabled,
    )
    .await?
    {
        Ok(after) => Ok(Json(UserBody::of(&after))),
        Err(StateRefused::Unknown) => Err(ApiError::not_found(&format!("user `{name}`"))),
        Err(StateRefused::Yourself) => Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "you cannot disable yourself",
        )),
    }
}

/// One change made in the back office or through the API.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct AuditBody {
    /// Milliseconds since the Unix epoch.
    at_ms: i64,
    /// Who (a user, and the token when one was used).
    actor: String,
    /// What (`site.update`, `cookie.add`, `user.disable`, …).
    action: String,
    /// What it was done to (`site:shop`, `user:eve`, …).
    target: String,
    /// The state before, as JSON text; absent for a creation.
    #[serde(skip_serializing_if = "Option::is_none")]
    before: Option<String>,
    /// The state after, as JSON text; absent for a deletion.
    #[serde(skip_serializing_if = "Option::is_none")]
    after: Option<String>,
}

/// How many entries to return.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct AuditQuery {
    /// The newest entries to return (100 unless set; at most 1,000).
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<i64>,
}

/// The newest changes, newest first (administrators).
#[utoipa::path(
    get,
    path = "/api/v1/audit",
    tag = "users",
    params(AuditQuery),
    responses(
        (status = 200, description = "The entries", body = [AuditBody]),
        (status = 400, description = "A limit that is not one", body = Problem),
        (status = 401, description = "No valid token or session", body = Problem),
        (status = 403, description = "Not an administrator", body = Problem),
    )
)]
pub(crate) async fn audit_log(
    State(app): State<App>,
    Params(query): Params<AuditQuery>,
    who: Authenticated,
) -> Result<Json<Vec<AuditBody>>, ApiError> {
    who.administrator(false)?;
    let limit = match query.limit {
        None => 100,
        Some(limit @ 1..=1000) => limit,
        Some(other) => {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                format!("limit is between 1 and 1000, not {other}"),
            ));
        }
    };
    let entries = app
        .store
        .audit_log(None, limit)
        .await?
        .into_iter()
        .map(|(_, e)| AuditBody {
            at_ms: e.at_ms,
            actor: e.actor,
            action: e.action,
            target: e.target,
            before: e.before,
            after: e.after,
        })
        .collect();
    Ok(Json(entries))
}
