//! The JSON API under `/api/v1/`: the back office's operations for scripts. A script sends
//! `Authorization: Bearer TOKEN` (a token made in the back office, kept only as its SHA-256,
//! limited to some sites and to reading or writing); the back office's own pages may call it
//! with their session, and then every unsafe request carries the CSRF token (`X-CSRFToken`)
//! and comes from this origin. Every answer is JSON, errors included (`{"error": …}`, with the
//! `field` a refused value is about), and every change lands in the audit log with its entry.
//! The OpenAPI 3.1 document at `/api/openapi.json` is generated from these handlers.

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use cookiewarden_core::{
    Account, Caller, ConsentRecord, ExportedRecord, Role, SiteDefinition, Slug, Username,
};
use cookiewarden_store::AuditEntry;
use serde::{Deserialize, Serialize};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{IntoParams, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::admin::{self, LogQuery, SESSION_COOKIE, no_store, secret_hash};
use crate::admin_stats::{StatisticsBody, StatisticsQuery, statistics};
use crate::consent::now_ms;
use crate::csrf;
use crate::language::request_cookie;
use crate::site_body::{CookieBody, FieldError, SiteBody};
use crate::{App, Error};

/// Where the OpenAPI document is served.
pub(crate) const OPENAPI_PATH: &str = "/api/openapi.json";

/// The API's routes and the OpenAPI document describing them.
pub(crate) fn routes() -> (Router<App>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(me))
        .routes(routes!(list_sites, create_site))
        .routes(routes!(get_site, replace_site))
        .routes(routes!(list_cookies, add_cookie))
        .routes(routes!(replace_cookie, delete_cookie))
        .routes(routes!(list_consents))
        .routes(routes!(site_statistics))
        .routes(routes!(list_users, create_user))
        .routes(routes!(change_user))
        .routes(routes!(audit_log))
        .split_for_parts()
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "cookiewarden",
        description = "Sites, cookie declarations, consent records, users and the audit log of a cookiewarden platform.",
    ),
    modifiers(&Authentication),
    security(("token" = []), ("session" = [])),
    tags(
        (name = "sites", description = "Sites and their cookie declarations"),
        (name = "consents", description = "The proof of consent"),
        (name = "statistics", description = "Audience and consent statistics"),
        (name = "users", description = "People who run the platform (administrators)"),
    )
)]
struct ApiDoc;

/// The two ways in: a token, or the back office's session (plus `X-CSRFToken`).
struct Authentication;

impl utoipa::Modify for Authentication {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("A token made in the back office (/admin/tokens)"))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                SESSION_COOKIE,
                "The back office's session; unsafe requests also send X-CSRFToken",
            ))),
        );
    }
}

/// An error, as every failed call answers.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Problem {
    /// What went wrong, for a person to read.
    error: String,
    /// The field a refused value is about (`cookies[2].duration`), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<String>,
}

/// A failed call: its status and its problem.
pub(crate) struct ApiError {
    status: StatusCode,
    problem: Problem,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            problem: Problem {
                error: message.into(),
                field: None,
            },
        }
    }

    fn not_found(what: &str) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, format!("no {what}"))
    }

    fn forbidden(message: &str) -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, message)
    }

    fn refused(error: FieldError) -> ApiError {
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
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "the service cannot answer right now; try again in a moment",
        )
    }
}

impl From<cookiewarden_store::Error> for ApiError {
    fn from(error: cookiewarden_store::Error) -> ApiError {
        ApiError::from(Error::Store(error))
    }
}

/// A JSON body whose refusal is JSON too: 400 for broken JSON, 415 without the JSON content
/// type, 422 for JSON that is not what the call takes (the message names the field).
pub(crate) struct Body<T>(T);

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
pub(crate) struct Params<T>(T);

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
    caller: Caller,
    token_id: Option<i64>,
}

impl Authenticated {
    fn actor(&self) -> String {
        self.caller.audit_name(self.token_id)
    }

    fn audit(
        &self,
        action: &str,
        target: String,
        before: Option<String>,
        after: Option<String>,
    ) -> AuditEntry {
        AuditEntry {
            at_ms: now_ms(),
            actor: self.actor(),
            action: action.to_owned(),
            target,
            before,
            after,
        }
    }

    /// The site and the caller's role on it; 404 for a site the caller cannot see, as for one
    /// that does not exist.
    async fn site(&self, app: &App, slug: &str) -> Result<(SiteDefinition, Role), ApiError> {
        let not_found = || ApiError::not_found(&format!("site `{slug}`"));
        let slug: Slug = slug.parse().map_err(|_| not_found())?;
        let role = self.caller.role_on(&slug).ok_or_else(not_found)?;
        let definition = app.store.site(&slug).await?.ok_or_else(not_found)?;
        Ok((definition, role))
    }

    /// The site, for a caller who may change it.
    async fn editable_site(&self, app: &App, slug: &str) -> Result<SiteDefinition, ApiError> {
        match self.site(app, slug).await? {
            (_, Role::Viewer) => Err(ApiError::forbidden(
                "this call changes the site: it needs an editor or an administrator, and a token with write access",
            )),
            (definition, _) => Ok(definition),
        }
    }

    fn administrator(&self, write: bool) -> Result<(), ApiError> {
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
    let Some((account, _)) = admin::current_user(app, headers).await? else {
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

/// Any other path under `/api/`: a JSON 404, as the API answers.
pub(crate) async fn unknown() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "no such API call; see /api/openapi.json",
    )
}

/// The caller, as `GET /api/v1/me` answers.
#[derive(Debug, Serialize, ToSchema)]
struct MeBody {
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
struct TokenBody {
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
async fn me(who: Authenticated) -> Result<Json<MeBody>, ApiError> {
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

/// A site as listed.
#[derive(Debug, Serialize, ToSchema)]
struct SiteListItem {
    /// The site's slug.
    slug: String,
    /// Its display name.
    name: String,
    /// The caller's role on it: `admin`, `editor` or `viewer`.
    role: &'static str,
}

/// The sites the caller may see, with their role on each.
#[utoipa::path(
    get,
    path = "/api/v1/sites",
    tag = "sites",
    responses(
        (status = 200, description = "The sites", body = [SiteListItem]),
        (status = 401, description = "No valid token or session", body = Problem),
    )
)]
async fn list_sites(
    State(app): State<App>,
    who: Authenticated,
) -> Result<Json<Vec<SiteListItem>>, ApiError> {
    let sites = app
        .store
        .sites()
        .await?
        .into_iter()
        .filter_map(|site| {
            let role = who.caller.role_on(&site.slug)?;
            Some(SiteListItem {
                slug: site.slug.to_string(),
                name: site.name,
                role: role.as_str(),
            })
        })
        .collect();
    Ok(Json(sites))
}

fn created(location: String, body: impl Serialize) -> Response {
    let mut response = (StatusCode::CREATED, Json(body)).into_response();
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// Creates a site (administrators).
#[utoipa::path(
    post,
    path = "/api/v1/sites",
    tag = "sites",
    request_body = SiteBody,
    responses(
        (status = 201, description = "The site as stored", body = SiteBody),
        (status = 400, description = "Broken JSON", body = Problem),
        (status = 415, description = "Not sent as application/json", body = Problem),
        (status = 401, description = "No valid token or session", body = Problem),
        (status = 403, description = "Not an administrator", body = Problem),
        (status = 409, description = "The slug is taken", body = Problem),
        (status = 422, description = "A refused value", body = Problem),
    )
)]
async fn create_site(
    State(app): State<App>,
    who: Authenticated,
    Body(body): Body<SiteBody>,
) -> Result<Response, ApiError> {
    who.administrator(true)?;
    let definition = body.to_definition().map_err(ApiError::refused)?;
    let stored = SiteBody::of(&definition);
    let entry = who.audit(
        "site.create",
        format!("site:{}", definition.site.slug),
        None,
        serde_json::to_string(&stored).ok(),
    );
    match app.store.create_site_audited(&definition, &entry).await {
        Ok(()) => Ok(created(
            format!("/api/v1/sites/{}", definition.site.slug),
            stored,
        )),
        Err(cookiewarden_store::Error::SiteExists(slug)) => Err(ApiError::new(
            StatusCode::CONFLICT,
            format!("site `{slug}` exists already"),
        )),
        Err(error) => Err(error.into()),
    }
}

/// A site with its declarations.
#[utoipa::path(
    get,
    path = "/api/v1/sites/{slug}",
    tag = "sites",
    params(("slug" = String, Path, description = "The site's slug")),
    responses(
        (status = 200, description = "The site", body = SiteBody),
        (status = 401, description = "No valid token or session", body = Problem),
        (status = 404, description = "No such site, or not one of the caller's", body = Problem),
    )
)]
async fn get_site(
    State(app): State<App>,
    Path(slug): Path<String>,
    who: Authenticated,
) -> Result<Json<SiteBody>, ApiError> {
    let (definition, _) = who.site(&app, &slug).await?;
    Ok(Json(SiteBody::of(&definition)))
}

/// Replaces a site's settings and declarations (editors and administrators).
#[utoipa::path(
    put,
    path = "/api/v1/sites/{slug}",
    tag = "sites",
    params(("slug" = String, Path, description = "The site's slug")),
    request_body = SiteBody,
    responses(
        (status = 200, description = "The site as stored", body = SiteBody),
        (status = 400, description = "Broken JSON", body = Problem),
        (status = 415, description = "Not sent as application/json", body = Problem),
        (status = 401, description = "No valid token or session", body = Problem),
        (status = 403, description = "Not an editor of the site", body = Problem),
        (status = 404, description = "No such site, or not one of the caller's", body = Problem),
        (status = 422, description = "A refused value", body = Problem),
    )
)]
async fn replace_site(
    State(app): State<App>,
    Path(slug): Path<String>,
    who: Authenticated,
    Body(body): Body<SiteBody>,
) -> Result<Json<SiteBody>, ApiError> {
    let before = who.editable_site(&app, &slug).await?;
    if body.slug != slug {
        return Err(ApiError::refused(FieldError {
            field: "slug".to_owned(),
            message: format!("the slug is `{slug}`; a site cannot be renamed"),
        }));
    }
    let after = body.to_definition().map_err(ApiError::refused)?;
    let json = |d: &SiteDefinition| serde_json::to_string(&SiteBody::of(d)).ok();
    let entry = who.audit(
        "site.update",
        format!("site:{slug}"),
        json(&before),
        json(&after),
    );
    app.store.apply_site_audited(&after, &entry).await?;
    Ok(Json(SiteBody::of(&after)))
}

/// A site's cookie declarations.
#[utoipa::path(
    get,
    path = "/api/v1/sites/{slug}/cookies",
    tag = "sites",
    params(("slug" = String, Path, description = "The site's slug")),
    responses(
        (status = 200, description = "The declarations, in the site's order", body = [CookieBody]),
        (status = 401, description = "No valid token or session", body = Problem),
        (status = 404, description = "No such site, or not one of the caller's", body = Problem),
    )
)]
async fn list_cookies(
    State(app): State<App>,
    Path(slug): Path<String>,
    who: Authenticated,
) -> Result<Json<Vec<CookieBody>>, ApiError> {
    let (definition, _) = who.site(&app, &slug).await?;
    Ok(Json(SiteBody::of(&definition).cookies))
}

/// Declares a cookie (editors and administrators).
#[utoipa::path(
    post,
    path = "/api/v1/sites/{slug}/cookies",
    tag = "sites",
    params(("slug" = String, Path, description = "The site's slug")),
    request_body = CookieBody,
    responses(
        (status = 201, description = "The declaration as stored", body = CookieBody),
        (status = 400, description = "Broken JSON", body = Problem),
        (status = 415, description = "Not sent as application/json", body = Problem),
        (status = 401, description = "No valid token or session", body = Problem),
        (status = 403, description = "Not an editor of the site", body = Problem),
        (status = 404, description = "No such site, or not one of the caller's", body = Problem),
        (status = 422, description = "A refused value, or a name declared already", body = Problem),
    )
)]
async fn add_cookie(
    State(app): State<App>,
    Path(slug): Path<String>,
    who: Authenticated,
    Body(cookie): Body<CookieBody>,
) -> Result<Response, ApiError> {
    let before = who.editable_site(&app, &slug).await?;
    let (after, added) =
        crate::site_body::with_cookie(&before, None, cookie).map_err(ApiError::refused)?;
    let entry = who.audit(
        "cookie.add",
        added.target(&before.site.slug),
        None,
        added.audit_json(),
    );
    app.store.apply_site_audited(&after, &entry).await?;
    let location = format!(
        "/api/v1/sites/{slug}/cookies/{}{}",
        added.name,
        added
            .domain
            .as_deref()
            .map(|d| format!("?domain={d}"))
            .unwrap_or_default()
    );
    Ok(created(location, added))
}

/// Which declaration: its name (or prefix) in the path, its domain in the query.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct CookieQuery {
    /// The declaration's domain; leave out for one declared without a domain.
    #[serde(default)]
    domain: String,
}

/// Replaces one declaration, in place (editors and administrators).
#[utoipa::path(
    put,
    path = "/api/v1/sites/{slug}/cookies/{name}",
    tag = "sites",
    params(
        ("slug" = String, Path, description = "The site's slug"),
        ("name" = String, Path, description = "The declared name or prefix (`_pk_id.*`)"),
        CookieQuery,
    ),
    request_body = CookieBody,
    responses(
        (status = 200, description = "The declaration as stored", body = CookieBody),
        (status = 400, description = "Broken JSON", body = Problem),
        (status = 415, description = "Not sent as application/json", body = Problem),
        (status = 401, description = "No valid token or session", body = Problem),
        (status = 403, description = "Not an editor of the site", body = Problem),
        (status = 404, description = "No such site or declaration", body = Problem),
        (status = 422, description = "A refused value", body = Problem),
    )
)]
async fn replace_cookie(
    State(app): State<App>,
    Path((slug, name)): Path<(String, String)>,
    Params(query): Params<CookieQuery>,
    who: Authenticated,
    Body(cookie): Body<CookieBody>,
) -> Result<Json<CookieBody>, ApiError> {
    let before = who.editable_site(&app, &slug).await?;
    let body = SiteBody::of(&before);
    let position = body
        .cookie_position(&name, &query.domain)
        .ok_or_else(|| ApiError::not_found(&format!("declaration `{name}`")))?;
    let previous = body.cookies[position].clone();
    let (after, replaced) = crate::site_body::with_cookie(&before, Some(position), cookie)
        .map_err(ApiError::refused)?;
    let entry = who.audit(
        "cookie.update",
        previous.target(&before.site.slug),
        previous.audit_json(),
        replaced.audit_json(),
    );
    app.store.apply_site_audited(&after, &entry).await?;
    Ok(Json(replaced))
}

/// Removes one declaration (editors and administrators). Consent records name policy versions,
/// not declarations: none is touched.
#[utoipa::path(
    delete,
    path = "/api/v1/sites/{slug}/cookies/{name}",
    tag = "sites",
    params(
        ("slug" = String, Path, description = "The site's slug"),
        ("name" = String, Path, description = "The declared name or prefix"),
        CookieQuery,
    ),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "No valid token or session", body = Problem),
        (status = 403, description = "Not an editor of the site", body = Problem),
        (status = 404, description = "No such site or declaration", body = Problem),
    )
)]
async fn delete_cookie(
    State(app): State<App>,
    Path((slug, name)): Path<(String, String)>,
    Params(query): Params<CookieQuery>,
    who: Authenticated,
) -> Result<StatusCode, ApiError> {
    let before = who.editable_site(&app, &slug).await?;
    let (after, removed) = crate::site_body::without_cookie(&before, &name, &query.domain)
        .ok_or_else(|| ApiError::not_found(&format!("declaration `{name}`")))?;
    let entry = who.audit(
        "cookie.delete",
        removed.target(&before.site.slug),
        removed.audit_json(),
        None,
    );
    app.store.apply_site_audited(&after, &entry).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// At most this many records per call; `limit` asks for fewer.
const MAX_CONSENTS: usize = 10_000;

/// Filters of the consent records.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct ConsentQuery {
    /// The first day, `YYYY-MM-DD` (UTC).
    #[serde(default)]
    #[param(format = Date)]
    from: String,
    /// The last day, `YYYY-MM-DD` (UTC), included.
    #[serde(default)]
    #[param(format = Date)]
    to: String,
    /// `accept_all`, `reject_all`, `custom`, `close`, `gpc` or `withdraw`.
    #[serde(default)]
    #[param(pattern = "^(accept_all|reject_all|custom|close|gpc|withdraw)$")]
    method: String,
    /// One visitor's consent id.
    #[serde(default)]
    consent_id: String,
    /// How many of the newest matching records to return (at most 10,000).
    #[param(minimum = 1, maximum = 10000)]
    limit: Option<usize>,
}

/// A site's consent records, oldest first, with the hashes that chain them.
#[utoipa::path(
    get,
    path = "/api/v1/sites/{slug}/consents",
    tag = "consents",
    params(("slug" = String, Path, description = "The site's slug"), ConsentQuery),
    responses(
        (status = 200, description = "The matching records", body = [ExportedRecord]),
        (status = 400, description = "A filter that is not one", body = Problem),
        (status = 401, description = "No valid token or session", body = Problem),
        (status = 404, description = "No such site, or not one of the caller's", body = Problem),
    )
)]
async fn list_consents(
    State(app): State<App>,
    Path(slug): Path<String>,
    Params(query): Params<ConsentQuery>,
    who: Authenticated,
) -> Result<Response, ApiError> {
    let (definition, _) = who.site(&app, &slug).await?;
    let filter = LogQuery::new(query.from, query.to, query.method, query.consent_id)
        .filter()
        .map_err(|value| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                format!("`{value}` is not a filter value"),
            )
        })?;
    let limit = match query.limit {
        None => MAX_CONSENTS,
        Some(limit @ 1..=MAX_CONSENTS) => limit,
        Some(other) => {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                format!("limit is between 1 and {MAX_CONSENTS}, not {other}"),
            ));
        }
    };
    let records: Vec<ConsentRecord> = app
        .store
        .consent_records(&definition.site.slug)
        .await?
        .into_iter()
        .filter(|r| filter.keeps(r))
        .collect();
    let newest = &records[records.len().saturating_sub(limit)..];
    let exported: Vec<ExportedRecord<'_>> = newest.iter().map(ExportedRecord::from).collect();
    Ok(Json(exported).into_response())
}

/// A site's audience and consent statistics over a range of days (30 days to today unless
/// asked): the same numbers as the dashboard.
#[utoipa::path(
    get,
    path = "/api/v1/sites/{slug}/statistics",
    tag = "statistics",
    params(("slug" = String, Path, description = "The site's slug"), StatisticsQuery),
    responses(
        (status = 200, description = "The statistics", body = StatisticsBody),
        (status = 400, description = "A range that is not one", body = Problem),
        (status = 401, description = "No valid token or session", body = Problem),
        (status = 404, description = "No such site, or not one of the caller's", body = Problem),
    )
)]
async fn site_statistics(
    State(app): State<App>,
    Path(slug): Path<String>,
    Params(query): Params<StatisticsQuery>,
    who: Authenticated,
) -> Result<Json<StatisticsBody>, ApiError> {
    let (definition, _) = who.site(&app, &slug).await?;
    let days = query
        .days()
        .map_err(|message| ApiError::new(StatusCode::BAD_REQUEST, message))?;
    Ok(Json(statistics(&app, &definition, days).await?))
}

/// A user as the API shows them.
#[derive(Debug, Serialize, ToSchema)]
struct UserBody {
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
struct MembershipBody {
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
async fn list_users(
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
struct NewUserBody {
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
async fn create_user(
    State(app): State<App>,
    who: Authenticated,
    Body(body): Body<NewUserBody>,
) -> Result<Response, ApiError> {
    who.administrator(true)?;
    let added = admin::add_user(
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
            status: refused.status,
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
struct UserChange {
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
async fn change_user(
    State(app): State<App>,
    Path(name): Path<String>,
    who: Authenticated,
    Body(change): Body<UserChange>,
) -> Result<Json<UserBody>, ApiError> {
    who.administrator(true)?;
    let not_found = || ApiError::not_found(&format!("user `{name}`"));
    let target: Username = name.parse().map_err(|_| not_found())?;
    if target == who.caller.account.name && change.disabled {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "you cannot disable yourself",
        ));
    }
    let before = app.store.user(&target).await?.ok_or_else(not_found)?;
    let after = Account {
        disabled: change.disabled,
        ..before.clone()
    };
    let state = |a: &Account| serde_json::json!({ "disabled": a.disabled }).to_string();
    let action = if change.disabled {
        "user.disable"
    } else {
        "user.enable"
    };
    let entry = who.audit(
        action,
        format!("user:{target}"),
        Some(state(&before)),
        Some(state(&after)),
    );
    app.store
        .set_disabled_audited(&target, change.disabled, &entry)
        .await?;
    Ok(Json(UserBody::of(&after)))
}

/// One change made in the back office or through the API.
#[derive(Debug, Serialize, ToSchema)]
struct AuditBody {
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
struct AuditQuery {
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
async fn audit_log(
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
        .audit_log(limit)
        .await?
        .into_iter()
        .map(|e| AuditBody {
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
