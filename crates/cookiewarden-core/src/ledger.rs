//! Proof of consent (GDPR Art. 7(1)): append-only records, hash-chained per site.
//!
//! Each record's hash covers a canonical form of its fields and the previous record's hash, so
//! editing, deleting or reordering any record breaks every link after it. The canonical form is
//! a JSON array built here, not a database row, so the chain verifies the same on SQLite and
//! PostgreSQL and after moving from one to the other.

use std::collections::BTreeMap;

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::{Choices, ConsentId, ConsentMethod, Language, Region, RuleSet, Slug};

/// The `previous_hash` of a site's first record.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// A decision about to be recorded: everything but its place in the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewConsent {
    /// The site decided on.
    pub site: Slug,
    /// The consent's pseudonymous id.
    pub consent_id: ConsentId,
    /// Server time of the decision, unix milliseconds.
    pub recorded_at_ms: i64,
    /// How the visitor decided.
    pub method: ConsentMethod,
    /// What was allowed.
    pub choices: Choices,
    /// The full policy version shown.
    pub policy_version: String,
    /// SHA-256 of the exact texts shown (kept as a snapshot under that hash).
    pub texts_hash: String,
    /// The language the texts were shown in.
    pub language: Language,
    /// Whether the browser sent Global Privacy Control.
    pub gpc: bool,
    /// Browser family ("Chrome", "Firefox", …), never the full user agent.
    pub browser_family: String,
    /// The visitor's region (as the trusted front said, or the site's default); `None` in
    /// records made before regions were recorded.
    pub region: Option<Region>,
    /// The rule set the decision was made under; `None` in records made before rule sets
    /// were recorded, which were all opt-in.
    pub rule_set: Option<RuleSet>,
    /// The IAB Global Privacy Platform string the decision gave, in opt-out regions.
    pub gpp: Option<String>,
    /// Whether each service the site declared was allowed, by key, when it declared any;
    /// empty in records of sites without services and in records made before services.
    pub services: BTreeMap<String, bool>,
}

/// What the snapshot of synthetic demo records says instead of the texts a visitor saw: the
/// demo's made-up decisions carry its hash as their `texts_hash`, so the proof itself tells
/// them from real ones.
pub const DEMO_SNAPSHOT: &str = "{\"demo\":\"synthetic consent records made by cookiewarden serve --demo; no visitor saw anything\"}";

/// The `texts_hash` of synthetic demo records: the SHA-256 of [`DEMO_SNAPSHOT`].
pub fn demo_texts_hash() -> String {
    hex::encode(Sha256::digest(DEMO_SNAPSHOT.as_bytes()))
}

/// A decision in the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentRecord {
    /// The decision.
    pub consent: NewConsent,
    /// Position in the site's chain, from 1.
    pub sequence: i64,
    /// Hash of the record before, [`GENESIS_HASH`] for the first.
    pub previous_hash: String,
    /// SHA-256 of this record's canonical form, lowercase hex.
    pub hash: String,
}

/// Where and why a chain stops verifying.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("record {sequence}: {reason}")]
pub struct ChainBreak {
    /// The sequence number of the first record that does not verify.
    pub sequence: i64,
    /// What is wrong with it.
    pub reason: &'static str,
}

impl ConsentRecord {
    /// Places `consent` after a record with `previous_hash` at `sequence`.
    pub fn chain(consent: NewConsent, sequence: i64, previous_hash: &str) -> ConsentRecord {
        let hash = record_hash(&consent, sequence, previous_hash);
        ConsentRecord {
            consent,
            sequence,
            previous_hash: previous_hash.to_owned(),
            hash,
        }
    }

    /// Whether the stored hash is the hash of the stored content.
    pub fn is_intact(&self) -> bool {
        record_hash(&self.consent, self.sequence, &self.previous_hash) == self.hash
    }
}

/// The hash over a record's canonical form. Form 1 is the one of records made before regions
/// were recorded; a record naming a region, a rule set or a GPP string has form 2, which adds
/// them; a record naming services has form 3, which adds them after form 2's fields (as a JSON
/// object, whose keys serialise sorted). Records kept before still verify as they were.
fn record_hash(c: &NewConsent, sequence: i64, previous_hash: &str) -> String {
    let mut canonical = serde_json::json!([
        1,
        c.site.as_str(),
        sequence,
        previous_hash,
        c.consent_id.as_str(),
        c.recorded_at_ms,
        c.method.as_str(),
        [
            c.choices.preferences,
            c.choices.statistics,
            c.choices.marketing,
            c.choices.exempt_opt_out
        ],
        c.policy_version,
        c.texts_hash,
        c.language.as_str(),
        c.gpc,
        c.browser_family,
    ]);
    let located = c.region.is_some() || c.rule_set.is_some() || c.gpp.is_some();
    let with_services = !c.services.is_empty();
    if let (true, Some(form)) = (located || with_services, canonical.as_array_mut()) {
        form[0] = 2.into();
        form.extend([
            c.region.as_ref().map(Region::as_str).into(),
            c.rule_set.map(RuleSet::as_str).into(),
            c.gpp.as_deref().into(),
        ]);
        if with_services {
            form[0] = 3.into();
            form.push(serde_json::json!(c.services));
        }
    }
    hex::encode(Sha256::digest(canonical.to_string().as_bytes()))
}

/// Checks a site's records in sequence order: numbering without gaps from 1, each record intact
/// and linked to the one before. Returns how many records verified.
pub fn verify_chain<'a>(
    records: impl IntoIterator<Item = &'a ConsentRecord>,
) -> Result<i64, ChainBreak> {
    let mut expected_previous = GENESIS_HASH.to_owned();
    let mut count = 0;
    for record in records {
        count += 1;
        let sequence = record.sequence;
        if sequence != count {
            return Err(ChainBreak {
                sequence: count,
                reason: "missing or reordered record",
            });
        }
        if record.previous_hash != expected_previous {
            return Err(ChainBreak {
                sequence,
                reason: "does not link to the record before",
            });
        }
        if !record.is_intact() {
            return Err(ChainBreak {
                sequence,
                reason: "content does not match its hash",
            });
        }
        expected_previous.clone_from(&record.hash);
    }
    Ok(count)
}

/// One record as exported (`ledger export`, the back office's CSV): flat, with the hashes that
/// let anyone re-verify the chain.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExportedRecord<'a> {
    /// The record's `site`.
    pub site: &'a str,
    /// The record's `sequence`.
    pub sequence: i64,
    /// The record's `consent_id`.
    pub consent_id: &'a str,
    /// The record's `recorded_at_ms`.
    pub recorded_at_ms: i64,
    /// The record's `method`.
    pub method: &'static str,
    /// The record's `preferences`.
    pub preferences: bool,
    /// The record's `statistics`.
    pub statistics: bool,
    /// The record's `marketing`.
    pub marketing: bool,
    /// The record's `exempt_opt_out`.
    pub exempt_opt_out: bool,
    /// The record's `policy_version`.
    pub policy_version: &'a str,
    /// The record's `texts_hash`.
    pub texts_hash: &'a str,
    /// The record's `language`.
    pub language: &'a str,
    /// The record's `gpc`.
    pub gpc: bool,
    /// The record's `browser_family`.
    pub browser_family: &'a str,
    /// The record's `region` (empty when not recorded).
    pub region: &'a str,
    /// The record's `rule_set` (empty when not recorded).
    pub rule_set: &'static str,
    /// The record's `gpp` (empty when none).
    pub gpp: &'a str,
    /// Whether each service the site listed was allowed, as a JSON object by key (the form
    /// the hash covers), empty for a record naming none.
    pub services: String,
    /// The record's `previous_hash`.
    pub previous_hash: &'a str,
    /// The record's `hash`.
    pub hash: &'a str,
}

impl<'a> From<&'a ConsentRecord> for ExportedRecord<'a> {
    fn from(r: &'a ConsentRecord) -> Self {
        let c = &r.consent;
        ExportedRecord {
            site: c.site.as_str(),
            sequence: r.sequence,
            consent_id: c.consent_id.as_str(),
            recorded_at_ms: c.recorded_at_ms,
            method: c.method.as_str(),
            preferences: c.choices.preferences,
            statistics: c.choices.statistics,
            marketing: c.choices.marketing,
            exempt_opt_out: c.choices.exempt_opt_out,
            policy_version: &c.policy_version,
            texts_hash: &c.texts_hash,
            language: c.language.as_str(),
            gpc: c.gpc,
            browser_family: &c.browser_family,
            region: c.region.as_ref().map_or("", Region::as_str),
            rule_set: c.rule_set.map_or("", RuleSet::as_str),
            gpp: c.gpp.as_deref().unwrap_or(""),
            services: if c.services.is_empty() {
                String::new()
            } else {
                serde_json::json!(c.services).to_string()
            },
            previous_hash: &r.previous_hash,
            hash: &r.hash,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn consent(n: u8) -> NewConsent {
        NewConsent {
            site: "shop".parse().unwrap(),
            consent_id: ConsentId::from_random([n; 16]),
            recorded_at_ms: 1_800_000_000_000 + i64::from(n),
            method: ConsentMethod::AcceptAll,
            choices: Choices::ALL,
            policy_version: "a".repeat(64),
            texts_hash: "b".repeat(64),
            language: "en".parse().unwrap(),
            gpc: false,
            browser_family: "Chrome".into(),
            region: None,
            rule_set: None,
            gpp: None,
            services: Default::default(),
        }
    }

    fn chain_of(n: u8) -> Vec<ConsentRecord> {
        let mut records: Vec<ConsentRecord> = Vec::new();
        for i in 1..=n {
            let previous = records
                .last()
                .map_or(GENESIS_HASH.to_owned(), |r| r.hash.clone());
            records.push(ConsentRecord::chain(consent(i), i64::from(i), &previous));
        }
        records
    }

    #[test]
    fn an_untouched_chain_verifies() {
        assert_eq!(verify_chain(&chain_of(5)), Ok(5));
        assert_eq!(verify_chain(&[]), Ok(0));
    }

    #[test]
    fn a_record_without_a_region_hashes_in_the_first_form_and_one_with_a_region_covers_it() {
        // A record of the first form: its hash is the SHA-256 of the JSON array written out
        // by hand (as a release before regions computed it).
        let old = ConsentRecord::chain(consent(1), 1, GENESIS_HASH);
        assert_eq!(
            old.hash,
            "5cc9e5df47d213e2d49397fa3c17fac9d67eb941c5b8a9887fd996800893734d"
        );
        let mut located = consent(1);
        located.region = Some("US-CA".parse().unwrap());
        located.rule_set = Some(RuleSet::OptOut);
        located.gpp = Some("DBABLA~BVQqAAAAAgA.QA".into());
        let mut record = ConsentRecord::chain(located, 1, GENESIS_HASH);
        assert_ne!(record.hash, old.hash);
        assert!(record.is_intact());
        for edit in [
            |c: &mut NewConsent| c.region = Some("FR".parse().unwrap()),
            |c: &mut NewConsent| c.rule_set = Some(RuleSet::OptIn),
            |c: &mut NewConsent| c.gpp = None,
        ] {
            let mut edited = record.clone();
            edit(&mut edited.consent);
            assert!(!edited.is_intact());
        }
        record.consent.region = None;
        assert!(!record.is_intact());
    }

    #[test]
    fn an_edit_a_deletion_or_a_swap_is_found_at_its_place() {
        let mut edited = chain_of(5);
        edited[2].consent.choices = Choices::NONE;
        assert_eq!(verify_chain(&edited).unwrap_err().sequence, 3);

        let mut deleted = chain_of(5);
        deleted.remove(1);
        assert_eq!(verify_chain(&deleted).unwrap_err().sequence, 2);

        let mut swapped = chain_of(5);
        swapped.swap(3, 4);
        assert_eq!(verify_chain(&swapped).unwrap_err().sequence, 4);

        // Recomputing the edited record's hash does not help: the next link breaks.
        let mut rehashed = chain_of(5);
        rehashed[2].consent.method = ConsentMethod::RejectAll;
        rehashed[2] =
            ConsentRecord::chain(rehashed[2].consent.clone(), 3, &rehashed[1].hash.clone());
        assert_eq!(
            verify_chain(&rehashed).unwrap_err(),
            ChainBreak {
                sequence: 4,
                reason: "does not link to the record before"
            }
        );
    }
}
