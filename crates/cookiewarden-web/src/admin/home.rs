//! The back office's first page: the sites this user may work on, with their role on each.

use axum::extract::State;
use axum::response::Response;
use minijinja::context;
use serde::Serialize;

use crate::admin::extract::SignedIn;
use crate::admin::page::Frame;
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
    SignedIn { account, .. }: SignedIn,
    frame: Frame,
) -> Result<Response, Error> {
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
    frame.page(
        &app,
        &account,
        "admin_home.html",
        context! { section => "home", sites => view(&sites) },
    )
}
