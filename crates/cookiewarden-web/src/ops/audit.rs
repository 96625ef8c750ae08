//! Audit entries: who changed what, with the state before and after.

use cookiewarden_core::AuditAction;
use cookiewarden_store::AuditEntry;

use crate::ops::now_ms;

/// An entry for `action` by `actor` (a user, and the token when one was used) on `target`
/// (`site:shop`, `user:eve`), with the states before and after as JSON.
pub(crate) fn entry(
    actor: String,
    action: AuditAction,
    target: String,
    before: Option<String>,
    after: Option<String>,
) -> AuditEntry {
    AuditEntry {
        at_ms: now_ms(),
        actor,
        action: action.as_str().to_owned(),
        target,
        before,
        after,
    }
}
