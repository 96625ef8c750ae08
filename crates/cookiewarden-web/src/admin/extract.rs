//! Who may see a back-office page, decided before its handler runs.

use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use cookiewarden_core::{Account, Role, SiteDefinition};

use crate::admin::page::{refusal, to_login};
use crate::http::csrf;
use crate::http::language::LanguageHints;
use crate::ops::auth::current_user;
use crate::ops::sites::load_site;
use crate::view::not_found_page;
use crate::{App, Error};

/// A member's view of a site: the user, the site and their role on it, or the response to
/// send instead (the login page, or 404 for an unknown site and for a non-member alike).
pub(crate) async fn site_member(
    app: &App,
    hints: &LanguageHints,
    headers: &HeaderMap,
    uri: &Uri,
    slug: &str,
) -> Result<Result<(Account, SiteDefinition, Role), Response>, Error> {
    let Some((account, _)) = current_user(app, headers).await? else {
        return Ok(Err(to_login(uri)));
    };
    let Some(definition) = load_site(app, slug).await? else {
        return Ok(Err(not_found_page(app, hints, uri, Some(slug))));
    };
    // A site the user is not a member of looks the same as one that does not exist.
    match account.role_on(&definition.site.slug) {
        Some(role) => Ok(Ok((account, definition, role))),
        None => Ok(Err(not_found_page(app, hints, uri, Some(slug)))),
    }
}

/// The logged-in administrator, or the response to send instead: the login page for nobody,
/// 403 for a user who is not an administrator.
pub(crate) async fn require_admin(
    app: &App,
    hints: &LanguageHints,
    headers: &HeaderMap,
    uri: &Uri,
) -> Result<Result<Account, Response>, Error> {
    let Some((account, _)) = current_user(app, headers).await? else {
        return Ok(Err(to_login(uri)));
    };
    if !account.admin {
        return Ok(Err(refusal(
            app,
            hints,
            StatusCode::FORBIDDEN,
            "admin-not-admin",
        )));
    }
    Ok(Ok(account))
}

/// The site's editor behind an unsafe request: the CSRF token checked first, then a
/// membership that may change the site; or the response to send instead.
pub(crate) async fn site_editor(
    app: &App,
    hints: &LanguageHints,
    headers: &HeaderMap,
    uri: &Uri,
    slug: &str,
    token: Option<&str>,
) -> Result<Result<(Account, SiteDefinition), Response>, Error> {
    if !csrf::check(app, headers, token) {
        return Ok(Err(refusal(
            app,
            hints,
            StatusCode::FORBIDDEN,
            "admin-csrf-failed",
        )));
    }
    Ok(match site_member(app, hints, headers, uri, slug).await? {
        Ok((_, _, Role::Viewer)) => Err(refusal(
            app,
            hints,
            StatusCode::FORBIDDEN,
            "admin-not-editor",
        )),
        Ok((account, definition, _)) => Ok((account, definition)),
        Err(response) => Err(response),
    })
}
