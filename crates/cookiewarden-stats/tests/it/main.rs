//! The collector against a real SQLite store: beacons in, page views and daily totals out.

use std::sync::Arc;
use std::time::Duration;

use cookiewarden_core::SiteDefinition;
use cookiewarden_stats::{Beacon, Collector, CollectorConfig, Ignored, Outcome, Sender};
use cookiewarden_store::{SqlStore, Store};

const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

async fn store() -> (Arc<dyn Store>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqlStore::connect(&format!("sqlite://{}/stats.db", dir.path().display()))
        .await
        .unwrap();
    let shop = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/shop.toml");
    store
        .apply_site(&SiteDefinition::parse(&std::fs::read_to_string(shop).unwrap()).unwrap())
        .await
        .unwrap();
    (Arc::new(store), dir)
}

fn sender(address: &str) -> Sender<'_> {
    Sender {
        user_agent: FIREFOX,
        address: address.parse().unwrap(),
        own_hosts: &[],
        kept_query: &[],
        cookie_ids: false,
    }
}

#[tokio::test]
async fn beacons_become_page_views_and_daily_totals_counting_each_visitor_once() {
    let (store, _dir) = store().await;
    let collector = Collector::start(Arc::clone(&store), CollectorConfig::default());
    let shop = "shop".parse().unwrap();
    let now = 1_800_000_000_000;
    let page = |path: &str| Beacon {
        path: path.into(),
        ..Beacon::default()
    };
    for (path, address) in [
        ("/", "192.0.2.1"),
        ("/cart", "192.0.2.1"),
        ("/", "192.0.2.2"),
    ] {
        let outcome = collector
            .collect(&shop, &page(path), sender(address), now)
            .await
            .unwrap();
        assert_eq!(outcome, Outcome::Counted);
    }
    let robot = Sender {
        user_agent: "curl/8.5.0",
        ..sender("192.0.2.3")
    };
    assert_eq!(
        collector
            .collect(&shop, &page("/"), robot, now)
            .await
            .unwrap(),
        Outcome::Ignored(Ignored::Robot)
    );
    collector.flush().await;
    let day = now / 86_400_000;
    let audience = store.audience(&shop, day..=day, 5).await.unwrap();
    assert_eq!(
        (audience.days[0].views, audience.days[0].visitors),
        (3, 2),
        "two visitors, three views"
    );
    let counters = collector.counters();
    assert_eq!(
        counters.counted.load(std::sync::atomic::Ordering::Relaxed),
        3
    );
    assert_eq!(
        counters.refused.load(std::sync::atomic::Ordering::Relaxed),
        1
    );
}

#[tokio::test]
async fn a_full_queue_drops_views_instead_of_waiting_and_batches_are_written_on_time() {
    let (store, _dir) = store().await;
    let collector = Collector::start(
        Arc::clone(&store),
        CollectorConfig {
            flush_every: Duration::from_millis(50),
            queue: 1,
            ..CollectorConfig::default()
        },
    );
    let shop = "shop".parse().unwrap();
    let beacon = Beacon {
        path: "/".into(),
        ..Beacon::default()
    };
    let mut outcomes = Vec::new();
    for n in 0..50 {
        let address = format!("198.51.100.{n}");
        outcomes.push(
            collector
                .collect(&shop, &beacon, sender(&address), 1_800_000_000_000)
                .await
                .unwrap(),
        );
    }
    assert!(outcomes.contains(&Outcome::Busy), "{outcomes:?}");
    assert!(outcomes.contains(&Outcome::Counted));
    // Without an explicit flush, the timer writes what was queued.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let written = store.page_views(&shop, 0..i64::MAX).await.unwrap().len();
    let counted = outcomes.iter().filter(|o| **o == Outcome::Counted).count();
    assert_eq!(written, counted);
}
