//! Pages per hour on a local 50-page site, side by side with a naive scan that starts a new
//! Chromium per page, and the peak memory of the whole scan (this process and its Chromium).
//!
//! `cargo bench -p cookiewarden-scan --bench scan_speed` (needs /usr/bin/chromium)

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::Path;
use axum::response::Html;
use axum::routing::get;
use cookiewarden_core::Catalogue;
use cookiewarden_scan::{Classifier, ScanOptions, scan};

const PAGES: usize = 50;

async fn serve_site() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a port");
    let port = listener.local_addr().expect("an address").port();
    let page = |Path(n): Path<usize>| async move {
        let links: String = (1..=3)
            .map(|k| format!("<a href=\"/p/{}\">next</a> ", (n + k) % PAGES))
            .collect();
        Html(format!(
            "<!doctype html><title>Page {n}</title>\
             <div role=\"dialog\"><button class=\"cw-choice\" onclick=\"document.cookie='accepted=1'; this.parentNode.remove()\">Accept all</button>\
             <button class=\"cw-choice\" onclick=\"this.parentNode.remove()\">Reject all</button></div>\
             <script>document.cookie = 'visit_{n}=1; path=/';</script><p>Page {n}</p>{links}"
        ))
    };
    let app = Router::new().route("/p/{n}", get(page));
    tokio::spawn(async move { axum::serve(listener, app).await.expect("the site serves") });
    port
}

/// Memory of this process and of every Chromium process of a scan, as proportional set size
/// (shared pages divided among the processes sharing them, so nothing is counted twice).
fn scan_memory_kib() -> u64 {
    let mut total = 0;
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return 0;
    };
    let me = std::process::id().to_string();
    for entry in entries.flatten() {
        let pid = entry.file_name().to_string_lossy().into_owned();
        if !pid.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let ours = pid == me || String::from_utf8_lossy(&cmdline).contains("cookiewarden-scan-");
        if !ours {
            continue;
        }
        let rollup = std::fs::read_to_string(entry.path().join("smaps_rollup")).unwrap_or_default();
        if let Some(kib) = rollup.lines().find_map(|l| l.strip_prefix("Pss:")) {
            total += kib
                .trim()
                .trim_end_matches(" kB")
                .trim()
                .parse::<u64>()
                .unwrap_or(0);
        }
    }
    total
}

fn options(start: String, max_pages: usize) -> ScanOptions {
    ScanOptions {
        start,
        max_pages,
        concurrency: 2,
        progress: None,
        chromium: "/usr/bin/chromium".into(),
        page_timeout: Duration::from_secs(30),
        reject_cookies: Vec::new(),
        accept_cookies: Vec::new(),
    }
}

#[tokio::main]
async fn main() {
    let port = serve_site().await;
    let catalogue = Catalogue::default();
    let classifier = Classifier::new(None, &catalogue);

    let peak = Arc::new(AtomicU64::new(0));
    let sampling = Arc::new(AtomicBool::new(true));
    let sampler = {
        let (peak, sampling) = (Arc::clone(&peak), Arc::clone(&sampling));
        std::thread::spawn(move || {
            while sampling.load(Ordering::Relaxed) {
                peak.fetch_max(scan_memory_kib(), Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(100));
            }
        })
    };
    let started = Instant::now();
    let report = scan(
        &options(format!("http://127.0.0.1:{port}/p/0"), PAGES),
        &classifier,
    )
    .await
    .expect("the scan runs");
    let ours = started.elapsed();
    sampling.store(false, Ordering::Relaxed);
    sampler.join().expect("the sampler stops");
    assert_eq!(report.pages.len(), PAGES, "every page is reached");

    let started = Instant::now();
    for n in 0..PAGES {
        let one = scan(
            &options(format!("http://127.0.0.1:{port}/p/{n}"), 1),
            &classifier,
        )
        .await
        .expect("the scan runs");
        assert_eq!(one.pages.len(), 1);
    }
    let naive = started.elapsed();

    let per_hour = |d: Duration| PAGES as f64 * 3600.0 / d.as_secs_f64();
    println!("{PAGES} pages, 3 visits each");
    println!(
        "cookiewarden scan (one Chromium, a context per visit, 2 pages at once): {:>6.1} s  {:>7.0} pages/hour",
        ours.as_secs_f64(),
        per_hour(ours)
    );
    println!(
        "naive scan (a new Chromium per page):                                   {:>6.1} s  {:>7.0} pages/hour",
        naive.as_secs_f64(),
        per_hour(naive)
    );
    println!("ratio: {:.2}x", naive.as_secs_f64() / ours.as_secs_f64());
    println!(
        "peak memory of the scan (this process + Chromium, PSS): {} MiB",
        peak.load(Ordering::Relaxed) / 1024
    );
}
