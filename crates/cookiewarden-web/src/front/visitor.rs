//! Pages a visitor uses around the banner: the stable loader operators paste once, and the
//! "my consent" page (which is also the banner for browsers without JavaScript).

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use cookiewarden_core::{Category, Choices, ConsentCookie, RuleSet, SiteDefinition};
use minijinja::context;
use serde::{Deserialize, Serialize};

use crate::front::extract::VisitedSite;
use crate::http::request::{request_cookie, safe_next, sends_gpc};
use crate::ops::now_ms;
use crate::ops::sites::load_site;
use crate::view::{html_page, local_date, rfc3339, view};
use crate::{App, Error};

/// `GET /sites/{slug}/banner.js`: the one line operators paste. It declares Google Consent
/// Mode's defaults (everything denied) and Microsoft UET's (advertising storage denied), and
/// the stub of IAB's GPP API that queues vendors' calls (and has the banner load the API when a
/// tag calls it), before any tag can run, then loads the content-hashed
/// banner; cached briefly so a new release reaches visitors within minutes.
pub(crate) async fn loader(
    State(app): State<App>,
    Path(slug): Path<String>,
) -> Result<Response, Error> {
    let Some(definition) = load_site(&app, &slug).await? else {
        return Ok((StatusCode::NOT_FOUND, "Unknown site.").into_response());
    };
    let script = format!(
        r#"(function(d,w){{var s=d.currentScript,b=new URL(s.src).origin;
w.dataLayer=w.dataLayer||[];function g(){{w.dataLayer.push(arguments)}}
g("consent","default",{{ad_storage:"denied",ad_user_data:"denied",ad_personalization:"denied",analytics_storage:"denied",functionality_storage:"denied",personalization_storage:"denied",security_storage:"granted",wait_for_update:500}});
(w.uetq=w.uetq||[]).push("consent","default",{{ad_storage:"denied"}});
if(!w.__gpp){{var p=function(c,f){{var q=p.queue=p.queue||[];if(c!=="ping")q.push(arguments);else if(typeof f==="function")f({{gppVersion:"1.1",cmpStatus:"stub",cmpDisplayStatus:"hidden",signalStatus:"not ready",supportedAPIs:[],cmpId:1,sectionList:[],applicableSections:[-1],gppString:"",parsedSections:{{}}}},true);if(p.load)p.load()}};p.cookiewarden=1;w.__gpp=p}}
var l=d.createElement("link");l.rel="stylesheet";l.href=b+"{css}";d.head.appendChild(l);
var j=d.createElement("script");j.src=b+"{js}";j.dataset.site="{slug}";j.dataset.base=b;j.dataset.config=b+"{config}";j.dataset.gpp=b+"{gpp}";if(s.nonce)j.nonce=s.nonce;d.head.appendChild(j);
}})(document,window);
"#,
        css = app.assets.url("banner.css"),
        js = app.assets.url("banner.js"),
        gpp = app.assets.url("banner-gpp.js"),
        slug = definition.site.slug,
        config = app.site_url(definition.site.slug.as_str(), "config.json"),
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        script,
    )
        .into_response())
}

/// `GET /sites/{slug}/blocker.js`: the optional blocking loader, for pages not behind the
/// gateway, placed first in `<head>` before the banner. Its code is an embedded asset; this
/// calls it with what it needs of the site: the choice cookie's name, the site, the policy
/// version a consent must name, and every service the site's catalogue knows as
/// `[key, kind, bit, name, hosts, prefixes]` (kind 0 to 3 from necessary to marketing, bit -1
/// for a service the site does not list). Cached briefly, like the banner's loader.
pub(crate) async fn blocker(
    State(app): State<App>,
    Path(slug): Path<String>,
) -> Result<Response, Error> {
    let Some(definition) = load_site(&app, &slug).await? else {
        return Ok((StatusCode::NOT_FOUND, "Unknown site.").into_response());
    };
    let catalogue = definition.service_catalogue();
    let services: Vec<serde_json::Value> = catalogue
        .all()
        .iter()
        .filter(|s| s.needs_consent_first())
        .map(|s| {
            let kind = Category::ALL.iter().position(|c| *c == s.category);
            let bit = catalogue
                .declared_index(&s.key)
                .map_or(-1, |n| i64::try_from(n).unwrap_or(-1));
            serde_json::json!([
                s.key,
                kind,
                bit,
                s.name,
                s.own_hosts().collect::<Vec<_>>(),
                s.url_prefixes()
            ])
        })
        .collect();
    let data = serde_json::json!({
        "c": ConsentCookie::NAME,
        "s": definition.site.slug.as_str(),
        "p": ConsentCookie::policy_prefix(&definition.policy_version()),
        "v": services,
    });
    // JSON in a script: `<` escaped so that no service name can close a `<script>` it is
    // inlined into.
    let data = data.to_string().replace('<', "\\u003c");
    let script = format!("{}({data});\n", app.assets.text("blocker.js"));
    Ok((
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        script,
    )
        .into_response())
}

#[derive(Deserialize)]
pub(crate) struct NextQuery {
    next: Option<String>,
}

#[derive(Serialize)]
struct ConsentView {
    id: String,
    /// When, for machines (`<time datetime>`).
    date: String,
    /// When, as the visitor's language writes a day.
    day: String,
}

#[derive(Serialize)]
struct CategoryChoice {
    id: &'static str,
    name: String,
    description: String,
    checked: bool,
    locked: bool,
    /// The services of this kind the site lists, each with its own box.
    services: Vec<ServiceChoice>,
}

#[derive(Serialize)]
struct ServiceChoice {
    key: String,
    name: String,
    checked: bool,
}

/// `GET /sites/{slug}/my-consent`: the visitor's consent id, date and choices, with forms to
/// change or withdraw them that work without JavaScript.
/// The visitor's current choice on this site: their signed cookie, if valid, unexpired and made
/// for the current policy.
pub(crate) fn visitor_choice(
    app: &App,
    headers: &HeaderMap,
    definition: &SiteDefinition,
) -> Option<ConsentCookie> {
    let version = definition.policy_version();
    request_cookie(headers, ConsentCookie::NAME).and_then(|value| {
        ConsentCookie::decode_current(
            &value,
            &app.config.keys,
            &definition.site,
            &version,
            now_ms() / 1000,
        )
        .ok()
    })
}

/// What a form that changes one part of a choice sends so that the visitor's choices for
/// single services stay as they are: the keys of the services `choices` allows, separated by
/// commas, leaving out those of `dropped` (a kind the form turns off); `None` for a site
/// without services, whose forms need not say anything.
pub(crate) fn kept_services(
    definition: &SiteDefinition,
    choices: Choices,
    dropped: Option<Category>,
) -> Option<String> {
    let catalogue = definition.listed_services();
    (catalogue.declared().len() > 0).then(|| {
        catalogue
            .declared()
            .enumerate()
            .filter(|(n, s)| {
                Some(s.category) != dropped && choices.grants_service(s.category, Some(*n))
            })
            .map(|(_, s)| s.key.as_str())
            .collect::<Vec<_>>()
            .join(",")
    })
}

pub(crate) async fn my_consent(
    State(app): State<App>,
    VisitedSite {
        definition,
        language,
        uri,
        ..
    }: VisitedSite,
    Query(query): Query<NextQuery>,
    headers: HeaderMap,
) -> Result<Response, Error> {
    let translations = app.pages.translations();
    let version = definition.policy_version();
    let consent = visitor_choice(&app, &headers, &definition);
    // What holds for this visitor: their choice, else what their region's rules allow before
    // one (everything on under opt-out, marketing off there when the browser sends GPC).
    let jurisdiction = app.config.regions.jurisdiction(&headers, &definition.site);
    let gpc = sends_gpc(&headers);
    let standing = jurisdiction
        .rules
        .choices(consent.as_ref().map(|c| c.choices), gpc);
    let opt_out_rules = jurisdiction.rules == RuleSet::OptOut;
    let catalogue = definition.listed_services();
    let categories: Vec<CategoryChoice> = Category::ALL
        .into_iter()
        .map(|category| CategoryChoice {
            id: category.as_str(),
            name: translations.message(&language, &format!("category-{category}"), None),
            description: translations.message(
                &language,
                &format!("category-{category}-description"),
                None,
            ),
            checked: standing.granted(category),
            locked: category == Category::Necessary,
            services: catalogue
                .declared()
                .enumerate()
                .filter(|(_, s)| s.category == category && category != Category::Necessary)
                .map(|(n, s)| ServiceChoice {
                    key: s.key.clone(),
                    name: s.name.clone(),
                    checked: standing.grants_service(category, Some(n)),
                })
                .collect(),
        })
        .collect();
    let consent_view = consent.as_ref().map(|c| ConsentView {
        id: c.consent_id.to_string(),
        date: rfc3339(c.decided_at),
        day: local_date(&language, c.decided_at),
    });
    let slug = &definition.site.slug;
    let next = query
        .next
        .as_deref()
        .map(|n| safe_next(Some(n)))
        .filter(|n| *n != "/");
    let html = app.pages.render(
        "my_consent.html",
        &language,
        uri.path(),
        context! {
            site_name => &definition.site.name,
            consent => view(&consent_view),
            opted_out => standing.exempt_opt_out,
            opt_out_rules => opt_out_rules,
            starts_on => !jurisdiction.rules.asks_first(),
            sale_opted_out => !standing.marketing,
            gpc_honoured => opt_out_rules && gpc,
            keeps_preferences => standing.preferences,
            keeps_statistics => standing.statistics,
            keeps_services => kept_services(&definition, standing, Some(Category::Marketing)),
            lists_services => catalogue.declared().len() > 0,
            categories => view(&categories),
            consent_url => app.site_url(slug.as_str(), "consent"),
            policy_url => app.site_url(slug.as_str(), "cookies-policy"),
            policy_version => version.as_str(),
            next => next.map_or_else(|| app.site_url(slug.as_str(), "my-consent"), str::to_owned),
            back => next,
        },
    )?;
    let mut response = html_page(StatusCode::OK, &language, html);
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
