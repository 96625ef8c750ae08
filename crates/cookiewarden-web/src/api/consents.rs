//! A site's consent records and statistics through the API.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use cookiewarden_core::ExportedRecord;
use cookiewarden_store::ConsentPage;
use serde::Deserialize;
use utoipa::IntoParams;

use crate::App;
use crate::api::extract::{ApiError, Authenticated, Params, Problem};
use crate::ops::consents::LogQuery;
use crate::ops::statistics::{StatisticsBody, StatisticsQuery, statistics};

/// At most this many records per call; `limit` asks for fewer.
const MAX_CONSENTS: i64 = 10_000;

/// Filters of the consent records.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ConsentQuery {
    /// The first day, `YYYY-MM-DD` (UTC).
    #[serde(default)]
    #[param(format = Date)]
    from: String,
    /// The last day, `YYYY-MM-DD` (UTC), included.
    #[serde(default)]
    #[param(format = Date)]
    to: String,
    /// `accept_all`, `reject_all`, `custom`, `close`, `gpc` or `withdraw`.
    #[serde(default)]
    #[param(pattern = "^(accept_all|reject_all|custom|close|gpc|withdraw)$")]
    method: String,
    /// One visitor's consent id.
    #[serde(default)]
    consent_id: String,
    /// How many of the newest matching records to return (at most 10,000).
    #[param(minimum = 1, maximum = 10000)]
    limit: Option<i64>,
    /// Only records before this sequence number: the `sequence` of the first record of the
    /// previous answer, to page back through the log.
    #[param(minimum = 1)]
    before: Option<i64>,
}

/// A site's consent records, oldest first, with the hashes that chain them.
#[utoipa::path(
    get,
    path = "/api/v1/sites/{slug}/consents",
    tag = "consents",
    params(("slug" = String, Path, description = "The site's slug"), ConsentQuery),
    responses(
        (status = 200, description = "The matching records", body = [ExportedRecord]),
        (status = 400, description = "A filter that is not one", body = Problem),
        (status = 401, description = "No valid token or session", body = Problem),
        (status = 404, description = "No such site, or not one of the caller's", body = Problem),
    )
)]
pub(crate) async fn list_consents(
    State(app): State<App>,
    Path(slug): Path<String>,
    Params(query): Params<ConsentQuery>,
    who: Authenticated,
) -> Result<Response, ApiError> {
    let (definition, _) = who.site(&app, &slug).await?;
    let filter = LogQuery::new(query.from, query.to, query.method, query.consent_id)
        .filter()
        .map_err(|value| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                format!("`{value}` is not a filter value"),
            )
        })?;
    let limit = match query.limit {
        None => MAX_CONSENTS,
        Some(limit @ 1..=MAX_CONSENTS) => limit,
        Some(other) => {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                format!("limit is between 1 and {MAX_CONSENTS}, not {other}"),
            ));
        }
    };
    if query.before.is_some_and(|before| before < 1) {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "before is a sequence number, from 1".to_owned(),
        ));
    }
    let mut newest = app
        .store
        .consent_page(
            &definition.site.slug,
            &filter,
            ConsentPage::Older(query.before),
            limit,
        )
        .await?;
    newest.reverse();
    let exported: Vec<ExportedRecord<'_>> = newest.iter().map(ExportedRecord::from).collect();
    Ok(Json(exported).into_response())
}

/// A site's audience and consent statistics over a range of days (30 days to today unless
/// asked): the same numbers as the dashboard.
#[utoipa::path(
    get,
    path = "/api/v1/sites/{slug}/statistics",
    tag = "statistics",
    params(("slug" = String, Path, description = "The site's slug"), StatisticsQuery),
    responses(
        (status = 200, description = "The statistics", body = StatisticsBody),
        (status = 400, description = "A range that is not one", body = Problem),
        (status = 401, description = "No valid token or session", body = Problem),
        (status = 404, description = "No such site, or not one of the caller's", body = Problem),
    )
)]
pub(crate) async fn site_statistics(
    State(app): State<App>,
    Path(slug): Path<String>,
    Params(query): Params<StatisticsQuery>,
    who: Authenticated,
) -> Result<Json<StatisticsBody>, ApiError> {
    let (definition, _) = who.site(&app, &slug).await?;
    let days = query
        .days()
        .map_err(|message| ApiError::new(StatusCode::BAD_REQUEST, message))?;
    Ok(Json(statistics(&app, &definition, days).await?))
}
