//! What the audit log records: every change made through the back office or the API has one
//! of these actions, so the log's vocabulary is closed and the same for both.

/// A change recorded in the audit log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    /// A new site.
    SiteCreate,
    /// A site replaced as a whole (through the API).
    SiteUpdate,
    /// A site's settings changed.
    SiteSettings,
    /// A site's own banner and policy texts changed.
    SiteTexts,
    /// A cookie declared.
    CookieAdd,
    /// A declaration changed in place.
    CookieUpdate,
    /// A declaration removed.
    CookieDelete,
    /// A service added to a site's list.
    ServiceAdd,
    /// A service taken off a site's list.
    ServiceRemove,
    /// A new user.
    UserCreate,
    /// A user disabled (their sessions end, their tokens stop working).
    UserDisable,
    /// A user enabled again.
    UserEnable,
    /// An API token made.
    TokenCreate,
    /// An API token revoked.
    TokenRevoke,
}

impl AuditAction {
    /// The action as the log stores it: stable, since old entries keep it.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::SiteCreate => "site.create",
            AuditAction::SiteUpdate => "site.update",
            AuditAction::SiteSettings => "site.settings",
            AuditAction::SiteTexts => "site.texts",
            AuditAction::CookieAdd => "cookie.add",
            AuditAction::CookieUpdate => "cookie.update",
            AuditAction::CookieDelete => "cookie.delete",
            AuditAction::ServiceAdd => "service.add",
            AuditAction::ServiceRemove => "service.remove",
            AuditAction::UserCreate => "user.create",
            AuditAction::UserDisable => "user.disable",
            AuditAction::UserEnable => "user.enable",
            AuditAction::TokenCreate => "token.create",
            AuditAction::TokenRevoke => "token.revoke",
        }
    }
}

impl std::fmt::Display for AuditAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
