//! `cookiewarden site apply FILE` and `site export SLUG`.

use std::path::Path;

use anyhow::{Context, anyhow};
use cookiewarden_core::{SiteDefinition, Slug};
use cookiewarden_store::{ApplyOutcome, Store};

use crate::config::Config;

/// Reads, checks and applies a site definition in one transaction.
pub(crate) async fn apply(config: &Config, file: &Path) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let definition =
        SiteDefinition::parse(&text).map_err(|error| anyhow!("{}: {error}", file.display()))?;
    let store = crate::open_store(config).await?;
    let outcome = store.apply_site(&definition).await?;
    store.close().await;
    let done = match outcome {
        ApplyOutcome::Created => "created",
        ApplyOutcome::Updated => "updated",
        ApplyOutcome::Unchanged => "unchanged",
    };
    println!(
        "{done} site {} ({} cookie declarations, policy version {})",
        definition.site.slug,
        definition.declarations.len(),
        &definition.policy_version().as_str()[..12],
    );
    for (cookie, languages) in definition.missing_texts() {
        let languages: Vec<&str> = languages.iter().map(|l| l.as_str()).collect();
        eprintln!(
            "warning: {}: cookie `{cookie}` has no function or purpose in {}; visitors reading it see the {} text",
            file.display(),
            languages.join(", "),
            definition.site.default_language,
        );
    }
    Ok(())
}

/// Prints a stored site as TOML.
pub(crate) async fn export(config: &Config, slug: &str) -> anyhow::Result<()> {
    let slug: Slug = slug.parse()?;
    let store = crate::open_store(config).await?;
    let definition = store.site(&slug).await?;
    store.close().await;
    let definition = definition.ok_or_else(|| anyhow!("no site `{slug}` in the database"))?;
    print!("{}", definition.to_toml());
    Ok(())
}
