//! The server side of the consent loop: the banner's configuration, the consent endpoint (JSON
//! for the script, a plain form without JavaScript) and Global Privacy Control.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use cookie::{Cookie, SameSite};
use std::collections::BTreeMap;

use cookiewarden_core::{
    Choices, ConsentCookie, ConsentId, ConsentMethod, GPP_CMP_ID, GppSections, GppSignal, Language,
    NewConsent, Region, ServiceChoices, SiteDefinition, browser_family, domain_matches,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::app::Mount;
use crate::http::language::LanguageHints;
use crate::http::origin::{allow_origin, check_origin};
use crate::http::request::{is_https, request_cookie, request_host, safe_next, sends_gpc};
use crate::ops::sites::load_site;
use crate::ops::{now_ms, random_bytes};
use crate::view::policy::{BannerPolicy, PolicyView, site_language};
use crate::{App, Error};

/// The banner's words in one language.
#[derive(Debug, Serialize)]
struct BannerTexts {
    title: String,
    text: String,
    accept_all: String,
    reject_all: String,
    customise: String,
    save: String,
    close: String,
    settings: String,
    policy_link: String,
    gpc: String,
    always_on: String,
    exempt: String,
    placeholder: String,
    placeholder_accept: String,
    /// What the banner says where the rule set informs and lets the visitor opt out.
    opt_out_text: String,
    /// The link to the opt-out page, as California's regulations name it.
    privacy_choices: String,
    /// What a visitor whose browser sent Global Privacy Control is told where it is an
    /// opt-out.
    gpc_honoured: String,
    /// The button that closes a notice.
    notice_ok: String,
    /// The heading of a kind's services in the preferences panel.
    services: String,
}

/// Exactly what a visitor is shown: the policy and the banner's words. Its SHA-256 is the
/// `texts_hash` of each consent record, and it is kept as a snapshot under that hash.
#[derive(Debug, Serialize)]
struct Shown {
    policy: PolicyView,
    texts: BannerTexts,
}

impl Shown {
    fn new(app: &App, definition: &SiteDefinition, language: &Language) -> Shown {
        let translations = app.pages.translations();
        let message = |id: &str| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("site", definition.site.name.clone());
            args.set("category", "{category}");
            translations.message(language, id, Some(&args))
        };
        // The site's own words in this language, else the platform's.
        let own = |text: &cookiewarden_core::LocalizedText, id: &str| {
            text.exactly(language)
                .map_or_else(|| message(id), str::to_owned)
        };
        let texts = &definition.site.texts;
        Shown {
            policy: PolicyView::new(definition, language, translations),
            texts: BannerTexts {
                title: own(&texts.banner_title, "banner-title"),
                text: own(&texts.banner_text, "banner-text"),
                accept_all: message("banner-accept-all"),
                reject_all: message("banner-reject-all"),
                customise: message("banner-customise"),
                save: message("banner-save"),
                close: message("banner-close"),
                settings: message("banner-settings"),
                policy_link: message("banner-policy-link"),
                gpc: message("banner-gpc"),
                always_on: message("banner-always-on"),
                exempt: message("banner-exempt"),
                placeholder: message("banner-placeholder"),
                placeholder_accept: message("banner-placeholder-accept"),
                opt_out_text: message("banner-opt-out-text"),
                privacy_choices: message("banner-privacy-choices"),
                gpc_honoured: message("banner-gpc-honoured"),
                notice_ok: message("banner-notice-ok"),
                services: message("banner-services"),
            },
        }
    }

    /// The snapshot text and its hash.
    fn snapshot(&self) -> (String, String) {
        let json = serde_json::to_string(self).unwrap_or_default();
        let hash = hex::encode(Sha256::digest(json.as_bytes()));
        (json, hash)
    }
}

#[derive(Debug, Serialize)]
struct Urls {
    consent: String,
    policy: String,
    my_consent: String,
    /// Where the script counts a page view (exempt audience measurement).
    hit: String,
    /// The query parameters the script may send with a page's path.
    statistics_query: Vec<String>,
    /// The first-party cookie that recognises a returning browser, when the site keeps one.
    #[serde(skip_serializing_if = "Option::is_none")]
    statistics_cookie: Option<&'static str>,
    /// Its `Max-Age`, set once and never renewed.
    #[serde(skip_serializing_if = "Option::is_none")]
    statistics_cookie_max_age: Option<u64>,
}

/// `config.json`: what the banner script needs, in the visitor's language.
#[derive(Debug, Serialize)]
struct BannerConfig<'a> {
    /// The policy as the banner shows it (what the visitor is shown in full, the proof's
    /// snapshot, is hashed in `texts_hash`).
    policy: BannerPolicy<'a>,
    texts: &'a BannerTexts,
    texts_hash: &'a str,
    /// The direction of the visitor's language, for the banner's `dir`.
    dir: &'static str,
    cookie_name: &'static str,
    consent_lifetime_seconds: u64,
    /// How long a refusal of everything is respected in the visitor's region: the banner does
    /// not ask again for so long.
    refusal_cooldown_seconds: u64,
    /// The rules the visitor's choice follows where they are.
    rules: RulesConfig<'a>,
    /// The parent domain the choice cookie is shared under, if the site set one.
    #[serde(skip_serializing_if = "Option::is_none")]
    cookie_domain: Option<&'a str>,
    /// What the banner's IAB GPP API answers, for a visitor in the United States.
    #[serde(skip_serializing_if = "Option::is_none")]
    gpp: Option<GppConfig>,
    urls: Urls,
}

/// The GPP strings a visitor may stand under, written here once so that the banner never
/// encodes one itself: it picks the one matching its marketing choice and GPC signal.
#[derive(Debug, Serialize)]
struct GppConfig {
    cmp_id: u16,
    /// `applicableSections`: the visitor's state section, else the national one.
    applicable: [u64; 1],
    /// `sectionList`: the ids of the sections in each string.
    section_ids: Vec<u64>,
    /// `supportedAPIs`, as `id:name`.
    supported: Vec<String>,
    /// The string and its fields for each standing, at index `opted_out + 2 × gpc`.
    standings: Vec<GppStanding>,
}

/// One GPP string and its sections' fields, as `getSection` answers them.
#[derive(Debug, Serialize)]
struct GppStanding {
    string: String,
    parsed: serde_json::Map<String, serde_json::Value>,
}

impl GppConfig {
    fn for_region(region: &Region) -> Option<GppConfig> {
        let sections = GppSections::for_region(region)?;
        let standings = [(false, false), (true, false), (false, true), (true, true)]
            .into_iter()
            .map(|(opted_out, gpc)| {
                let signal = GppSignal { opted_out, gpc };
                GppStanding {
                    string: sections.encode(signal),
                    parsed: sections.parsed(signal),
                }
            })
            .collect();
        Some(GppConfig {
            cmp_id: GPP_CMP_ID,
            applicable: [sections.applicable()],
            section_ids: sections.ids(),
            supported: sections
                .ids()
                .into_iter()
                .zip(sections.names())
                .map(|(id, name)| format!("{id}:{name}"))
                .collect(),
            standings,
        })
    }
}

/// The visitor's region and its rule set, as the banner applies them.
#[derive(Debug, Serialize)]
struct RulesConfig<'a> {
    /// `opt-in`, `opt-out` or `notice`.
    rule_set: &'static str,
    /// The region the rule set was chosen for.
    region: &'a str,
}

/// The paths under which a site's choice cookie is set: on the platform's origin, which
/// several sites share, the site's pages and its demo page; on the site's own origin, all of it.
fn cookie_paths(app: &App, definition: &SiteDefinition) -> Vec<String> {
    let slug = &definition.site.slug;
    match app.mount {
        Mount::Platform => vec![format!("/sites/{slug}/"), format!("/demo/{slug}")],
        Mount::Gateway => vec!["/".to_owned()],
    }
}

fn refuse(status: StatusCode, message: impl Into<std::borrow::Cow<'static, str>>) -> Response {
    (status, message.into()).into_response()
}

/// `GET /sites/{slug}/config.json`, revalidated on each use (`no-cache`) against its `ETag`.
pub(crate) async fn config(
    State(app): State<App>,
    Path(slug): Path<String>,
    hints: LanguageHints,
    headers: HeaderMap,
) -> Result<Response, Error> {
    let Some(definition) = load_site(&app, &slug).await? else {
        return Ok(refuse(StatusCode::NOT_FOUND, "Unknown site."));
    };
    let language = site_language(&app, &definition, &hints);
    let shown = Shown::new(&app, &definition, &language);
    let (_, texts_hash) = shown.snapshot();
    let site = &definition.site;
    let slug = &site.slug;
    let jurisdiction = app.config.regions.jurisdiction(&headers, site);
    let body = serde_json::to_string(&BannerConfig {
        policy: shown.policy.for_banner(),
        texts: &shown.texts,
        texts_hash: &texts_hash,
        dir: if language.is_right_to_left() {
            "rtl"
        } else {
            "ltr"
        },
        cookie_name: ConsentCookie::NAME,
        consent_lifetime_seconds: site.choice_lifetime_seconds(&Choices::ALL, &jurisdiction),
        refusal_cooldown_seconds: site.choice_lifetime_seconds(&Choices::NONE, &jurisdiction),
        rules: RulesConfig {
            rule_set: jurisdiction.rules.as_str(),
            region: jurisdiction.region.as_str(),
        },
        cookie_domain: site.cookie_domain.as_deref(),
        gpp: GppConfig::for_region(&jurisdiction.region),
        urls: Urls {
            consent: app.site_url(slug.as_str(), "consent"),
            policy: app.site_url(slug.as_str(), "cookies-policy"),
            my_consent: app.site_url(slug.as_str(), "my-consent"),
            hit: app.site_url(slug.as_str(), "hit"),
            statistics_query: definition.site.statistics_query.clone(),
            statistics_cookie: definition
                .site
                .statistics_cookie
                .then_some(cookiewarden_core::STATISTICS_COOKIE),
            statistics_cookie_max_age: definition
                .site
                .statistics_cookie
                .then(|| cookiewarden_core::STATISTICS_COOKIE_LIFETIME.seconds())
                .flatten(),
        },
    })
    .unwrap_or_default();
    let etag = format!(
        "\"{}\"",
        &hex::encode(Sha256::digest(body.as_bytes()))[..32]
    );
    let mut response = if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|tag| tag.trim() == etag))
    {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([(header::CONTENT_TYPE, "application/json")], body).into_response()
    };
    let response_headers = response.headers_mut();
    response_headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    // Origin always: a copy kept for a request without a CORS grant must not serve one that
    // needs it.
    let vary = ["Accept-Language", "Cookie", "Origin"]
        .into_iter()
        .chain(
            app.config
                .regions
                .names()
                .map(axum::http::HeaderName::as_str),
        )
        .collect::<Vec<_>>()
        .join(", ");
    if let Ok(value) = HeaderValue::from_str(&vary) {
        response_headers.insert(header::VARY, value);
    }
    if let Ok(value) = HeaderValue::from_str(&etag) {
        response_headers.insert(header::ETAG, value);
    }
    // A page on one of the site's declared origins reads its banner's configuration from the
    // platform on another; any other origin gets no CORS grant.
    if let Ok(origin) = check_origin(&app, &headers, &definition) {
        allow_origin(&mut response, origin);
    }
    Ok(response)
}

/// A decision as the script sends it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConsentRequest {
    method: ConsentMethod,
    #[serde(default)]
    choices: Option<Choices>,
    policy_version: String,
    #[serde(default)]
    language: Option<String>,
    /// Choices for single services of the site, by key; a service left out follows its kind.
    #[serde(default)]
    services: BTreeMap<String, bool>,
    /// From a form: the keys of the services allowed, every other one refused.
    #[serde(skip)]
    allowed_services: Option<Vec<String>>,
}

/// A decision as a plain HTML form sends it (checkboxes are present when ticked).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConsentForm {
    method: ConsentMethod,
    policy_version: String,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    next: Option<String>,
    #[serde(default)]
    preferences: Option<String>,
    #[serde(default)]
    statistics: Option<String>,
    #[serde(default)]
    marketing: Option<String>,
    #[serde(default)]
    exempt_opt_out: Option<String>,
    /// The keys of the services allowed, separated by commas; when present, each service the
    /// site lists and this does not name is refused.
    #[serde(default)]
    services: Option<String>,
}

/// What a method means for the choices, whatever else the request says. Global Privacy
/// Control keeps marketing off in every case.
fn effective_choices(
    method: ConsentMethod,
    requested: Option<Choices>,
    gpc: bool,
) -> Result<Choices, &'static str> {
    let exempt_opt_out = requested.is_some_and(|c| c.exempt_opt_out);
    let mut choices = match method {
        ConsentMethod::AcceptAll => Choices::ALL,
        ConsentMethod::RejectAll | ConsentMethod::Close | ConsentMethod::Withdraw => Choices::NONE,
        ConsentMethod::Custom => {
            requested.ok_or("A custom choice lists its categories in `choices`.")?
        }
        ConsentMethod::Gpc => requested.unwrap_or(Choices::NONE),
    };
    choices.exempt_opt_out = exempt_opt_out;
    if gpc || method == ConsentMethod::Gpc {
        choices.marketing = false;
    }
    Ok(choices)
}

/// Text-set hashes known to be stored that a process remembers at most.
const STORED_SNAPSHOTS_KEPT: usize = 10_000;

/// `OPTIONS /sites/{slug}/consent`: the CORS preflight of a script on a declared origin.
pub(crate) async fn preflight(
    State(app): State<App>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, Error> {
    let Some(definition) = load_site(&app, &slug).await? else {
        return Ok(refuse(StatusCode::NOT_FOUND, "Unknown site."));
    };
    let Ok(origin) = check_origin(&app, &headers, &definition) else {
        return Ok(refuse(
            StatusCode::FORBIDDEN,
            "This origin is not one of the site's.",
        ));
    };
    let mut response = StatusCode::NO_CONTENT.into_response();
    allow_origin(&mut response, origin);
    let response_headers = response.headers_mut();
    response_headers.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("POST"),
    );
    response_headers.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("content-type"),
    );
    response_headers.insert(
        header::ACCESS_CONTROL_MAX_AGE,
        HeaderValue::from_static("600"),
    );
    Ok(response)
}

/// The answer to the script: the signed value (so a script on another origin can store it) and
/// what it holds.
#[derive(Debug, Serialize)]
struct ConsentResponse {
    consent_id: String,
    choices: Choices,
    /// Whether each service the site lists is allowed, by key.
    services: BTreeMap<String, bool>,
    cookie: String,
    max_age: u64,
}

/// `POST /sites/{slug}/consent`: records the decision, then sets `cookies_preferences`.
pub(crate) async fn submit(
    State(app): State<App>,
    Path(slug): Path<String>,
    hints: LanguageHints,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Error> {
    let Some(definition) = load_site(&app, &slug).await? else {
        return Ok(refuse(StatusCode::NOT_FOUND, "Unknown site."));
    };
    let Ok(cors_origin) = check_origin(&app, &headers, &definition) else {
        return Ok(refuse(
            StatusCode::FORBIDDEN,
            "Cross-site request refused: this origin is not one of the site's.",
        ));
    };
    let (request, next) = match read_request(&headers, &body) {
        Ok(read) => read,
        Err(refused) => return Ok(*refused),
    };
    let current = definition.policy_version();
    if request.policy_version != current.as_str() {
        return Ok(refuse(
            StatusCode::CONFLICT,
            "The cookie policy changed: reload to see the current one.",
        ));
    }
    let gpc = sends_gpc(&headers);
    let choices = match effective_choices(request.method, request.choices, gpc) {
        Ok(choices) => choices,
        Err(message) => return Ok(refuse(StatusCode::BAD_REQUEST, message)),
    };
    // Single services are chosen only in a custom choice (or alongside GPC): accepting or
    // refusing all, closing and withdrawing decide every service with its kind.
    let catalogue = definition.listed_services();
    let mut wanted = request.services;
    if let Some(allowed) = &request.allowed_services {
        if let Some(unknown) = allowed
            .iter()
            .find(|k| catalogue.declared_index(k).is_none())
        {
            return Ok(refuse(
                StatusCode::BAD_REQUEST,
                format!("`{unknown}` is not one of the services this site lists."),
            ));
        }
        wanted = catalogue
            .declared()
            .map(|s| (s.key.clone(), allowed.contains(&s.key)))
            .collect();
    }
    if !matches!(request.method, ConsentMethod::Custom | ConsentMethod::Gpc) {
        wanted.clear();
    }
    let gpc_decides = gpc || request.method == ConsentMethod::Gpc;
    let (choices, services) = match catalogue.choose_services(choices, &wanted, gpc_decides) {
        Ok(chosen) => chosen,
        Err(error) => return Ok(refuse(StatusCode::BAD_REQUEST, format!("{error}."))),
    };
    let language = match request.language.as_deref().map(str::parse::<Language>) {
        Some(Ok(language)) if definition.site.languages.contains(&language) => language,
        Some(_) => {
            return Ok(refuse(
                StatusCode::BAD_REQUEST,
                "Unknown language for this site.",
            ));
        }
        None => site_language(&app, &definition, &hints),
    };

    let jurisdiction = app.config.regions.jurisdiction(&headers, &definition.site);
    let lifetime = definition
        .site
        .choice_lifetime_seconds(&choices, &jurisdiction);
    let now = now_ms();
    let previous = request_cookie(&headers, ConsentCookie::NAME).and_then(|value| {
        ConsentCookie::decode(&value, &app.config.keys, &definition.site, now / 1000).ok()
    });
    let consent_id = match previous {
        Some(previous) => previous.consent_id,
        None => ConsentId::from_random(random_bytes()?),
    };
    let texts_hash = keep_snapshot(&app, &Shown::new(&app, &definition, &language)).await?;
    // The GPP string of this decision is the server's, from the signed choice and the GPC
    // header: nothing a client sends is taken for it.
    let gpp = GppSections::for_region(&jurisdiction.region).map(|sections| {
        sections.encode(GppSignal {
            opted_out: !choices.marketing,
            gpc,
        })
    });
    let user_agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let record = app
        .store
        .append_consent(NewConsent {
            site: definition.site.slug.clone(),
            consent_id: consent_id.clone(),
            recorded_at_ms: now,
            method: request.method,
            choices: choices.by_kind(),
            policy_version: current.to_string(),
            texts_hash,
            language,
            gpc,
            browser_family: browser_family(user_agent).to_owned(),
            region: Some(jurisdiction.region),
            rule_set: Some(jurisdiction.rules),
            gpp,
            services: services.clone(),
        })
        .await?;
    let value = ConsentCookie {
        site: definition.site.slug.clone(),
        consent_id,
        policy: ConsentCookie::policy_prefix(&current),
        choices,
        decided_at: record.consent.recorded_at_ms / 1000,
    }
    .encode(&app.config.keys);

    let mut response = match next {
        Some(next) => {
            let fallback = app.site_url(definition.site.slug.as_str(), "my-consent");
            let target = next
                .as_deref()
                .map(|n| safe_next(Some(n)))
                .filter(|n| *n != "/")
                .unwrap_or(&fallback);
            Redirect::to(target).into_response()
        }
        None => axum::Json(ConsentResponse {
            consent_id: record.consent.consent_id.to_string(),
            choices,
            services,
            cookie: value.clone(),
            max_age: lifetime,
        })
        .into_response(),
    };
    set_consent_cookie(&app, &headers, &definition, &mut response, &value, lifetime);
    allow_origin(&mut response, cors_origin);
    Ok(response)
}

/// The decision a request carries, as JSON (the banner) or as a form (the consent page, without
/// script; with where to go back to), or the refusal of one that is neither.
fn read_request(
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(ConsentRequest, Option<Option<String>>), Box<Response>> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let media_type = content_type.split(';').next().unwrap_or("").trim();
    match media_type {
        "application/json" => match serde_json::from_slice::<ConsentRequest>(body) {
            Ok(request) => Ok((request, None)),
            Err(error) => Err(Box::new(
                (StatusCode::BAD_REQUEST, format!("Invalid consent: {error}")).into_response(),
            )),
        },
        "application/x-www-form-urlencoded" => {
            // Checkboxes named `service`, one per service allowed, come as repeated fields,
            // which the form's other fields do not: they are taken out first.
            let pairs: Vec<(String, String)> =
                serde_urlencoded::from_bytes(body).unwrap_or_default();
            let (ticked_services, rest): (Vec<_>, Vec<_>) =
                pairs.into_iter().partition(|(name, _)| name == "service");
            let rest = serde_urlencoded::to_string(&rest).unwrap_or_default();
            match serde_urlencoded::from_str::<ConsentForm>(&rest) {
                Ok(form) => {
                    let ticked = |field: &Option<String>| field.is_some();
                    let choices = Choices {
                        preferences: ticked(&form.preferences),
                        statistics: ticked(&form.statistics),
                        marketing: ticked(&form.marketing),
                        exempt_opt_out: ticked(&form.exempt_opt_out),
                        services: ServiceChoices::default(),
                    };
                    let request = ConsentRequest {
                        method: form.method,
                        choices: Some(choices),
                        policy_version: form.policy_version,
                        language: form.language,
                        services: BTreeMap::new(),
                        allowed_services: (form.services.is_some() || !ticked_services.is_empty())
                            .then(|| {
                                form.services
                                    .iter()
                                    .flat_map(|keys| keys.split(','))
                                    .map(str::trim)
                                    .filter(|key| !key.is_empty())
                                    .map(str::to_owned)
                                    .chain(ticked_services.into_iter().map(|(_, key)| key))
                                    .collect()
                            }),
                    };
                    Ok((request, Some(form.next)))
                }
                Err(error) => Err(Box::new(
                    (
                        StatusCode::BAD_REQUEST,
                        format!("Invalid consent form: {error}"),
                    )
                        .into_response(),
                )),
            }
        }
        _ => Err(Box::new(refuse(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Send the consent as application/json or as a form.",
        ))),
    }
}

/// Keeps what the visitor was shown under its hash, once per process and text set, and
/// returns the hash the record names.
async fn keep_snapshot(app: &App, shown: &Shown) -> Result<String, Error> {
    let (snapshot, texts_hash) = shown.snapshot();
    let known = app
        .stored_snapshots
        .lock()
        .is_ok_and(|kept| kept.contains(&texts_hash));
    if !known {
        app.store.put_snapshot(&texts_hash, &snapshot).await?;
        if let Ok(mut kept) = app.stored_snapshots.lock() {
            // Text sets change with releases and edits only; a bound keeps a long-running
            // process with many sites and languages from growing without end.
            if kept.len() >= STORED_SNAPSHOTS_KEPT {
                kept.clear();
            }
            kept.insert(texts_hash.clone());
        }
    }
    Ok(texts_hash)
}

/// Sets `cookies_preferences` on every path the site's pages are served under, and under the
/// site's shared cookie domain when the request's host is in it (a browser refuses a `Domain`
/// the host is not under).
fn set_consent_cookie(
    app: &App,
    headers: &HeaderMap,
    definition: &SiteDefinition,
    response: &mut Response,
    value: &str,
    lifetime: u64,
) {
    let secure = is_https(app, headers);
    let domain =
        definition.site.cookie_domain.as_deref().filter(|domain| {
            request_host(headers).is_some_and(|host| domain_matches(&host, domain))
        });
    for path in cookie_paths(app, definition) {
        let mut cookie = Cookie::build((ConsentCookie::NAME, value.to_owned()));
        if let Some(domain) = domain {
            cookie = cookie.domain(domain.to_owned());
        }
        let cookie = cookie
            .path(path)
            .max_age(cookie::time::Duration::seconds(
                i64::try_from(lifetime).unwrap_or(i64::MAX),
            ))
            .same_site(SameSite::Lax)
            .secure(secure)
            .build();
        if let Ok(header_value) = HeaderValue::from_str(&cookie.to_string()) {
            response
                .headers_mut()
                .append(header::SET_COOKIE, header_value);
        }
    }
}

/// `GET /.well-known/gpc.json`: this platform honours Global Privacy Control.
pub(crate) async fn gpc_json() -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        r#"{"gpc":true,"lastUpdate":"2026-11-29"}"#,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_decide_the_choices_and_gpc_keeps_marketing_off() {
        let custom = Choices {
            statistics: true,
            marketing: true,
            ..Choices::NONE
        };
        assert_eq!(
            effective_choices(ConsentMethod::AcceptAll, None, false),
            Ok(Choices::ALL)
        );
        assert_eq!(
            effective_choices(ConsentMethod::RejectAll, Some(Choices::ALL), false),
            Ok(Choices::NONE)
        );
        assert_eq!(
            effective_choices(ConsentMethod::Close, Some(Choices::ALL), false),
            Ok(Choices::NONE)
        );
        assert_eq!(
            effective_choices(ConsentMethod::Custom, Some(custom), false),
            Ok(custom)
        );
        assert!(effective_choices(ConsentMethod::Custom, None, false).is_err());
        let with_gpc = effective_choices(ConsentMethod::AcceptAll, None, true).unwrap();
        assert!(with_gpc.statistics && !with_gpc.marketing);
        let opted_out = Choices {
            exempt_opt_out: true,
            ..Choices::NONE
        };
        assert!(
            effective_choices(ConsentMethod::RejectAll, Some(opted_out), false)
                .unwrap()
                .exempt_opt_out
        );
    }
}
