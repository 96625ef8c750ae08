//! Known third-party services (analytics, advertising, embeds, widgets) and the addresses they
//! load from, so that a request can be named by the service it serves and judged by that
//! service's purpose. The catalogue ships in the binary: `catalogue.json`, derived from the
//! shared service catalogue (itself derived from tarteaucitron.js, MIT licence, `LICENSE`
//! beside it) by `scripts/derive-service-catalogue.py`.

mod site;

use std::sync::{LazyLock, OnceLock};

use aho_corasick::AhoCorasick;
use serde::Deserialize;

use crate::Category;

pub use site::{MAX_SITE_SERVICES, ServiceDeclaration};

/// One known service.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Service {
    /// A stable identifier (`gtag`, `youtube`, `facebookpixel`).
    pub key: String,
    /// Its name as people know it.
    pub name: String,
    /// The purpose it serves, and so the consent it needs.
    pub category: Category,
    /// Whether it needs consent at all (a few privacy-preserving analytics do not).
    pub needs_consent: bool,
    /// Hosts it loads from; `*.` stands for one or more labels.
    hosts: Vec<String>,
    /// Scheme-less URL prefixes of what it loads; `*` stands for one or more characters other
    /// than `/` and `?`.
    url_prefixes: Vec<String>,
    /// Hosts other services use too: only a URL prefix names the service there.
    shared_hosts: Vec<String>,
    /// Substrings that identify the service's inline snippet, in the normal form of
    /// [`ServiceCatalogue::services_of_inline`] (no ASCII whitespace, `'` for `"`).
    inline_signatures: Vec<String>,
    /// Exact names of the cookies it sets.
    pub cookies: Vec<String>,
    /// Names it builds from a value of the site's (`_ga_*`): `*` stands for that value.
    pub cookie_patterns: Vec<String>,
}

impl Service {
    /// Whether loading anything of this service before a choice breaks the visitor's consent.
    pub fn needs_consent_first(&self) -> bool {
        self.needs_consent && self.category != Category::Necessary
    }

    /// The hosts that name this service by themselves (those it shares with others name it
    /// only through a URL prefix), as [`ServiceCatalogue::service_of`] matches them.
    pub fn own_hosts(&self) -> impl Iterator<Item = &str> {
        self.hosts
            .iter()
            .filter(|host| !self.shared_hosts.contains(host))
            .map(String::as_str)
    }

    /// The scheme-less URL prefixes of what it loads, `*` for one or more characters of a
    /// path segment.
    pub fn url_prefixes(&self) -> &[String] {
        &self.url_prefixes
    }
}

/// The catalogue of known services.
#[derive(Debug)]
pub struct ServiceCatalogue {
    services: Vec<Service>,
    /// Every inline signature, in one automaton, built when a script is first read: the
    /// consent endpoint and the policy only ever look at a site's list.
    signatures: OnceLock<Signatures>,
    /// The services a site declared, as indices into `services` in key order; none in the
    /// built-in catalogue.
    declared: Vec<usize>,
}

/// The longest inline script read for signatures; the rest of a longer one is not looked at.
pub const MAX_INLINE_SCRIPT: usize = 256 * 1024;

/// The longest URL looked up; a longer one is named by its first part.
const MAX_URL: usize = 2048;

/// A catalogue's inline signatures: an inline script is read once whatever their number.
#[derive(Debug)]
struct Signatures {
    automaton: AhoCorasick,
    /// For each signature, the index of its service.
    owner: Vec<usize>,
}

static BUILTIN_SERVICES: LazyLock<Vec<Service>> = LazyLock::new(|| {
    serde_json::from_str(include_str!("catalogue.json"))
        .expect("the embedded service catalogue is valid; a unit test reads it")
});

static BUILTIN: LazyLock<ServiceCatalogue> =
    LazyLock::new(|| ServiceCatalogue::new(builtin_services().to_vec()));

/// The services of the embedded catalogue, read once: a site's catalogue starts from them.
fn builtin_services() -> &'static [Service] {
    &BUILTIN_SERVICES
}

impl ServiceCatalogue {
    fn new(services: Vec<Service>) -> ServiceCatalogue {
        ServiceCatalogue {
            services,
            signatures: OnceLock::new(),
            declared: Vec::new(),
        }
    }

    fn signatures(&self) -> &Signatures {
        self.signatures.get_or_init(|| {
            let (patterns, owner): (Vec<&str>, Vec<usize>) = self
                .services
                .iter()
                .enumerate()
                .flat_map(|(index, service)| {
                    service
                        .inline_signatures
                        .iter()
                        .map(move |signature| (signature.as_str(), index))
                })
                .unzip();
            // A contiguous NFA: a few hundred kilobytes where a DFA of the same signatures
            // takes megabytes, in every gateway process and for every site.
            let automaton = AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .build(patterns)
                .expect("the catalogue's signatures are a few hundred short strings");
            Signatures { automaton, owner }
        })
    }

    /// The catalogue compiled into the product.
    pub fn builtin() -> &'static ServiceCatalogue {
        &BUILTIN
    }

    /// The service a request to `host` for `path_and_query` serves, if a known one does: the
    /// longest matching URL prefix or host wins, on a tie the stricter purpose, then the first
    /// by key.
    pub fn service_of(&self, host: &str, path_and_query: &str) -> Option<&Service> {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        let url: String = format!("{host}{path_and_query}")
            .chars()
            .take(MAX_URL)
            .collect();
        // Reversed, so that among equals the first in the catalogue (by key) is the one kept.
        self.services
            .iter()
            .rev()
            .filter_map(|service| {
                let by_prefix = service
                    .url_prefixes
                    .iter()
                    .filter(|prefix| glob_prefix(prefix.as_bytes(), url.as_bytes()))
                    .map(String::len)
                    .max();
                let by_host = service
                    .own_hosts()
                    .filter(|known| host_matches(known, &host))
                    .map(str::len)
                    .max();
                by_prefix.max(by_host).map(|length| (length, service))
            })
            .max_by_key(|(length, service)| (*length, strictness(service.category)))
            .map(|(_, service)| service)
    }
}

impl ServiceCatalogue {
    /// The services whose inline snippet `script` (the text of an inline `<script>`) is, or
    /// contains, the strictest purpose first. The text is compared in a normal form that
    /// survives the ways a snippet gets pasted: ASCII whitespace removed and `"` read as `'`.
    pub fn services_of_inline(&self, script: &str) -> Vec<&Service> {
        let normal = normalise_snippet(&script.as_bytes()[..script.len().min(MAX_INLINE_SCRIPT)]);
        let signatures = self.signatures();
        let mut found: Vec<usize> = signatures
            .automaton
            .find_overlapping_iter(&normal)
            .map(|hit| signatures.owner[hit.pattern().as_usize()])
            .collect();
        found.sort_unstable();
        found.dedup();
        let mut services: Vec<&Service> = found.into_iter().map(|i| &self.services[i]).collect();
        services.sort_by_key(|service| std::cmp::Reverse(strictness(service.category)));
        services
    }
}

/// A snippet's text in the form signatures are compared in: no ASCII whitespace, `"` read as
/// `'`, so a snippet matches however it was indented or quoted when pasted.
fn normalise_snippet(text: &[u8]) -> Vec<u8> {
    text.iter()
        .filter(|b| !b.is_ascii_whitespace())
        .map(|&b| if b == b'"' { b'\'' } else { b })
        .collect()
}

/// How strict a purpose is, for ties: marketing before statistics before preferences.
fn strictness(category: Category) -> u8 {
    match category {
        Category::Necessary => 0,
        Category::Preferences => 1,
        Category::Statistics => 2,
        Category::Marketing => 3,
    }
}

/// Whether `host` is `known`, or under it when `known` starts with `*.`.
fn host_matches(known: &str, host: &str) -> bool {
    match known.strip_prefix("*.") {
        Some(parent) => host
            .strip_suffix(parent)
            .is_some_and(|sub| sub.len() > 1 && sub.ends_with('.')),
        None => host == known,
    }
}

/// Whether `pattern` matches the start of `text`, `*` standing for one or more bytes other
/// than `/` and `?`. Each star tries at most the rest of one path segment, so the work stays
/// bounded by the pattern's stars times the URL's length.
fn glob_prefix(pattern: &[u8], text: &[u8]) -> bool {
    match pattern.split_first() {
        None => true,
        Some((b'*', rest)) => {
            let segment = text
                .iter()
                .position(|b| *b == b'/' || *b == b'?')
                .unwrap_or(text.len());
            (1..=segment).any(|taken| glob_prefix(rest, &text[taken..]))
        }
        Some((first, rest)) => text.first() == Some(first) && glob_prefix(rest, &text[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(url: &str) -> Option<&'static str> {
        let (host, rest) = url.split_once('/').map_or((url, ""), |(h, r)| (h, r));
        let path = if rest.is_empty() {
            String::new()
        } else {
            format!("/{rest}")
        };
        ServiceCatalogue::builtin()
            .service_of(host, &path)
            .map(|s| s.key.as_str())
    }

    #[test]
    fn the_catalogue_reads_and_names_common_trackers() {
        assert_eq!(ServiceCatalogue::builtin().services.len(), 243);
        assert_eq!(
            named("www.googletagmanager.com/gtag/js?id=G-XYZ"),
            Some("gtag")
        );
        assert_eq!(
            named("www.googletagmanager.com/gtag/js?id=AW-123"),
            Some("googleads")
        );
        assert_eq!(
            named("connect.facebook.net/en_US/fbevents.js"),
            Some("facebookpixel")
        );
        assert_eq!(named("www.youtube.com/embed/abc"), Some("youtube"));
        assert_eq!(
            named("static.hotjar.com/c/hotjar-1.js?sv=6"),
            Some("hotjar")
        );
        assert_eq!(
            named("region1.google-analytics.com/g/collect"),
            Some("gtag")
        );
        assert_eq!(named("WWW.YOUTUBE.COM./embed/abc"), Some("youtube"));
        assert_eq!(named("shop.example.com/app.js"), None);
        assert_eq!(named("google-analytics.com.evil.example/x"), None);
        assert_eq!(named("evilgoogletagmanager.com/gtag/js"), None);
    }

    #[test]
    fn inline_snippets_are_named_however_they_were_pasted() {
        let keys = |script: &str| -> Vec<&'static str> {
            ServiceCatalogue::builtin()
                .services_of_inline(script)
                .into_iter()
                .map(|s| s.key.as_str())
                .collect()
        };
        let ga4 = "window.dataLayer = window.dataLayer || [];\n  function gtag(){dataLayer.push(arguments);}\n  gtag('js', new Date());\n\n  gtag( \"config\", \"G-XYZ\" );";
        assert!(keys(ga4).contains(&"gtag"), "{:?}", keys(ga4));
        let pixel = "!function(f,b,e,v,n,t,s){}(window, document,'script',\n'https://connect.facebook.net/en_US/fbevents.js');\nfbq('init', '1234');";
        assert_eq!(keys(pixel).first(), Some(&"facebookpixel"));
        // Consent Mode's defaults must run before any choice: they name no service.
        assert!(keys("gtag('consent', 'default', {ad_storage: 'denied'});").is_empty());
        assert!(keys("console.log('hello');").is_empty());
        // Several services: the strictest purpose comes first.
        let both = format!("{ga4}\nfbq('track', 'PageView');");
        let found = ServiceCatalogue::builtin().services_of_inline(&both);
        assert_eq!(found[0].category, Category::Marketing);
        assert!(found.iter().any(|s| s.key == "gtag"));
    }

    #[test]
    fn stars_stay_within_a_segment_and_wildcard_hosts_need_a_label() {
        assert!(glob_prefix(
            b"connect.facebook.net/*/fbevents.js",
            b"connect.facebook.net/fr_FR/fbevents.js"
        ));
        assert!(!glob_prefix(
            b"connect.facebook.net/*/fbevents.js",
            b"connect.facebook.net/a/b/fbevents.js"
        ));
        assert!(!glob_prefix(b"a/*", b"a/"));
        assert!(host_matches("*.clarity.ms", "www.clarity.ms"));
        assert!(!host_matches("*.clarity.ms", "clarity.ms"));
        assert!(!host_matches("*.clarity.ms", "evilclarity.ms"));
        let long = format!("www.example.com/{}", "*a".repeat(40));
        assert!(!glob_prefix(long.as_bytes(), "x".repeat(3000).as_bytes()));
    }
}
