//! People who run the platform, for administrators: the list with roles, a new user, disabling
//! and enabling one (each audited).

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use cookiewarden_core::{Account, Role};
use minijinja::context;
use serde::Serialize;

use crate::admin::extract::{Administrator, CheckedForm, TokenOnly};
use crate::admin::form::form_status;
use crate::admin::page::Frame;
use crate::admin::table::Sort;
use crate::http::request::no_store;
use crate::ops::users::{StateRefused, add_user, set_disabled};
use crate::view::{not_found_page, view};
use crate::{App, Error};

#[derive(Serialize)]
struct UserRow {
    name: String,
    roles: String,
    disabled: bool,
    me: bool,
}

/// The new-user form as sent (sites may repeat).
#[derive(Debug, Default, Serialize)]
struct NewUserForm {
    name: String,
    role: String,
    sites: Vec<String>,
    #[serde(skip)]
    password: String,
}

impl NewUserForm {
    fn from_pairs(pairs: Vec<(String, String)>) -> NewUserForm {
        let mut form = NewUserForm::default();
        for (key, value) in pairs {
            match key.as_str() {
                "name" => form.name = value,
                "role" => form.role = value,
                "sites" => form.sites.push(value),
                "password" => form.password = value,
                _ => {}
            }
        }
        form
    }
}

/// The columns the table of users sorts by.
const USER_COLUMNS: [&str; 3] = ["user", "roles", "state"];

impl UserRow {
    /// The value of `column` (one of [`USER_COLUMNS`]) that the table sorts by.
    fn column(&self, column: &str) -> String {
        match column {
            "roles" => self.roles.clone(),
            "state" => self.disabled.to_string(),
            _ => self.name.clone(),
        }
    }
}

async fn render_users(
    app: &App,
    frame: &Frame,
    me: &Account,
    form: &NewUserForm,
    error: Option<String>,
    mut sort: Sort,
) -> Result<Response, Error> {
    let mut rows: Vec<UserRow> = app
        .store
        .users()
        .await?
        .into_iter()
        .map(|a| UserRow {
            roles: if a.admin {
                Role::Admin.as_str().to_owned()
            } else {
                a.memberships
                    .iter()
                    .map(|m| format!("{} ({})", m.site, m.role))
                    .collect::<Vec<_>>()
                    .join(", ")
            },
            disabled: a.disabled,
            me: a.name == me.name,
            name: a.name.to_string(),
        })
        .collect();
    sort.apply(&mut rows, &USER_COLUMNS, UserRow::column);
    let sites: Vec<String> = app
        .store
        .sites()
        .await?
        .into_iter()
        .map(|s| s.slug.to_string())
        .collect();
    frame.page_with_status(
        app,
        me,
        "admin_users.html",
        form_status(error.is_some()),
        context! {
            section => "users",
            users => view(&rows),
            sort => view(&sort),
            sites,
            form => view(form),
            error,
        },
    )
}

/// `GET /admin/users`: every user with their roles, and the form of a new one, for
/// administrators.
pub(crate) async fn users(
    State(app): State<App>,
    Administrator(me): Administrator,
    frame: Frame,
    Query(sort): Query<Sort>,
) -> Result<Response, Error> {
    let form = NewUserForm {
        role: Role::Viewer.as_str().to_owned(),
        ..NewUserForm::default()
    };
    render_users(&app, &frame, &me, &form, None, sort).await
}

/// `POST /admin/users`: creates a user (administrators), audited; or the page again with
/// the refused value's message.
pub(crate) async fn create_user(
    State(app): State<App>,
    Administrator(me): Administrator,
    frame: Frame,
    CheckedForm(pairs): CheckedForm<Vec<(String, String)>>,
) -> Result<Response, Error> {
    let mut form = NewUserForm::from_pairs(pairs);
    let password = std::mem::take(&mut form.password);
    let actor = me.name.to_string();
    match add_user(&app, actor, &form.name, &form.role, &form.sites, password).await? {
        Ok(_) => Ok(no_store(Redirect::to("/admin/users").into_response())),
        Err(refused) => {
            let message = format!("{}: {}", refused.error.field, refused.error.message);
            render_users(&app, &frame, &me, &form, Some(message), Sort::default()).await
        }
    }
}

/// `POST /admin/users/{name}/disable` and `POST /admin/users/{name}/enable`, for
/// administrators, recorded in the audit log in the same transaction.
pub(crate) async fn change_user(
    State(app): State<App>,
    Administrator(me): Administrator,
    Path((name, action)): Path<(String, String)>,
    frame: Frame,
    CheckedForm(_): CheckedForm<TokenOnly>,
) -> Result<Response, Error> {
    let disabled = match action.as_str() {
        "disable" => true,
        "enable" => false,
        _ => return Ok(not_found_page(&app, &frame.hints, &frame.uri, None)),
    };
    let actor = me.name.to_string();
    Ok(
        match set_disabled(&app, &me, actor, &name, disabled).await? {
            Ok(_) => no_store(Redirect::to("/admin/users").into_response()),
            Err(StateRefused::Unknown) => {
                frame.refuse(&app, StatusCode::NOT_FOUND, "admin-unknown-user")
            }
            Err(StateRefused::Yourself) => {
                frame.refuse(&app, StatusCode::BAD_REQUEST, "admin-not-yourself")
            }
        },
    )
}
