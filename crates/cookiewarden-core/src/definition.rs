//! Site definitions as TOML: what `cookiewarden site apply` reads and `site export` writes.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::ops::Range;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::{
    BROWSER_MAX_LIFETIME_SECONDS, Category, CookieDuration, Declaration, DeclarationStatus,
    Language, LocalizedText, MAX_SITE_SERVICES, NamePattern, Party, PolicyVersion, Region,
    RegionRule, Registry, STATISTICS_COOKIE, STATISTICS_COOKIE_LIFETIME, ServiceCatalogue,
    ServiceDeclaration, Site, SiteTexts, Slug, TRACKER_MAX_LIFETIME,
};

/// A site and its cookie declarations: the unit that is applied, stored and exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteDefinition {
    /// The site.
    pub site: Site,
    /// Its declarations, in the order written.
    pub declarations: Vec<Declaration>,
    /// The services it says it uses, in the order written.
    pub services: Vec<ServiceDeclaration>,
}

/// A site definition that cannot be read, located in its text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {column}, field `{field}`: {message}")]
pub struct DefinitionError {
    /// 1-based line of the offending value.
    pub line: usize,
    /// 1-based column of the offending value.
    pub column: usize,
    /// Path of the field, as in `cookie[2].duration`.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    slug: Slug,
    name: String,
    #[serde(default)]
    origins: Vec<Spanned<String>>,
    languages: Spanned<Vec<Language>>,
    default_language: Spanned<Language>,
    #[serde(default = "default_consent_lifetime")]
    consent_lifetime: Spanned<CookieDuration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    refusal_cooldown: Option<Spanned<CookieDuration>>,
    /// The former name of `refusal_cooldown`, still read, never written.
    #[serde(default, skip_serializing)]
    rejection_lifetime: Option<Spanned<CookieDuration>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cookie_domain: Option<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    default_region: Option<Spanned<Region>>,
    #[serde(default = "default_policy_path")]
    policy_path: Spanned<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    statistics_retention: Option<Spanned<CookieDuration>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    statistics_query: Vec<Spanned<String>>,
    #[serde(default, skip_serializing_if = "is_false")]
    statistics_cookie: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<Spanned<SiteTexts>>,
    #[serde(default, rename = "region", skip_serializing_if = "Vec::is_empty")]
    regions: Vec<Spanned<RegionRule>>,
    #[serde(default, rename = "service", skip_serializing_if = "Vec::is_empty")]
    services: Vec<Spanned<ServiceDeclaration>>,
    #[serde(default, rename = "cookie")]
    cookies: Vec<Spanned<RawCookie>>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCookie {
    name: NamePattern,
    provider: String,
    category: Category,
    #[serde(default, skip_serializing_if = "is_false")]
    exempt: bool,
    party: Party,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    domain: Option<String>,
    #[serde(default = "default_cookie_path")]
    path: String,
    duration: CookieDuration,
    #[serde(default, skip_serializing_if = "is_active")]
    status: DeclarationStatus,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    function: LocalizedText,
    purpose: LocalizedText,
}

fn default_consent_lifetime() -> Spanned<CookieDuration> {
    Spanned::new(0..0, Site::DEFAULT_CONSENT_LIFETIME)
}

fn default_policy_path() -> Spanned<String> {
    Spanned::new(0..0, Site::DEFAULT_POLICY_PATH.to_owned())
}

fn default_cookie_path() -> String {
    "/".to_owned()
}

fn is_false(value: &bool) -> bool {
    !value
}

fn is_active(status: &DeclarationStatus) -> bool {
    *status == DeclarationStatus::Active
}

/// Locates byte offsets of one text as 1-based line and column.
struct Locator<'a>(&'a str);

impl Locator<'_> {
    fn error(
        &self,
        span: Range<usize>,
        field: impl Into<String>,
        message: impl fmt::Display,
    ) -> DefinitionError {
        let before = &self.0[..span.start.min(self.0.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        DefinitionError {
            line,
            column,
            field: field.into(),
            message: message.to_string(),
        }
    }
}

impl SiteDefinition {
    /// Reads and checks a TOML site definition. The first problem found is reported with its
    /// line, column and field, so an operator can go straight to it.
    pub fn parse(text: &str) -> Result<SiteDefinition, DefinitionError> {
        let locator = Locator(text);
        let deserializer = toml::Deserializer::parse(text)
            .map_err(|e| locator.error(e.span().unwrap_or(0..0), "", e.message()))?;
        let raw: RawSite = serde_path_to_error::deserialize(deserializer).map_err(|e| {
            let field = field_path(e.path());
            let inner = e.into_inner();
            locator.error(inner.span().unwrap_or(0..0), field, inner.message())
        })?;
        raw.into_definition(&locator)
    }

    /// Writes the definition as TOML that [`SiteDefinition::parse`] reads back to an equal value.
    pub fn to_toml(&self) -> String {
        let site = &self.site;
        let raw = RawSite {
            slug: site.slug.clone(),
            name: site.name.clone(),
            origins: site
                .origins
                .iter()
                .map(|o| Spanned::new(0..0, o.clone()))
                .collect(),
            languages: Spanned::new(0..0, site.languages.clone()),
            default_language: Spanned::new(0..0, site.default_language.clone()),
            consent_lifetime: Spanned::new(0..0, site.consent_lifetime),
            refusal_cooldown: (site.refusal_cooldown != Site::DEFAULT_REFUSAL_COOLDOWN)
                .then(|| Spanned::new(0..0, site.refusal_cooldown)),
            rejection_lifetime: None,
            cookie_domain: site
                .cookie_domain
                .as_ref()
                .map(|d| Spanned::new(0..0, d.clone())),
            default_region: (site.default_region != Region::european_union())
                .then(|| Spanned::new(0..0, site.default_region.clone())),
            regions: site
                .regions
                .iter()
                .map(|rule| Spanned::new(0..0, rule.clone()))
                .collect(),
            policy_path: Spanned::new(0..0, site.policy_path.clone()),
            statistics_retention: (site.statistics_retention != Site::MAX_STATISTICS_RETENTION)
                .then(|| Spanned::new(0..0, site.statistics_retention)),
            statistics_query: site
                .statistics_query
                .iter()
                .map(|name| Spanned::new(0..0, name.clone()))
                .collect(),
            statistics_cookie: site.statistics_cookie,
            text: (!site.texts.is_empty()).then(|| Spanned::new(0..0, site.texts.clone())),
            services: self
                .services
                .iter()
                .map(|service| Spanned::new(0..0, service.clone()))
                .collect(),
            // The measurement's own cookie is declared by `statistics_cookie`, not listed.
            cookies: self
                .declared()
                .iter()
                .map(|d| {
                    Spanned::new(
                        0..0,
                        RawCookie {
                            name: d.pattern.clone(),
                            provider: d.provider.clone(),
                            category: d.category,
                            exempt: d.exempt,
                            party: d.party,
                            domain: d.domain.clone(),
                            path: d.path.clone(),
                            duration: d.duration,
                            status: d.status,
                            function: d.function.clone(),
                            purpose: d.purpose.clone(),
                        },
                    )
                })
                .collect(),
        };
        // Serialising plain strings, enums and maps into TOML cannot fail.
        toml::to_string_pretty(&raw).unwrap_or_default()
    }

    /// The platform's own site, `platform`, declaring exactly the four cookies cookiewarden
    /// sets: `sessionid`, `django_language`, `csrftoken` and `cookies_preferences`.
    pub fn platform() -> SiteDefinition {
        SiteDefinition::parse(include_str!("platform.toml"))
            .expect("the embedded platform definition is valid; a unit test parses it")
    }

    /// Adds the languages `newer` speaks and this site does not, with the texts `newer`'s
    /// declarations have in them, keeping everything else as it is: how the platform's own
    /// site, created by an older release, gains a release's new languages without losing what
    /// its operator changed. The policy version stays (it reads the default language only).
    /// Returns whether anything was added.
    pub fn gain_languages(&mut self, newer: &SiteDefinition) -> bool {
        let added: Vec<Language> = newer
            .site
            .languages
            .iter()
            .filter(|l| !self.site.languages.contains(l))
            .cloned()
            .collect();
        for declaration in &mut self.declarations {
            let Some(source) = newer
                .declarations
                .iter()
                .find(|d| d.pattern == declaration.pattern && d.domain == declaration.domain)
            else {
                continue;
            };
            for (text, from) in [
                (&mut declaration.function, &source.function),
                (&mut declaration.purpose, &source.purpose),
            ] {
                let gained = from.iter().filter(|(l, _)| added.contains(l));
                *text = text
                    .iter()
                    .chain(gained)
                    .map(|(l, t)| (l.clone(), t.to_owned()))
                    .collect();
            }
        }
        self.site.languages.extend(added.iter().cloned());
        !added.is_empty()
    }

    /// The active declarations whose function or purpose is not written in every language of
    /// the site, with the languages missing: their visitors read the default language's text
    /// there, which an operator should know when applying the site.
    pub fn missing_texts(&self) -> Vec<(String, Vec<Language>)> {
        self.declarations
            .iter()
            .filter(|d| d.status == crate::DeclarationStatus::Active)
            .filter_map(|d| {
                let missing: Vec<Language> = self
                    .site
                    .languages
                    .iter()
                    // A function is optional; one written in some language is wanted in all.
                    .filter(|l| {
                        (!d.function.is_empty() && d.function.exactly(l).is_none())
                            || d.purpose.exactly(l).is_none()
                    })
                    .cloned()
                    .collect();
                (!missing.is_empty()).then(|| (d.pattern.to_string(), missing))
            })
            .collect()
    }

    /// The site's registry view.
    pub fn registry(&self) -> Registry<'_> {
        Registry::new(&self.declarations, &self.site.default_language)
    }

    /// The version of the site's policy: the registry's, and when the site lists services,
    /// a hash of that and of each service (key, name, purpose, cookies, and the hosts and
    /// prefixes it loads from), so that a visitor is asked again when a service is added,
    /// changes purpose or reaches further. A site without services keeps the version its
    /// declarations alone give.
    pub fn policy_version(&self) -> PolicyVersion {
        let declarations = self.registry().policy_version();
        if self.services.is_empty() {
            return declarations;
        }
        let catalogue = self.listed_services();
        let services: Vec<serde_json::Value> = catalogue
            .declared()
            .map(|s| {
                serde_json::json!([
                    s.key,
                    s.name,
                    s.category.as_str(),
                    s.cookies,
                    s.cookie_patterns,
                    s.own_hosts().collect::<Vec<_>>(),
                    s.url_prefixes()
                ])
            })
            .collect();
        PolicyVersion::of_text(&serde_json::json!([declarations.as_str(), services]).to_string())
    }

    /// The catalogue of services as this site sees it, its own declarations applied: what the
    /// gateway judges pages with.
    pub fn service_catalogue(&self) -> ServiceCatalogue {
        ServiceCatalogue::for_site(&self.services)
    }

    /// The services this site lists, and only those: cheap enough for every request.
    pub fn listed_services(&self) -> ServiceCatalogue {
        ServiceCatalogue::listed(&self.services)
    }
}

impl RawSite {
    /// The site this file describes, checked phase by phase (names, languages, origins,
    /// lifetimes, audience settings, texts, then each declaration against the site), or the
    /// first value that is refused, with its place in the file.
    fn into_definition(self, at: &Locator<'_>) -> Result<SiteDefinition, DefinitionError> {
        self.check_names(at)?;
        self.check_languages(at)?;
        let origins = self.origins(at)?;
        self.check_lifetimes(at)?;
        self.check_regions(at)?;
        let cookie_domain = self.cookie_domain(&origins, at)?;
        let statistics_retention = self.statistics_retention(at)?;
        let statistics_query = self.statistics_query(at)?;
        let text_span = self.text.as_ref().map_or(0..0, Spanned::span);
        let texts = self.text.map(Spanned::into_inner).unwrap_or_default();
        check_texts(&texts, self.languages.get_ref(), text_span, at)?;
        let site = Site {
            slug: self.slug,
            name: self.name,
            origins,
            languages: self.languages.into_inner(),
            default_language: self.default_language.into_inner(),
            consent_lifetime: self.consent_lifetime.into_inner(),
            refusal_cooldown: self
                .refusal_cooldown
                .or(self.rejection_lifetime)
                .map_or(Site::DEFAULT_REFUSAL_COOLDOWN, Spanned::into_inner),
            cookie_domain,
            default_region: self
                .default_region
                .map_or_else(Region::european_union, Spanned::into_inner),
            regions: self.regions.into_iter().map(Spanned::into_inner).collect(),
            policy_path: self.policy_path.into_inner(),
            texts,
            statistics_retention,
            statistics_query,
            statistics_cookie: self.statistics_cookie,
        };
        let services = services(self.services, at)?;
        let declarations = declarations(self.cookies, &site, at)?;
        Ok(SiteDefinition {
            site,
            declarations,
            services,
        })
    }

    /// The name is given, and neither it nor the policy's path holds control characters; the
    /// path is a path.
    fn check_names(&self, at: &Locator<'_>) -> Result<(), DefinitionError> {
        if self.name.trim().is_empty() {
            return Err(at.error(0..0, "name", "the site needs a name"));
        }
        for (field, span, text) in [
            ("name", 0..0, self.name.as_str()),
            (
                "policy_path",
                self.policy_path.span(),
                self.policy_path.get_ref(),
            ),
        ] {
            if has_control_characters(text) {
                return Err(at.error(span, field, CONTROL_CHARACTERS));
            }
        }
        if !self.policy_path.get_ref().starts_with('/') {
            return Err(at.error(
                self.policy_path.span(),
                "policy_path",
                "a path starts with `/`",
            ));
        }
        Ok(())
    }

    /// At least one language, each one the product speaks, none twice, the default among
    /// them.
    fn check_languages(&self, at: &Locator<'_>) -> Result<(), DefinitionError> {
        let languages = self.languages.get_ref();
        if languages.is_empty() {
            return Err(at.error(
                self.languages.span(),
                "languages",
                "list at least one language",
            ));
        }
        let mut seen = HashSet::new();
        if let Some(dup) = languages.iter().find(|l| !seen.insert(*l)) {
            return Err(at.error(
                self.languages.span(),
                "languages",
                format!("`{dup}` is listed twice"),
            ));
        }
        if let Some(unknown) = languages.iter().find(|l| !l.is_supported()) {
            return Err(at.error(
                self.languages.span(),
                "languages",
                format!(
                    "`{unknown}` has no texts in this product; the supported languages are {}",
                    crate::SUPPORTED_LANGUAGES.join(", ")
                ),
            ));
        }
        if !languages.contains(self.default_language.get_ref()) {
            return Err(at.error(
                self.default_language.span(),
                "default_language",
                format!(
                    "`{}` is not one of the site's languages",
                    self.default_language.get_ref()
                ),
            ));
        }
        Ok(())
    }

    /// The origins, normalised, each one an origin.
    fn origins(&self, at: &Locator<'_>) -> Result<Vec<String>, DefinitionError> {
        self.origins
            .iter()
            .enumerate()
            .map(|(i, origin)| {
                normalize_origin(origin.get_ref()).ok_or_else(|| {
                    at.error(
                        origin.span(),
                        format!("origins[{i}]"),
                        format!(
                            "`{}` is not an origin such as https://www.example.org",
                            origin.get_ref()
                        ),
                    )
                })
            })
            .collect()
    }

    /// A consent is kept for a fixed span; a refusal is respected for a fixed span a browser
    /// can keep a cookie, here and in each region that sets its own.
    fn check_lifetimes(&self, at: &Locator<'_>) -> Result<(), DefinitionError> {
        if self.consent_lifetime.get_ref().seconds().is_none() {
            return Err(at.error(
                self.consent_lifetime.span(),
                "consent_lifetime",
                "a choice is kept for a fixed span, such as `6 months`",
            ));
        }
        if let (Some(_), Some(former)) = (&self.refusal_cooldown, &self.rejection_lifetime) {
            return Err(at.error(
                former.span(),
                "rejection_lifetime",
                "this is the former name of `refusal_cooldown`: write only `refusal_cooldown`",
            ));
        }
        let cooldowns = [
            ("refusal_cooldown", &self.refusal_cooldown),
            ("rejection_lifetime", &self.rejection_lifetime),
        ]
        .into_iter()
        .filter_map(|(field, cooldown)| {
            let cooldown = cooldown.as_ref()?;
            Some((field.to_owned(), cooldown.span(), *cooldown.get_ref()))
        })
        .chain(self.regions.iter().enumerate().filter_map(|(i, rule)| {
            let cooldown = rule.get_ref().refusal_cooldown?;
            Some((
                format!("region[{i}].refusal_cooldown"),
                rule.span(),
                cooldown,
            ))
        }));
        for (field, span, cooldown) in cooldowns {
            if cooldown
                .seconds()
                .is_none_or(|seconds| seconds > BROWSER_MAX_LIFETIME_SECONDS)
            {
                return Err(at.error(
                    span,
                    field,
                    "a refusal is respected for a fixed span of at most 400 days (the longest a browser keeps a cookie), such as `6 months`",
                ));
            }
        }
        Ok(())
    }

    /// Each region rule names regions, and no region is named by two rules.
    fn check_regions(&self, at: &Locator<'_>) -> Result<(), DefinitionError> {
        let mut seen = HashSet::new();
        for (i, rule) in self.regions.iter().enumerate() {
            let codes = &rule.get_ref().codes;
            if codes.is_empty() {
                return Err(at.error(
                    rule.span(),
                    format!("region[{i}].codes"),
                    "name at least one region, such as `US-CA`",
                ));
            }
            if let Some(twice) = codes.iter().find(|code| !seen.insert(*code)) {
                return Err(at.error(
                    rule.span(),
                    format!("region[{i}].codes"),
                    format!("`{twice}` is named by two region rules"),
                ));
            }
        }
        Ok(())
    }

    /// The shared cookie domain, normalised: a domain name, not a public suffix (a cookie
    /// there would reach every site under it, and browsers refuse it), and a parent of (or
    /// equal to) the host of every origin of the site, so every page can read the choice.
    fn cookie_domain(
        &self,
        origins: &[String],
        at: &Locator<'_>,
    ) -> Result<Option<String>, DefinitionError> {
        let Some(written) = &self.cookie_domain else {
            return Ok(None);
        };
        let refuse = |message: String| Err(at.error(written.span(), "cookie_domain", message));
        let Some(domain) = normalize_domain(written.get_ref()) else {
            return refuse(format!(
                "`{}` is not a domain name such as example.org",
                written.get_ref()
            ));
        };
        if domain.parse::<std::net::Ipv4Addr>().is_ok() {
            return refuse(format!(
                "`{domain}` is an address: a cookie can only be shared under a domain name"
            ));
        }
        if psl::suffix_str(&domain) == Some(domain.as_str()) {
            return refuse(format!(
                "`{domain}` is a public suffix: a cookie there would reach every site under it; name the site's own domain, such as example.{domain}"
            ));
        }
        if origins.is_empty() {
            return refuse("list the site's origins, which the cookie domain must cover".into());
        }
        let outside = origins
            .iter()
            .find(|origin| !crate::domain_matches(origin_host(origin), &domain));
        if let Some(origin) = outside {
            return refuse(format!(
                "`{domain}` is not a parent of the origin {origin}: every origin of the site must be under it"
            ));
        }
        Ok(Some(domain))
    }

    /// How long raw audience data is kept: at most the longest allowed, that when left out.
    fn statistics_retention(&self, at: &Locator<'_>) -> Result<CookieDuration, DefinitionError> {
        Ok(match &self.statistics_retention {
            None => Site::MAX_STATISTICS_RETENTION,
            Some(retention) => {
                let longest = Site::MAX_STATISTICS_RETENTION.seconds();
                match retention.get_ref().seconds() {
                    Some(seconds) if Some(seconds) <= longest => *retention.get_ref(),
                    _ => {
                        return Err(at.error(
                            retention.span(),
                            "statistics_retention",
                            "raw audience data is kept for a fixed span of at most 25 months",
                        ));
                    }
                }
            }
        })
    }

    /// The query parameters kept in measured paths: names, each once.
    fn statistics_query(&self, at: &Locator<'_>) -> Result<Vec<String>, DefinitionError> {
        let mut statistics_query = Vec::new();
        for (i, name) in self.statistics_query.iter().enumerate() {
            let valid = !name.get_ref().is_empty()
                && name.get_ref().len() <= 64
                && name.get_ref().bytes().all(|b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'[' | b']')
                });
            if !valid || statistics_query.contains(name.get_ref()) {
                return Err(at.error(
                    name.span(),
                    format!("statistics_query[{i}]"),
                    format!(
                        "`{}` is not a query parameter name, or is listed twice",
                        name.get_ref()
                    ),
                ));
            }
            statistics_query.push(name.get_ref().clone());
        }
        Ok(statistics_query)
    }
}

/// The words of the audience measurement's cookie in every supported language, by language:
/// its function, then its purpose.
static STATISTICS_COOKIE_WORDS: LazyLock<BTreeMap<String, [String; 2]>> = LazyLock::new(|| {
    #[derive(Deserialize)]
    struct Words {
        function: String,
        purpose: String,
    }
    let words: BTreeMap<String, Words> = toml::from_str(include_str!("statistics-cookie.toml"))
        .expect("the embedded statistics cookie words are valid; a unit test reads them");
    words
        .into_iter()
        .map(|(language, w)| (language, [w.function, w.purpose]))
        .collect()
});

/// The declaration of the audience measurement's cookie, in each of the site's languages.
fn statistics_declaration(site: &Site) -> Declaration {
    let text = |column: usize| -> LocalizedText {
        site.languages
            .iter()
            .filter_map(|language| {
                let words = STATISTICS_COOKIE_WORDS.get(language.as_str())?;
                Some((language.clone(), words[column].clone()))
            })
            .collect()
    };
    Declaration {
        pattern: NamePattern::Exact(STATISTICS_COOKIE.to_owned()),
        provider: site.name.clone(),
        function: text(0),
        purpose: text(1),
        category: Category::Statistics,
        exempt: true,
        party: Party::First,
        domain: None,
        path: "/".to_owned(),
        duration: STATISTICS_COOKIE_LIFETIME,
        status: DeclarationStatus::Active,
    }
}

impl SiteDefinition {
    /// The declarations the site wrote itself: all but the one `statistics_cookie` adds.
    pub fn declared(&self) -> Vec<&Declaration> {
        self.declarations
            .iter()
            .filter(|d| {
                !(self.site.statistics_cookie
                    && d.pattern == NamePattern::Exact(STATISTICS_COOKIE.to_owned()))
            })
            .collect()
    }
}

/// The services, each checked, none listed twice, at most [`MAX_SITE_SERVICES`].
fn services(
    raw: Vec<Spanned<ServiceDeclaration>>,
    at: &Locator<'_>,
) -> Result<Vec<ServiceDeclaration>, DefinitionError> {
    if let Some(extra) = raw.get(MAX_SITE_SERVICES) {
        return Err(at.error(
            extra.span(),
            format!("service[{MAX_SITE_SERVICES}]"),
            format!("a site lists at most {MAX_SITE_SERVICES} services"),
        ));
    }
    let mut seen = HashSet::new();
    raw.into_iter()
        .enumerate()
        .map(|(i, service)| {
            let span = service.span();
            let service = service.into_inner();
            service.check().map_err(|(field, message)| {
                at.error(span.clone(), format!("service[{i}].{field}"), message)
            })?;
            if !seen.insert(service.key.clone()) {
                return Err(at.error(
                    span,
                    format!("service[{i}].key"),
                    format!("`{}` is listed twice", service.key),
                ));
            }
            Ok(service)
        })
        .collect()
}

impl RawCookie {
    fn into_declaration(self, site: &Site) -> Result<Declaration, (&'static str, String)> {
        if self.provider.trim().is_empty() {
            return Err(("provider", "name who provides this cookie".into()));
        }
        let texts = [("provider", self.provider.as_str()), ("path", &self.path)]
            .into_iter()
            .chain(self.domain.as_deref().map(|d| ("domain", d)))
            .chain(self.function.iter().map(|(_, t)| ("function", t)))
            .chain(self.purpose.iter().map(|(_, t)| ("purpose", t)));
        for (field, text) in texts {
            if has_control_characters(text) {
                return Err((field, CONTROL_CHARACTERS.into()));
            }
        }
        if self
            .purpose
            .get(&site.default_language, &site.default_language)
            .is_none()
            || self
                .purpose
                .iter()
                .all(|(l, _)| *l != site.default_language)
        {
            return Err((
                "purpose",
                format!(
                    "write the purpose at least in the default language `{}`",
                    site.default_language
                ),
            ));
        }
        for (field, text) in [("purpose", &self.purpose), ("function", &self.function)] {
            if let Some((language, _)) = text.iter().find(|(l, _)| !site.languages.contains(l)) {
                return Err((
                    field,
                    format!("`{language}` is not one of the site's languages"),
                ));
            }
        }
        if self.exempt {
            if self.category != Category::Statistics {
                return Err((
                    "exempt",
                    "only statistics cookies can be exempt from consent".into(),
                ));
            }
            if self.party != Party::First {
                return Err((
                    "exempt",
                    "an exempt statistics cookie must be first-party".into(),
                ));
            }
            if self
                .duration
                .seconds()
                .is_some_and(|s| s > TRACKER_MAX_LIFETIME.seconds().unwrap_or(u64::MAX))
            {
                return Err((
                    "exempt",
                    "an exempt statistics cookie lives at most 13 months".into(),
                ));
            }
        }
        let domain = match self.domain {
            Some(domain) => Some(
                normalize_domain(&domain)
                    .ok_or(("domain", format!("`{domain}` is not a domain name")))?,
            ),
            None => None,
        };
        if !self.path.starts_with('/') {
            return Err(("path", "a cookie path starts with `/`".into()));
        }
        // The path is written into `Set-Cookie` lines (the gateway's expiries): a `;` or a
        // space there would add attributes of the writer's choosing (RFC 6265bis §4.1.1).
        if self.path.contains(';') || self.path.chars().any(char::is_whitespace) {
            return Err(("path", "a cookie path holds no `;` and no spaces".into()));
        }
        if self.path.len() > 1024 {
            return Err(("path", "a cookie path is at most 1024 bytes".into()));
        }
        Ok(Declaration {
            pattern: self.name,
            provider: self.provider,
            function: self.function,
            purpose: self.purpose,
            category: self.category,
            exempt: self.exempt,
            party: self.party,
            domain,
            path: self.path,
            duration: self.duration,
            status: self.status,
        })
    }
}

const CONTROL_CHARACTERS: &str = "control characters are not allowed here";

/// Whether a text holds control characters other than tabs and line breaks: they show as
/// nothing, so they only hide things, and some databases refuse them.
/// Each `[[cookie]]` as a declaration of `site`, none twice (by name and domain), and the
/// audience's own cookie when the site turns it on, which then may not be declared by hand.
fn declarations(
    cookies: Vec<Spanned<RawCookie>>,
    site: &Site,
    at: &Locator<'_>,
) -> Result<Vec<Declaration>, DefinitionError> {
    let mut keys = HashSet::new();
    let declarations = cookies
        .into_iter()
        .enumerate()
        .map(|(i, cookie)| {
            let span = cookie.span();
            let declaration =
                cookie
                    .into_inner()
                    .into_declaration(site)
                    .map_err(|(field, message)| {
                        at.error(span.clone(), format!("cookie[{i}].{field}"), message)
                    })?;
            if !keys.insert((declaration.pattern.clone(), declaration.domain.clone())) {
                return Err(at.error(
                    span,
                    format!("cookie[{i}].name"),
                    format!("`{}` is declared twice", declaration.pattern),
                ));
            }
            Ok(declaration)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut declarations = declarations;
    if site.statistics_cookie {
        if declarations
            .iter()
            .any(|d| d.pattern.matches(STATISTICS_COOKIE))
        {
            return Err(at.error(
                    0..0,
                    "statistics_cookie",
                    format!(
                        "`{STATISTICS_COOKIE}` is declared by `statistics_cookie`; remove its `[[cookie]]`"
                    ),
                ));
        }
        declarations.push(statistics_declaration(site));
    }
    Ok(declarations)
}

/// A site's own texts are in its languages, not empty, without control characters.
fn check_texts(
    texts: &SiteTexts,
    languages: &[Language],
    span: std::ops::Range<usize>,
    at: &Locator<'_>,
) -> Result<(), DefinitionError> {
    for (field, text) in texts.fields() {
        for (language, words) in text.iter() {
            let field = format!("text.{field}");
            if !languages.contains(language) {
                let message = format!("`{language}` is not one of the site's languages");
                return Err(at.error(span.clone(), field, message));
            }
            if words.trim().is_empty() {
                let message = "write a text, or leave it out to keep the platform's";
                return Err(at.error(span.clone(), field, message));
            }
            if has_control_characters(words) {
                return Err(at.error(span.clone(), field, CONTROL_CHARACTERS));
            }
        }
    }
    Ok(())
}

fn has_control_characters(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// The path of a field as an operator reads it (`cookie[2].duration`), without the internal
/// names `toml::Spanned` uses to carry positions.
fn field_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if key.starts_with("$__serde_spanned") {
                    continue;
                }
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    out
}

/// `Example.org` and `.example.org` both declare `example.org`.
fn normalize_domain(domain: &str) -> Option<String> {
    let domain = domain.trim_start_matches('.').to_ascii_lowercase();
    let valid = !domain.is_empty()
        && domain.len() <= 253
        && domain.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    valid.then_some(domain)
}

/// The host of a normalised origin: `https://shop.example:8443` gives `shop.example`.
fn origin_host(origin: &str) -> &str {
    let authority = origin.split_once("://").map_or(origin, |(_, rest)| rest);
    match authority.rsplit_once(':') {
        Some((host, port)) if !port.contains(']') => host,
        _ => authority,
    }
}

/// `HTTPS://Shop.example:8443/` becomes `https://shop.example:8443`.
fn normalize_origin(origin: &str) -> Option<String> {
    let lower = origin.to_ascii_lowercase();
    let (scheme, rest) = lower.split_once("://")?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let port_ok = port.is_none_or(|p| p.parse::<u16>().is_ok_and(|p| p > 0));
    let host_ok = normalize_domain(host).is_some_and(|h| h == host) || host == "[::1]";
    (port_ok && host_ok).then(|| format!("{scheme}://{authority}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_platform_definition_parses() {
        assert_eq!(
            SiteDefinition::platform().site.slug.as_str(),
            Slug::PLATFORM
        );
    }

    #[test]
    fn the_statistics_cookie_is_described_in_every_supported_language() {
        let languages: Vec<&str> = STATISTICS_COOKIE_WORDS.keys().map(String::as_str).collect();
        let mut supported = crate::SUPPORTED_LANGUAGES.to_vec();
        supported.sort_unstable();
        assert_eq!(languages, supported);
        for (language, [function, purpose]) in STATISTICS_COOKIE_WORDS.iter() {
            assert!(!function.is_empty() && !purpose.is_empty(), "{language}");
            if language != "en" {
                assert_ne!(purpose, &STATISTICS_COOKIE_WORDS["en"][1], "{language}");
            }
        }
    }

    #[test]
    fn origins_are_normalized_and_checked() {
        assert_eq!(
            normalize_origin("HTTPS://Shop.example:8443/").as_deref(),
            Some("https://shop.example:8443")
        );
        assert_eq!(
            normalize_origin("http://localhost").as_deref(),
            Some("http://localhost")
        );
        for bad in [
            "shop.example",
            "ftp://shop.example",
            "https://shop.example/path",
            "https://shop.example:0",
            "https://",
        ] {
            assert_eq!(normalize_origin(bad), None, "{bad}");
        }
    }

    #[test]
    fn domains_lose_their_leading_dot() {
        assert_eq!(
            normalize_domain(".Example.org").as_deref(),
            Some("example.org")
        );
        assert_eq!(normalize_domain("exa mple.org"), None);
        assert_eq!(normalize_domain("a..b"), None);
    }
}
