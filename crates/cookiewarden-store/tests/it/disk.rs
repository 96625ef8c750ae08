//! SQLite on a disk that fills up: an acknowledged consent is a stored consent, a failed
//! commit is an error, and the store recovers by itself once space returns. The disk is a
//! small tmpfs mounted for the test (root only; CI runs as root, so it never skips there).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use cookiewarden_core::verify_chain;
use cookiewarden_store::{SqlStore, Store};

use crate::ledger::consent;

/// A tmpfs of `megabytes`, unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(megabytes: u32) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().ok()?;
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={megabytes}m"), "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        mounted.then_some(SmallDisk { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Fills what is left with a file; returns it, to be removed to give the space back.
    fn fill(&self) -> PathBuf {
        let filler = self.path().join("filler");
        let mut file = std::fs::File::create(&filler).unwrap();
        let block = vec![0u8; 4096];
        while file.write_all(&block).is_ok() {}
        let _ = file.sync_all();
        filler
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        // Lazily: a store a failed test left open still holds its files.
        let _ = Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

#[tokio::test]
async fn a_full_disk_never_acknowledges_a_consent_it_did_not_store_and_recovers_by_itself() {
    let Some(disk) = SmallDisk::mount(8) else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but a tmpfs cannot be mounted: the full-disk test cannot be skipped in CI"
        );
        eprintln!("skipping: mounting a tmpfs needs root");
        return;
    };
    let url = format!("sqlite://{}", disk.path().join("full.db").display());
    let store = SqlStore::connect(&url).await.unwrap();
    let mut acknowledged = Vec::new();
    let mut n = 0u32;
    for _ in 0..20 {
        acknowledged.push(store.append_consent(consent("shop", n)).await.unwrap());
        n += 1;
    }

    // The disk fills: appends fail, and none that fails is answered as a success.
    let filler = disk.fill();
    let mut failures = 0;
    for _ in 0..50 {
        match store.append_consent(consent("shop", n)).await {
            Ok(record) => acknowledged.push(record),
            Err(_) => failures += 1,
        }
        n += 1;
    }
    assert!(failures > 0, "the disk was never full");

    // Space returns: the same store writes again within seconds, without a restart.
    std::fs::remove_file(&filler).unwrap();
    let mut recovered = false;
    for _ in 0..100 {
        if let Ok(record) = store.append_consent(consent("shop", n)).await {
            acknowledged.push(record);
            recovered = true;
            break;
        }
        n += 1;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(recovered, "the store did not recover once space returned");
    for _ in 0..20 {
        acknowledged.push(store.append_consent(consent("shop", n)).await.unwrap());
        n += 1;
    }
    store.close().await;

    // Read back by another connection: every acknowledged consent is there, in one chain.
    let reopened = SqlStore::connect(&url).await.unwrap();
    let stored = reopened
        .consent_records(&"shop".parse().unwrap())
        .await
        .unwrap();
    let missing: Vec<i64> = acknowledged
        .iter()
        .filter(|a| !stored.iter().any(|s| s.hash == a.hash))
        .map(|a| a.sequence)
        .collect();
    assert!(
        missing.is_empty(),
        "{} of {} acknowledged consents were lost: {missing:?}",
        missing.len(),
        acknowledged.len()
    );
    assert_eq!(
        verify_chain(&stored),
        Ok(i64::try_from(stored.len()).unwrap())
    );
    reopened.close().await;
}
