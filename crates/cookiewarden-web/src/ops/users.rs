//! Users: created with the rules of `user add`, disabled or enabled again, each change
//! recorded in the audit log in the same transaction.

use axum::http::StatusCode;
use cookiewarden_core::{Account, Role, Username};

use crate::ops::auth::hash_new_password;
use crate::ops::now_ms;
use crate::ops::site_body::FieldError;
use crate::{App, Error};
use cookiewarden_store::AuditEntry;

/// A new user refused: 409 for a taken name, 422 for a value that breaks a rule (naming the
/// field).
pub(crate) struct UserRefused {
    pub(crate) status: StatusCode,
    pub(crate) error: FieldError,
}

/// Creates a user with the rules of `user add`, recorded in the audit log as done by `actor`;
/// shared by the users page and the API.
pub(crate) async fn add_user(
    app: &App,
    actor: String,
    name: &str,
    role: &str,
    sites: &[String],
    password: String,
) -> Result<Result<Account, UserRefused>, Error> {
    let refused = |field: &str, message: String| {
        Ok(Err(UserRefused {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            error: FieldError {
                field: field.to_owned(),
                message,
            },
        }))
    };
    let name: Username = match name.trim().parse() {
        Ok(name) => name,
        Err(error) => return refused("name", error.to_string()),
    };
    let role: Role = match role.parse() {
        Ok(role) => role,
        Err(error) => return refused("role", error.to_string()),
    };
    let sites = match sites
        .iter()
        .map(|s| s.parse::<cookiewarden_core::Slug>())
        .collect::<Result<Vec<_>, _>>()
    {
        Ok(sites) => sites,
        Err(error) => return refused("sites", error.to_string()),
    };
    let account = match Account::new(name, role, sites, String::new()) {
        Ok(account) => account,
        Err(error) => return refused("sites", error.to_string()),
    };
    let password_hash = match hash_new_password(password).await? {
        Ok(hash) => hash,
        Err(error) => return refused("password", error.to_string()),
    };
    let account = Account {
        password_hash,
        ..account
    };
    let shown = serde_json::json!({
        "admin": account.admin,
        "sites": account.memberships.iter().map(|m| format!("{} ({})", m.site, m.role)).collect::<Vec<_>>(),
    });
    let entry = AuditEntry {
        at_ms: now_ms(),
        actor,
        action: "user.create".to_owned(),
        target: format!("user:{}", account.name),
        before: None,
        after: Some(shown.to_string()),
    };
    match app.store.add_user(&account, Some(&entry)).await {
        Ok(()) => Ok(Ok(account)),
        Err(cookiewarden_store::Error::UserExists(name)) => Ok(Err(UserRefused {
            status: StatusCode::CONFLICT,
            error: FieldError {
                field: "name".to_owned(),
                message: format!("user `{name}` exists already"),
            },
        })),
        Err(cookiewarden_store::Error::UnknownSite(site)) => {
            refused("sites", format!("no site `{site}`"))
        }
        Err(error) => Err(error.into()),
    }
}
