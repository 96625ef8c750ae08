//! API tokens and what a caller may do. A script calls the JSON API with a token; the token
//! acts for the user who created it, never beyond that user's roles, and only on the sites and
//! with the access its scope names. The same rules serve a browser session (no scope: the
//! user's roles as they are), so the API and the pages cannot disagree.

use std::fmt;
use std::str::FromStr;

use crate::{Account, Error, Role, Slug};

/// Whether a token may change things or only read them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// `GET` requests only.
    Read,
    /// Every request the user's roles allow.
    Write,
}

impl Access {
    /// The name used in forms, the database and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Access::Read => "read",
            Access::Write => "write",
        }
    }
}

impl fmt::Display for Access {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Access {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "read" => Ok(Access::Read),
            "write" => Ok(Access::Write),
            other => Err(Error::UnknownAccess(other.to_owned())),
        }
    }
}

/// The sites and access a token is limited to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenScope {
    /// The sites the token may touch; `None` for every site its user may touch, which is also
    /// what platform-wide operations (users, audit log, new sites) require.
    pub sites: Option<Vec<Slug>>,
    /// Read only, or read and write.
    pub access: Access,
}

impl TokenScope {
    /// Whether the scope names `site`.
    pub fn covers(&self, site: &Slug) -> bool {
        self.sites.as_ref().is_none_or(|sites| sites.contains(site))
    }
}

/// A token as stored: never the secret itself, which only its creator saw once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    /// A number that names the token in lists and in the audit log.
    pub id: i64,
    /// The user the token acts for.
    pub owner: crate::Username,
    /// What the user wrote to recognise it ("CI deploy").
    pub label: String,
    /// What it is limited to.
    pub scope: TokenScope,
    /// Seconds since the epoch.
    pub created_at: i64,
    /// Seconds since the epoch, at most a minute stale; `None` if never used.
    pub last_used_at: Option<i64>,
}

/// Who is calling and through what: a user, limited by a token's scope when the call carries
/// one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// The user.
    pub account: Account,
    /// The token's scope, or `None` for the user's own session.
    pub scope: Option<TokenScope>,
}

impl Caller {
    /// The caller's role on `site`: the user's role, `None` where the token's scope does not
    /// reach, and at most [`Role::Viewer`] through a read-only token.
    pub fn role_on(&self, site: &Slug) -> Option<Role> {
        let role = self.account.role_on(site)?;
        match &self.scope {
            None => Some(role),
            Some(scope) if !scope.covers(site) => None,
            Some(scope) if scope.access == Access::Read => Some(Role::Viewer),
            Some(_) => Some(role),
        }
    }

    /// Whether the caller may read (`write == false`) or change platform-wide things: the
    /// users, the audit log, new sites. Administrators only, through a token scoped to every
    /// site.
    pub fn administers(&self, write: bool) -> bool {
        self.account.admin
            && self.scope.as_ref().is_none_or(|scope| {
                scope.sites.is_none() && (!write || scope.access == Access::Write)
            })
    }

    /// How the audit log names the caller: the user, and the token when one was used.
    pub fn audit_name(&self, token_id: Option<i64>) -> String {
        match token_id {
            Some(id) => format!("{} (token {id})", self.account.name),
            None => self.account.name.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Membership, Username};

    fn slug(s: &str) -> Slug {
        s.parse().unwrap()
    }

    fn editor_of(site: &str) -> Account {
        Account {
            name: "ed".parse::<Username>().unwrap(),
            admin: false,
            memberships: vec![Membership {
                site: slug(site),
                role: Role::Editor,
            }],
            disabled: false,
            password_hash: String::new(),
        }
    }

    #[test]
    fn a_token_never_reaches_beyond_its_user_or_its_scope() {
        let session = Caller {
            account: editor_of("shop"),
            scope: None,
        };
        assert_eq!(session.role_on(&slug("shop")), Some(Role::Editor));
        assert_eq!(session.role_on(&slug("blog")), None);

        let everywhere = Caller {
            account: editor_of("shop"),
            scope: Some(TokenScope {
                sites: None,
                access: Access::Write,
            }),
        };
        assert_eq!(everywhere.role_on(&slug("shop")), Some(Role::Editor));
        assert_eq!(
            everywhere.role_on(&slug("blog")),
            None,
            "not the user's site"
        );

        let elsewhere = Caller {
            account: editor_of("shop"),
            scope: Some(TokenScope {
                sites: Some(vec![slug("blog")]),
                access: Access::Write,
            }),
        };
        assert_eq!(elsewhere.role_on(&slug("shop")), None, "not in the scope");

        let reader = Caller {
            account: editor_of("shop"),
            scope: Some(TokenScope {
                sites: Some(vec![slug("shop")]),
                access: Access::Read,
            }),
        };
        assert_eq!(reader.role_on(&slug("shop")), Some(Role::Viewer));
    }

    #[test]
    fn platform_wide_work_needs_an_administrator_and_a_token_for_every_site() {
        let mut admin = editor_of("shop");
        admin.admin = true;
        let with = |scope| Caller {
            account: admin.clone(),
            scope,
        };
        assert!(with(None).administers(true));
        let all_write = TokenScope {
            sites: None,
            access: Access::Write,
        };
        assert!(with(Some(all_write)).administers(true));
        let all_read = TokenScope {
            sites: None,
            access: Access::Read,
        };
        assert!(with(Some(all_read.clone())).administers(false));
        assert!(!with(Some(all_read)).administers(true));
        let one_site = TokenScope {
            sites: Some(vec![slug("shop")]),
            access: Access::Write,
        };
        assert!(!with(Some(one_site)).administers(false));
        let editor = Caller {
            account: editor_of("shop"),
            scope: None,
        };
        assert!(!editor.administers(false));
    }

    #[test]
    fn access_names_round_trip_and_others_are_refused() {
        for access in [Access::Read, Access::Write] {
            assert_eq!(access.as_str().parse::<Access>(), Ok(access));
        }
        assert_eq!(
            "admin".parse::<Access>(),
            Err(Error::UnknownAccess("admin".into()))
        );
    }
}
