//! Where the signing key ring comes from: the configuration when given; otherwise, on SQLite,
//! a key file next to the database, created on first start. PostgreSQL serves several nodes
//! that must share their keys, so there the keys must come from the configuration.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};
use cookiewarden_core::{KeyRing, SigningKey};

use crate::config::Config;

/// The key file's name, in the SQLite database's directory.
pub(crate) const KEY_FILE: &str = "cookiewarden-keys.toml";

/// The key ring this node signs with.
pub(crate) fn resolve(config: &Config) -> anyhow::Result<KeyRing> {
    if let Some(keys) = &config.keys {
        return Ok(keys.clone());
    }
    if config.database.starts_with("sqlite:") {
        return match config.sqlite_directory() {
            Some(directory) => load_or_create(&directory.join(KEY_FILE)),
            None => {
                tracing::warn!("in-memory database: using a throw-away signing key");
                generate()
            }
        };
    }
    bail!(
        "PostgreSQL needs a shared signing key ring: set COOKIEWARDEN_KEYS=id:hexsecret (64 hex \
         digits or more) or [[key]] tables in the configuration file, the same on every node"
    )
}

fn generate() -> anyhow::Result<KeyRing> {
    let mut secret = vec![0u8; 32];
    getrandom::fill(&mut secret).map_err(|e| anyhow::anyhow!("no random source: {e}"))?;
    Ok(KeyRing::new(vec![SigningKey::new("k1", secret)?])?)
}

fn load_or_create(path: &Path) -> anyhow::Result<KeyRing> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            KeyRing::from_toml(&text).with_context(|| format!("key file {}", path.display()))
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            let ring = generate()?;
            write_new_key_file(path, &ring.to_toml())?;
            tracing::info!(path = %path.display(), "generated a new signing key ring");
            Ok(ring)
        }
        Err(error) => {
            Err(error).with_context(|| format!("cannot read key file {}", path.display()))
        }
    }
}

/// Writes a key file readable by its owner only, refusing to replace one that appeared
/// meanwhile (another process starting at the same time, or an earlier backup).
pub(crate) fn write_new_key_file(path: &Path, text: &str) -> anyhow::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot create key file {}", path.display()))?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    Ok(())
}
