//! Static files compiled into the binary and served under content-hashed names
//! (`/assets/banner.3f2a9c1b7d4e.js`): a new release gets new names, so every asset can be
//! cached for a year and no visitor ever runs a stale mix.

use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::App;

/// One embedded file.
struct Asset {
    /// The logical name (`banner.js`).
    name: &'static str,
    /// The hashed file name (`banner.3f2a9c1b7d4e.js`).
    file_name: String,
    /// The URL it is served at, under the mount's prefix.
    url: String,
    content_type: &'static str,
    /// The file as served: scripts and styles without their comments and spaces.
    body: String,
}

/// Every embedded file, addressed by content.
pub(crate) struct Assets(Vec<Asset>);

const FILES: [(&str, &str, &str); 6] = [
    (
        "style.css",
        "text/css; charset=utf-8",
        include_str!("../../assets/style.css"),
    ),
    (
        "admin.css",
        "text/css; charset=utf-8",
        include_str!("../../assets/admin.css"),
    ),
    (
        "banner.css",
        "text/css; charset=utf-8",
        include_str!("../../assets/banner.css"),
    ),
    (
        "banner.js",
        "text/javascript; charset=utf-8",
        include_str!("../../assets/banner.js"),
    ),
    (
        "blocker.js",
        "text/javascript; charset=utf-8",
        include_str!("../../assets/blocker.js"),
    ),
    (
        "banner-gpp.js",
        "text/javascript; charset=utf-8",
        include_str!("../../assets/banner-gpp.js"),
    ),
];

impl Assets {
    /// The files, with URLs under `prefix` (empty on the platform, `/_cookiewarden` behind the
    /// gateway, where `/assets/` belongs to the application).
    pub(crate) fn load(prefix: &str) -> Assets {
        Assets(
            FILES
                .iter()
                .map(|(name, content_type, source)| {
                    let body = minify(name, source);
                    let digest = hex::encode(Sha256::digest(body.as_bytes()));
                    let (stem, extension) = name.rsplit_once('.').unwrap_or((name, ""));
                    let file_name = format!("{stem}.{}.{extension}", &digest[..12]);
                    Asset {
                        name,
                        url: format!("{prefix}/assets/{file_name}"),
                        file_name,
                        content_type,
                        body,
                    }
                })
                .collect(),
        )
    }

    /// The served text of a logical name, for the tests that check what a visitor downloads.
    #[cfg(test)]
    pub(crate) fn body(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.body.as_str())
    }

    /// The served text of a logical name that is not served alone: the blocking loader's code,
    /// which each site's `blocker.js` calls with its own services.
    pub(crate) fn text(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|a| a.name == name)
            .map_or("", |a| a.body.as_str())
    }

    /// The hashed URL of a logical name; every name used in the code is in [`FILES`].
    pub(crate) fn url(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|a| a.name == name)
            .map_or("/assets/missing", |a| a.url.as_str())
    }
}

/// A file as visitors download it: the sources keep their comments for readers, the banner's
/// first visit must stay small, so scripts and styles lose comments and spaces at start-up.
fn minify(name: &str, source: &str) -> String {
    if name.ends_with(".js") {
        minifier::js::minify(source).to_string()
    } else if name.ends_with(".css") {
        // A stylesheet the minifier cannot read is served as written rather than not at all.
        minifier::css::minify(source).map_or_else(|_| source.to_owned(), |m| m.to_string())
    } else {
        source.to_owned()
    }
}

/// `GET /assets/{name}`: an embedded file, cached for a year.
pub(crate) async fn serve(State(app): State<App>, Path(name): Path<String>) -> Response {
    match app.assets.0.iter().find(|asset| asset.file_name == name) {
        Some(asset) => (
            [
                (header::CONTENT_TYPE, asset.content_type),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
                (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
            ],
            asset.body.clone(),
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "No such asset.").into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_styles_are_served_without_comments_and_still_whole() {
        let assets = Assets::load("");
        let banner = assets.body("banner.js").unwrap();
        let source = include_str!("../../assets/banner.js");
        assert!(
            banner.len() * 10 < source.len() * 8,
            "{} of {}",
            banner.len(),
            source.len()
        );
        assert!(!banner.contains("/* "), "comments are gone");
        for kept in ["cookiewarden:consent", "consentv2", "\"use strict\""] {
            assert!(banner.contains(kept), "{kept}");
        }
        assert!(
            assets
                .body("banner-gpp.js")
                .unwrap()
                .contains("__gppLocator")
        );
        let css = assets.body("banner.css").unwrap();
        assert!(css.contains(".cw-dialog") && !css.contains("/* "));
    }
}
