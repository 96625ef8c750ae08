//! The back office over a site with a million consent records: the statistics dashboard, pages
//! of the consent log (first, deep, filtered) and the CSV export of every record, through the
//! real router on a real database, side by side with what the dashboard did before the per-day
//! totals: read the site's whole ledger.
//!
//! `cargo bench -p cookiewarden-web --bench consent_dashboard`
//!
//! `COOKIEWARDEN_BENCH_RECORDS` sets the number of records (1,000,000 by default);
//! `COOKIEWARDEN_TEST_POSTGRES_URL` adds a run on PostgreSQL. Records are spread over 400 days
//! (the dashboard shows 30 of them) with a real mix of methods, languages and returning
//! visitors; each request is timed from the router's call to the last byte of the body.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::Request;
use cookiewarden_core::{
    Account, Choices, ConsentId, ConsentMethod, KeyRing, NewConsent, SigningKey, SiteDefinition,
    hash_password,
};
use cookiewarden_store::{SqlStore, Store};
use cookiewarden_web::WebConfig;
use http_body_util::BodyExt;
use sha2::{Digest, Sha256};
use tower::ServiceExt;

const DAY_MS: i64 = 86_400_000;
const SPREAD_DAYS: i64 = 400;
const BATCH: usize = 10_000;
const RUNS: usize = 40;

fn decision(n: u64, today: i64, records: u64) -> NewConsent {
    // One visitor in five comes back and decides again.
    let visitor = if n % 5 == 4 { n / 2 } else { n };
    let mut id = [0u8; 16];
    id[..8].copy_from_slice(&visitor.to_be_bytes());
    let method = [
        ConsentMethod::AcceptAll,
        ConsentMethod::RejectAll,
        ConsentMethod::AcceptAll,
        ConsentMethod::Custom,
        ConsentMethod::RejectAll,
        ConsentMethod::Close,
        ConsentMethod::AcceptAll,
        ConsentMethod::Gpc,
    ][usize::try_from(n % 8).unwrap_or(0)];
    let span = SPREAD_DAYS * DAY_MS;
    let offset = i64::try_from(n).unwrap_or(0) * span / i64::try_from(records).unwrap_or(1);
    NewConsent {
        site: "shop".parse().expect("a slug"),
        consent_id: ConsentId::from_random(id),
        recorded_at_ms: (today - SPREAD_DAYS) * DAY_MS + offset,
        method,
        choices: match method {
            ConsentMethod::AcceptAll => Choices::ALL,
            ConsentMethod::Custom => Choices {
                statistics: true,
                ..Choices::NONE
            },
            _ => Choices::NONE,
        },
        policy_version: "a".repeat(64),
        texts_hash: "b".repeat(64),
        language: if n.is_multiple_of(3) { "fr" } else { "en" }
            .parse()
            .expect("a language"),
        gpc: method == ConsentMethod::Gpc,
        browser_family: "Firefox".into(),
        region: None,
        rule_set: None,
        gpp: None,
        services: Default::default(),
    }
}

/// Milliseconds at the 50th and 95th percentiles.
fn percentiles(mut times: Vec<Duration>) -> (f64, f64) {
    times.sort();
    let at = |p: usize| times[(times.len() * p / 100).min(times.len() - 1)].as_secs_f64() * 1e3;
    (at(50), at(95))
}

async fn timed(router: &axum::Router, uri: &str, session: &str) -> (Duration, usize) {
    let started = Instant::now();
    let response = router
        .clone()
        .oneshot(
            Request::get(uri)
                .header("cookie", session)
                .body(Body::empty())
                .expect("a request"),
        )
        .await
        .expect("an answer");
    assert!(
        response.status().is_success(),
        "{uri}: {}",
        response.status()
    );
    let body = response.into_body().collect().await.expect("a body");
    (started.elapsed(), body.to_bytes().len())
}

async fn run(name: &str, url: &str, records: u64) {
    let store = SqlStore::connect(url).await.expect("the database opens");
    let shop = SiteDefinition::parse(include_str!("../../../examples/shop.toml")).expect("shop");
    store.apply_site(&shop).await.expect("the shop");
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("after 1970")
        .as_millis();
    let now_ms = i64::try_from(now_ms).expect("in range");
    let today = now_ms / DAY_MS;
    let started = Instant::now();
    let mut batch = Vec::with_capacity(BATCH);
    for n in 0..records {
        batch.push(decision(n, today, records));
        if batch.len() == BATCH || n + 1 == records {
            store
                .append_consents(std::mem::take(&mut batch))
                .await
                .expect("appended");
        }
    }
    let written = started.elapsed();
    store
        .add_user(
            &Account {
                name: "admin".parse().expect("a name"),
                admin: true,
                memberships: vec![],
                disabled: false,
                password_hash: hash_password("not used by the bench", &[1; 16]).expect("a hash"),
            },
            None,
        )
        .await
        .expect("a user");
    let session_id = "bench-session";
    let now = now_ms / 1000;
    store
        .create_session(
            &hex::encode(Sha256::digest(session_id.as_bytes())),
            &"admin".parse().expect("a name"),
            now,
        )
        .await
        .expect("a session");
    let store: Arc<dyn Store> = Arc::new(store.clone());
    let router = cookiewarden_web::router(
        Arc::clone(&store),
        WebConfig {
            trust_forwarded_proto: false,
            keys: KeyRing::new(vec![SigningKey::new("bench", vec![7; 32]).expect("a key")])
                .expect("a ring"),
            collector: cookiewarden_stats::Collector::start(
                Arc::clone(&store),
                cookiewarden_stats::CollectorConfig::default(),
            ),
            regions: cookiewarden_web::RegionHeaders::default(),
        },
    )
    .expect("the router");
    let session = format!("sessionid={session_id}");
    println!("\n{name}: {records} consent records written in {written:.1?}");
    println!("| request | p50 ms | p95 ms |");
    println!("| --- | --- | --- |");
    let from = (today - 60) * DAY_MS;
    let day = |days: i64| {
        time::OffsetDateTime::from_unix_timestamp(days * 86_400)
            .expect("a day")
            .date()
            .to_string()
    };
    let deep = records / 2;
    for (label, uri) in [
        (
            "dashboard, 30 days",
            "/admin/sites/shop/statistics".to_owned(),
        ),
        (
            "dashboard, 365 days",
            format!("/admin/sites/shop/statistics?from={}", day(today - 364)),
        ),
        (
            "consent log, first page",
            "/admin/sites/shop/consents".to_owned(),
        ),
        (
            "consent log, page in the middle",
            format!("/admin/sites/shop/consents?before={deep}"),
        ),
        (
            "consent log, one method",
            "/admin/sites/shop/consents?method=gpc".to_owned(),
        ),
        (
            "consent log, one year",
            format!("/admin/sites/shop/consents?from={}", day(today - 364)),
        ),
        (
            "consent log, one week",
            format!(
                "/admin/sites/shop/consents?from={}&to={}",
                day(from / DAY_MS),
                day(from / DAY_MS + 6)
            ),
        ),
    ] {
        let mut times = Vec::with_capacity(RUNS);
        for _ in 0..RUNS {
            times.push(timed(&router, &uri, &session).await.0);
        }
        let (p50, p95) = percentiles(times);
        println!("| {label} | {p50:.1} | {p95:.1} |");
    }
    let mut times = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let ledger = store
            .consent_records(&"shop".parse().expect("a slug"))
            .await
            .expect("the ledger");
        assert_eq!(u64::try_from(ledger.len()).ok(), Some(records));
        times.push(started.elapsed());
    }
    let (p50, p95) = percentiles(times);
    println!("| before: the whole ledger read, as the old dashboard did | {p50:.1} | {p95:.1} |");
    let (took, bytes) = timed(&router, "/admin/sites/shop/consents?format=csv", &session).await;
    #[expect(clippy::cast_precision_loss, reason = "a report")]
    let rate = records as f64 / took.as_secs_f64();
    println!(
        "CSV export of every record: {took:.1?}, {} MB, {rate:.0} records/s",
        bytes / 1_000_000
    );
    store.ping().await.expect("still up");
}

#[tokio::main]
async fn main() {
    let records = std::env::var("COOKIEWARDEN_BENCH_RECORDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir().expect("a directory");
    let sqlite = format!("sqlite://{}", dir.path().join("bench.db").display());
    run("SQLite", &sqlite, records).await;
    if let Ok(base) = std::env::var("COOKIEWARDEN_TEST_POSTGRES_URL") {
        fresh_schema(&base).await;
        run(
            "PostgreSQL",
            &format!("{base}?options[search_path]=bench_dashboard"),
            records,
        )
        .await;
    }
}

/// An empty schema for the PostgreSQL run, so it never mixes with other data.
async fn fresh_schema(base: &str) {
    use sqlx::{Connection, Executor};
    sqlx::any::install_default_drivers();
    let mut admin = sqlx::AnyConnection::connect(base)
        .await
        .expect("PostgreSQL answers");
    admin
        .execute("DROP SCHEMA IF EXISTS bench_dashboard CASCADE; CREATE SCHEMA bench_dashboard")
        .await
        .expect("a fresh schema");
}
