//! The back office: HTML pages over the operations of [`crate::ops`], for the people who run
//! the platform. Who may do what is decided by the extractors of [`extract`] in each
//! handler's signature; every unsafe request carries the CSRF token.

mod audit;
mod consents;
mod cookies;
mod extract;
mod form;
mod home;
mod login;
mod page;
mod services;
mod sites;
mod statistics;
mod table;
mod tokens;
mod users;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use crate::App;

/// A back-office form is a few fields; anything much larger is not one.
const FORM_BODY_LIMIT: usize = 16 * 1024;

/// Every page of the back office, under `/admin/`.
pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/admin/", get(home::home))
        .route("/admin/login", get(login::login_page).post(login::login))
        .route("/admin/logout", post(login::logout))
        .route("/admin/logout-everywhere", post(login::logout_everywhere))
        .route(
            "/admin/new-site",
            get(sites::new_site).post(sites::create_site),
        )
        .route(
            "/admin/sites/{slug}",
            get(sites::settings).post(sites::save_settings),
        )
        .route("/admin/sites/{slug}/texts", post(sites::save_texts))
        .route("/admin/sites/{slug}/preview", get(sites::preview))
        .route("/admin/sites/{slug}/cookies", post(cookies::add_cookie))
        .route("/admin/sites/{slug}/cookies/new", get(cookies::new_cookie))
        .route(
            "/admin/sites/{slug}/cookies/edit",
            get(cookies::edit_cookie).post(cookies::update_cookie),
        )
        .route(
            "/admin/sites/{slug}/cookies/delete",
            get(cookies::confirm_delete).post(cookies::delete_cookie),
        )
        .route("/admin/sites/{slug}/services", post(services::add_service))
        .route(
            "/admin/sites/{slug}/services/remove",
            post(services::remove_service),
        )
        .route("/admin/sites/{slug}/consents", get(consents::consent_log))
        .route("/admin/sites/{slug}/statistics", get(statistics::dashboard))
        .route("/admin/tokens", get(tokens::tokens).post(tokens::create))
        .route(
            "/admin/tokens/{id}/revoke",
            get(tokens::confirm_revoke).post(tokens::revoke),
        )
        .route("/admin/users", get(users::users).post(users::create_user))
        .route("/admin/users/{name}/{action}", post(users::change_user))
        .route("/admin/audit", get(audit::audit))
        .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT))
}
