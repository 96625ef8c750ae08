use std::sync::Arc;

use cookiewarden_core::{Choices, ConsentId, ConsentMethod, NewConsent, Slug, verify_chain};
use cookiewarden_store::{SqlStore, Store};
use sqlx::{AnyConnection, Connection, Executor};

use crate::backends::fresh_stores;

pub(crate) fn consent(site: &str, n: u32) -> NewConsent {
    let mut id = [0u8; 16];
    id[..4].copy_from_slice(&n.to_be_bytes());
    NewConsent {
        site: site.parse().unwrap(),
        consent_id: ConsentId::from_random(id),
        recorded_at_ms: 1_800_000_000_000 + i64::from(n),
        method: if n.is_multiple_of(2) {
            ConsentMethod::AcceptAll
        } else {
            ConsentMethod::RejectAll
        },
        choices: if n.is_multiple_of(2) {
            Choices::ALL
        } else {
            Choices::NONE
        },
        policy_version: "c".repeat(64),
        texts_hash: "d".repeat(64),
        language: "fr".parse().unwrap(),
        gpc: n.is_multiple_of(3),
        browser_family: "Firefox".into(),
        // Every other record names where it was made, as records do since regions exist.
        region: n.is_multiple_of(2).then(|| "US-CA".parse().unwrap()),
        rule_set: n
            .is_multiple_of(2)
            .then_some(cookiewarden_core::RuleSet::OptOut),
        gpp: n
            .is_multiple_of(4)
            .then(|| "DBABLA~BVQqAAAAAgA.QA".to_owned()),
        // Every fifth names the services of the site, as records of sites with services do.
        services: if n.is_multiple_of(5) {
            [
                ("youtube".to_owned(), true),
                ("gtag".to_owned(), n.is_multiple_of(2)),
            ]
            .into()
        } else {
            Default::default()
        },
    }
}

#[tokio::test]
async fn records_read_back_chained_per_site() {
    for test in fresh_stores().await {
        for n in 0..3 {
            test.store.append_consent(consent("shop", n)).await.unwrap();
        }
        test.store.append_consent(consent("blog", 9)).await.unwrap();
        let shop = test
            .store
            .consent_records(&"shop".parse().unwrap())
            .await
            .unwrap();
        assert_eq!(shop.len(), 3, "{}", test.name);
        assert_eq!(shop[2].consent, consent("shop", 2), "{}", test.name);
        assert_eq!(verify_chain(&shop), Ok(3), "{}", test.name);
        let blog = test
            .store
            .consent_records(&"blog".parse().unwrap())
            .await
            .unwrap();
        assert_eq!(
            blog[0].sequence, 1,
            "{}: each site has its own chain",
            test.name
        );
        test.finish().await;
    }
}

#[tokio::test]
async fn concurrent_writers_from_several_processes_keep_one_chain_per_site() {
    for test in fresh_stores().await {
        // Separate pools stand for separate server processes sharing one database.
        let mut writers = Vec::new();
        for _ in 0..4 {
            writers.push(Arc::new(SqlStore::connect(&test.url).await.unwrap()));
        }
        let mut tasks = Vec::new();
        for (w, writer) in writers.iter().enumerate() {
            for n in 0..25u32 {
                let writer = Arc::clone(writer);
                let n = u32::try_from(w).unwrap() * 100 + n;
                tasks.push(tokio::spawn(async move {
                    writer.append_consent(consent("shop", n)).await
                }));
            }
        }
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        let records = test
            .store
            .consent_records(&"shop".parse().unwrap())
            .await
            .unwrap();
        assert_eq!(verify_chain(&records), Ok(100), "{}", test.name);
        for writer in writers {
            writer.close().await;
        }
        test.finish().await;
    }
}

#[tokio::test]
async fn an_edit_in_the_database_breaks_the_chain_at_that_record() {
    for test in fresh_stores().await {
        for n in 0..5 {
            test.store.append_consent(consent("shop", n)).await.unwrap();
        }
        let mut raw = AnyConnection::connect(&test.url).await.unwrap();
        raw.execute("UPDATE consent_records SET marketing = 1 - marketing WHERE sequence = 3")
            .await
            .unwrap();
        raw.close().await.unwrap();
        let shop: Slug = "shop".parse().unwrap();
        let records = test.store.consent_records(&shop).await.unwrap();
        assert_eq!(
            verify_chain(&records).unwrap_err().sequence,
            3,
            "{}",
            test.name
        );
        test.finish().await;
    }
}

#[tokio::test]
async fn snapshots_are_kept_once_by_hash() {
    for test in fresh_stores().await {
        test.store.put_snapshot("h1", "first").await.unwrap();
        test.store.put_snapshot("h1", "second").await.unwrap();
        assert_eq!(
            test.store.snapshot("h1").await.unwrap().as_deref(),
            Some("first"),
            "{}",
            test.name
        );
        assert_eq!(
            test.store.snapshot("h2").await.unwrap(),
            None,
            "{}",
            test.name
        );
        test.finish().await;
    }
}
