//! From a beacon to a page view: the path without its query string, the referring host (not
//! the page), the browser reduced to families, the language, and a visitor number that is a
//! salted hash of the day's salt, the site, the address and the user agent. The address and the
//! user agent are used for that hash only and never kept; the salt changes every day and is
//! destroyed after it, so two days' numbers cannot be linked, nor any number traced back.

use std::net::IpAddr;

use cookiewarden_core::{Language, Slug};
use cookiewarden_store::PageView;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::agent;

/// The longest path kept, in characters; a longer one is cut.
pub const MAX_PATH_CHARS: usize = 512;

/// The longest referring host kept (a DNS name is at most 253 characters).
const MAX_HOST_CHARS: usize = 253;

/// What the banner script sends for a page view.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Beacon {
    /// `location.pathname`.
    #[serde(rename = "p", default)]
    pub path: String,
    /// `document.referrer`, possibly empty.
    #[serde(rename = "r", default)]
    pub referrer: String,
    /// `navigator.language`.
    #[serde(rename = "l", default)]
    pub language: String,
    /// The site's first-party statistics cookie (32 hex digits), when the site keeps one.
    #[serde(rename = "v", default)]
    pub visitor: String,
}

/// Why a beacon counts as nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ignored {
    /// A robot, a crawler or a scripted client.
    Robot,
    /// A path that is not one (no leading `/`, control characters).
    BadPath,
}

/// The request around a beacon: who sent it, as far as the hash needs.
#[derive(Debug, Clone, Copy)]
pub struct Sender<'a> {
    /// The `User-Agent` header.
    pub user_agent: &'a str,
    /// The client's address.
    pub address: IpAddr,
    /// Hosts of the site itself, whose referrers are internal navigation and not counted as
    /// referrers.
    pub own_hosts: &'a [String],
    /// Query parameters the site keeps in paths; every other one is stripped.
    pub kept_query: &'a [String],
    /// Whether the site recognises returning browsers by its first-party cookie.
    pub cookie_ids: bool,
}

/// The page view a beacon describes, or why it counts as nothing.
pub fn page_view(
    site: &Slug,
    beacon: &Beacon,
    sender: Sender<'_>,
    salt: &[u8],
    now_ms: i64,
) -> Result<PageView, Ignored> {
    let agent = agent::classify(sender.user_agent).ok_or(Ignored::Robot)?;
    Ok(PageView {
        site: site.clone(),
        minute: now_ms.div_euclid(60_000),
        path: clean_path(&beacon.path, sender.kept_query).ok_or(Ignored::BadPath)?,
        referrer: referrer_host(&beacon.referrer, sender.own_hosts).unwrap_or_default(),
        browser: agent.browser.to_owned(),
        os: agent.os.to_owned(),
        device: agent.device.to_owned(),
        language: primary_language(&beacon.language),
        visitor: match cookie_id(&beacon.visitor).filter(|_| sender.cookie_ids) {
            // The cookie's number, hashed with the site: stable across days, never stored.
            Some(id) => cookie_number(site, id),
            None => visitor_number(salt, site, sender.address, sender.user_agent),
        },
    })
}

/// The path without fragment and with only the `kept` query parameters (in their order), cut
/// to [`MAX_PATH_CHARS`]; `None` for what is not a path.
pub fn clean_path(raw: &str, kept: &[String]) -> Option<String> {
    let without_fragment = raw.split('#').next().unwrap_or_default();
    let (path, query) = without_fragment
        .split_once('?')
        .unwrap_or((without_fragment, ""));
    if !path.starts_with('/') || raw.chars().any(char::is_control) {
        return None;
    }
    let query: Vec<&str> = query
        .split('&')
        .filter(|pair| {
            let name = pair.split('=').next().unwrap_or_default();
            !name.is_empty() && kept.iter().any(|k| k == name)
        })
        .collect();
    let full = if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", query.join("&"))
    };
    Some(full.chars().take(MAX_PATH_CHARS).collect())
}

/// The host of an `http(s)` referrer, lowercased, unless it is the site itself.
pub fn referrer_host(raw: &str, own_hosts: &[String]) -> Option<String> {
    let rest = raw
        .strip_prefix("https://")
        .or_else(|| raw.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let valid = !host.is_empty()
        && host.len() <= MAX_HOST_CHARS
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'));
    (valid && !own_hosts.iter().any(|own| own.eq_ignore_ascii_case(&host))).then_some(host)
}

/// The statistics cookie's value when it is one the script makes: 32 lowercase hex digits.
fn cookie_id(raw: &str) -> Option<&str> {
    (raw.len() == 32
        && raw
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
    .then_some(raw)
}

/// `fr` for `fr-CA`; empty for what is not a language tag.
fn primary_language(raw: &str) -> String {
    raw.parse::<Language>()
        .ok()
        .and_then(|l| l.as_str().split('-').next().map(str::to_owned))
        .unwrap_or_default()
}

/// The day's number of a visitor without cookie: SHA-256(salt, site, address, user agent).
pub fn visitor_number(salt: &[u8], site: &Slug, address: IpAddr, user_agent: &str) -> i64 {
    number_of(&[
        salt,
        site.as_str().as_bytes(),
        address.to_string().as_bytes(),
        user_agent.as_bytes(),
    ])
}

/// The number of a browser by the site's statistics cookie: SHA-256(site, cookie), the same
/// every day, and the cookie's value itself never stored.
fn cookie_number(site: &Slug, cookie: &str) -> i64 {
    number_of(&[b"cookie", site.as_str().as_bytes(), cookie.as_bytes()])
}

/// The first 8 bytes of the SHA-256 of `parts`, each ended by a zero byte so that no two lists
/// of parts hash alike, as a number.
fn number_of(parts: &[&[u8]]) -> i64 {
    let mut hash = Sha256::new();
    for part in parts {
        hash.update(part);
        hash.update([0]);
    }
    let digest = hash.finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    i64::from_be_bytes(first)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

    fn shop() -> Slug {
        "shop".parse().unwrap()
    }

    #[test]
    fn a_beacon_keeps_nothing_that_identifies_a_person() {
        let own = ["shop.example.com".to_owned()];
        let sender = Sender {
            user_agent: FIREFOX,
            address: "203.0.113.9".parse().unwrap(),
            own_hosts: &own,
            kept_query: &[],
            cookie_ids: false,
        };
        let beacon = Beacon {
            path: "/basket?id=42#top".into(),
            referrer: "https://www.Search.example/q?term=shoes".into(),
            language: "fr-CA".into(),
            visitor: String::new(),
        };
        let view = page_view(&shop(), &beacon, sender, b"salt", 1_800_000_123_456).unwrap();
        assert_eq!(view.path, "/basket");
        assert_eq!(view.referrer, "www.search.example");
        assert_eq!(
            (view.browser.as_str(), view.os.as_str()),
            ("Firefox", "Linux")
        );
        assert_eq!(view.language, "fr");
        assert_eq!(view.minute, 1_800_000_123_456 / 60_000);
        let stored = format!("{view:?}");
        assert!(
            !stored.contains("203.0.113") && !stored.contains("rv:140"),
            "{stored}"
        );

        let internal = Beacon {
            referrer: "https://shop.example.com/".into(),
            ..beacon.clone()
        };
        let view = page_view(&shop(), &internal, sender, b"salt", 0).unwrap();
        assert_eq!(view.referrer, "", "moving inside the site is no referrer");
    }

    #[test]
    fn a_site_keeps_the_query_parameters_it_names_and_no_other() {
        let kept = ["q".to_owned(), "page".to_owned()];
        assert_eq!(
            clean_path("/search?email=a@b.example&q=shoes&page=2#r", &kept).as_deref(),
            Some("/search?q=shoes&page=2")
        );
        assert_eq!(
            clean_path("/search?email=a@b.example", &kept).as_deref(),
            Some("/search")
        );
        assert_eq!(clean_path("/search?q=x", &[]).as_deref(), Some("/search"));
    }

    #[test]
    fn with_the_site_cookie_a_browser_keeps_its_number_across_days_and_addresses() {
        let id = "0123456789abcdef0123456789abcdef";
        let beacon = Beacon {
            path: "/".into(),
            visitor: id.into(),
            ..Beacon::default()
        };
        let sender = |address: &str, cookie_ids| Sender {
            user_agent: FIREFOX,
            address: address.parse().unwrap(),
            own_hosts: &[],
            kept_query: &[],
            cookie_ids,
        };
        let monday = page_view(&shop(), &beacon, sender("192.0.2.1", true), b"mon", 0).unwrap();
        let tuesday = page_view(&shop(), &beacon, sender("192.0.2.9", true), b"tue", 0).unwrap();
        assert_eq!(monday.visitor, tuesday.visitor);
        assert_ne!(
            i64::from_str_radix(&id[..15], 16).unwrap(),
            monday.visitor,
            "hashed"
        );
        // A site without the cookie ignores one sent anyway, and a malformed one is ignored.
        let off = page_view(&shop(), &beacon, sender("192.0.2.1", false), b"mon", 0).unwrap();
        assert_ne!(off.visitor, monday.visitor);
        let forged = Beacon {
            visitor: "not-a-cookie".into(),
            ..beacon
        };
        let daily = page_view(&shop(), &forged, sender("192.0.2.1", true), b"mon", 0).unwrap();
        assert_eq!(daily.visitor, off.visitor);
    }

    #[test]
    fn the_visitor_number_changes_with_the_salt_the_site_and_the_browser() {
        let address = "198.51.100.7".parse().unwrap();
        let today = visitor_number(b"monday", &shop(), address, FIREFOX);
        assert_eq!(today, visitor_number(b"monday", &shop(), address, FIREFOX));
        assert_ne!(today, visitor_number(b"tuesday", &shop(), address, FIREFOX));
        assert_ne!(
            today,
            visitor_number(b"monday", &"blog".parse().unwrap(), address, FIREFOX)
        );
        assert_ne!(
            today,
            visitor_number(b"monday", &shop(), address, "Mozilla/5.0 Other")
        );
    }

    #[test]
    fn robots_and_broken_paths_count_as_nothing() {
        let sender = |user_agent| Sender {
            user_agent,
            address: "192.0.2.1".parse().unwrap(),
            own_hosts: &[],
            kept_query: &[],
            cookie_ids: false,
        };
        let beacon = Beacon {
            path: "/".into(),
            ..Beacon::default()
        };
        assert_eq!(
            page_view(&shop(), &beacon, sender("Googlebot/2.1"), b"s", 0),
            Err(Ignored::Robot)
        );
        for path in ["", "relative", "/a\u{0}b", "https://elsewhere/"] {
            let beacon = Beacon {
                path: path.into(),
                ..Beacon::default()
            };
            assert_eq!(
                page_view(&shop(), &beacon, sender(FIREFOX), b"s", 0),
                Err(Ignored::BadPath),
                "{path:?}"
            );
        }
        assert_eq!(referrer_host("javascript:alert(1)", &[]), None);
        assert_eq!(
            referrer_host("https://user@evil.example:8443/x", &[]).as_deref(),
            Some("evil.example")
        );
        assert_eq!(referrer_host("https://<script>/", &[]), None);
    }

    proptest! {
        #[test]
        fn any_path_is_refused_or_kept_short_and_clean(raw in ".{0,2000}") {
            if let Some(path) = clean_path(&raw, &[]) {
                prop_assert!(path.starts_with('/'));
                prop_assert!(path.chars().count() <= MAX_PATH_CHARS);
                prop_assert!(!path.contains(['?', '#']));
                prop_assert!(!path.chars().any(char::is_control));
            }
        }

        #[test]
        fn only_the_kept_query_parameters_stay(raw in "/[a-z]{0,5}(\\?[a-z=&]{0,20})?") {
            let kept = ["q".to_owned()];
            if let Some((_, query)) = clean_path(&raw, &kept).as_deref().and_then(|p| p.split_once('?')) {
                    prop_assert!(query.split('&').all(|pair| pair == "q" || pair.starts_with("q=")));
            }
        }

        #[test]
        fn any_referrer_gives_a_plain_host_or_nothing(raw in ".{0,300}") {
            if let Some(host) = referrer_host(&raw, &[]) {
                prop_assert!(host.len() <= MAX_HOST_CHARS);
                prop_assert!(host.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-'));
            }
        }
    }
}
