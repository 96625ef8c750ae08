//! `cookiewarden scan URL`: audits a live site in headless Chromium.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, anyhow};
use clap::{Args, ValueEnum};
use cookiewarden_core::{Catalogue, Slug};
use cookiewarden_scan::{Classifier, ScanOptions};
use cookiewarden_store::Store;

use crate::config::Config;

/// Report formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum ScanFormat {
    /// A readable summary, findings first.
    Text,
    /// The whole report as JSON, for CI.
    Json,
    /// One self-contained HTML file with screenshots of the first layer.
    Html,
}

/// Options of `cookiewarden scan`.
#[derive(Debug, Args)]
pub(crate) struct ScanArgs {
    /// The first page to scan.
    url: String,
    /// Check the cookies against this site's declarations.
    #[arg(long)]
    site: Option<String>,
    /// How many same-site pages to visit at most.
    #[arg(long, default_value_t = 20)]
    max_pages: usize,
    /// How many pages to scan at once (at most 2 per origin, to spare the site).
    #[arg(long, default_value_t = 2)]
    concurrency: usize,
    /// Report format.
    #[arg(long, value_enum, default_value = "text")]
    format: ScanFormat,
    /// Write the report to this file instead of standard output.
    #[arg(long)]
    output: Option<PathBuf>,
    /// The Chromium executable (Debian's by default; never downloaded).
    #[arg(long, default_value = "/usr/bin/chromium")]
    chromium: PathBuf,
    /// Seconds one page may take to load.
    #[arg(long, default_value_t = 30)]
    page_timeout: u64,
    /// Add every undeclared cookie to the site as a draft declaration (needs --site).
    #[arg(long, requires = "site")]
    import: bool,
    /// NAME=VALUE of a cookie that stands for "Reject all" on another banner (repeatable).
    #[arg(long, value_parser = name_value)]
    reject_cookie: Vec<(String, String)>,
    /// NAME=VALUE of a cookie that stands for "Accept all" on another banner (repeatable).
    #[arg(long, value_parser = name_value)]
    accept_cookie: Vec<(String, String)>,
}

fn name_value(text: &str) -> Result<(String, String), String> {
    text.split_once('=')
        .filter(|(name, _)| !name.is_empty())
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .ok_or_else(|| format!("`{text}` is not NAME=VALUE"))
}

/// Runs the scan; exit code 0 when clean, 1 with findings, 2 when nothing could be scanned.
pub(crate) async fn run(config: &Config, args: ScanArgs) -> anyhow::Result<ExitCode> {
    let (site, catalogue) = match &args.site {
        Some(slug) => {
            let slug: Slug = slug.parse()?;
            let store = crate::open_store(config).await?;
            let site = store
                .site(&slug)
                .await?
                .ok_or_else(|| anyhow!("no site `{slug}` in the database"))?;
            let catalogue = store.catalogue().await?;
            store.close().await;
            (Some(site), catalogue)
        }
        None => (None, Catalogue::default()),
    };
    // A progress bar when someone watches the terminal; nothing in logs or pipes.
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new(args.max_pages as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} scanning {pos}/{len} pages {elapsed}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let progress = bar.clone().map(|bar| {
        let update: Arc<dyn Fn(usize, usize) + Send + Sync> = Arc::new(move |done, known| {
            bar.set_length(known as u64);
            bar.set_position(done as u64);
        });
        update
    });
    let options = ScanOptions {
        start: args.url.clone(),
        max_pages: args.max_pages,
        concurrency: args.concurrency,
        progress,
        chromium: args.chromium,
        page_timeout: Duration::from_secs(args.page_timeout),
        reject_cookies: args.reject_cookie,
        accept_cookies: args.accept_cookie,
    };
    let mut report =
        cookiewarden_scan::scan(&options, &Classifier::new(site.as_ref(), &catalogue)).await?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    report.site = site.as_ref().map(|s| s.site.slug.to_string());
    if let (true, Some(mut site)) = (args.import, site) {
        let drafts = report.draft_declarations(&site);
        if !drafts.is_empty() {
            let count = drafts.len();
            site.declarations.extend(drafts);
            let store = crate::open_store(config).await?;
            store.apply_site(&site).await?;
            store.close().await;
            eprintln!(
                "added {count} draft declarations to site {}: review them before they apply",
                site.site.slug
            );
        }
    }
    let text = match args.format {
        // Colour only when the report goes straight to a terminal.
        ScanFormat::Text => {
            report.to_text(args.output.is_none() && std::io::stdout().is_terminal())
        }
        ScanFormat::Json => serde_json::to_string_pretty(&report)? + "\n",
        ScanFormat::Html => report.to_html(),
    };
    match &args.output {
        Some(path) => std::fs::write(path, text)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => print!("{text}"),
    }
    Ok(ExitCode::from(report.exit_code()))
}
