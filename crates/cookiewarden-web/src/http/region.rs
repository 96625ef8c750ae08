//! The visitor's region, from the headers a trusted front sets, and only when the operator
//! named them: any client can send `CF-IPCountry`, so an unnamed header is never read.

use axum::http::{HeaderMap, HeaderName, HeaderValue};
use cookiewarden_core::{Jurisdiction, Region, Site};

/// The headers a trusted front (a CDN, a load balancer) sets with the visitor's region.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegionHeaders {
    /// The country, or the whole ISO 3166-2 code (`CF-IPCountry`,
    /// `CloudFront-Viewer-Country`); `None` reads no region at all.
    pub country: Option<HeaderName>,
    /// The subdivision apart from its country, for fronts that send it so
    /// (`CloudFront-Viewer-Country-Region`).
    pub subdivision: Option<HeaderName>,
}

impl RegionHeaders {
    /// The region the front reported in `headers`: none when no header is named, or when the
    /// named one is missing, repeated or not one known code.
    pub fn region(&self, headers: &HeaderMap) -> Option<Region> {
        let country = single(headers, self.country.as_ref()?)?;
        let subdivision = match &self.subdivision {
            Some(name) if headers.contains_key(name) => Some(single(headers, name)?),
            _ => None,
        };
        Region::from_front(country.as_bytes(), subdivision.map(HeaderValue::as_bytes))
    }

    /// The rules a visitor sending `headers` follows on `site`.
    pub fn jurisdiction(&self, headers: &HeaderMap, site: &Site) -> Jurisdiction {
        site.jurisdiction(self.region(headers))
    }

    /// The named headers, for a `Vary` of answers that depend on the region.
    pub fn names(&self) -> impl Iterator<Item = &HeaderName> {
        self.country.iter().chain(self.subdivision.iter())
    }
}

/// The one value of header `name`: a header sent twice says two things, and neither is
/// believed.
fn single<'a>(headers: &'a HeaderMap, name: &HeaderName) -> Option<&'a HeaderValue> {
    let mut values = headers.get_all(name).iter();
    let first = values.next()?;
    values.next().is_none().then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn only_named_single_valid_headers_give_a_region() {
        let cloudflare = RegionHeaders {
            country: Some(HeaderName::from_static("cf-ipcountry")),
            subdivision: None,
        };
        let read = |config: &RegionHeaders, pairs| config.region(&headers(pairs)).map(String::from);
        assert_eq!(
            read(&cloudflare, &[("cf-ipcountry", "FR")]).as_deref(),
            Some("FR")
        );
        assert_eq!(read(&cloudflare, &[("cf-ipcountry", "fr")]), None);
        assert_eq!(
            read(
                &cloudflare,
                &[("cf-ipcountry", "FR"), ("cf-ipcountry", "US")]
            ),
            None
        );
        assert_eq!(read(&cloudflare, &[("cf-ipcountry", "XX")]), None);
        assert_eq!(
            read(&RegionHeaders::default(), &[("cf-ipcountry", "US")]),
            None
        );
        let cloudfront = RegionHeaders {
            country: Some(HeaderName::from_static("cloudfront-viewer-country")),
            subdivision: Some(HeaderName::from_static("cloudfront-viewer-country-region")),
        };
        assert_eq!(
            read(
                &cloudfront,
                &[
                    ("cloudfront-viewer-country", "US"),
                    ("cloudfront-viewer-country-region", "CA")
                ]
            )
            .as_deref(),
            Some("US-CA")
        );
        assert_eq!(
            read(&cloudfront, &[("cloudfront-viewer-country", "US")]).as_deref(),
            Some("US")
        );
        assert_eq!(
            read(
                &cloudfront,
                &[
                    ("cloudfront-viewer-country", "US"),
                    ("cloudfront-viewer-country-region", "CA"),
                    ("cloudfront-viewer-country-region", "TX")
                ]
            ),
            None
        );
    }
}
