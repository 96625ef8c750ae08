//! The view of a cookie policy, built once from a site definition in one language and
//! rendered as HTML, as JSON, and as the back office's preview.

use cookiewarden_core::{Category, Language, NamePattern, Party, SiteDefinition};
use serde::Serialize;

use crate::App;
use crate::http::language::LanguageHints;
use crate::view::i18n::Translations;

/// A site's policy in one language: what the HTML page shows and the JSON form returns.
#[derive(Debug, Serialize)]
pub(crate) struct PolicyView {
    site: SiteView,
    language: String,
    /// The site's own opening paragraph in this language, if it wrote one.
    #[serde(skip_serializing_if = "Option::is_none")]
    intro: Option<String>,
    pub(crate) policy_version: String,
    categories: Vec<CategoryView>,
}

#[derive(Debug, Serialize)]
struct SiteView {
    slug: String,
    name: String,
}

#[derive(Debug, Serialize)]
struct CategoryView {
    id: &'static str,
    name: String,
    description: String,
    /// Whether the visitor is asked before these cookies are set.
    consent_required: bool,
    cookies: Vec<CookieView>,
    /// The services of this kind the site lists.
    services: Vec<ServiceView>,
}

/// A service the site lists, under its kind.
#[derive(Debug, Serialize)]
struct ServiceView {
    key: String,
    name: String,
    /// Its place among the site's services: the bit of its choice in `cookies_preferences`.
    bit: usize,
    /// The cookies it is known to set, `_ga_*` for names built on a prefix.
    cookies: Vec<String>,
}

#[derive(Debug, Serialize)]
struct CookieView {
    /// The name as declared, `_ga_*` for a prefix.
    name: String,
    /// `exact` or `prefix`.
    r#match: &'static str,
    /// The name, or the prefix without its `*`.
    stem: String,
    provider: String,
    function: String,
    /// The language `function` is written in, when the site has no text in the page's own
    /// (the page marks it, so screen readers switch voice).
    #[serde(skip_serializing_if = "Option::is_none")]
    function_language: Option<String>,
    purpose: String,
    /// Likewise for `purpose`.
    #[serde(skip_serializing_if = "Option::is_none")]
    purpose_language: Option<String>,
    duration: DurationView,
    party: &'static str,
    party_label: String,
    domain: Option<String>,
    path: String,
    exempt: bool,
}

#[derive(Debug, Serialize)]
struct DurationView {
    text: String,
    /// `null` for a session cookie.
    seconds: Option<u64>,
}

impl PolicyView {
    pub(crate) fn new(
        definition: &SiteDefinition,
        language: &Language,
        translations: &Translations,
    ) -> Self {
        let default = &definition.site.default_language;
        let registry = definition.registry();
        let services = definition.listed_services();
        let categories = Category::ALL
            .into_iter()
            .map(|category| CategoryView {
                id: category.as_str(),
                name: translations.message(language, &format!("category-{category}"), None),
                description: translations.message(
                    language,
                    &format!("category-{category}-description"),
                    None,
                ),
                consent_required: category != Category::Necessary,
                cookies: registry
                    .active()
                    .filter(|d| d.category == category)
                    .map(|d| {
                        let (function, function_language) =
                            in_language(&d.function, language, default);
                        let (purpose, purpose_language) =
                            in_language(&d.purpose, language, default);
                        CookieView {
                            name: d.pattern.to_string(),
                            r#match: match d.pattern {
                                NamePattern::Exact(_) => "exact",
                                NamePattern::Prefix(_) => "prefix",
                            },
                            stem: d.pattern.stem().to_owned(),
                            provider: d.provider.clone(),
                            function,
                            function_language,
                            purpose,
                            purpose_language,
                            duration: DurationView {
                                text: translations.duration(language, d.duration),
                                seconds: d.duration.seconds(),
                            },
                            party: d.party.as_str(),
                            party_label: translations.message(
                                language,
                                match d.party {
                                    Party::First => "party-first",
                                    Party::Third => "party-third",
                                },
                                None,
                            ),
                            domain: d.domain.clone(),
                            path: d.path.clone(),
                            exempt: d.exempt,
                        }
                    })
                    .collect(),
                services: services
                    .declared()
                    .enumerate()
                    .filter(|(_, s)| s.category == category)
                    .map(|(bit, s)| ServiceView {
                        key: s.key.clone(),
                        name: s.name.clone(),
                        bit,
                        cookies: s
                            .cookies
                            .iter()
                            .chain(&s.cookie_patterns)
                            .cloned()
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        PolicyView {
            site: SiteView {
                slug: definition.site.slug.to_string(),
                name: definition.site.name.clone(),
            },
            language: language.to_string(),
            intro: definition
                .site
                .texts
                .policy_intro
                .exactly(language)
                .map(str::to_owned),
            policy_version: definition.policy_version().to_string(),
            categories,
        }
    }
}

/// What the banner shows of a policy: each category with its cookies' names, providers and
/// lifetimes, and what the script needs to delete a withdrawn category's cookies. Functions and
/// purposes stay on the policy page the banner links to, so the first visit stays small.
#[derive(Debug, Serialize)]
pub(crate) struct BannerPolicy<'a> {
    language: &'a str,
    policy_version: &'a str,
    categories: Vec<BannerCategory<'a>>,
}

#[derive(Debug, Serialize)]
struct BannerCategory<'a> {
    id: &'static str,
    name: &'a str,
    description: &'a str,
    cookies: Vec<BannerCookie<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    services: &'a [ServiceView],
}

#[derive(Debug, Serialize)]
struct BannerCookie<'a> {
    name: &'a str,
    r#match: &'static str,
    stem: &'a str,
    provider: &'a str,
    /// The lifetime in words.
    duration: &'a str,
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    domain: Option<&'a str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    exempt: bool,
}

impl PolicyView {
    /// The part of this policy the banner shows.
    pub(crate) fn for_banner(&self) -> BannerPolicy<'_> {
        BannerPolicy {
            language: &self.language,
            policy_version: &self.policy_version,
            categories: self
                .categories
                .iter()
                .map(|category| BannerCategory {
                    id: category.id,
                    name: &category.name,
                    description: &category.description,
                    services: &category.services,
                    cookies: category
                        .cookies
                        .iter()
                        .map(|cookie| BannerCookie {
                            name: &cookie.name,
                            r#match: cookie.r#match,
                            stem: &cookie.stem,
                            provider: &cookie.provider,
                            duration: &cookie.duration.text,
                            path: &cookie.path,
                            domain: cookie.domain.as_deref(),
                            exempt: cookie.exempt,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// A site's text in `language`, else in its default language, with the language it is in
/// when that is not `language`.
fn in_language(
    text: &cookiewarden_core::LocalizedText,
    language: &Language,
    default: &Language,
) -> (String, Option<String>) {
    match text.read(language, default) {
        Some((written, text)) => (
            text.to_owned(),
            (written != language).then(|| written.to_string()),
        ),
        None => (String::new(), None),
    }
}

/// The languages a site's policy can be shown in: its own languages that the interface also
/// speaks, or the interface's languages when they share none.
fn policy_languages(
    definition: &SiteDefinition,
    translations: &Translations,
) -> (Vec<Language>, Language) {
    let interface = translations.languages();
    let shared: Vec<Language> = definition
        .site
        .languages
        .iter()
        .filter(|l| interface.contains(l))
        .cloned()
        .collect();
    if shared.is_empty() {
        (interface, translations.default_language().clone())
    } else {
        let default = if shared.contains(&definition.site.default_language) {
            definition.site.default_language.clone()
        } else {
            shared[0].clone()
        };
        (shared, default)
    }
}

/// The language to show `definition` in, for this visitor.
pub(crate) fn site_language(
    app: &App,
    definition: &SiteDefinition,
    hints: &LanguageHints,
) -> Language {
    let (available, default) = policy_languages(definition, app.pages.translations());
    hints.choose(&available, &default)
}
