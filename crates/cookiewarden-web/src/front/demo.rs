//! The demo: a page of a made-up shop with its banner, a tracker and a video that wait for
//! consent.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use minijinja::context;

use crate::front::extract::VisitedSite;
use crate::ops::random_bytes;
use crate::view::html_page;
use crate::{App, Error};

/// The host that stands in for a third party on the demo page: `localhost` and `127.0.0.1`
/// are different sites to a browser, so one server plays both without any outside request.
/// The origin goes into the page's CSP, so only a plain host name and port taken from `Host`
/// are used: a `Host` carrying `;` or spaces would write directives of its own.
fn third_party_origin(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("127.0.0.1");
    let (name, port) = host.rsplit_once(':').map_or((host, ""), |(n, p)| (n, p));
    let plain_name = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    let plain_port = port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit());
    let (name, port) = if plain_name && plain_port {
        (name, port)
    } else {
        ("127.0.0.1", "")
    };
    let other = if name == "localhost" {
        "127.0.0.1"
    } else {
        "localhost"
    };
    if port.is_empty() {
        format!("http://{other}")
    } else {
        format!("http://{other}:{port}")
    }
}

/// `GET /demo/{slug}`: a page of the site with the banner, a gated statistics script and a
/// gated third-party video, all served by this process.
pub(crate) async fn demo(
    State(app): State<App>,
    VisitedSite {
        definition,
        language,
        uri,
        ..
    }: VisitedSite,
    headers: HeaderMap,
) -> Result<Response, Error> {
    let nonce = hex::encode(random_bytes()?);
    let third_party = third_party_origin(&headers);
    let html = app.pages.render(
        "demo.html",
        &language,
        uri.path(),
        context! {
            site_name => &definition.site.name,
            slug => definition.site.slug.as_str(),
            nonce => &nonce,
            third_party => &third_party,
        },
    )?;
    let mut response = html_page(StatusCode::OK, &language, html);
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}'; frame-src {third_party}; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"
    );
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
    Ok(response)
}

/// `GET /demo/assets/stats.js`: stands for an audience-measurement script.
pub(crate) async fn demo_stats() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("../../assets/demo-stats.js"),
    )
        .into_response()
}

/// `GET /demo/third-party/video`: stands for an embedded video player that sets its own
/// tracking cookie, served on the other host name so the browser treats it as a third party.
pub(crate) async fn demo_video() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::SET_COOKIE, "YSC=demo; Path=/; SameSite=Lax"),
            (header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'unsafe-inline'"),
        ],
        "<!doctype html><html lang=\"en\"><title>Product video</title>\
         <body style=\"margin:0;display:grid;place-items:center;height:100vh;background:#111;color:#fff;font:1.2rem sans-serif\">\
         <p id=\"video\">&#9654; Product video (stand-in for a third-party player)</p></body></html>",
    )
        .into_response()
}
