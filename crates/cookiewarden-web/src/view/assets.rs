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
    body: &'static str,
}

/// Every embedded file, addressed by content.
pub(crate) struct Assets(Vec<Asset>);

const FILES: [(&str, &str, &str); 4] = [
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
];

impl Assets {
    /// The files, with URLs under `prefix` (empty on the platform, `/_cookiewarden` behind the
    /// gateway, where `/assets/` belongs to the application).
    pub(crate) fn load(prefix: &str) -> Assets {
        Assets(
            FILES
                .iter()
                .map(|(name, content_type, body)| {
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

    /// The hashed URL of a logical name; every name used in the code is in [`FILES`].
    pub(crate) fn url(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|a| a.name == name)
            .map_or("/assets/missing", |a| a.url.as_str())
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
            asset.body,
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "No such asset.").into_response(),
    }
}
