//! Cookie policies: the platform's own at `/cookies-policy`, each site's under
//! `/sites/{slug}/`, as HTML and as JSON built from one view.

use axum::Json;
use axum::extract::{OriginalUri, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use cookiewarden_core::{Category, RuleSet, Slug};
use minijinja::context;
use serde::Serialize;

use crate::front::extract::VisitedSite;
use crate::front::visitor::{kept_services, visitor_choice};
use crate::http::language::LanguageHints;
use crate::http::request::sends_gpc;
use crate::view::policy::PolicyView;
use crate::view::{html_page, set_language_headers, view};
use crate::{App, Error};

/// How a policy is asked for.
#[derive(Debug, Clone, Copy)]
enum Format {
    Html,
    Json,
}

async fn policy(
    app: App,
    VisitedSite {
        definition,
        language,
        uri,
        ..
    }: VisitedSite,
    headers: HeaderMap,
    format: Format,
) -> Result<Response, Error> {
    let translations = app.pages.translations();
    let policy = PolicyView::new(&definition, &language, translations);
    Ok(match format {
        Format::Json => {
            let mut response = Json(policy).into_response();
            set_language_headers(&mut response, &language);
            response
        }
        Format::Html => {
            // The opt-out of audience measurement keeps what holds for the visitor otherwise:
            // their choice, else what their region's rules allow before one.
            let choice = visitor_choice(&app, &headers, &definition);
            let jurisdiction = app.config.regions.jurisdiction(&headers, &definition.site);
            let gpc = sends_gpc(&headers);
            let standing = jurisdiction
                .rules
                .choices(choice.as_ref().map(|c| c.choices), gpc);
            let audience = context! {
                consent_url => app.site_url(definition.site.slug.as_str(), "consent"),
                opted_out => standing.exempt_opt_out,
                granted => Category::ALL
                    .into_iter()
                    .filter(|c| *c != Category::Necessary && standing.granted(*c))
                    .map(Category::as_str)
                    .collect::<Vec<_>>(),
                services => kept_services(&definition, standing, None),
            };
            // Where the visitor may opt out of sale and sharing, the policy says how, and
            // whether their browser's signal already did.
            let privacy_choices = (jurisdiction.rules == RuleSet::OptOut).then(|| {
                context! {
                    url => app.site_url(definition.site.slug.as_str(), "my-consent"),
                    gpc_honoured => gpc,
                }
            });
            let html = app.pages.render(
                "policy.html",
                &language,
                uri.path(),
                context! { policy => view(&policy), audience, privacy_choices },
            )?;
            html_page(StatusCode::OK, &language, html)
        }
    })
}

pub(crate) async fn platform_html(
    State(app): State<App>,
    site: VisitedSite,
    headers: HeaderMap,
) -> Result<Response, Error> {
    policy(app, site, headers, Format::Html).await
}

pub(crate) async fn platform_json(
    State(app): State<App>,
    site: VisitedSite,
    headers: HeaderMap,
) -> Result<Response, Error> {
    policy(app, site, headers, Format::Json).await
}

pub(crate) async fn site_html(
    State(app): State<App>,
    site: VisitedSite,
    headers: HeaderMap,
) -> Result<Response, Error> {
    policy(app, site, headers, Format::Html).await
}

pub(crate) async fn site_json(
    State(app): State<App>,
    site: VisitedSite,
    headers: HeaderMap,
) -> Result<Response, Error> {
    policy(app, site, headers, Format::Json).await
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
