//! `cookiewarden backup FILE` and `cookiewarden migrate --to URL`: a consistent copy of an
//! SQLite database while it serves, and the move of a whole database to PostgreSQL.

use std::path::Path;

use anyhow::{Context, bail};
use cookiewarden_store::{Backend, SqlStore, Store};

use crate::config::Config;

/// Writes the backup, then the key file beside it (`FILE.keys.toml`, readable by its owner
/// only): without the keys a restored platform would not recognise its visitors' choices.
pub(crate) async fn backup(config: &Config, file: &Path) -> anyhow::Result<()> {
    let store = crate::open_store(config).await?;
    if store.backend() != Backend::Sqlite {
        bail!("`backup` copies an SQLite database; back PostgreSQL up with pg_dump");
    }
    let written = store.backup_to(file).await;
    store.close().await;
    written.with_context(|| format!("backup to {}", file.display()))?;
    println!("database copied to {}", file.display());
    if let Some(directory) = config.sqlite_directory() {
        let keys = directory.join(crate::keys::KEY_FILE);
        if keys.exists() {
            let mut name = file.as_os_str().to_owned();
            name.push(".keys.toml");
            let target = std::path::PathBuf::from(name);
            let text = std::fs::read_to_string(&keys)
                .with_context(|| format!("cannot read {}", keys.display()))?;
            crate::keys::write_new_key_file(&target, &text)?;
            println!("signing keys copied to {}", target.display());
        }
    }
    Ok(())
}

/// Copies the configured database into a new PostgreSQL one, then verifies every ledger there.
pub(crate) async fn migrate_to(config: &Config, to: &str) -> anyhow::Result<()> {
    if Backend::from_url(to).ok() != Some(Backend::Postgres) {
        bail!("--to {}: give a postgres:// URL", crate::redact(to));
    }
    let source = crate::open_store(config).await?;
    let destination = SqlStore::connect(to)
        .await
        .with_context(|| format!("cannot open database {}", crate::redact(to)))?;
    let report = source.copy_into(&destination).await;
    source.close().await;
    let report = match report {
        Ok(report) => report,
        Err(error) => {
            destination.close().await;
            return Err(error).context(format!("migrate --to {}", crate::redact(to)));
        }
    };
    for (table, rows) in &report.tables {
        println!("{table}: {rows} rows");
    }
    let verified = crate::ledger::verify_store(&destination, None).await;
    destination.close().await;
    verified?;
    println!(
        "copied into {}; point --database there (its nodes need the same [[key]] ring)",
        crate::redact(to)
    );
    Ok(())
}
