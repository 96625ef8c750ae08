//! A site's consent log for its members: filtered by day, method and consent id, with the
//! CSV export of every matching record and its hashes.

use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use cookiewarden_core::{Category, ConsentMethod, ConsentRecord, ExportedRecord};
use minijinja::context;
use serde::Serialize;

use crate::admin::extract::SiteMember;
use crate::admin::page::Frame;
use crate::http::request::no_store;
use crate::ops::consents::LogQuery;
use crate::view::view;
use crate::{App, Error};

/// Rows shown on the consent log page; the CSV export has them all.
const LOG_PAGE_ROWS: usize = 500;

#[derive(Serialize)]
struct LogRow {
    time: String,
    consent_id: String,
    method: &'static str,
    granted: String,
    language: String,
}

/// `GET /admin/sites/{slug}/consents`: the site's consent records, filtered by day, method and
/// consent id, for any member of the site; `?format=csv` downloads them all.
pub(crate) async fn consent_log(
    State(app): State<App>,
    SiteMember { definition, .. }: SiteMember,
    frame: Frame,
    Query(query): Query<LogQuery>,
) -> Result<Response, Error> {
    let _slug = definition.site.slug.to_string();
    let translations = app.pages.translations();
    let language = frame
        .hints
        .choose(&translations.languages(), translations.default_language());
    let filter = match query.filter() {
        Ok(filter) => filter,
        Err(value) => {
            let args = fluent_bundle::FluentArgs::from_iter([("value", value)]);
            let message = translations.message(&language, "admin-bad-filter", Some(&args));
            return Ok((StatusCode::BAD_REQUEST, message).into_response());
        }
    };
    let records: Vec<ConsentRecord> = app
        .store
        .consent_records(&definition.site.slug)
        .await?
        .into_iter()
        .filter(|r| filter.keeps(r))
        .collect();
    if query.format == "csv" {
        let mut out = csv::Writer::from_writer(Vec::new());
        for record in &records {
            if out.serialize(ExportedRecord::from(record)).is_err() {
                return Err(Error::Export);
            }
        }
        let body = out.into_inner().map_err(|_| Error::Export)?;
        let disposition = format!(
            "attachment; filename=\"consents-{}.csv\"",
            definition.site.slug
        );
        let mut response =
            ([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], body).into_response();
        if let Ok(value) = HeaderValue::from_str(&disposition) {
            response
                .headers_mut()
                .insert(header::CONTENT_DISPOSITION, value);
        }
        return Ok(no_store(response));
    }
    let rows: Vec<LogRow> = records
        .iter()
        .rev()
        .take(LOG_PAGE_ROWS)
        .map(|r| {
            let c = &r.consent;
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
                time: time::OffsetDateTime::from_unix_timestamp(c.recorded_at_ms / 1000)
                    .ok()
                    .and_then(|t| {
                        t.format(&time::format_description::well_known::Rfc3339)
                            .ok()
                    })
                    .unwrap_or_default(),
                consent_id: c.consent_id.to_string(),
                method: c.method.as_str(),
                granted: if granted.is_empty() {
                    "—".to_owned()
                } else {
                    granted.join(", ")
                },
                language: c.language.to_string(),
            }
        })
        .collect();
    let csv_query = serde_urlencoded::to_string(&query).unwrap_or_default();
    frame.render(
        &app,
        "admin_consents.html",
        StatusCode::OK,
        context! {
            site_name => &definition.site.name,
            rows => view(&rows),
            total => records.len(),
            filters => view(&query),
            methods => ConsentMethod::ALL.map(ConsentMethod::as_str).to_vec(),
            csv_url => format!("{}?{csv_query}&format=csv", frame.uri.path()),
        },
    )
}
