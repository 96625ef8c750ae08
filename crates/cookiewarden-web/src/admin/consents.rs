//! A site's consent log for its members: filtered by day, method and consent id, paged through
//! the store by sequence number, with the CSV export of every matching record and its hashes
//! streamed page by page.

use axum::body::{Body, Bytes};
use axum::extract::{Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use cookiewarden_core::{Category, ConsentMethod, ConsentRecord, ExportedRecord, Slug};
use cookiewarden_store::{ConsentFilter, ConsentPage};
use futures::StreamExt;
use minijinja::context;
use serde::{Deserialize, Serialize};

use crate::admin::extract::SiteMember;
use crate::admin::page::Frame;
use crate::admin::table::cursor;
use crate::http::request::no_store;
use crate::ops::consents::LogQuery;
use crate::view::{rfc3339, view};
use crate::{App, Error};

/// Rows on one page of the consent log.
const LOG_PAGE_ROWS: i64 = 50;

/// Records read from the store per chunk of the CSV export.
const EXPORT_CHUNK: i64 = 1000;

/// Where a page starts: the query string's cursor, and which end is shown first. The cursors
/// are read as text and checked here, so a bad one gets the log's own translated refusal.
#[derive(Deserialize, Default)]
pub(crate) struct Cursor {
    /// Records before this sequence number (the next page towards the oldest).
    #[serde(default)]
    before: String,
    /// Records after this sequence number (the next page towards the newest).
    #[serde(default)]
    after: String,
    /// `oldest` to read from the first record on; the newest first otherwise.
    #[serde(default)]
    order: String,
}

impl Cursor {
    /// The page asked for, or the value that is not a sequence number.
    fn page(&self) -> Result<ConsentPage, String> {
        Ok(match (cursor(&self.before)?, cursor(&self.after)?) {
            (Some(before), _) => ConsentPage::Older(Some(before)),
            (None, Some(after)) => ConsentPage::Newer(Some(after)),
            (None, None) if self.order == "oldest" => ConsentPage::Newer(None),
            (None, None) => ConsentPage::Older(None),
        })
    }
}

#[derive(Serialize)]
struct LogRow {
    time: String,
    consent_id: String,
    method: &'static str,
    granted: String,
    language: String,
    /// Where the visitor was and which rules applied, with "GPC" when the browser sent it;
    /// empty for records made before regions were kept.
    rules: String,
}

impl LogRow {
    fn of(record: &ConsentRecord) -> LogRow {
        let c = &record.consent;
        let granted: Vec<&str> = [
            Category::Preferences,
            Category::Statistics,
            Category::Marketing,
        ]
        .into_iter()
        .filter(|category| c.choices.granted(*category))
        .map(Category::as_str)
        .collect();
        LogRow {
            time: rfc3339(c.recorded_at_ms / 1000),
            consent_id: c.consent_id.to_string(),
            method: c.method.as_str(),
            granted: if granted.is_empty() {
                "—".to_owned()
            } else {
                granted.join(", ")
            },
            language: c.language.to_string(),
            rules: [
                c.region.as_ref().map(ToString::to_string),
                c.rule_set.map(|r| r.as_str().to_owned()),
                c.gpc.then(|| "GPC".to_owned()),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · "),
        }
    }
}

/// `GET /admin/sites/{slug}/consents`: one page of the site's consent records, filtered by
/// day, method and consent id, for any member of the site; `?format=csv` downloads them all.
pub(crate) async fn consent_log(
    State(app): State<App>,
    SiteMember {
        account,
        definition,
        ..
    }: SiteMember,
    frame: Frame,
    Query(query): Query<LogQuery>,
    Query(cursor): Query<Cursor>,
) -> Result<Response, Error> {
    let slug = definition.site.slug;
    let asked = query
        .filter()
        .and_then(|filter| Ok((filter, cursor.page()?)));
    let (filter, page) = match asked {
        Ok(asked) => asked,
        Err(value) => return Ok(frame.bad_value(&app, value)),
    };
    if query.format == "csv" {
        return export(app, slug, filter).await;
    }
    let oldest_first = cursor.order == "oldest";
    // The cursor says which way to read; the order says which end the first page shows. One
    // more row than shown tells whether a page lies beyond.
    let mut records = app
        .store
        .consent_page(&slug, &filter, page, LOG_PAGE_ROWS + 1)
        .await?;
    let beyond = records.len() > usize::try_from(LOG_PAGE_ROWS).unwrap_or(usize::MAX);
    records.truncate(usize::try_from(LOG_PAGE_ROWS).unwrap_or(usize::MAX));
    let (more_older, more_newer) = match page {
        ConsentPage::Older(before) => (beyond, before.is_some()),
        ConsentPage::Newer(after) => (after.is_some(), beyond),
    };
    let newest_first_read = matches!(page, ConsentPage::Older(_));
    if newest_first_read == oldest_first {
        records.reverse();
    }
    let total = app.store.count_consents(&slug, &filter).await?;
    let lowest = records.iter().map(|r| r.sequence).min();
    let highest = records.iter().map(|r| r.sequence).max();
    let filters = serde_urlencoded::to_string(&query).unwrap_or_default();
    let order = if oldest_first { "&order=oldest" } else { "" };
    let here = frame.uri.path();
    let rows: Vec<LogRow> = records.iter().map(LogRow::of).collect();
    frame.page(
        &app,
        &account,
        "admin_consents.html",
        context! {
            site_name => &definition.site.name,
            slug => slug.as_str(),
            section => "consents",
            rows => view(&rows),
            total => total,
            filters => view(&query),
            oldest_first => oldest_first,
            methods => ConsentMethod::ALL.map(ConsentMethod::as_str).to_vec(),
            csv_url => format!("{here}?{filters}&format=csv"),
            order_url => format!(
                "{here}?{filters}{}",
                if oldest_first { "" } else { "&order=oldest" }
            ),
            older_url => lowest
                .filter(|_| more_older)
                .map(|s| format!("{here}?{filters}{order}&before={s}")),
            newer_url => highest
                .filter(|_| more_newer)
                .map(|s| format!("{here}?{filters}{order}&after={s}")),
        },
    )
}

/// The CSV download of every record `filter` keeps, oldest first, read from the store a chunk
/// at a time while it is sent: memory stays that of one chunk whatever the ledger's size. The
/// first chunk is read before answering, so a store that is down gets its 503; the export ends
/// at the newest record there was when it began, which `Cookiewarden-Last-Sequence` names, so
/// a download cut short by a later failure (logged) can be told from a complete one.
async fn export(app: App, slug: Slug, filter: ConsentFilter) -> Result<Response, Error> {
    let last = app
        .store
        .consent_page(&slug, &filter, ConsentPage::Older(None), 1)
        .await?
        .first()
        .map_or(0, |newest| newest.sequence);
    let first = chunk(&app, &slug, &filter, None, last).await?;
    let disposition = format!("attachment; filename=\"consents-{slug}.csv\"");
    let rest = futures::stream::try_unfold(first.1, move |next| {
        let (app, slug, filter) = (app.clone(), slug.clone(), filter.clone());
        async move {
            let Some(after) = next else {
                return Ok(None);
            };
            chunk(&app, &slug, &filter, Some(after), last)
                .await
                .inspect_err(|error| tracing::error!(%error, %slug, "consent export stopped"))
                .map(Some)
        }
    });
    let body = futures::stream::once(async move { Ok::<_, Error>(first.0) }).chain(rest);
    let mut response = (
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8")],
        Body::from_stream(body),
    )
        .into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert("cookiewarden-last-sequence", HeaderValue::from(last));
    Ok(no_store(response))
}

/// One chunk of the export: the records after `after` up to `last`, as CSV (with the header
/// line when it is the first), and where the next chunk starts (`None`: this was the last).
async fn chunk(
    app: &App,
    slug: &Slug,
    filter: &ConsentFilter,
    after: Option<i64>,
    last: i64,
) -> Result<(Bytes, Option<i64>), Error> {
    let mut records = app
        .store
        .consent_page(slug, filter, ConsentPage::Newer(after), EXPORT_CHUNK)
        .await?;
    // A short chunk is the last; the cursor is the chunk's last record, whichever order the
    // filter reads in. Records appended since the export began are left out.
    let full = i64::try_from(records.len()).is_ok_and(|n| n == EXPORT_CHUNK);
    let next = records.last().map(|r| r.sequence).filter(|_| full);
    records.retain(|r| r.sequence <= last);
    let mut out = csv::WriterBuilder::new()
        .has_headers(after.is_none())
        .from_writer(Vec::new());
    for record in &records {
        out.serialize(ExportedRecord::from(record))
            .map_err(|_| Error::Export)?;
    }
    let bytes = out.into_inner().map_err(|_| Error::Export)?;
    Ok((Bytes::from(bytes), next))
}
