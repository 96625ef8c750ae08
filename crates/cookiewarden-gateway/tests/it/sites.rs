//! One gateway for several sites, each chosen by the host a request names.

use std::sync::Arc;

use cookiewarden_core::SiteDefinition;
use cookiewarden_gateway::SiteRoute;
use cookiewarden_store::{SqlStore, Store};
use hyper::StatusCode;

use crate::harness::{Options, Upstream, gateway_config, get, send_raw, test_data};

#[tokio::test]
async fn each_host_gets_its_own_site_and_an_unknown_host_a_421() {
    let shop_app = Upstream::start().await;
    let blog_app = Upstream::start().await;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/gateway.db", dir.path().display());
    let store = Arc::new(SqlStore::connect(&url).await.unwrap());
    for file in ["upstream-site.toml", "second-site.toml"] {
        let site = SiteDefinition::parse(&std::fs::read_to_string(test_data(file)).unwrap());
        store.apply_site(&site.unwrap()).await.unwrap();
    }
    let collector = cookiewarden_stats::Collector::start(
        Arc::clone(&store) as Arc<dyn Store>,
        cookiewarden_stats::CollectorConfig::default(),
    );
    let sites = vec![
        SiteRoute {
            hosts: vec!["shop.test".into(), "www.shop.test".into()],
            config: gateway_config(
                Options::new(shop_app.port),
                "testshop".parse().unwrap(),
                collector.clone(),
            ),
        },
        SiteRoute {
            hosts: vec!["blog.test".into()],
            config: gateway_config(
                Options::new(blog_app.port),
                "blog".parse().unwrap(),
                collector,
            ),
        },
    ];
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let shared: Arc<dyn Store> = store.clone();
    let task = tokio::spawn(async move {
        cookiewarden_gateway::serve_sites(listener, shared, sites, async {
            let _ = stopped.await;
        })
        .await
        .unwrap();
    });
    let page = |host: &'static str| {
        let url = format!("http://{address}/");
        async move { get(&url, &[("accept", "text/html"), ("host", host)]).await }
    };

    // The shop's rules: its advertising cookie waits for consent.
    let shop = page("shop.test").await;
    assert_eq!(shop.status, StatusCode::OK);
    assert!(shop.text().contains("/_cookiewarden/banner.js"));
    assert!(
        !shop.cookies_set().contains(&"ad_id".to_owned()),
        "{:?}",
        shop.cookies_set()
    );
    let www = page("WWW.Shop.Test.").await;
    assert_eq!(
        www.status,
        StatusCode::OK,
        "case and a final dot name the same host"
    );
    // The blog's rules: the same cookie is necessary there.
    let blog = page("blog.test").await;
    assert!(
        blog.cookies_set().contains(&"ad_id".to_owned()),
        "{:?}",
        blog.cookies_set()
    );
    // Each host's banner is its own site's.
    let config = get(
        &format!("http://{address}/_cookiewarden/config.json"),
        &[("host", "blog.test")],
    )
    .await;
    assert!(config.text().contains("Test blog"), "{}", config.text());
    let config = get(
        &format!("http://{address}/_cookiewarden/config.json"),
        &[("host", "shop.test")],
    )
    .await;
    assert!(config.text().contains("Test shop"), "{}", config.text());
    // A host no site answers: 421 with a short page.
    let other = page("other.test").await;
    assert_eq!(other.status, StatusCode::MISDIRECTED_REQUEST);
    assert!(other.text().contains("serves no site"), "{}", other.text());

    // A host said two ways could route one site and reach another's application: refused.
    for request in [
        "GET / HTTP/1.1\r\nHost: blog.test@shop.test\r\nConnection: close\r\n\r\n",
        "GET http://blog.test/ HTTP/1.1\r\nHost: shop.test\r\nConnection: close\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: shop.test\r\nHost: blog.test\r\nConnection: close\r\n\r\n",
    ] {
        let answer = send_raw(address, request.as_bytes()).await;
        assert!(answer.starts_with("HTTP/1.1 400"), "{request:?}: {answer}");
    }
    // The absolute form that agrees with its Host is served.
    let agreed = send_raw(
        address,
        b"GET http://blog.test/ HTTP/1.1\r\nHost: blog.test\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert!(agreed.starts_with("HTTP/1.1 200"), "{agreed}");

    let _ = stop.send(());
    task.await.unwrap();
}
