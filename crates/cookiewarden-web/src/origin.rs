//! Where an unsafe request comes from, as far as the browser says. Public endpoints (language
//! choice, consent) need no CSRF token: they check this instead.

use axum::http::{HeaderMap, HeaderValue, header};

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

/// `Origin` against `Host` when the browser sends it, else `Sec-Fetch-Site`.
pub(crate) fn request_source(headers: &HeaderMap) -> RequestSource {
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
                origin
                    .split_once("://")
                    .is_some_and(|(_, authority)| authority.eq_ignore_ascii_case(host))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn source(pairs: &[(&'static str, &'static str)]) -> RequestSource {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.insert(*name, HeaderValue::from_static(value));
        }
        request_source(&headers)
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
