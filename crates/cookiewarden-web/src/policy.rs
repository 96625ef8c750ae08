//! Cookie policies: the platform's own at `/cookies-policy`, each site's under
//! `/sites/{slug}/`, as HTML and as JSON built from one view.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Json;
use axum::extract::{OriginalUri, Path, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use cookiewarden_core::{Category, Language, NamePattern, Party, SiteDefinition, Slug};
use minijinja::context;
use serde::Serialize;

use crate::i18n::Translations;
use crate::language::LanguageHints;
use crate::pages::{html_page, not_found_page, set_language_headers, view};
use crate::visitor::visitor_choice;
use crate::{App, Error};

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
    purpose: String,
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
                    .map(|d| CookieView {
                        name: d.pattern.to_string(),
                        r#match: match d.pattern {
                            NamePattern::Exact(_) => "exact",
                            NamePattern::Prefix(_) => "prefix",
                        },
                        stem: d.pattern.stem().to_owned(),
                        provider: d.provider.clone(),
                        function: d
                            .function
                            .get(language, default)
                            .unwrap_or_default()
                            .to_owned(),
                        purpose: d
                            .purpose
                            .get(language, default)
                            .unwrap_or_default()
                            .to_owned(),
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
            policy_version: registry.policy_version().to_string(),
            categories,
        }
    }
}

/// How a policy is asked for.
#[derive(Debug, Clone, Copy)]
enum Format {
    Html,
    Json,
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

/// The site named `slug`, or `None` for an unknown or malformed slug, as the store has it
/// now; while the store is unavailable, as it last had it (see [`SiteCache`]).
pub(crate) async fn load_site(app: &App, slug: &str) -> Result<Option<SiteDefinition>, Error> {
    Ok(app
        .sites
        .read(app, slug, Duration::ZERO)
        .await?
        .map(|site| (*site).clone()))
}

/// A site as read at an instant (`None`: no such site).
type CachedSite = (Instant, Option<Arc<SiteDefinition>>);

/// Sites as last read from the store, by slug: reused while fresh enough for the caller (the
/// beacon, at every page view, takes a read of two seconds ago), and served, however old,
/// while the store is unavailable, so a site's banner configuration and policy still answer
/// during a database outage.
///
/// After a failed read the store is not asked again for [`STORE_RETRY_AFTER`] by readers that
/// have a copy: during an outage each page answers at once from memory instead of waiting for
/// the pool's timeout first.
#[derive(Default)]
pub(crate) struct SiteCache {
    sites: Mutex<HashMap<String, CachedSite>>,
    failed_at: Mutex<Option<Instant>>,
}

/// How long after a failed read the cache answers from memory without asking the store.
const STORE_RETRY_AFTER: Duration = Duration::from_secs(5);

/// Slugs remembered at most, known or not, so made-up slugs cannot grow the cache.
const SITE_CACHE_CAPACITY: usize = 10_000;

impl SiteCache {
    /// The site, from a read at most `freshness` old, else from the store; the last read when
    /// the store fails.
    pub(crate) async fn read(
        &self,
        app: &App,
        slug: &str,
        freshness: Duration,
    ) -> Result<Option<Arc<SiteDefinition>>, Error> {
        let Ok(parsed) = slug.parse::<Slug>() else {
            return Ok(None);
        };
        let cached = self
            .sites
            .lock()
            .ok()
            .and_then(|cache| cache.get(slug).cloned());
        let store_failing = self
            .failed_at
            .lock()
            .ok()
            .and_then(|failed| *failed)
            .is_some_and(|at| at.elapsed() < STORE_RETRY_AFTER);
        if let Some((at, site)) = &cached
            && (at.elapsed() < freshness || store_failing)
        {
            return Ok(site.clone());
        }
        match app.store.site(&parsed).await {
            Ok(site) => {
                let site = site.map(Arc::new);
                if let Ok(mut failed) = self.failed_at.lock() {
                    *failed = None;
                }
                if let Ok(mut cache) = self.sites.lock() {
                    if cache.len() >= SITE_CACHE_CAPACITY {
                        cache.retain(|_, (_, site)| site.is_some());
                    }
                    if cache.len() < SITE_CACHE_CAPACITY || cache.contains_key(slug) {
                        cache.insert(slug.to_owned(), (Instant::now(), site.clone()));
                    }
                }
                Ok(site)
            }
            Err(error) => match cached {
                Some((_, site)) => {
                    if let Ok(mut failed) = self.failed_at.lock() {
                        *failed = Some(Instant::now());
                    }
                    tracing::warn!(%error, slug, "the store is unavailable; serving the site as last read");
                    Ok(site)
                }
                None => Err(error.into()),
            },
        }
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

async fn policy(
    app: App,
    slug: &str,
    hints: LanguageHints,
    headers: HeaderMap,
    uri: Uri,
    format: Format,
) -> Result<Response, Error> {
    let Some(definition) = load_site(&app, slug).await? else {
        return Ok(not_found_page(&app, &hints, &uri, Some(slug)));
    };
    let translations = app.pages.translations();
    let language = site_language(&app, &definition, &hints);
    let policy = PolicyView::new(&definition, &language, translations);
    Ok(match format {
        Format::Json => {
            let mut response = Json(policy).into_response();
            set_language_headers(&mut response, &language);
            response
        }
        Format::Html => {
            // The opt-out of audience measurement keeps the visitor's other choices.
            let choice = visitor_choice(&app, &headers, &definition);
            let choices = choice.as_ref().map(|c| c.choices);
            let audience = context! {
                consent_url => app.site_url(definition.site.slug.as_str(), "consent"),
                opted_out => choices.is_some_and(|c| c.exempt_opt_out),
                granted => Category::ALL
                    .into_iter()
                    .filter(|c| *c != Category::Necessary && choices.is_some_and(|ch| ch.granted(*c)))
                    .map(Category::as_str)
                    .collect::<Vec<_>>(),
            };
            let html = app.pages.render(
                "policy.html",
                &language,
                uri.path(),
                context! { policy => view(&policy), audience },
            )?;
            html_page(StatusCode::OK, &language, html)
        }
    })
}

pub(crate) async fn platform_html(
    State(app): State<App>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
) -> Result<Response, Error> {
    policy(app, Slug::PLATFORM, hints, headers, uri, Format::Html).await
}

pub(crate) async fn platform_json(
    State(app): State<App>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
) -> Result<Response, Error> {
    policy(app, Slug::PLATFORM, hints, headers, uri, Format::Json).await
}

pub(crate) async fn site_html(
    State(app): State<App>,
    Path(slug): Path<String>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
) -> Result<Response, Error> {
    policy(app, &slug, hints, headers, uri, Format::Html).await
}

pub(crate) async fn site_json(
    State(app): State<App>,
    Path(slug): Path<String>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
) -> Result<Response, Error> {
    policy(app, &slug, hints, headers, uri, Format::Json).await
}

#[derive(Debug, Serialize)]
struct SiteLink {
    name: String,
    policy_url: String,
    platform: bool,
}

/// The home page: every governed site with a link to its policy.
pub(crate) async fn index(
    State(app): State<App>,
    hints: LanguageHints,
    OriginalUri(uri): OriginalUri,
) -> Result<Response, Error> {
    let translations = app.pages.translations();
    let language = hints.choose(&translations.languages(), translations.default_language());
    let sites: Vec<SiteLink> = app
        .store
        .sites()
        .await?
        .into_iter()
        .map(|site| {
            let platform = site.slug.as_str() == Slug::PLATFORM;
            SiteLink {
                name: site.name,
                policy_url: if platform {
                    "/cookies-policy".to_owned()
                } else {
                    format!("/sites/{}/cookies-policy", site.slug)
                },
                platform,
            }
        })
        .collect();
    let html = app.pages.render(
        "index.html",
        &language,
        uri.path(),
        context! { sites => view(&sites) },
    )?;
    Ok(html_page(StatusCode::OK, &language, html))
}
