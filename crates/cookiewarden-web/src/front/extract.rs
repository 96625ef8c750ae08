//! The site a visitor's page is about, read once for every page of `front/`: its slug from the
//! path (`/sites/{slug}/…`, `/demo/{slug}`; the platform's own site on routes without one),
//! its definition, and the language the visitor reads it in. An unknown site gets the
//! translated 404 page, before any handler runs.

use std::collections::HashMap;

use axum::extract::rejection::PathRejection;
use axum::extract::{FromRequestParts, OriginalUri, Path};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use cookiewarden_core::{Language, SiteDefinition, Slug};

use crate::App;
use crate::http::language::LanguageHints;
use crate::ops::sites::load_site;
use crate::view::not_found_page;
use crate::view::policy::site_language;

/// A page's site, and the visitor's language among the site's languages.
pub(crate) struct VisitedSite {
    pub(crate) definition: SiteDefinition,
    pub(crate) language: Language,
    /// The path and query the visitor asked for (before any prefix was stripped).
    pub(crate) uri: axum::http::Uri,
}

impl FromRequestParts<App> for VisitedSite {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Response> {
        let hints = LanguageHints::of(&parts.uri, &parts.headers);
        let uri = OriginalUri::from_request_parts(parts, app)
            .await
            .map_or_else(|_| parts.uri.clone(), |OriginalUri(uri)| uri);
        // A route without parameters is the platform's own page; a parameter that does not
        // decode (`/sites/%FF/…`) names no site.
        let params = match Path::<HashMap<String, String>>::from_request_parts(parts, app).await {
            Ok(Path(params)) => params,
            Err(PathRejection::MissingPathParams(_)) => HashMap::new(),
            Err(_) => return Err(not_found_page(app, &hints, &uri, None)),
        };
        let slug = params.get("slug").map_or(Slug::PLATFORM, String::as_str);
        let Some(definition) = load_site(app, slug)
            .await
            .map_err(IntoResponse::into_response)?
        else {
            return Err(not_found_page(app, &hints, &uri, Some(slug)));
        };
        let language = site_language(app, &definition, &hints);
        Ok(VisitedSite {
            definition,
            language,
            uri,
        })
    }
}
