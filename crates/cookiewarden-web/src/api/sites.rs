//! Sites and their cookie declarations through the API.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use cookiewarden_core::SiteDefinition;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::App;
use crate::api::created;
use crate::api::extract::{ApiError, Authenticated, Body, Params, Problem};
use crate::ops::site_body::{CookieBody, FieldError, SiteBody, with_cookie, without_cookie};
use cookiewarden_core::AuditAction;

/// A site as listed.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct SiteListItem {
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
pub(crate) async fn list_sites(
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
pub(crate) async fn create_site(
    State(app): State<App>,
    who: Authenticated,
    Body(body): Body<SiteBody>,
) -> Result<Response, ApiError> {
    who.administrator(true)?;
    let definition = body.to_definition().map_err(ApiError::refused)?;
    let stored = SiteBody::of(&definition);
    let entry = who.audit(
        AuditAction::SiteCreate,
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
pub(crate) async fn get_site(
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
pub(crate) async fn replace_site(
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
        AuditAction::SiteUpdate,
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
pub(crate) async fn list_cookies(
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
pub(crate) async fn add_cookie(
    State(app): State<App>,
    Path(slug): Path<String>,
    who: Authenticated,
    Body(cookie): Body<CookieBody>,
) -> Result<Response, ApiError> {
    let before = who.editable_site(&app, &slug).await?;
    let (after, added) = with_cookie(&before, None, cookie).map_err(ApiError::refused)?;
    let entry = who.audit(
        AuditAction::CookieAdd,
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
pub(crate) struct CookieQuery {
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
pub(crate) async fn replace_cookie(
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
    let (after, replaced) =
        with_cookie(&before, Some(position), cookie).map_err(ApiError::refused)?;
    let entry = who.audit(
        AuditAction::CookieUpdate,
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
pub(crate) async fn delete_cookie(
    State(app): State<App>,
    Path((slug, name)): Path<(String, String)>,
    Params(query): Params<CookieQuery>,
    who: Authenticated,
) -> Result<StatusCode, ApiError> {
    let before = who.editable_site(&app, &slug).await?;
    let (after, removed) = without_cookie(&before, &name, &query.domain)
        .ok_or_else(|| ApiError::not_found(&format!("declaration `{name}`")))?;
    let entry = who.audit(
        AuditAction::CookieDelete,
        removed.target(&before.site.slug),
        removed.audit_json(),
        None,
    );
    app.store.apply_site_audited(&after, &entry).await?;
    Ok(StatusCode::NO_CONTENT)
}
