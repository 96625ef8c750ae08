//! What every handler reads off a request: a cookie, whether it came over HTTPS, the client's
//! address, a safe place to go next; and the header that keeps private answers out of caches.

use std::net::SocketAddr;

use axum::extract::ConnectInfo;
use axum::http::{Extensions, HeaderMap, HeaderValue, header};
use axum::response::Response;
use cookie::Cookie;

use crate::App;

/// The value of cookie `name` in the request, if it was sent.
pub(crate) fn request_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse_encoded)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == name)
        .map(|cookie| cookie.value().to_owned())
}

/// Whether the visitor reached us over HTTPS, as far as we may believe.
pub(crate) fn is_https(app: &App, headers: &HeaderMap) -> bool {
    app.config.trust_forwarded_proto
        && headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|proto| proto.eq_ignore_ascii_case("https"))
}

/// Whether the browser sent Global Privacy Control: `Sec-GPC: 1`, and nothing else, as the
/// specification has it. The platform and the gateway read it here alike.
pub fn sends_gpc(headers: &HeaderMap) -> bool {
    headers
        .get("sec-gpc")
        .is_some_and(|value| value.as_bytes() == b"1")
}

/// The host the request was sent to, lowercase and without its port.
pub(crate) fn request_host(headers: &HeaderMap) -> Option<String> {
    let authority = headers.get(header::HOST)?.to_str().ok()?;
    let host = match authority.rsplit_once(':') {
        Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => host,
        _ => authority,
    };
    Some(host.to_ascii_lowercase())
}

/// Where to go after choosing: a path on this origin, never another site. Anything else (a
/// full URL, `//host`, `/\host`, control characters) falls back to the home page.
pub(crate) fn safe_next(next: Option<&str>) -> &str {
    next.filter(|next| {
        next.starts_with('/')
            && !next.starts_with("//")
            && !next.starts_with("/\\")
            && !next.chars().any(char::is_control)
    })
    .unwrap_or("/")
}

/// The client's address: the last one a trusted front proxy added to `X-Forwarded-For`, else
/// the peer.
pub(crate) fn client_address(
    app: &App,
    headers: &HeaderMap,
    extensions: &Extensions,
) -> Option<std::net::IpAddr> {
    let forwarded = app
        .config
        .trust_forwarded_proto
        .then(|| headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()))
        .flatten()
        .and_then(|chain| chain.rsplit(',').next())
        .and_then(|last| last.trim().parse::<std::net::IpAddr>().ok());
    forwarded.or_else(|| {
        extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
    })
}

pub(crate) fn cookie_header(cookie: Cookie<'_>) -> Option<HeaderValue> {
    HeaderValue::from_str(&cookie.to_string()).ok()
}

/// Back-office pages are never kept by a cache.
pub(crate) fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The URI the visitor asked for: behind the gateway's prefix rewrite, the one before it.
pub(crate) fn asked_uri(parts: &axum::http::request::Parts) -> axum::http::Uri {
    parts
        .extensions
        .get::<axum::extract::OriginalUri>()
        .map_or_else(|| parts.uri.clone(), |original| original.0.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_on_this_origin() {
        assert_eq!(
            safe_next(Some("/sites/shop/cookies-policy?lang=fr")),
            "/sites/shop/cookies-policy?lang=fr"
        );
        for outside in [
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "javascript:alert(1)",
            "/a\r\nSet-Cookie: x=1",
            "",
        ] {
            assert_eq!(safe_next(Some(outside)), "/", "{outside:?}");
        }
        assert_eq!(safe_next(None), "/");
    }
}
