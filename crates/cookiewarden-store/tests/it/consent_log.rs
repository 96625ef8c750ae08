//! The consent log read through the store: pages by sequence through each filter, counts from
//! the per-day totals, and totals that match the records whether kept as they are written (by
//! any writer) or computed from a ledger written before they existed.

use std::collections::{BTreeMap, HashSet};

use cookiewarden_core::{Choices, ConsentId, ConsentMethod, ConsentRecord, NewConsent, Slug};
use cookiewarden_store::{ConsentFilter, ConsentPage, ConsentTotal, SqlStore, Store};
use sqlx::{AnyConnection, Connection, Executor};

use crate::backends::fresh_stores;

const DAY_MS: i64 = 86_400_000;

/// The first day of the records below, at midnight UTC.
const START_MS: i64 = 20_000 * DAY_MS;

/// Decision `n`: five hours after the one before, cycling through methods, choices and two
/// languages, by one of 13 visitors (so most visitors decide more than once).
fn decision(n: u32) -> NewConsent {
    let mut id = [0u8; 16];
    id[0] = u8::try_from(n % 13).unwrap();
    let method = ConsentMethod::ALL[n as usize % ConsentMethod::ALL.len()];
    NewConsent {
        site: "shop".parse().unwrap(),
        consent_id: ConsentId::from_random(id),
        recorded_at_ms: START_MS + i64::from(n) * 5 * 3_600_000,
        method,
        choices: Choices {
            preferences: n.is_multiple_of(3),
            statistics: n.is_multiple_of(4),
            marketing: n.is_multiple_of(5),
            exempt_opt_out: false,
            ..Choices::NONE
        },
        policy_version: "c".repeat(64),
        texts_hash: "d".repeat(64),
        language: if n.is_multiple_of(2) { "en" } else { "fr" }
            .parse()
            .unwrap(),
        gpc: false,
        browser_family: "Firefox".into(),
        region: None,
        rule_set: None,
        gpp: None,
        services: Default::default(),
    }
}

fn keeps(filter: &ConsentFilter, record: &ConsentRecord) -> bool {
    let c = &record.consent;
    filter.from_ms.is_none_or(|from| c.recorded_at_ms >= from)
        && filter.until_ms.is_none_or(|until| c.recorded_at_ms < until)
        && filter.method.is_none_or(|m| c.method == m)
        && filter
            .consent_id
            .as_deref()
            .is_none_or(|id| c.consent_id.as_str() == id)
}

/// The totals of `records`, computed from them.
fn expected_totals(records: &[ConsentRecord]) -> Vec<ConsentTotal> {
    let mut seen = HashSet::new();
    let mut totals: BTreeMap<(i64, &str, String), ConsentTotal> = BTreeMap::new();
    for record in records {
        let c = &record.consent;
        let day = c.recorded_at_ms.div_euclid(DAY_MS);
        let total = totals
            .entry((day, c.method.as_str(), c.language.to_string()))
            .or_insert_with(|| ConsentTotal {
                day,
                method: c.method,
                language: c.language.clone(),
                decisions: 0,
                firsts: 0,
                preferences: 0,
                statistics: 0,
                marketing: 0,
                any_granted: 0,
            });
        total.decisions += 1;
        total.firsts += i64::from(seen.insert(c.consent_id.clone()));
        total.preferences += i64::from(c.choices.preferences);
        total.statistics += i64::from(c.choices.statistics);
        total.marketing += i64::from(c.choices.marketing);
        total.any_granted += i64::from(c.choices.grants_any());
    }
    totals.into_values().collect()
}

async fn walk(store: &SqlStore, filter: &ConsentFilter, newer: bool) -> Vec<i64> {
    let shop: Slug = "shop".parse().unwrap();
    let mut cursor = None;
    let mut seen = Vec::new();
    loop {
        let page = if newer {
            ConsentPage::Newer(cursor)
        } else {
            ConsentPage::Older(cursor)
        };
        let records = store.consent_page(&shop, filter, page, 7).await.unwrap();
        assert!(records.len() <= 7);
        let Some(last) = records.last() else {
            return seen;
        };
        cursor = Some(last.sequence);
        seen.extend(records.iter().map(|r| r.sequence));
    }
}

#[tokio::test]
async fn pages_and_counts_read_through_every_filter() {
    for test in fresh_stores().await {
        for n in 0..60 {
            test.store.append_consent(decision(n)).await.unwrap();
        }
        // From a node whose clock is behind: later in the chain, earlier in time.
        let mut late = decision(60);
        late.recorded_at_ms = decision(30).recorded_at_ms - 1;
        test.store.append_consent(late).await.unwrap();
        let shop: Slug = "shop".parse().unwrap();
        let records = test.store.consent_records(&shop).await.unwrap();
        let some_id = records[4].consent.consent_id.to_string();
        let filters = [
            ConsentFilter::default(),
            ConsentFilter {
                from_ms: Some(START_MS + DAY_MS),
                until_ms: Some(START_MS + 4 * DAY_MS),
                ..ConsentFilter::default()
            },
            ConsentFilter {
                method: Some(ConsentMethod::RejectAll),
                ..ConsentFilter::default()
            },
            ConsentFilter {
                consent_id: Some(some_id),
                from_ms: Some(START_MS + DAY_MS),
                ..ConsentFilter::default()
            },
            // Not whole days: counted from the records, not the totals.
            ConsentFilter {
                from_ms: Some(START_MS + 7 * 3_600_000),
                method: Some(ConsentMethod::AcceptAll),
                ..ConsentFilter::default()
            },
        ];
        for filter in &filters {
            // Bounded in time, pages read in time order; otherwise in the chain's.
            let mut matching: Vec<&ConsentRecord> =
                records.iter().filter(|r| keeps(filter, r)).collect();
            if filter.from_ms.is_some() || filter.until_ms.is_some() {
                matching.sort_by_key(|r| (r.consent.recorded_at_ms, r.sequence));
            }
            let kept: Vec<i64> = matching.iter().map(|r| r.sequence).collect();
            assert!(
                !kept.is_empty(),
                "{}: {filter:?} keeps something",
                test.name
            );
            assert_eq!(walk(&test.store, filter, true).await, kept, "{}", test.name);
            let mut newest_first = kept.clone();
            newest_first.reverse();
            assert_eq!(
                walk(&test.store, filter, false).await,
                newest_first,
                "{}: {filter:?}",
                test.name
            );
            assert_eq!(
                test.store.count_consents(&shop, filter).await.unwrap(),
                i64::try_from(kept.len()).unwrap(),
                "{}: {filter:?}",
                test.name
            );
        }
        let other: Slug = "blog".parse().unwrap();
        assert!(
            test.store
                .consent_page(
                    &other,
                    &ConsentFilter::default(),
                    ConsentPage::Older(None),
                    10
                )
                .await
                .unwrap()
                .is_empty(),
            "{}: another site's log is its own",
            test.name
        );
        test.finish().await;
    }
}

#[tokio::test]
async fn totals_kept_at_write_time_match_the_records_and_the_migration_of_an_older_ledger() {
    for test in fresh_stores().await {
        // Several groups, some appended concurrently, so one group holds repeat visitors.
        for n in 0..30 {
            test.store.append_consent(decision(n)).await.unwrap();
        }
        let writes: Vec<_> = (30..60)
            .map(|n| test.store.append_consent(decision(n)))
            .collect();
        for written in futures::future::join_all(writes).await {
            written.unwrap();
        }
        let shop: Slug = "shop".parse().unwrap();
        let records = test.store.consent_records(&shop).await.unwrap();
        let expected = expected_totals(&records);
        let kept = test
            .store
            .consent_totals(&shop, i64::MIN..=i64::MAX)
            .await
            .unwrap();
        assert_eq!(kept, expected, "{}", test.name);
        let two_days = test
            .store
            .consent_totals(&shop, 20_001..=20_002)
            .await
            .unwrap();
        assert!(
            !two_days.is_empty() && two_days.iter().all(|t| (20_001..=20_002).contains(&t.day)),
            "{}",
            test.name
        );
        // A ledger from before the totals: the migration computes the same numbers.
        let backfill = match test.name {
            "sqlite" => include_str!("../../migrations/sqlite/0015_consent_totals_backfill.sql"),
            _ => include_str!("../../migrations/postgres/0015_consent_totals_backfill.sql"),
        };
        let mut raw = AnyConnection::connect(&test.url).await.unwrap();
        raw.execute("DELETE FROM consent_totals").await.unwrap();
        raw.execute(backfill).await.unwrap();
        raw.close().await.unwrap();
        let migrated = test
            .store
            .consent_totals(&shop, i64::MIN..=i64::MAX)
            .await
            .unwrap();
        assert_eq!(migrated, expected, "{}", test.name);
        test.finish().await;
    }
}
