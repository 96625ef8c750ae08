//! The audit log, for administrators: the newest changes made in the back office and the API.

use axum::extract::{Query, State};
use axum::response::Response;
use minijinja::context;
use serde::{Deserialize, Serialize};

use crate::admin::extract::Administrator;
use crate::admin::page::Frame;
use crate::admin::table::cursor;
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

/// Rows on one page of the audit log.
const AUDIT_PAGE_ROWS: i64 = 100;

/// Where a page of the audit log starts.
#[derive(Deserialize, Default)]
pub(crate) struct AuditCursor {
    /// Entries before this number (the next page towards the oldest).
    #[serde(default)]
    before: String,
}

/// `GET /admin/audit?before=…`: the changes made in the back office and the API, newest first,
/// a hundred to a page, for administrators.
pub(crate) async fn audit(
    State(app): State<App>,
    Administrator(account): Administrator,
    frame: Frame,
    Query(asked): Query<AuditCursor>,
) -> Result<Response, Error> {
    let before = match cursor(&asked.before) {
        Ok(before) => before,
        Err(value) => return Ok(frame.bad_value(&app, value)),
    };
    let mut log = app.store.audit_log(before, AUDIT_PAGE_ROWS + 1).await?;
    let more = log.len() > usize::try_from(AUDIT_PAGE_ROWS).unwrap_or(usize::MAX);
    log.truncate(usize::try_from(AUDIT_PAGE_ROWS).unwrap_or(usize::MAX));
    let older_url = log
        .last()
        .filter(|_| more)
        .map(|(id, _)| format!("/admin/audit?before={id}"));
    let entries: Vec<AuditRow> = log
        .into_iter()
        .map(|(_, e)| AuditRow {
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
        context! {
            section => "audit",
            entries => view(&entries),
            older_url,
            newer => before.is_some(),
        },
    )
}
