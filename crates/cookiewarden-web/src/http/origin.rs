//! Where an unsafe request comes from, as far as the browser says. Public endpoints (language
//! choice, consent) need no CSRF token: they check this instead,
//! with CORS for a site's declared origins.

use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use cookiewarden_core::SiteDefinition;

use crate::App;
use crate::http::request::is_https;

/// The source of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RequestSource {
    /// A page of this origin, the visitor themself (typed URL, bookmark), or a client that is
    /// not a browser and sends neither `Origin` nor `Sec-Fetch-Site`.
    SameOrigin,
    /// A page of another origin, named by its `Origin` header.
    Origin(HeaderValue),
    /// Another site, by `Sec-Fetch-Site`, without an `Origin` header to name it.
    CrossSite,
}

/// `Origin` against this request's own origin, its scheme and `Host`, when the browser sends
/// it, else `Sec-Fetch-Site`. The scheme counts: a page on `http://` is another origin than
/// `https://` on the same host, and may be a network attacker's.
pub(crate) fn request_source(app: &App, headers: &HeaderMap) -> RequestSource {
    source_of(headers, is_https(app, headers))
}

/// [`request_source`], on a connection whose scheme is known.
pub(crate) fn source_of(headers: &HeaderMap, https: bool) -> RequestSource {
    let text = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    if let Some(origin) = headers.get(header::ORIGIN) {
        let own = origin
            .to_str()
            .ok()
            .zip(text(header::HOST))
            .is_some_and(|(origin, host)| {
                let scheme = if https { "https" } else { "http" };
                origin
                    .split_once("://")
                    .is_some_and(|(origin_scheme, authority)| {
                        origin_scheme.eq_ignore_ascii_case(scheme)
                            && authority.eq_ignore_ascii_case(host)
                    })
            });
        return if own {
            RequestSource::SameOrigin
        } else {
            RequestSource::Origin(origin.clone())
        };
    }
    match text(header::HeaderName::from_static("sec-fetch-site")) {
        None | Some("same-origin" | "none") => RequestSource::SameOrigin,
        Some(_) => RequestSource::CrossSite,
    }
}

/// Whether a consent request may come from where it says, and the origin to allow by CORS:
/// the platform's own pages, or a page on one of the site's declared origins.
pub(crate) fn check_origin(
    app: &App,
    headers: &HeaderMap,
    definition: &SiteDefinition,
) -> Result<Option<HeaderValue>, ()> {
    match request_source(app, headers) {
        RequestSource::SameOrigin => Ok(None),
        RequestSource::Origin(origin) => {
            let declared = origin.to_str().is_ok_and(|origin| {
                definition
                    .site
                    .origins
                    .iter()
                    .any(|o| o.eq_ignore_ascii_case(origin))
            });
            if declared { Ok(Some(origin)) } else { Err(()) }
        }
        RequestSource::CrossSite => Err(()),
    }
}

pub(crate) fn allow_origin(response: &mut Response, origin: Option<HeaderValue>) {
    if let Some(origin) = origin {
        let headers = response.headers_mut();
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_CREDENTIALS,
            HeaderValue::from_static("true"),
        );
        headers.append(header::VARY, HeaderValue::from_static("Origin"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source_on(https: bool, pairs: &[(&'static str, &'static str)]) -> RequestSource {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.insert(*name, HeaderValue::from_static(value));
        }
        source_of(&headers, https)
    }

    fn source(pairs: &[(&'static str, &'static str)]) -> RequestSource {
        source_on(false, pairs)
    }

    #[test]
    fn an_origin_of_another_scheme_on_the_same_host_is_another_origin() {
        let on = |https, origin| source_on(https, &[("origin", origin), ("host", "shop.example")]);
        assert_eq!(on(true, "https://shop.example"), RequestSource::SameOrigin);
        assert_eq!(on(false, "http://shop.example"), RequestSource::SameOrigin);
        assert_eq!(
            on(true, "http://shop.example"),
            RequestSource::Origin(HeaderValue::from_static("http://shop.example"))
        );
        assert_eq!(
            on(false, "https://shop.example"),
            RequestSource::Origin(HeaderValue::from_static("https://shop.example"))
        );
    }

    #[test]
    fn origin_is_compared_with_host_then_fetch_metadata_is_read() {
        assert_eq!(source(&[]), RequestSource::SameOrigin);
        assert_eq!(
            source(&[("sec-fetch-site", "same-origin")]),
            RequestSource::SameOrigin
        );
        assert_eq!(
            source(&[("sec-fetch-site", "cross-site")]),
            RequestSource::CrossSite
        );
        assert_eq!(
            source(&[
                ("origin", "http://127.0.0.1:8080"),
                ("host", "127.0.0.1:8080")
            ]),
            RequestSource::SameOrigin
        );
        assert_eq!(
            source(&[
                ("origin", "http://evil.example"),
                ("host", "127.0.0.1:8080")
            ]),
            RequestSource::Origin(HeaderValue::from_static("http://evil.example"))
        );
        assert_eq!(
            source(&[("origin", "null"), ("host", "127.0.0.1:8080")]),
            RequestSource::Origin(HeaderValue::from_static("null"))
        );
    }
}
