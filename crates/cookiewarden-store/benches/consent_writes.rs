//! Durable consent writes per second, side by side with the simplest durable write SQLite
//! offers: single-row inserts at `synchronous=FULL`, on the same disk.
//!
//! `cargo bench -p cookiewarden-store --bench consent_writes`
//!
//! Three runs: (1) the baseline, one insert per transaction; (2) consents appended by 64
//! concurrent clients through the store (hash chain, group commit); (3) a steady 1,000
//! consents per second for 5 seconds, reporting the latency of each append. Every write has
//! been committed (and fsynced) when it is counted.

use std::sync::Arc;
use std::time::{Duration, Instant};

use cookiewarden_core::{Choices, ConsentId, ConsentMethod, NewConsent};
use cookiewarden_store::{SqlStore, Store};
use sqlx::{AnyConnection, Connection, Executor};

const WRITES: u32 = 5_000;
const CLIENTS: u32 = 64;

fn consent(n: u32) -> NewConsent {
    let mut id = [0u8; 16];
    id[..4].copy_from_slice(&n.to_be_bytes());
    NewConsent {
        site: "shop".parse().expect("a valid slug"),
        consent_id: ConsentId::from_random(id),
        recorded_at_ms: 1_800_000_000_000 + i64::from(n),
        method: ConsentMethod::AcceptAll,
        choices: Choices::ALL,
        policy_version: "a".repeat(64),
        texts_hash: "b".repeat(64),
        language: "en".parse().expect("a valid language"),
        gpc: false,
        browser_family: "Chrome".into(),
        region: None,
        rule_set: None,
        gpp: None,
        services: Default::default(),
    }
}

async fn baseline(dir: &std::path::Path) -> f64 {
    sqlx::any::install_default_drivers();
    let url = format!("sqlite://{}?mode=rwc", dir.join("baseline.db").display());
    let mut connection = AnyConnection::connect(&url).await.expect("SQLite opens");
    connection
        .execute("PRAGMA journal_mode = WAL")
        .await
        .expect("WAL");
    connection
        .execute("PRAGMA synchronous = FULL")
        .await
        .expect("FULL");
    connection
        .execute(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, consent_id TEXT, at INTEGER, choices TEXT)",
        )
        .await
        .expect("a table");
    let started = Instant::now();
    for n in 0..WRITES {
        sqlx::query("INSERT INTO t (consent_id, at, choices) VALUES ($1, $2, $3)")
            .bind(format!("consent-{n}"))
            .bind(i64::from(n))
            .bind("1111")
            .execute(&mut connection)
            .await
            .expect("an insert");
    }
    f64::from(WRITES) / started.elapsed().as_secs_f64()
}

async fn concurrent(store: Arc<SqlStore>) -> f64 {
    let started = Instant::now();
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|client| {
            let store = Arc::clone(&store);
            tokio::spawn(async move {
                for i in 0..WRITES / CLIENTS {
                    store
                        .append_consent(consent(client * 1_000_000 + i))
                        .await
                        .expect("an append");
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("a client");
    }
    f64::from(WRITES / CLIENTS * CLIENTS) / started.elapsed().as_secs_f64()
}

async fn paced(store: Arc<SqlStore>, per_second: u32, seconds: u32) -> Vec<Duration> {
    let interval = Duration::from_secs(1) / per_second;
    let start = Instant::now();
    let tasks: Vec<_> = (0..per_second * seconds)
        .map(|n| {
            let store = Arc::clone(&store);
            tokio::spawn(async move {
                tokio::time::sleep_until((start + interval * n).into()).await;
                let sent = Instant::now();
                store
                    .append_consent(consent(50_000_000 + n))
                    .await
                    .expect("an append");
                sent.elapsed()
            })
        })
        .collect();
    let mut latencies = Vec::with_capacity(tasks.len());
    for task in tasks {
        latencies.push(task.await.expect("a client"));
    }
    latencies.sort();
    latencies
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * (sorted.len() as f64 - 1.0)).round() as usize;
    sorted[rank]
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir_in(std::env::temp_dir()).expect("a temporary directory");
    let base = baseline(dir.path()).await;
    let url = format!("sqlite://{}", dir.path().join("store.db").display());
    let store = Arc::new(SqlStore::connect(&url).await.expect("the store opens"));
    let ours = concurrent(Arc::clone(&store)).await;
    let latencies = paced(Arc::clone(&store), 1_000, 5).await;
    println!("single-row SQLite inserts, synchronous=FULL:   {base:>8.0} writes/s");
    println!("cookiewarden consent appends, {CLIENTS} clients:     {ours:>8.0} writes/s");
    println!(
        "ratio:                                          {:>8.2}x",
        ours / base
    );
    println!(
        "at 1,000 appends/s for 5 s: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        percentile(&latencies, 50.0).as_secs_f64() * 1e3,
        percentile(&latencies, 99.0).as_secs_f64() * 1e3,
        latencies.last().map_or(0.0, |d| d.as_secs_f64() * 1e3),
    );
    let records = store
        .consent_records(&"shop".parse().expect("a valid slug"))
        .await
        .expect("records");
    let verified = cookiewarden_core::verify_chain(&records).expect("the chain verifies");
    println!("chain verified: {verified} records");
}
