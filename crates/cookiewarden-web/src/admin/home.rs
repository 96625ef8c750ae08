//! The back office's first page: the sites this user may work on, with their role on each.

use axum::extract::{OriginalUri, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use minijinja::context;
use serde::Serialize;

use crate::admin::page::{admin_page, to_login};
use crate::http::language::LanguageHints;
use crate::ops::auth::current_user;
use crate::view::view;
use crate::{App, Error};

#[derive(Serialize)]
struct SiteRow {
    name: String,
    slug: String,
    role: &'static str,
}

/// `GET /admin/`: the sites this user may work on, with their role on each.
pub(crate) async fn home(
    State(app): State<App>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
) -> Result<Response, Error> {
    let Some((account, _)) = current_user(&app, &headers).await? else {
        return Ok(to_login(&uri));
    };
    let sites: Vec<SiteRow> = app
        .store
        .sites()
        .await?
        .into_iter()
        .filter_map(|site| {
            account.role_on(&site.slug).map(|role| SiteRow {
                name: site.name,
                slug: site.slug.to_string(),
                role: role.as_str(),
            })
        })
        .collect();
    admin_page(
        &app,
        &hints,
        &headers,
        &uri,
        "admin_home.html",
        StatusCode::OK,
        context! {
            user => account.name.as_str(),
            admin => account.admin,
            sites => view(&sites),
        },
    )
}
