//! Users: created with the rules of `user add`, disabled or enabled again, each change
//! recorded in the audit log in the same transaction.

use cookiewarden_core::{Account, AuditAction, Role, Username};

use crate::ops::audit::entry;
use crate::ops::auth::hash_new_password;
use crate::ops::site_body::FieldError;
use crate::{App, Error};

/// A new user refused: a name taken already, or a value that breaks a rule (naming the field).
pub(crate) struct UserRefused {
    /// The name is taken (409 over HTTP), rather than a value refused (422).
    pub(crate) exists: bool,
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
            exists: false,
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
    let entry = entry(
        actor,
        AuditAction::UserCreate,
        format!("user:{}", account.name),
        None,
        Some(shown.to_string()),
    );
    match app.store.add_user(&account, Some(&entry)).await {
        Ok(()) => Ok(Ok(account)),
        Err(cookiewarden_store::Error::UserExists(name)) => Ok(Err(UserRefused {
            exists: true,
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

/// Why a user was not disabled or enabled.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum StateRefused {
    /// No user of that name.
    Unknown,
    /// An administrator cannot disable themself (and so lock the platform).
    Yourself,
}

/// Disables (`true`) or enables again a user, as `me` (`actor` names them in the audit log,
/// with the token when one was used), in one transaction with its audit entry; disabling ends
/// the user's sessions. Shared by the users page and the API. Returns the user as changed.
pub(crate) async fn set_disabled(
    app: &App,
    me: &Account,
    actor: String,
    name: &str,
    disabled: bool,
) -> Result<Result<Account, StateRefused>, Error> {
    let Ok(target) = name.parse::<Username>() else {
        return Ok(Err(StateRefused::Unknown));
    };
    if target == me.name && disabled {
        return Ok(Err(StateRefused::Yourself));
    }
    let Some(before) = app.store.user(&target).await? else {
        return Ok(Err(StateRefused::Unknown));
    };
    let state = |disabled: bool| serde_json::json!({ "disabled": disabled }).to_string();
    let action = if disabled {
        AuditAction::UserDisable
    } else {
        AuditAction::UserEnable
    };
    let audit = entry(
        actor,
        action,
        format!("user:{target}"),
        Some(state(before.disabled)),
        Some(state(disabled)),
    );
    app.store
        .set_disabled_audited(&target, disabled, &audit)
        .await?;
    Ok(Ok(Account { disabled, ..before }))
}
