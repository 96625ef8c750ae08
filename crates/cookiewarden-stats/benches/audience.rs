//! Audience storage and the dashboard's queries at scale: writes N synthetic page views spread
//! over 30 days into a fresh SQLite store (default 10 million; `COOKIEWARDEN_BENCH_EVENTS`
//! sets another number), then measures
//! - how fast the store takes them (batches of 5,000, as the collector writes),
//! - bytes on disk per page view, indexes and daily totals included,
//! - the 30-day overview (daily views and visitors, top 10 of every dimension) 50 times,
//!
//! and, when `python3 -c 'import duckdb'` works, runs the same queries in DuckDB over the same
//! raw page views (`bench/duckdb-audience.py`), printing the ratio.
//!
//!     cargo bench -p cookiewarden-stats --bench audience

use std::io::Write;
use std::process::Command;
use std::sync::Arc;
use std::time::Instant;

use cookiewarden_core::SiteDefinition;
use cookiewarden_store::{PageView, SqlStore, Store};

const DAYS: i64 = 30;
const BATCH: usize = 5_000;
const RUNS: usize = 50;

/// xorshift64*: reproducible synthetic traffic without a dependency.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number below `n`, small ones far likelier (as pages and referrers are).
    fn skewed(&mut self, n: u64) -> u64 {
        let a = self.next() % n;
        let b = self.next() % n;
        a.min(b) * a.min(b) / n.max(1)
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn main() {
    let events: usize = std::env::var("COOKIEWARDEN_BENCH_EVENTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000_000);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(run(events));
}

async fn run(events: usize) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("audience.db");
    let store = SqlStore::connect(&format!("sqlite://{}", file.display()))
        .await
        .unwrap();
    let shop = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/shop.toml");
    store
        .apply_site(&SiteDefinition::parse(&std::fs::read_to_string(shop).unwrap()).unwrap())
        .await
        .unwrap();
    let store: Arc<dyn Store> = Arc::new(store);
    let site: cookiewarden_core::Slug = "shop".parse().unwrap();

    let browsers = ["Chrome", "Safari", "Firefox", "Edge", "Opera", "Other"];
    let systems = ["Windows", "Android", "iOS", "macOS", "Linux", "ChromeOS"];
    let devices = ["desktop", "mobile", "tablet"];
    let languages = ["en", "fr", "de", "es", "it", "nl", "pt", ""];
    let first_day = 20_400;
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let mut csv =
        std::io::BufWriter::new(std::fs::File::create(dir.path().join("events.csv")).unwrap());
    writeln!(
        csv,
        "site,minute,path,referrer,browser,os,device,language,visitor"
    )
    .unwrap();

    let started = Instant::now();
    let mut batch = Vec::with_capacity(BATCH);
    for n in 0..events {
        let minute = first_day * 1440 + (n as i64 * DAYS * 1440) / events as i64;
        let view = PageView {
            site: site.clone(),
            minute,
            path: format!("/products/{}", random.skewed(2_000)),
            referrer: match random.next() % 4 {
                0 => format!("site{}.example", random.skewed(300)),
                _ => String::new(),
            },
            browser: browsers[random.skewed(6) as usize].to_owned(),
            os: systems[random.skewed(6) as usize].to_owned(),
            device: devices[random.skewed(3) as usize].to_owned(),
            language: languages[random.skewed(8) as usize].to_owned(),
            // About three page views per visitor and day.
            visitor: (minute / 1440) * 1_000_000
                + (random.next() % (events as u64 / DAYS as u64 / 3 + 1)) as i64,
        };
        writeln!(
            csv,
            "shop,{},{},{},{},{},{},{},{}",
            view.minute,
            view.path,
            view.referrer,
            view.browser,
            view.os,
            view.device,
            view.language,
            view.visitor
        )
        .unwrap();
        batch.push(view);
        if batch.len() == BATCH {
            store.record_page_views(&batch).await.unwrap();
            batch.clear();
        }
    }
    store.record_page_views(&batch).await.unwrap();
    csv.flush().unwrap();
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "wrote {events} page views in {seconds:.1} s: {:.0} page views/s into the store",
        events as f64 / seconds
    );

    // Everything on disk, write-ahead log checkpointed.
    let checkpoint = SqlStore::connect(&format!("sqlite://{}", file.display()))
        .await
        .unwrap();
    checkpoint.close().await;
    let bytes: u64 = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("audience.db"))
        .map(|e| e.metadata().unwrap().len())
        .sum();
    println!(
        "on disk: {bytes} bytes, {:.1} bytes per page view",
        bytes as f64 / events as f64
    );

    let last_day = first_day + DAYS - 1;
    let mut timings = Vec::with_capacity(RUNS);
    let mut audience = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        audience = Some(
            store
                .audience(&site, first_day..=last_day, 10)
                .await
                .unwrap(),
        );
        timings.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    timings.sort_by(f64::total_cmp);
    let audience = audience.unwrap();
    let visitors: i64 = audience.days.iter().map(|d| d.visitors).sum();
    println!(
        "30-day overview: p50 {:.2} ms, p95 {:.2} ms ({} days, {visitors} daily visitors summed, {} top rows)",
        percentile(&timings, 0.5),
        percentile(&timings, 0.95),
        audience.days.len(),
        audience.top.len()
    );

    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../bench/duckdb-audience.py"
    );
    let duckdb = Command::new("python3")
        .args([
            script,
            &dir.path().join("events.csv").display().to_string(),
            &RUNS.to_string(),
        ])
        .output();
    match duckdb {
        Ok(output) if output.status.success() => {
            let text = String::from_utf8_lossy(&output.stdout);
            print!("DuckDB: {text}");
            let p95 = text
                .split("p95 ")
                .nth(1)
                .and_then(|rest| rest.split(' ').next())
                .and_then(|n| n.parse::<f64>().ok());
            if let Some(p95) = p95 {
                println!(
                    "ratio (DuckDB p95 / cookiewarden p95): {:.1}x",
                    p95 / percentile(&timings, 0.95)
                );
            }
        }
        Ok(output) => println!(
            "DuckDB comparison skipped: {}",
            String::from_utf8_lossy(&output.stderr)
                .lines()
                .last()
                .unwrap_or("failed")
        ),
        Err(error) => println!("DuckDB comparison skipped: {error}"),
    }
}
