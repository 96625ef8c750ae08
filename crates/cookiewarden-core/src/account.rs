//! People who run cookiewarden: their names, roles and password hashes. Hashing is Argon2id
//! with the caller's random salt, so this module stays free of I/O.

use std::fmt;
use std::str::FromStr;

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

use crate::{Error, Slug};

/// What a user may do: an admin everything, on every site; an editor changes the sites they
/// are a member of; a viewer only reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Every site, the users, the settings.
    Admin,
    /// Reads and changes the sites they are a member of.
    Editor,
    /// Reads the sites they are a member of.
    Viewer,
}

impl Role {
    /// The name used in commands, the database and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Editor => "editor",
            Role::Viewer => "viewer",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "admin" => Ok(Role::Admin),
            "editor" => Ok(Role::Editor),
            "viewer" => Ok(Role::Viewer),
            other => Err(Error::UnknownRole(other.to_owned())),
        }
    }
}

/// A login name: 1 to 64 characters among lowercase letters, digits, `.`, `_`, `-` and `@`
/// (an e-mail address fits), so it is safe in URLs, logs and audit lines as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Username(String);

impl Username {
    /// The name as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for Username {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let valid = (1..=64).contains(&s.len())
            && s.bytes().all(|b| {
                b.is_ascii_lowercase()
                    || b.is_ascii_digit()
                    || matches!(b, b'.' | b'_' | b'-' | b'@')
            });
        if valid {
            Ok(Username(s.to_owned()))
        } else {
            Err(Error::InvalidUsername(s.to_owned()))
        }
    }
}

/// A user's role on one site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    /// The site.
    pub site: Slug,
    /// Editor or viewer.
    pub role: Role,
}

/// A user as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// The login name.
    pub name: Username,
    /// Whether the user administers everything (members get their roles from `memberships`).
    pub admin: bool,
    /// The sites the user is a member of, by slug.
    pub memberships: Vec<Membership>,
    /// A disabled user cannot log in; their past actions stay attributed to them.
    pub disabled: bool,
    /// The Argon2id hash, as a PHC string.
    pub password_hash: String,
}

impl Account {
    /// A new, enabled user with `role`: an admin on every site (so `sites` must be empty), an
    /// editor or viewer of at least one of `sites`.
    pub fn new(
        name: Username,
        role: Role,
        sites: Vec<Slug>,
        password_hash: String,
    ) -> Result<Account, Error> {
        let memberships = match role {
            Role::Admin if !sites.is_empty() => return Err(Error::AdminWithSites),
            Role::Admin => Vec::new(),
            _ if sites.is_empty() => return Err(Error::MemberWithoutSites(role)),
            _ => sites
                .into_iter()
                .map(|site| Membership { site, role })
                .collect(),
        };
        Ok(Account {
            name,
            admin: role == Role::Admin,
            memberships,
            disabled: false,
            password_hash,
        })
    }

    /// The user's role on `site`, if any: admins have [`Role::Admin`] everywhere.
    pub fn role_on(&self, site: &Slug) -> Option<Role> {
        if self.admin {
            return Some(Role::Admin);
        }
        self.memberships
            .iter()
            .find(|m| &m.site == site)
            .map(|m| m.role)
    }
}

/// The shortest password accepted. Length matters more than composition rules (NIST SP
/// 800-63B §3.1.1.2).
pub const MIN_PASSWORD_CHARS: usize = 10;

/// Longer passwords are refused so hashing cannot be used to burn the server's time.
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// Checks a new password's length, naming the rule it breaks.
pub fn check_new_password(password: &str) -> Result<(), Error> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(Error::WeakPassword(format!(
            "a password has at least {MIN_PASSWORD_CHARS} characters"
        )));
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(Error::WeakPassword(format!(
            "a password has at most {MAX_PASSWORD_BYTES} bytes"
        )));
    }
    Ok(())
}

/// Hashes a password with Argon2id (version 19, 19 MiB, 2 passes, 1 lane: the parameters OWASP
/// recommends) and a 16-byte random `salt` from the caller; the PHC string names them all, so
/// stronger parameters later still verify old hashes.
pub fn hash_password(password: &str, salt: &[u8; 16]) -> Result<String, Error> {
    Argon2::default()
        .hash_password_with_salt(password.as_bytes(), salt)
        .map(|hash| hash.to_string())
        .map_err(|e| Error::WeakPassword(e.to_string()))
}

/// Whether `password` matches a stored PHC hash; a malformed hash never matches.
pub fn verify_password(password: &str, hash: &str) -> bool {
    password.len() <= MAX_PASSWORD_BYTES
        && Argon2::default()
            .verify_password(password.as_bytes(), hash)
            .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_admin_has_no_sites_and_a_member_at_least_one() {
        let name = |n: &str| n.parse::<Username>().unwrap();
        let shop: Slug = "shop".parse().unwrap();
        let admin = Account::new(name("root"), Role::Admin, vec![], "h".into()).unwrap();
        assert!(admin.admin && admin.memberships.is_empty() && !admin.disabled);
        let editor = Account::new(name("ed"), Role::Editor, vec![shop.clone()], "h".into());
        assert_eq!(editor.unwrap().role_on(&shop), Some(Role::Editor));
        assert_eq!(
            Account::new(name("root"), Role::Admin, vec![shop], "h".into()),
            Err(Error::AdminWithSites)
        );
        assert_eq!(
            Account::new(name("v"), Role::Viewer, vec![], "h".into()),
            Err(Error::MemberWithoutSites(Role::Viewer))
        );
    }

    #[test]
    fn roles_and_names_are_read_strictly_and_named_when_wrong() {
        assert_eq!("editor".parse::<Role>().unwrap(), Role::Editor);
        assert_eq!(
            "Admin".parse::<Role>().unwrap_err().to_string(),
            "unknown role `Admin`: expected admin, editor or viewer"
        );
        assert!("ops@example.org".parse::<Username>().is_ok());
        for bad in ["", "Alice", "a b", "x/y", &"a".repeat(65)] {
            let error = bad.parse::<Username>().unwrap_err().to_string();
            assert!(error.contains(&format!("`{bad}`")), "{error}");
        }
    }

    #[test]
    fn a_hash_verifies_its_password_only_and_is_argon2id() {
        let hash = hash_password("correct horse battery", &[7; 16]).unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("correct horse batterY", &hash));
        assert!(!verify_password("correct horse battery", "not a hash"));
        assert_ne!(
            hash,
            hash_password("correct horse battery", &[8; 16]).unwrap()
        );
    }

    #[test]
    fn short_and_huge_passwords_are_refused() {
        assert!(check_new_password("short").is_err());
        assert!(check_new_password(&"x".repeat(MAX_PASSWORD_BYTES + 1)).is_err());
        assert!(check_new_password("ten chars!").is_ok());
    }

    #[test]
    fn admins_have_every_site_members_their_own() {
        let shop: Slug = "shop".parse().unwrap();
        let portal: Slug = "portal".parse().unwrap();
        let mut account = Account {
            name: "eve".parse().unwrap(),
            admin: false,
            memberships: vec![Membership {
                site: shop.clone(),
                role: Role::Viewer,
            }],
            disabled: false,
            password_hash: String::new(),
        };
        assert_eq!(account.role_on(&shop), Some(Role::Viewer));
        assert_eq!(account.role_on(&portal), None);
        account.admin = true;
        assert_eq!(account.role_on(&portal), Some(Role::Admin));
    }
}
