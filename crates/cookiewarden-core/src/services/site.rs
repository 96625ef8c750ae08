//! The services a site says it uses (`[[service]]` in its definition): a catalogue service by
//! its key, possibly with some of its facts replaced, or a service of the site's own. The site's
//! catalogue is the built-in one with these applied; its declared services are listed in the
//! policy, offered one by one in the preferences panel, and named in the proof of consent.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Service, ServiceCatalogue, normalise_snippet, strictness};
use crate::{Category, Choices, Error};

/// The most services a site may list: each one takes a bit of the consent cookie.
pub const MAX_SITE_SERVICES: usize = 64;

/// The longest name, host, URL prefix, signature or cookie name a declaration may hold.
const MAX_FIELD: usize = 200;

/// The fewest characters a signature keeps once normalised: shorter ones match site code.
const MIN_SIGNATURE: usize = 5;

/// The most hosts, prefixes, signatures or cookies one service lists.
const MAX_ENTRIES: usize = 32;

/// One `[[service]]` of a site definition, as written. Fields left out come from the
/// catalogue; hosts, prefixes and signatures given add to the catalogue's (so a site cannot
/// make the gateway forget how a tracker loads), cookies given replace its list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceDeclaration {
    /// The catalogue's key (`youtube`, `gtag`), or a key of the site's own.
    pub key: String,
    /// The name visitors read; required for a service of the site's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The purpose it serves; required for a service of the site's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// Hosts it loads from (`cdn.example.net`, or `*.example.net` for any subdomain).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hosts: Vec<String>,
    /// Scheme-less URL prefixes of what it loads (`cdn.example.net/widget/`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub url_prefixes: Vec<String>,
    /// Pieces of text found in its inline snippet (`recs.init(`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signatures: Vec<String>,
    /// Cookies it sets: exact names, or a name ending in `*` for names built on it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cookies: Vec<String>,
}

impl ServiceDeclaration {
    /// A declaration naming a catalogue service and nothing else.
    pub fn of_catalogue(key: &str) -> ServiceDeclaration {
        ServiceDeclaration {
            key: key.to_owned(),
            name: None,
            category: None,
            hosts: Vec::new(),
            url_prefixes: Vec::new(),
            signatures: Vec::new(),
            cookies: Vec::new(),
        }
    }

    /// Whether the key names no catalogue service: the site describes the service itself.
    pub fn is_own(&self) -> bool {
        ServiceCatalogue::builtin().by_key(&self.key).is_none()
    }

    /// Checks the declaration, naming the field at fault and why. Every value that ends up in
    /// a matcher is refused when it could match more than its author meant: an empty host, a
    /// scheme in a prefix, a signature too short to tell a snippet from site code.
    pub fn check(&self) -> Result<(), (&'static str, String)> {
        let key = self.key.as_str();
        let key_ok = !key.is_empty()
            && key.len() <= 64
            && key.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && key
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !key_ok {
            return Err((
                "key",
                format!(
                    "`{key}` is not a service key: lower-case letters, digits, `-` and `_`, \
                     at most 64"
                ),
            ));
        }
        if let Some(name) = &self.name
            && (name.trim().is_empty()
                || name.chars().count() > MAX_FIELD
                || name.chars().any(char::is_control))
        {
            return Err((
                "name",
                format!("a name of 1 to {MAX_FIELD} characters, without control characters"),
            ));
        }
        for (field, list) in [
            ("hosts", &self.hosts),
            ("url_prefixes", &self.url_prefixes),
            ("signatures", &self.signatures),
            ("cookies", &self.cookies),
        ] {
            if list.len() > MAX_ENTRIES {
                return Err((field, format!("at most {MAX_ENTRIES} entries")));
            }
        }
        let catalogued = ServiceCatalogue::builtin().by_key(&self.key);
        if let (Some(known), Some(category)) = (catalogued, self.category)
            && strictness(category) < strictness(known.category)
        {
            return Err((
                "category",
                format!(
                    "`{}` serves {} in the catalogue: a site may make a service stricter, not \
                     laxer",
                    self.key, known.category
                ),
            ));
        }
        if self.is_own() {
            if self.name.is_none() || self.category.is_none() {
                return Err((
                    "key",
                    format!(
                        "`{key}` is not in the catalogue: a service of the site's own needs a \
                         `name` and a `category`"
                    ),
                ));
            }
            if self.hosts.is_empty() && self.url_prefixes.is_empty() && self.signatures.is_empty() {
                return Err((
                    "key",
                    format!(
                        "`{key}` is not in the catalogue: say how to recognise it, with \
                         `hosts`, `url_prefixes` or `signatures`"
                    ),
                ));
            }
        }
        for host in &self.hosts {
            let name = host.strip_prefix("*.").unwrap_or(host);
            if is_host_pattern(host) && psl::suffix_str(name) == Some(name) {
                return Err((
                    "hosts",
                    format!("`{host}` is a public suffix: name the service's own hosts"),
                ));
            }
            if !is_host_pattern(host) {
                return Err((
                    "hosts",
                    format!(
                        "`{host}` is not a host: lower-case ASCII labels joined by dots (IDNs \
                         in their xn-- form), optionally after `*.`"
                    ),
                ));
            }
        }
        for prefix in &self.url_prefixes {
            let Some((host, path)) = prefix.split_once('/') else {
                return Err((
                    "url_prefixes",
                    format!("`{prefix}` has no path: a host then `/`, such as cdn.example.net/"),
                ));
            };
            let plain = path
                .bytes()
                .all(|b| b.is_ascii_graphic() && b != b'#' && b != b'\\');
            // One star per segment keeps matching linear in the URL's length.
            let stars_apart = path
                .split(['/', '?'])
                .all(|segment| segment.matches('*').count() <= 1);
            if host.contains('*')
                || !is_host_pattern(host)
                || !plain
                || !stars_apart
                || prefix.len() > MAX_FIELD
            {
                return Err((
                    "url_prefixes",
                    format!(
                        "`{prefix}` is not a URL prefix: a host then a path, without the scheme, \
                         at most one `*` per path segment (such as cdn.example.net/widget/)"
                    ),
                ));
            }
        }
        for signature in &self.signatures {
            let normal = normalise_snippet(signature.as_bytes());
            if normal.len() < MIN_SIGNATURE || signature.len() > MAX_FIELD {
                return Err((
                    "signatures",
                    format!(
                        "`{signature}` is too short to tell the snippet from other code: at \
                         least {MIN_SIGNATURE} characters besides spaces, at most {MAX_FIELD}"
                    ),
                ));
            }
        }
        for cookie in &self.cookies {
            let stem = cookie.strip_suffix('*').unwrap_or(cookie);
            let token = !stem.is_empty()
                && stem.len() <= MAX_FIELD
                && stem
                    .bytes()
                    .all(|b| b.is_ascii_graphic() && !b"()<>@,;:\\\"/[]?={}*".contains(&b));
            if !token {
                return Err((
                    "cookies",
                    format!("`{cookie}` is not a cookie name, or a name then `*`"),
                ));
            }
        }
        Ok(())
    }

    /// The service this declaration describes: `known`, the catalogue's, with the facts given
    /// here added or in place of its own, or the site's own service.
    fn resolve(&self, known: Option<Service>) -> Service {
        let mut service = known.unwrap_or_else(|| Service {
            key: self.key.clone(),
            name: String::new(),
            category: Category::Marketing,
            needs_consent: true,
            hosts: Vec::new(),
            url_prefixes: Vec::new(),
            shared_hosts: Vec::new(),
            inline_signatures: Vec::new(),
            cookies: Vec::new(),
            cookie_patterns: Vec::new(),
        });
        if let Some(name) = &self.name {
            service.name.clone_from(name);
        }
        if let Some(category) = self.category {
            service.category = category;
            service.needs_consent = category != Category::Necessary;
        }
        service.hosts.extend(self.hosts.iter().cloned());
        service
            .url_prefixes
            .extend(self.url_prefixes.iter().cloned());
        service.inline_signatures.extend(
            self.signatures
                .iter()
                .map(|s| String::from_utf8_lossy(&normalise_snippet(s.as_bytes())).into_owned()),
        );
        if !self.cookies.is_empty() {
            let (patterns, exact): (Vec<&String>, Vec<&String>) =
                self.cookies.iter().partition(|c| c.ends_with('*'));
            service.cookies = exact.into_iter().cloned().collect();
            service.cookie_patterns = patterns.into_iter().cloned().collect();
        }
        service
    }
}

/// The services `declarations` describe, resolved against the catalogue, in key order, each
/// key once, at most [`MAX_SITE_SERVICES`].
fn resolved(declarations: &[ServiceDeclaration]) -> Vec<Service> {
    let mut declared: Vec<&ServiceDeclaration> =
        declarations.iter().take(MAX_SITE_SERVICES).collect();
    declared.sort_by(|a, b| a.key.cmp(&b.key));
    declared.dedup_by(|a, b| a.key == b.key);
    declared
        .into_iter()
        .map(|declaration| {
            let known = super::builtin_services()
                .iter()
                .find(|s| s.key == declaration.key)
                .cloned();
            declaration.resolve(known)
        })
        .collect()
}

/// Whether `host` is a host name in lower-case ASCII, optionally after `*.`.
fn is_host_pattern(host: &str) -> bool {
    let name = host.strip_prefix("*.").unwrap_or(host);
    name.len() <= 253
        && name.contains('.')
        && name.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

impl ServiceCatalogue {
    /// The catalogue a site sees: the built-in one, with the site's declarations applied, its
    /// declared services listed in key order (the order their consent bits follow).
    /// Declarations are expected checked ([`ServiceDeclaration::check`]); any beyond
    /// [`MAX_SITE_SERVICES`] are ignored.
    pub fn for_site(declarations: &[ServiceDeclaration]) -> ServiceCatalogue {
        let listed = resolved(declarations);
        let mut services: Vec<Service> = super::builtin_services()
            .iter()
            .filter(|known| listed.iter().all(|s| s.key != known.key))
            .cloned()
            .collect();
        services.extend(listed.iter().cloned());
        services.sort_by(|a, b| a.key.cmp(&b.key));
        let mut catalogue = ServiceCatalogue::new(services);
        catalogue.declared = listed
            .iter()
            .filter_map(|listed| catalogue.services.iter().position(|s| s.key == listed.key))
            .collect();
        catalogue
    }

    /// The services a site lists and only those, in key order: what its policy, its panel,
    /// its consent endpoint and its proof need, made in microseconds at each request, where
    /// [`ServiceCatalogue::for_site`] also knows every other service (for the gateway).
    pub fn listed(declarations: &[ServiceDeclaration]) -> ServiceCatalogue {
        let listed = resolved(declarations);
        let declared = (0..listed.len()).collect();
        ServiceCatalogue {
            declared,
            ..ServiceCatalogue::new(listed)
        }
    }

    /// The services the site declared, in key order: the `n`th is the `n`th bit of a
    /// visitor's per-service choices.
    pub fn declared(&self) -> impl ExactSizeIterator<Item = &Service> {
        self.declared.iter().map(|&i| &self.services[i])
    }

    /// The place of a declared service among [`ServiceCatalogue::declared`].
    pub fn declared_index(&self, key: &str) -> Option<usize> {
        self.declared().position(|s| s.key == key)
    }

    /// Applies a visitor's choices for single services (`wanted`, by key; a service left out
    /// follows its kind) to `choices`, and returns them with what every declared service now
    /// is, by key, for the proof. A necessary service stays on, and with Global Privacy
    /// Control no marketing service is allowed, whatever was asked. A key the site does not
    /// list is refused rather than ignored, so a typo cannot pass for a refusal.
    pub fn choose_services(
        &self,
        mut choices: Choices,
        wanted: &BTreeMap<String, bool>,
        gpc: bool,
    ) -> Result<(Choices, BTreeMap<String, bool>), Error> {
        for (key, &allowed) in wanted {
            let index = self
                .declared_index(key)
                .ok_or_else(|| Error::UnknownService(key.clone()))?;
            let category = self.services[self.declared[index]].category;
            let allowed = allowed && !(gpc && category == Category::Marketing);
            let bit = 1u64 << index;
            choices.services.granted &= !bit;
            choices.services.refused &= !bit;
            if category == Category::Necessary || allowed == choices.granted(category) {
                continue;
            }
            if allowed {
                choices.services.granted |= bit;
            } else {
                choices.services.refused |= bit;
            }
        }
        let states = self
            .declared()
            .enumerate()
            .map(|(n, s)| (s.key.clone(), choices.grants_service(s.category, Some(n))))
            .collect();
        Ok((choices, states))
    }

    /// The place of the declared service a cookie of this name belongs to, by the service's
    /// exact names and its patterns (`*` standing for any run of characters).
    pub fn declared_of_cookie(&self, name: &str) -> Option<usize> {
        self.declared().position(|service| {
            service.cookies.iter().any(|c| c == name)
                || service.cookie_patterns.iter().any(|pattern| {
                    let (start, end) = pattern.split_once('*').unwrap_or((pattern, ""));
                    name.len() > start.len() + end.len()
                        && name.starts_with(start)
                        && name.ends_with(end)
                })
        })
    }

    /// A catalogue service by its key.
    pub fn by_key(&self, key: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.key == key)
    }

    /// Every service, in key order (the back office offers them to choose from).
    pub fn all(&self) -> &[Service] {
        &self.services
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own(key: &str) -> ServiceDeclaration {
        ServiceDeclaration {
            name: Some("Shop recommendations".into()),
            category: Some(Category::Marketing),
            hosts: vec!["recs.example.net".into()],
            ..ServiceDeclaration::of_catalogue(key)
        }
    }

    #[test]
    fn a_catalogue_key_alone_is_enough_and_an_own_service_must_say_what_it_is() {
        assert!(ServiceDeclaration::of_catalogue("youtube").check().is_ok());
        assert!(!ServiceDeclaration::of_catalogue("youtube").is_own());
        let (field, message) = ServiceDeclaration::of_catalogue("shop-recs")
            .check()
            .unwrap_err();
        assert_eq!(field, "key");
        assert!(message.contains("name"), "{message}");
        assert!(own("shop-recs").check().is_ok());
        let unrecognisable = ServiceDeclaration {
            hosts: Vec::new(),
            ..own("shop-recs")
        };
        assert!(unrecognisable.check().unwrap_err().1.contains("hosts"));
    }

    #[test]
    fn values_that_would_match_too_much_are_refused() {
        let refused = |d: ServiceDeclaration| d.check().unwrap_err().0;
        for host in [
            "",
            "*",
            "*.com.",
            "localhost",
            "Recs.example.net",
            "a..b",
            "ex ample.net",
            "*.co.uk",
            "github.io",
            "*.github.io",
        ] {
            let field = refused(ServiceDeclaration {
                hosts: vec![host.into()],
                ..own("x")
            });
            assert_eq!(field, "hosts", "{host}");
        }
        for prefix in [
            "https://cdn.example.net/",
            "*.example.net/x",
            "cdn.example.net/a b",
            "cdn.example.net",
            "cdn.example.net/**z",
            "cdn.example.net/a*b*c/",
        ] {
            let field = refused(ServiceDeclaration {
                url_prefixes: vec![prefix.into()],
                ..own("x")
            });
            assert_eq!(field, "url_prefixes", "{prefix}");
        }
        for signature in ["fbq", "  a b c d  ", ""] {
            let field = refused(ServiceDeclaration {
                signatures: vec![signature.into()],
                ..own("x")
            });
            assert_eq!(field, "signatures", "{signature:?}");
        }
        for cookie in ["", "*", "a;b", "a b"] {
            let field = refused(ServiceDeclaration {
                cookies: vec![cookie.into()],
                ..own("x")
            });
            assert_eq!(field, "cookies", "{cookie:?}");
        }
        for key in ["", "YouTube", "-x", "a.b", &"k".repeat(65)] {
            assert_eq!(
                refused(ServiceDeclaration::of_catalogue(key)),
                "key",
                "{key}"
            );
        }
        let named = |name: &str| ServiceDeclaration {
            name: Some(name.into()),
            ..own("x")
        };
        assert_eq!(refused(named(" ")), "name");
        // A catalogue tracker cannot be made laxer, only stricter.
        let laxer = ServiceDeclaration {
            category: Some(Category::Necessary),
            ..ServiceDeclaration::of_catalogue("facebookpixel")
        };
        assert_eq!(refused(laxer), "category");
        let stricter = ServiceDeclaration {
            category: Some(Category::Marketing),
            ..ServiceDeclaration::of_catalogue("hotjar")
        };
        assert!(stricter.check().is_ok());
        let many = ServiceDeclaration {
            cookies: (0..33).map(|n| format!("c{n}")).collect(),
            ..own("x")
        };
        assert_eq!(refused(many), "cookies");
        assert_eq!(refused(named("a\u{7}b")), "name");
    }

    #[test]
    fn the_site_catalogue_applies_overrides_and_adds_own_services_in_key_order() {
        let declarations = vec![
            own("shop-recs"),
            ServiceDeclaration {
                cookies: vec!["_yt_seen".into(), "yt_*".into()],
                hosts: vec!["video.example.net".into()],
                ..ServiceDeclaration::of_catalogue("youtube")
            },
            ServiceDeclaration::of_catalogue("gtag"),
        ];
        let catalogue = ServiceCatalogue::for_site(&declarations);
        let keys: Vec<&str> = catalogue.declared().map(|s| s.key.as_str()).collect();
        assert_eq!(keys, ["gtag", "shop-recs", "youtube"]);
        // The list alone, as the policy and the consent endpoint read it, is the same list.
        let listed = ServiceCatalogue::listed(&declarations);
        assert!(listed.declared().eq(catalogue.declared()));
        assert_eq!(listed.all().len(), 3, "only what the site lists");
        assert_eq!(catalogue.declared_index("youtube"), Some(2));
        assert_eq!(catalogue.declared_index("hotjar"), None);
        let youtube = catalogue.service_of("www.youtube.com", "/embed/x").unwrap();
        assert_eq!(youtube.category, Category::Marketing);
        // A host given adds to the catalogue's: both name the service.
        assert_eq!(
            catalogue
                .service_of("video.example.net", "/v")
                .map(|s| s.key.as_str()),
            Some("youtube")
        );
        assert_eq!(youtube.cookies, ["_yt_seen"]);
        assert_eq!(youtube.cookie_patterns, ["yt_*"]);
        let recs = catalogue.service_of("recs.example.net", "/w.js").unwrap();
        assert_eq!(recs.name, "Shop recommendations");
        // Undeclared catalogue services are still known, as they are to every site.
        assert!(
            catalogue
                .service_of("static.hotjar.com", "/c/x.js")
                .is_some()
        );
        assert!(ServiceCatalogue::builtin().declared().next().is_none());
    }

    #[test]
    fn single_service_choices_become_exceptions_and_every_service_is_named() {
        let catalogue = ServiceCatalogue::for_site(&[
            ServiceDeclaration::of_catalogue("youtube"),
            ServiceDeclaration::of_catalogue("gtag"),
            own("shop-recs"),
        ]);
        let statistics_only = Choices {
            statistics: true,
            ..Choices::NONE
        };
        let wanted: BTreeMap<String, bool> =
            [("youtube".into(), true), ("gtag".into(), false)].into();
        let (choices, states) = catalogue
            .choose_services(statistics_only, &wanted, false)
            .unwrap();
        let expected: BTreeMap<String, bool> = [
            ("gtag".into(), false),
            ("shop-recs".into(), false),
            ("youtube".into(), true),
        ]
        .into();
        assert_eq!(states, expected);
        // gtag is bit 0, shop-recs 1, youtube 2.
        assert_eq!(choices.services.granted, 0b100);
        assert_eq!(choices.services.refused, 0b001);
        // Asking what the kind already gives is no exception.
        let same: BTreeMap<String, bool> = [("gtag".into(), true)].into();
        let (choices, _) = catalogue
            .choose_services(statistics_only, &same, false)
            .unwrap();
        assert!(choices.services.is_empty());
        // Global Privacy Control keeps marketing services off.
        let (choices, states) = catalogue
            .choose_services(Choices::NONE, &wanted, true)
            .unwrap();
        assert!(choices.services.is_empty());
        assert!(!states["youtube"]);
        assert_eq!(
            catalogue.choose_services(Choices::ALL, &[("hotjar".into(), false)].into(), false),
            Err(Error::UnknownService("hotjar".into()))
        );
        // A site without services names none in its proof.
        let (_, none) = ServiceCatalogue::for_site(&[])
            .choose_services(Choices::ALL, &BTreeMap::new(), false)
            .unwrap();
        assert!(none.is_empty());
    }

    #[test]
    fn a_cookie_is_named_by_the_declared_service_that_sets_it() {
        let catalogue = ServiceCatalogue::for_site(&[
            ServiceDeclaration::of_catalogue("gtag"),
            ServiceDeclaration {
                cookies: vec!["rw_*".into()],
                ..own("shop-recs")
            },
        ]);
        assert_eq!(catalogue.declared_of_cookie("_ga"), Some(0));
        assert_eq!(catalogue.declared_of_cookie("_ga_ABC123"), Some(0));
        assert_eq!(catalogue.declared_of_cookie("rw_visitor"), Some(1));
        assert_eq!(
            catalogue.declared_of_cookie("rw_"),
            None,
            "a pattern needs its value"
        );
        assert_eq!(
            catalogue.declared_of_cookie("_fbp"),
            None,
            "the pixel is not listed"
        );
    }

    #[test]
    fn catalogue_prefixes_keep_one_star_per_segment_so_matching_stays_linear() {
        for service in ServiceCatalogue::builtin().all() {
            for prefix in service.url_prefixes() {
                let path = prefix.split_once('/').map_or("", |(_, path)| path);
                assert!(
                    path.split(['/', '?']).all(|s| s.matches('*').count() <= 1),
                    "{}: {prefix}",
                    service.key
                );
            }
        }
    }

    #[test]
    fn own_signatures_are_matched_however_the_snippet_is_pasted() {
        let declarations = vec![ServiceDeclaration {
            signatures: vec!["Recs.init( \"shop\"".into()],
            ..own("shop-recs")
        }];
        let catalogue = ServiceCatalogue::for_site(&declarations);
        let found = catalogue.services_of_inline("window.Recs.init('shop', {});");
        assert_eq!(found.first().map(|s| s.key.as_str()), Some("shop-recs"));
    }
}
