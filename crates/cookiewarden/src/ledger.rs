//! `cookiewarden ledger verify` and `ledger export`: the proof of consent, checked and handed
//! over.

use std::io::Write;

use anyhow::bail;
use clap::ValueEnum;
use cookiewarden_core::{ExportedRecord, Slug, verify_chain};
use cookiewarden_store::{SqlStore, Store};

use crate::config::Config;

/// Export formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum ExportFormat {
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header line.
    Csv,
}

/// The sites to look at: one, or all of them.
async fn sites(store: &SqlStore, site: Option<&str>) -> anyhow::Result<Vec<Slug>> {
    Ok(match site {
        Some(slug) => vec![slug.parse()?],
        None => store.sites().await?.into_iter().map(|s| s.slug).collect(),
    })
}

/// Verifies each site's chain; fails naming the first broken record.
pub(crate) async fn verify(config: &Config, site: Option<&str>) -> anyhow::Result<()> {
    let store = crate::open_store(config).await?;
    let verified = verify_store(&store, site).await;
    store.close().await;
    verified
}

/// Verifies each chosen site's chain in `store`, printing one line per site.
pub(crate) async fn verify_store(store: &SqlStore, site: Option<&str>) -> anyhow::Result<()> {
    let mut broken = Vec::new();
    for slug in sites(store, site).await? {
        let records = store.consent_records(&slug).await?;
        match verify_chain(&records) {
            Ok(count) => println!("{slug}: {count} consent records, chain intact"),
            Err(error) => {
                println!("{slug}: chain broken at {error}");
                broken.push(slug.to_string());
            }
        }
    }
    if !broken.is_empty() {
        bail!(
            "the consent ledger of {} does not verify",
            broken.join(", ")
        );
    }
    Ok(())
}

/// Writes every record of the chosen sites to standard output.
pub(crate) async fn export(
    config: &Config,
    site: Option<&str>,
    format: ExportFormat,
) -> anyhow::Result<()> {
    let store = crate::open_store(config).await?;
    let mut records = Vec::new();
    for slug in sites(&store, site).await? {
        records.extend(store.consent_records(&slug).await?);
    }
    store.close().await;
    let mut out = std::io::stdout().lock();
    match format {
        ExportFormat::Csv => {
            let mut csv = csv::Writer::from_writer(out);
            for record in &records {
                csv.serialize(ExportedRecord::from(record))?;
            }
            csv.flush()?;
        }
        ExportFormat::Jsonl => {
            for record in &records {
                serde_json::to_writer(&mut out, &ExportedRecord::from(record))?;
                writeln!(out)?;
            }
        }
    }
    Ok(())
}
