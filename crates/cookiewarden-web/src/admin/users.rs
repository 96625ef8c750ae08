//! People who run the platform, for administrators: the list with roles, a new user, disabling
//! and enabling one (each audited).

use axum::Form;
use axum::extract::{OriginalUri, Path, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use cookiewarden_core::{Account, Role, Username};
use minijinja::context;
use serde::Serialize;

use crate::admin::extract::require_admin;
use crate::admin::form::form_status;
use crate::admin::page::{TokenForm, admin_page, csrf_refused, refusal};
use crate::http::csrf;
use crate::http::language::LanguageHints;
use crate::http::request::no_store;
use crate::ops::now_ms;
use crate::ops::users::add_user;
use crate::view::{not_found_page, view};
use crate::{App, Error};
use cookiewarden_store::AuditEntry;

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

async fn render_users(
    app: &App,
    hints: &LanguageHints,
    headers: &HeaderMap,
    uri: &Uri,
    me: &Account,
    form: &NewUserForm,
    error: Option<String>,
) -> Result<Response, Error> {
    let rows: Vec<UserRow> = app
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
    let sites: Vec<String> = app
        .store
        .sites()
        .await?
        .into_iter()
        .map(|s| s.slug.to_string())
        .collect();
    admin_page(
        app,
        hints,
        headers,
        uri,
        "admin_users.html",
        form_status(error.is_some()),
        context! { users => view(&rows), sites, form => view(form), error },
    )
}

/// `GET /admin/users`: every user with their roles, and the form of a new one, for
/// administrators.
pub(crate) async fn users(
    State(app): State<App>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
) -> Result<Response, Error> {
    let me = match require_admin(&app, &hints, &headers, &uri).await? {
        Ok(account) => account,
        Err(response) => return Ok(response),
    };
    let form = NewUserForm {
        role: Role::Viewer.as_str().to_owned(),
        ..NewUserForm::default()
    };
    render_users(&app, &hints, &headers, &uri, &me, &form, None).await
}

/// `POST /admin/users`: creates a user (administrators), audited; or the page again with
/// the refused value's message.
pub(crate) async fn create_user(
    State(app): State<App>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, Error> {
    if !csrf::check(&app, &headers, csrf::form_token(&pairs)) {
        return Ok(csrf_refused(&app, &hints));
    }
    let me = match require_admin(&app, &hints, &headers, &uri).await? {
        Ok(account) => account,
        Err(response) => return Ok(response),
    };
    let mut form = NewUserForm::from_pairs(pairs);
    let password = std::mem::take(&mut form.password);
    let actor = me.name.to_string();
    match add_user(&app, actor, &form.name, &form.role, &form.sites, password).await? {
        Ok(_) => Ok(no_store(Redirect::to("/admin/users").into_response())),
        Err(refused) => {
            let message = format!("{}: {}", refused.error.field, refused.error.message);
            render_users(&app, &hints, &headers, &uri, &me, &form, Some(message)).await
        }
    }
}

/// `POST /admin/users/{name}/disable` and `…/enable`, for administrators, recorded in the
/// audit log in the same transaction.
async fn set_user_state(
    app: App,
    hints: LanguageHints,
    headers: HeaderMap,
    uri: Uri,
    name: String,
    token: Option<String>,
    disabled: bool,
) -> Result<Response, Error> {
    if !csrf::check(&app, &headers, token.as_deref()) {
        return Ok(csrf_refused(&app, &hints));
    }
    let me = match require_admin(&app, &hints, &headers, &uri).await? {
        Ok(account) => account,
        Err(response) => return Ok(response),
    };
    let Some(target) = name.parse::<Username>().ok() else {
        return Ok(refusal(
            &app,
            &hints,
            StatusCode::NOT_FOUND,
            "admin-unknown-user",
        ));
    };
    if target == me.name && disabled {
        return Ok(refusal(
            &app,
            &hints,
            StatusCode::BAD_REQUEST,
            "admin-not-yourself",
        ));
    }
    let Some(before) = app.store.user(&target).await? else {
        return Ok(refusal(
            &app,
            &hints,
            StatusCode::NOT_FOUND,
            "admin-unknown-user",
        ));
    };
    let state = |disabled: bool| serde_json::json!({ "disabled": disabled }).to_string();
    let entry = AuditEntry {
        at_ms: now_ms(),
        actor: me.name.to_string(),
        action: if disabled {
            "user.disable"
        } else {
            "user.enable"
        }
        .to_owned(),
        target: format!("user:{target}"),
        before: Some(state(before.disabled)),
        after: Some(state(disabled)),
    };
    app.store
        .set_disabled_audited(&target, disabled, &entry)
        .await?;
    Ok(no_store(Redirect::to("/admin/users").into_response()))
}

/// `POST /admin/users/{name}/disable` and `POST /admin/users/{name}/enable`.
pub(crate) async fn change_user(
    State(app): State<App>,
    Path((name, action)): Path<(String, String)>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Form(form): Form<TokenForm>,
) -> Result<Response, Error> {
    let disabled = match action.as_str() {
        "disable" => true,
        "enable" => false,
        _ => return Ok(not_found_page(&app, &hints, &uri, None)),
    };
    set_user_state(
        app,
        hints,
        headers,
        uri,
        name,
        form.csrfmiddlewaretoken,
        disabled,
    )
    .await
}
