//! The JSON API under `/api/v1/`: the back office's operations for scripts. A script sends
//! `Authorization: Bearer TOKEN` (a token made in the back office, kept only as its SHA-256,
//! limited to some sites and to reading or writing); the back office's own pages may call it
//! with their session, and then every unsafe request carries the CSRF token (`X-CSRFToken`)
//! and comes from this origin. Every answer is JSON, errors included (`{"error": …}`, with the
//! `field` a refused value is about), and every change lands in the audit log with its entry.
//! The OpenAPI 3.1 document at `/api/openapi.json` is generated from these handlers.

mod consents;
mod extract;
mod sites;
mod users;

use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::{Json, Router};
use serde::Serialize;
use utoipa::OpenApi;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::api::extract::ApiError;
use crate::ops::auth::SESSION_COOKIE;
use crate::{App, Error};

/// Where the OpenAPI document is served.
const OPENAPI_PATH: &str = "/api/openapi.json";

/// A site sent to the API, with hundreds of declarations in several languages, stays well
/// under this.
const API_BODY_LIMIT: usize = 512 * 1024;

/// The API's routes, the OpenAPI document describing them, and a JSON 404 for any other path
/// under `/api/`. Fails only if the document cannot be written.
pub(crate) fn routes() -> Result<Router<App>, Error> {
    let (api, openapi) = documented_routes();
    let openapi = openapi
        .to_json()
        .map_err(|e| Error::OpenApi(e.to_string()))?;
    Ok(api
        .layer(DefaultBodyLimit::max(API_BODY_LIMIT))
        .route(
            OPENAPI_PATH,
            get(move || async move { ([(header::CONTENT_TYPE, "application/json")], openapi) }),
        )
        .route("/api/{*rest}", any(unknown)))
}

/// The API's calls and the OpenAPI document describing them.
fn documented_routes() -> (Router<App>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(users::me))
        .routes(routes!(sites::list_sites, sites::create_site))
        .routes(routes!(sites::get_site, sites::replace_site))
        .routes(routes!(sites::list_cookies, sites::add_cookie))
        .routes(routes!(sites::replace_cookie, sites::delete_cookie))
        .routes(routes!(consents::list_consents))
        .routes(routes!(consents::site_statistics))
        .routes(routes!(users::list_users, users::create_user))
        .routes(routes!(users::change_user))
        .routes(routes!(users::audit_log))
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

/// Any other path under `/api/`: a JSON 404, as the API answers.
async fn unknown() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "no such API call; see /api/openapi.json",
    )
}

pub(crate) fn created(location: String, body: impl Serialize) -> Response {
    let mut response = (StatusCode::CREATED, Json(body)).into_response();
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}
