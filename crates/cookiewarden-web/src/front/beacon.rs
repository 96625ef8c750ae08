//! The statistics beacon: one page view per call from the banner script, counted without any
//! cookie and without asking (the measurement is exempt from consent), unless the visitor
//! opted out, in which case the script sends nothing. Robots, broken paths and floods count as
//! nothing and get a cheap answer; a slow database never slows the page (the view is queued).

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{Extensions, HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use cookiewarden_core::SiteDefinition;
use cookiewarden_stats::{Beacon, Ignored, Outcome, Sender};

use crate::http::origin::{allow_origin, check_origin};
use crate::http::request::client_address;
use crate::ops::now_ms;
use crate::{App, Error};

/// How long a site read for the beacon is reused: a beacon comes with every page view, the
/// site changes rarely.
const BEACON_SITE_FRESHNESS: Duration = Duration::from_secs(2);

/// The hosts of a site's own pages: its declared origins and the host the beacon came to.
fn own_hosts(definition: &SiteDefinition, headers: &HeaderMap) -> Vec<String> {
    let host_of = |authority: &str| authority.split(':').next().unwrap_or_default().to_owned();
    definition
        .site
        .origins
        .iter()
        .filter_map(|origin| origin.split("://").nth(1).map(host_of))
        .chain(
            headers
                .get(header::HOST)
                .and_then(|v| v.to_str().ok())
                .map(host_of),
        )
        .collect()
}

/// `POST /sites/{slug}/hit` (and `/_cookiewarden/hit` on the site's origin): a page view, as
/// JSON `{"p": path, "r": referrer, "l": language}` (sent as text by `navigator.sendBeacon`).
/// 204 when counted or ignored (robots are not told), 400 for a body or path that is not one,
/// 403 from an origin the site does not declare, 404 for an unknown site, 429 for a flood.
pub(crate) async fn receive(
    State(app): State<App>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    extensions: Extensions,
    body: Bytes,
) -> Result<Response, Error> {
    let Some(definition) = app.sites.read(&app, &slug, BEACON_SITE_FRESHNESS).await? else {
        return Ok((StatusCode::NOT_FOUND, "no such site\n").into_response());
    };
    let Ok(origin) = check_origin(&app, &headers, &definition) else {
        return Ok((StatusCode::FORBIDDEN, "not an origin of this site\n").into_response());
    };
    let Ok(beacon) = serde_json::from_slice::<Beacon>(&body) else {
        let mut response = (
            StatusCode::BAD_REQUEST,
            "expected {\"p\": path, \"r\": referrer, \"l\": language}\n",
        )
            .into_response();
        allow_origin(&mut response, origin);
        return Ok(response);
    };
    let sender = Sender {
        user_agent: headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default(),
        address: client_address(&app, &headers, &extensions)
            .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED)),
        own_hosts: &own_hosts(&definition, &headers),
        kept_query: &definition.site.statistics_query,
        cookie_ids: definition.site.statistics_cookie,
    };
    let outcome = app
        .config
        .collector
        .collect(&definition.site.slug, &beacon, sender, now_ms())
        .await?;
    let mut response = match outcome {
        Outcome::Counted | Outcome::Busy | Outcome::Ignored(Ignored::Robot) => {
            StatusCode::NO_CONTENT.into_response()
        }
        Outcome::Ignored(Ignored::BadPath) => {
            (StatusCode::BAD_REQUEST, "not a path\n").into_response()
        }
        Outcome::Flooding => {
            let mut response =
                (StatusCode::TOO_MANY_REQUESTS, "too many page views\n").into_response();
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
            response
        }
    };
    allow_origin(&mut response, origin);
    Ok(response)
}
