//! The audit log, for administrators: the newest changes made in the back office and the API.

use axum::extract::State;
use axum::response::Response;
use minijinja::context;
use serde::Serialize;

use crate::admin::extract::Administrator;
use crate::admin::page::Frame;
use crate::view::{rfc3339, view};
use crate::{App, Error};

#[derive(Serialize)]
struct AuditRow {
    time: String,
    actor: String,
    action: String,
    target: String,
    before: String,
    after: String,
}

/// Rows of the audit log shown.
const AUDIT_PAGE_ROWS: i64 = 500;

/// `GET /admin/audit`: the newest changes made in the back office, for administrators.
pub(crate) async fn audit(
    State(app): State<App>,
    Administrator(account): Administrator,
    frame: Frame,
) -> Result<Response, Error> {
    let entries: Vec<AuditRow> = app
        .store
        .audit_log(AUDIT_PAGE_ROWS)
        .await?
        .into_iter()
        .map(|e| AuditRow {
            time: rfc3339(e.at_ms / 1000),
            actor: e.actor,
            action: e.action,
            target: e.target,
            before: e.before.unwrap_or_default(),
            after: e.after.unwrap_or_default(),
        })
        .collect();
    frame.page(
        &app,
        &account,
        "admin_audit.html",
        context! { section => "audit", entries => view(&entries) },
    )
}
