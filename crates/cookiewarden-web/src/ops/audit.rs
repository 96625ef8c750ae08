//! Audit entries: who changed what, with the state before and after.

use cookiewarden_core::Account;
use cookiewarden_store::AuditEntry;

use crate::ops::now_ms;

pub(crate) fn audit_entry(
    account: &Account,
    action: &str,
    target: String,
    before: Option<String>,
    after: Option<String>,
) -> AuditEntry {
    AuditEntry {
        at_ms: now_ms(),
        actor: account.name.to_string(),
        action: action.to_owned(),
        target,
        before,
        after,
    }
}
