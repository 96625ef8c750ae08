//! A site and its cookie declarations as the JSON API reads and writes them, and as the back
//! office's forms build them: the fields of a site definition file, checked by the one parser
//! `site apply` uses. So a value refused by the API, by a form or by a file gets the same
//! message, naming the same field.

use std::collections::BTreeMap;

use cookiewarden_core::{Declaration, LocalizedText, ServiceDeclaration, SiteDefinition, Slug};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A site: its settings and its cookie declarations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct SiteBody {
    /// Identifier in URLs: 1 to 63 lowercase letters, digits or dashes.
    #[schema(examples("shop"), pattern = "^[a-z0-9][a-z0-9-]{0,62}$")]
    pub(crate) slug: String,
    /// Display name, shown in the policy's title.
    #[schema(examples("Example shop"), min_length = 1)]
    pub(crate) name: String,
    /// Origins the site is served from (`https://host[:port]`).
    #[serde(default)]
    #[schema(examples(json!(["https://shop.example.com"])))]
    pub(crate) origins: Vec<String>,
    /// Languages the site's texts exist in.
    #[schema(examples(json!(["en", "fr"])), min_items = 1)]
    pub(crate) languages: Vec<String>,
    /// One of `languages`, used when none of the visitor's is available.
    #[schema(examples("en"))]
    pub(crate) default_language: String,
    /// How long a choice is kept (`6 months` when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(
        examples("6 months"),
        pattern = "^(session|[0-9]{1,9} (second|minute|hour|day|week|month|year)s?)$"
    )]
    pub(crate) consent_lifetime: Option<String>,
    /// How long a refusal of everything is respected: the banner does not ask again for so
    /// long, even when the policy changes (`6 months` when absent; at most 400 days).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(
        examples("6 months"),
        pattern = "^[0-9]{1,9} (second|minute|hour|day|week|month|year)s?$"
    )]
    pub(crate) refusal_cooldown: Option<String>,
    /// The former name of `refusal_cooldown`, still read; never written.
    #[serde(default, skip_serializing)]
    #[schema(deprecated)]
    pub(crate) rejection_lifetime: Option<String>,
    /// A parent domain of every origin, not a public suffix, under which the choice cookie is
    /// set so every subdomain shares it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(examples("example.org"))]
    pub(crate) cookie_domain: Option<String>,
    /// The region of visitors no trusted front located (`EU` when absent): an ISO 3166 code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(examples("FR"), pattern = "^[A-Z]{2}(-[A-Z0-9]{1,3})?$")]
    pub(crate) default_region: Option<String>,
    /// The site's own rule sets for some regions, in place of the product's defaults (opt-out
    /// in the United States, opt-in everywhere else).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) regions: Vec<RegionBody>,
    /// Where the site publishes its policy (`/cookies-policy` when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(examples("/cookies-policy"), pattern = "^/")]
    pub(crate) policy_path: Option<String>,
    /// How long raw page views are kept (`25 months`, the most allowed, when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(
        examples("13 months"),
        pattern = "^[0-9]{1,9} (second|minute|hour|day|week|month|year)s?$"
    )]
    pub(crate) statistics_retention: Option<String>,
    /// Query parameters the audience measurement keeps in paths; every other one is stripped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(examples(json!(["q", "page"])))]
    pub(crate) statistics_query: Vec<String>,
    /// Keep a first-party cookie (`cw_visitor`, 13 months, never renewed) to recognise a
    /// returning browser across days; it is then declared automatically as exempt statistics.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub(crate) statistics_cookie: bool,
    /// The site's own words, in place of the platform's, by language.
    #[serde(default, skip_serializing_if = "TextsBody::is_empty")]
    pub(crate) texts: TextsBody,
    /// The services from other companies the site uses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) services: Vec<ServiceBody>,
    /// The cookies the site sets.
    #[serde(default)]
    pub(crate) cookies: Vec<CookieBody>,
}

/// A service the site uses: a catalogue service by its key, whose facts a field given here
/// replaces, or a service of the site's own, described in full.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ServiceBody {
    /// The catalogue's key (`youtube`), or a key of the site's own.
    #[schema(examples("youtube"), pattern = "^[a-z0-9][a-z0-9_-]{0,63}$")]
    pub(crate) key: String,
    /// The name visitors read; required for a service of the site's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) name: Option<String>,
    /// Its purpose; required for a service of the site's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(pattern = "^(necessary|preferences|statistics|marketing)$")]
    pub(crate) category: Option<String>,
    /// Hosts it loads from (`cdn.example.net`, `*.example.net`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) hosts: Vec<String>,
    /// Scheme-less URL prefixes of what it loads (`cdn.example.net/widget/`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) url_prefixes: Vec<String>,
    /// Pieces of text of its inline snippet, at least 5 characters besides spaces.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) signatures: Vec<String>,
    /// Cookies it sets: names, or a name then `*`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) cookies: Vec<String>,
}

impl ServiceBody {
    /// The body of a stored declaration.
    pub(crate) fn of(service: &ServiceDeclaration) -> ServiceBody {
        ServiceBody {
            key: service.key.clone(),
            name: service.name.clone(),
            category: service.category.map(|c| c.to_string()),
            hosts: service.hosts.clone(),
            url_prefixes: service.url_prefixes.clone(),
            signatures: service.signatures.clone(),
            cookies: service.cookies.clone(),
        }
    }
}

/// A site's own words by language; a language left out keeps the platform's text in that
/// language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct TextsBody {
    /// The banner's heading.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[schema(examples(json!({"en": "Cookies at the Example shop"})))]
    pub(crate) banner_title: BTreeMap<String, String>,
    /// The banner's paragraph.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(crate) banner_text: BTreeMap<String, String>,
    /// A paragraph at the top of the policy page.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(crate) policy_intro: BTreeMap<String, String>,
}

impl TextsBody {
    fn is_empty(&self) -> bool {
        self.banner_title.is_empty() && self.banner_text.is_empty() && self.policy_intro.is_empty()
    }

    /// The texts of one field (`banner_title`, …), to read or replace.
    pub(crate) fn field_mut(&mut self, field: &str) -> Option<&mut BTreeMap<String, String>> {
        match field {
            "banner_title" => Some(&mut self.banner_title),
            "banner_text" => Some(&mut self.banner_text),
            "policy_intro" => Some(&mut self.policy_intro),
            _ => None,
        }
    }
}

/// A rule set for some regions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RegionBody {
    /// ISO 3166 codes: countries, which cover their subdivisions, or subdivisions.
    #[schema(examples(json!(["US-CA", "US-CO"])), min_items = 1)]
    pub(crate) codes: Vec<String>,
    /// `opt-in`, `opt-out` or `notice`.
    #[schema(examples("opt-out"), pattern = "^(opt-in|opt-out|notice)$")]
    pub(crate) rules: String,
    /// How long a refusal is respected there, when not the site's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(examples("12 months"))]
    pub(crate) refusal_cooldown: Option<String>,
}

/// One cookie declaration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CookieBody {
    /// The cookie's name, or a prefix ending in `*`.
    #[schema(examples("cart"), min_length = 1)]
    pub(crate) name: String,
    /// Who sets it.
    #[schema(examples("Example shop"), min_length = 1)]
    pub(crate) provider: String,
    /// `necessary`, `preferences`, `statistics` or `marketing`.
    #[schema(
        examples("necessary"),
        pattern = "^(necessary|preferences|statistics|marketing)$"
    )]
    pub(crate) category: String,
    /// A first-party statistics cookie exempt from consent (at most 13 months).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub(crate) exempt: bool,
    /// `first` or `third`.
    #[schema(examples("first"), pattern = "^(first|third)$")]
    pub(crate) party: String,
    /// The domain it is set on, when not the site's own host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) domain: Option<String>,
    /// Its path (`/` when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) path: Option<String>,
    /// `session` or a number and a unit, as in `7 days`.
    #[schema(
        examples("7 days"),
        pattern = "^(session|[0-9]{1,9} (second|minute|hour|day|week|month|year)s?)$"
    )]
    pub(crate) duration: String,
    /// `active` (the default) or `draft`, which the policy does not show yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(pattern = "^(active|draft)$")]
    pub(crate) status: Option<String>,
    /// What it is for, briefly, by language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[schema(examples(json!({"en": "Shopping cart"})))]
    pub(crate) function: BTreeMap<String, String>,
    /// What it does, by language; at least in the site's default language.
    #[schema(examples(json!({"en": "Remembers the items in your cart."})))]
    pub(crate) purpose: BTreeMap<String, String>,
}

/// A refused value: the field it is about (`cookies[2].duration`) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FieldError {
    pub(crate) field: String,
    pub(crate) message: String,
}

/// The file format names the list `cookie` (one `[[cookie]]` table each); the API `cookies`.
const FILE_KEY: &str = "cookie";
const API_KEY: &str = "cookies";
/// Likewise the texts: `[text]` in a file, `texts` in the API; and the regions.
const FILE_TEXTS_KEY: &str = "text";
const API_TEXTS_KEY: &str = "texts";
const FILE_REGIONS_KEY: &str = "region";
const API_REGIONS_KEY: &str = "regions";
const FILE_SERVICES_KEY: &str = "service";
const API_SERVICES_KEY: &str = "services";

/// Each list or table the file names apart from the API, as (file, API).
const RENAMED: [(&str, &str); 4] = [
    (FILE_KEY, API_KEY),
    (FILE_TEXTS_KEY, API_TEXTS_KEY),
    (FILE_REGIONS_KEY, API_REGIONS_KEY),
    (FILE_SERVICES_KEY, API_SERVICES_KEY),
];

impl SiteBody {
    /// The body of a stored definition.
    pub(crate) fn of(definition: &SiteDefinition) -> SiteBody {
        let site = &definition.site;
        SiteBody {
            slug: site.slug.to_string(),
            name: site.name.clone(),
            origins: site.origins.clone(),
            languages: site.languages.iter().map(ToString::to_string).collect(),
            default_language: site.default_language.to_string(),
            consent_lifetime: Some(site.consent_lifetime.to_string()),
            refusal_cooldown: Some(site.refusal_cooldown.to_string()),
            rejection_lifetime: None,
            cookie_domain: site.cookie_domain.clone(),
            default_region: Some(site.default_region.to_string()),
            regions: site
                .regions
                .iter()
                .map(|rule| RegionBody {
                    codes: rule.codes.iter().map(ToString::to_string).collect(),
                    rules: rule.rules.to_string(),
                    refusal_cooldown: rule.refusal_cooldown.map(|c| c.to_string()),
                })
                .collect(),
            policy_path: Some(site.policy_path.clone()),
            statistics_retention: Some(site.statistics_retention.to_string()),
            statistics_query: site.statistics_query.clone(),
            statistics_cookie: site.statistics_cookie,
            texts: TextsBody {
                banner_title: texts_of(&site.texts.banner_title),
                banner_text: texts_of(&site.texts.banner_text),
                policy_intro: texts_of(&site.texts.policy_intro),
            },
            services: definition.services.iter().map(ServiceBody::of).collect(),
            cookies: definition
                .declared()
                .into_iter()
                .map(CookieBody::of)
                .collect(),
        }
    }

    /// A body with only a slug, the start of a new site.
    pub(crate) fn empty(slug: &str) -> SiteBody {
        SiteBody {
            slug: slug.to_owned(),
            name: String::new(),
            origins: Vec::new(),
            languages: Vec::new(),
            default_language: String::new(),
            consent_lifetime: None,
            refusal_cooldown: None,
            rejection_lifetime: None,
            cookie_domain: None,
            default_region: None,
            regions: Vec::new(),
            policy_path: None,
            statistics_retention: None,
            statistics_query: Vec::new(),
            statistics_cookie: false,
            texts: TextsBody::default(),
            services: Vec::new(),
            cookies: Vec::new(),
        }
    }

    /// The definition this body describes, checked by the site-definition parser.
    pub(crate) fn to_definition(&self) -> Result<SiteDefinition, FieldError> {
        let mut table = match toml::Value::try_from(self) {
            Ok(toml::Value::Table(table)) => table,
            _ => {
                return Err(FieldError {
                    field: String::new(),
                    message: "not a site".to_owned(),
                });
            }
        };
        for (file, api) in RENAMED {
            if let Some(value) = table.remove(api) {
                table.insert(file.to_owned(), value);
            }
        }
        let text = toml::to_string(&table).unwrap_or_default();
        SiteDefinition::parse(&text).map_err(|error| {
            // `cookie[2].duration` is `cookies[2].duration` here; `cookie_domain` stays.
            let renamed = RENAMED.iter().find_map(|(file, api)| {
                let rest = error.field.strip_prefix(file)?;
                (rest.is_empty() || rest.starts_with(['[', '.'])).then(|| format!("{api}{rest}"))
            });
            FieldError {
                field: renamed.unwrap_or(error.field),
                message: error.message,
            }
        })
    }

    /// The position of the declaration with this name and domain (`""` for none).
    pub(crate) fn cookie_position(&self, name: &str, domain: &str) -> Option<usize> {
        self.cookies
            .iter()
            .position(|c| c.name == name && c.domain.as_deref().unwrap_or_default() == domain)
    }
}

/// A text's languages and words, as the API writes them.
fn texts_of(text: &LocalizedText) -> BTreeMap<String, String> {
    text.iter()
        .map(|(language, text)| (language.to_string(), text.to_owned()))
        .collect()
}

impl CookieBody {
    /// The body of one stored declaration.
    pub(crate) fn of(declaration: &Declaration) -> CookieBody {
        let texts = texts_of;
        CookieBody {
            name: declaration.pattern.to_string(),
            provider: declaration.provider.clone(),
            category: declaration.category.as_str().to_owned(),
            exempt: declaration.exempt,
            party: declaration.party.as_str().to_owned(),
            domain: declaration.domain.clone(),
            path: Some(declaration.path.clone()),
            duration: declaration.duration.to_string(),
            status: Some(declaration.status.as_str().to_owned()),
            function: texts(&declaration.function),
            purpose: texts(&declaration.purpose),
        }
    }

    /// How the audit log names the declaration: its site, name and, if any, domain.
    pub(crate) fn target(&self, site: &Slug) -> String {
        match &self.domain {
            Some(domain) => format!("site:{site}/cookie:{}@{domain}", self.name),
            None => format!("site:{site}/cookie:{}", self.name),
        }
    }

    /// The body as the audit log keeps it.
    pub(crate) fn audit_json(&self) -> Option<String> {
        serde_json::to_string(self).ok()
    }
}

/// The definition with `cookie` put in place of the declaration at `position`, or added at
/// the end, and the declaration as stored. A refused value names the declaration's own field
/// (`duration`), not its place in the site.
pub(crate) fn with_cookie(
    definition: &SiteDefinition,
    position: Option<usize>,
    cookie: CookieBody,
) -> Result<(SiteDefinition, CookieBody), FieldError> {
    let mut body = SiteBody::of(definition);
    let index = match position {
        Some(index) if index < body.cookies.len() => {
            body.cookies[index] = cookie;
            index
        }
        _ => {
            body.cookies.push(cookie);
            body.cookies.len() - 1
        }
    };
    let edited = body.to_definition().map_err(|error| {
        let prefix = format!("{API_KEY}[{index}].");
        FieldError {
            field: error
                .field
                .strip_prefix(&prefix)
                .map_or(error.field.clone(), |rest| {
                    rest.split(['.', '[']).next().unwrap_or(rest).to_owned()
                }),
            message: error.message,
        }
    })?;
    let stored = edited
        .declarations
        .get(index)
        .map(CookieBody::of)
        .ok_or_else(|| FieldError {
            field: "name".to_owned(),
            message: "the declaration was not kept".to_owned(),
        })?;
    Ok((edited, stored))
}

/// The definition without the declaration of this name and domain (`""` for none), and that
/// declaration; `None` if there is no such declaration.
pub(crate) fn without_cookie(
    definition: &SiteDefinition,
    name: &str,
    domain: &str,
) -> Option<(SiteDefinition, CookieBody)> {
    let position = SiteBody::of(definition).cookie_position(name, domain)?;
    let mut edited = definition.clone();
    let removed = edited.declarations.remove(position);
    Some((edited, CookieBody::of(&removed)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shop() -> SiteDefinition {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/shop.toml");
        SiteDefinition::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn a_definition_reads_back_the_same_through_its_body() {
        let definition = shop();
        let body = SiteBody::of(&definition);
        assert_eq!(body.slug, "shop");
        assert_eq!(body.cookies.len(), definition.declarations.len());
        assert_eq!(body.to_definition().unwrap(), definition);
        let json = serde_json::to_string(&body).unwrap();
        let back: SiteBody = serde_json::from_str(&json).unwrap();
        assert_eq!(back, body);
    }

    #[test]
    fn a_refused_value_names_the_api_field() {
        let mut body = SiteBody::of(&shop());
        body.cookies[1].duration = "3 fortnights".into();
        let mut unknown = body.clone();
        unknown.cookies[1].duration = "7 days".into();
        unknown.services[1].key = "my-widget".into();
        let error = unknown.to_definition().unwrap_err();
        assert_eq!(error.field, "services[1].key");
        assert!(error.message.contains("not in the catalogue"), "{error:?}");
        let error = body.to_definition().unwrap_err();
        assert_eq!(error.field, "cookies[1].duration");
        assert!(error.message.contains("3 fortnights"), "{}", error.message);

        let mut body = SiteBody::of(&shop());
        body.default_language = "de".into();
        assert_eq!(body.to_definition().unwrap_err().field, "default_language");
    }

    #[test]
    fn a_cookie_is_added_replaced_or_removed_and_its_errors_name_its_own_field() {
        let shop = shop();
        let mut cart = SiteBody::of(&shop).cookies[1].clone();
        cart.duration = "2 weeks".into();
        let (edited, stored) = with_cookie(&shop, Some(1), cart.clone()).unwrap();
        assert_eq!(edited.declarations.len(), shop.declarations.len());
        assert_eq!(stored.duration, "2 weeks");
        assert_eq!(edited.declarations[1].duration.to_string(), "2 weeks");

        cart.name = "wishlist".into();
        let (edited, _) = with_cookie(&shop, None, cart.clone()).unwrap();
        assert_eq!(edited.declarations.len(), shop.declarations.len() + 1);

        cart.duration = "forever".into();
        let error = with_cookie(&shop, None, cart.clone()).unwrap_err();
        assert_eq!(error.field, "duration");
        cart.duration = "1 day".into();
        cart.purpose.insert("de".into(), "Wunschliste".into());
        assert_eq!(with_cookie(&shop, None, cart).unwrap_err().field, "purpose");

        let (edited, removed) = without_cookie(&shop, "cart", "").unwrap();
        assert_eq!(removed.name, "cart");
        assert_eq!(edited.declarations.len(), shop.declarations.len() - 1);
        assert!(without_cookie(&shop, "cart", "other.example").is_none());
    }

    #[test]
    fn declarations_are_found_by_name_and_domain() {
        let body = SiteBody::of(&shop());
        assert_eq!(body.cookie_position("cart", ""), Some(1));
        assert_eq!(body.cookie_position("cart", "elsewhere.example"), None);
    }
}
