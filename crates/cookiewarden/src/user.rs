//! `cookiewarden user …`: the people who run the platform. Passwords come from the
//! environment, standard input or a prompt, never from a flag that would show in `ps` or in
//! the shell's history.

use std::io::IsTerminal as _;

use anyhow::{Context, bail};
use clap::{Subcommand, ValueEnum};
use cookiewarden_core::{
    Account, Error as CoreError, Role, Slug, Username, check_new_password, hash_password,
};
use cookiewarden_store::Store;

use crate::config::Config;

/// Where scripts put the password (`user add`, `user passwd`).
const PASSWORD_VARIABLE: &str = "COOKIEWARDEN_PASSWORD";

/// The demo's administrator.
const DEMO_ADMIN: &str = "admin";

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum RoleChoice {
    /// Every site, the users, the settings.
    Admin,
    /// Reads and changes the sites given with --site.
    Editor,
    /// Reads the sites given with --site.
    Viewer,
}

#[derive(Debug, Subcommand)]
pub(crate) enum UserCommand {
    /// Create a user; the password comes from COOKIEWARDEN_PASSWORD, standard input or a prompt.
    Add {
        /// The login name (lowercase letters, digits, `.`, `_`, `-`, `@`).
        name: String,
        /// What the user may do.
        #[arg(long, value_enum)]
        role: RoleChoice,
        /// A site an editor or viewer works on (repeat for several).
        #[arg(long = "site", value_name = "SLUG")]
        sites: Vec<String>,
    },
    /// Set a new password (from the same sources as `add`).
    Passwd {
        /// The login name.
        name: String,
    },
    /// Stop a user from logging in; what they did stays attributed to them.
    Disable {
        /// The login name.
        name: String,
    },
    /// Let a disabled user log in again.
    Enable {
        /// The login name.
        name: String,
    },
    /// List the users with their roles.
    List,
}

pub(crate) async fn run(config: &Config, command: UserCommand) -> anyhow::Result<()> {
    let store = crate::open_store(config).await?;
    let done = match command {
        UserCommand::Add { name, role, sites } => add(&store, &name, role, &sites).await,
        UserCommand::Passwd { name } => {
            let name = username(&name)?;
            let hash = new_password_hash(&read_password()?)?;
            store.set_password(&name, &hash).await?;
            println!("password of {name} changed");
            Ok(())
        }
        UserCommand::Disable { name } => {
            let name = username(&name)?;
            store.set_disabled(&name, true).await?;
            println!("user {name} disabled");
            Ok(())
        }
        UserCommand::Enable { name } => {
            let name = username(&name)?;
            store.set_disabled(&name, false).await?;
            println!("user {name} enabled");
            Ok(())
        }
        UserCommand::List => {
            for account in store.users().await? {
                let roles = if account.admin {
                    "admin".to_owned()
                } else {
                    account
                        .memberships
                        .iter()
                        .map(|m| format!("{} of {}", m.role, m.site))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let state = if account.disabled { " (disabled)" } else { "" };
                println!("{}\t{roles}{state}", account.name);
            }
            Ok(())
        }
    };
    store.close().await;
    done
}

fn username(name: &str) -> anyhow::Result<Username> {
    Ok(name.parse()?)
}

async fn add(
    store: &dyn Store,
    name: &str,
    role: RoleChoice,
    sites: &[String],
) -> anyhow::Result<()> {
    let name = username(name)?;
    let sites = sites
        .iter()
        .map(|s| s.parse::<Slug>().with_context(|| format!("--site {s}")))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let role = match role {
        RoleChoice::Admin => Role::Admin,
        RoleChoice::Editor => Role::Editor,
        RoleChoice::Viewer => Role::Viewer,
    };
    // The rule is the core's; the words name this command's flags.
    let account = Account::new(name.clone(), role, sites, String::new()).map_err(|e| match e {
        CoreError::AdminWithSites => {
            anyhow::anyhow!("--role admin works on every site: leave out --site")
        }
        CoreError::MemberWithoutSites(role) => {
            anyhow::anyhow!("an {role} needs at least one --site SLUG")
        }
        other => other.into(),
    })?;
    let account = Account {
        password_hash: new_password_hash(&read_password()?)?,
        ..account
    };
    store.add_user(&account, None).await?;
    println!("user {name} added");
    Ok(())
}

/// Checks the password's rules, then hashes it with a fresh random salt.
fn new_password_hash(password: &str) -> anyhow::Result<String> {
    check_new_password(password)?;
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    Ok(hash_password(password, &salt)?)
}

/// The password from `COOKIEWARDEN_PASSWORD`, else the first line of standard input when it is
/// not a terminal (`echo … | cookiewarden user add`), else asked twice without echo.
fn read_password() -> anyhow::Result<String> {
    if let Ok(password) = std::env::var(PASSWORD_VARIABLE) {
        return Ok(password);
    }
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        let mut line = String::new();
        stdin
            .read_line(&mut line)
            .context("cannot read the password from standard input")?;
        let password = line.trim_end_matches(['\n', '\r']).to_owned();
        if password.is_empty() {
            bail!("no password: set {PASSWORD_VARIABLE} or write it on standard input");
        }
        return Ok(password);
    }
    let first = rpassword::prompt_password("Password: ")?;
    let second = rpassword::prompt_password("Password again: ")?;
    if first != second {
        bail!("the two passwords differ");
    }
    Ok(first)
}

/// `serve --demo`: the administrator `admin` with a new random password at each start, printed
/// so whoever started the demo can log in.
pub(crate) async fn demo_admin(store: &dyn Store) -> anyhow::Result<(String, String)> {
    let mut secret = [0u8; 12];
    getrandom::fill(&mut secret).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    let password = hex::encode(secret);
    let hash = new_password_hash(&password)?;
    let name = username(DEMO_ADMIN)?;
    // Added, or, when it exists (from an earlier start, or another node starting at the same
    // time on the same database), given this start's password: safe to run side by side.
    let added = store
        .add_user(
            &Account {
                name: name.clone(),
                admin: true,
                memberships: Vec::new(),
                disabled: false,
                password_hash: hash.clone(),
            },
            None,
        )
        .await;
    match added {
        Ok(()) => {}
        Err(cookiewarden_store::Error::UserExists(_)) => {
            store.set_password(&name, &hash).await?;
            store.set_disabled(&name, false).await?;
        }
        Err(error) => return Err(error.into()),
    }
    Ok((DEMO_ADMIN.to_owned(), password))
}
