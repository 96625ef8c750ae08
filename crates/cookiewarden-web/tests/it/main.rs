//! The web crate over HTTP, against a real SQLite store: what a visitor's browser, the back
//! office's users, API scripts and a monitoring system see.

mod admin;
mod admin_pages;
mod api;
mod beacon;
mod consent;
mod language;
mod observability;
mod policy;
mod regions;
mod visitor;

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response};
use cookiewarden_core::{KeyRing, SigningKey, SiteDefinition};
use cookiewarden_store::{SqlStore, Store};
use cookiewarden_web::WebConfig;
use http_body_util::BodyExt;
use tower::ServiceExt;

/// The platform with its own site and the shop example, on a fresh database.
pub(crate) struct TestApp {
    router: Router,
    pub(crate) store: Arc<dyn Store>,
    /// The same store, to close it (a database outage).
    pub(crate) sql: SqlStore,
    pub(crate) keys: KeyRing,
    _dir: tempfile::TempDir,
}

impl TestApp {
    pub(crate) async fn new() -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("web.db").display());
        let store = SqlStore::connect(&url).await.unwrap();
        store
            .create_site_if_absent(&SiteDefinition::platform())
            .await
            .unwrap();
        let shop_file = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/shop.toml");
        let shop = SiteDefinition::parse(&std::fs::read_to_string(shop_file).unwrap()).unwrap();
        store.apply_site(&shop).await.unwrap();
        let sql = store.clone();
        let store: Arc<dyn Store> = Arc::new(store);
        let keys = KeyRing::new(vec![SigningKey::new("test", vec![42; 32]).unwrap()]).unwrap();
        let config = WebConfig {
            trust_forwarded_proto: false,
            keys: keys.clone(),
            // Page views reach the store quickly, so tests need not wait long.
            collector: cookiewarden_stats::Collector::start(
                Arc::clone(&store),
                cookiewarden_stats::CollectorConfig {
                    flush_every: std::time::Duration::from_millis(20),
                    ..cookiewarden_stats::CollectorConfig::default()
                },
            ),
            // The region as CloudFront sends it: the country, and the subdivision apart.
            regions: cookiewarden_web::RegionHeaders {
                country: Some(axum::http::HeaderName::from_static(
                    "cloudfront-viewer-country",
                )),
                subdivision: Some(axum::http::HeaderName::from_static(
                    "cloudfront-viewer-country-region",
                )),
            },
        };
        let router = cookiewarden_web::router(Arc::clone(&store), config).unwrap();
        TestApp {
            router,
            store,
            sql,
            keys,
            _dir: dir,
        }
    }

    pub(crate) async fn send(&self, request: Request<Body>) -> Response<Body> {
        self.router.clone().oneshot(request).await.unwrap()
    }

    /// GET `uri` with extra headers; returns the response and its body as text.
    pub(crate) async fn get(
        &self,
        uri: &str,
        headers: &[(&str, &str)],
    ) -> (Response<Body>, String) {
        let mut request = Request::get(uri);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = self.send(request.body(Body::empty()).unwrap()).await;
        split(response).await
    }
}

pub(crate) async fn split(response: Response<Body>) -> (Response<Body>, String) {
    let (parts, body) = response.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    (
        Response::from_parts(parts, Body::empty()),
        String::from_utf8(bytes.to_vec()).unwrap(),
    )
}

pub(crate) fn header<'a>(response: &'a Response<Body>, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .map_or("", |v| v.to_str().unwrap())
}
