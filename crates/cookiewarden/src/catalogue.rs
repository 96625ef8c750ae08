//! `cookiewarden import-cookie-db FILE`: loads the catalogue of known cookies (the Open Cookie
//! Database's CSV format) that suggests categories for undeclared cookies.

use std::path::Path;

use anyhow::{Context, anyhow};
use cookiewarden_core::Catalogue;
use cookiewarden_store::Store;

use crate::config::Config;

/// How many left-out rows to list by line before only counting them.
const LISTED_SKIPS: usize = 10;

pub(crate) async fn import(config: &Config, file: &Path) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let (catalogue, skipped) =
        Catalogue::from_csv(&text).map_err(|e| anyhow!("{}: {e}", file.display()))?;
    let store = crate::open_store(config).await?;
    store.replace_catalogue(&catalogue).await?;
    store.close().await;
    println!(
        "imported {} known cookies from {}",
        catalogue.entries().len(),
        file.display()
    );
    if !skipped.is_empty() {
        println!("left out {} rows that describe no cookie:", skipped.len());
        for row in skipped.iter().take(LISTED_SKIPS) {
            println!("  line {}: {}", row.line, row.reason);
        }
        if skipped.len() > LISTED_SKIPS {
            println!("  … and {} more", skipped.len() - LISTED_SKIPS);
        }
    }
    Ok(())
}
