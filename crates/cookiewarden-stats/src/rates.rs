//! What visitors decide, from the consent records: decisions per day and method, how often each
//! category is accepted, per language, and an estimate of the visitors who never decide.

use std::collections::{BTreeMap, HashSet};
use std::ops::RangeInclusive;

use cookiewarden_core::{Category, ConsentMethod, ConsentRecord};
use serde::Serialize;

/// Milliseconds in a day.
const DAY_MS: i64 = 86_400_000;

/// Decisions of one day, per method in [`ConsentMethod::ALL`]'s order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecisionDay {
    /// Days since the Unix epoch (UTC).
    pub day: i64,
    /// Decisions per method.
    pub counts: Vec<i64>,
}

/// How often a category is granted among decisions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Acceptance {
    /// The category, or the language for [`ConsentRates::languages`].
    pub name: String,
    /// Decisions that granted it (for a language: granted anything beyond necessary).
    pub granted: i64,
    /// Decisions counted.
    pub decisions: i64,
    /// `granted / decisions`, 0 when there were none.
    pub rate: f64,
}

impl Acceptance {
    fn new(name: String, granted: i64, decisions: i64) -> Acceptance {
        #[expect(clippy::cast_precision_loss, reason = "counts stay far below 2^52")]
        let rate = if decisions == 0 {
            0.0
        } else {
            granted as f64 / decisions as f64
        };
        Acceptance {
            name,
            granted,
            decisions,
            rate,
        }
    }
}

/// The consent side of a site's statistics over a range of days.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConsentRates {
    /// Method names, the order of [`DecisionDay::counts`].
    pub methods: Vec<&'static str>,
    /// Days with decisions, in order.
    pub days: Vec<DecisionDay>,
    /// Decisions in the range.
    pub decisions: i64,
    /// Per category beyond `necessary`.
    pub categories: Vec<Acceptance>,
    /// Per language of the visitor.
    pub languages: Vec<Acceptance>,
    /// Visitors whose first decision fell in the range.
    pub first_decisions: i64,
}

impl ConsentRates {
    /// The rates of `records` decided during `days` (days since the epoch, UTC). Withdrawals
    /// count as decisions per day but not in acceptance, which is about what visitors grant.
    pub fn of(records: &[ConsentRecord], days: RangeInclusive<i64>) -> ConsentRates {
        let mut per_day: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
        let mut granted = [0i64; 3];
        let mut choosing = 0;
        let mut languages: BTreeMap<String, (i64, i64)> = BTreeMap::new();
        let mut earlier = HashSet::new();
        let mut first_decisions = 0;
        let mut decisions = 0;
        let optional = [
            Category::Preferences,
            Category::Statistics,
            Category::Marketing,
        ];
        for record in records {
            let consent = &record.consent;
            let day = consent.recorded_at_ms.div_euclid(DAY_MS);
            if day < *days.start() {
                earlier.insert(consent.consent_id.as_str());
                continue;
            }
            if day > *days.end() {
                continue;
            }
            decisions += 1;
            if earlier.insert(consent.consent_id.as_str()) {
                first_decisions += 1;
            }
            let method = ConsentMethod::ALL
                .iter()
                .position(|m| *m == consent.method)
                .unwrap_or_default();
            per_day
                .entry(day)
                .or_insert_with(|| vec![0; ConsentMethod::ALL.len()])[method] += 1;
            if consent.method == ConsentMethod::Withdraw {
                continue;
            }
            choosing += 1;
            for (count, category) in granted.iter_mut().zip(optional) {
                *count += i64::from(consent.choices.granted(category));
            }
            let language = languages.entry(consent.language.to_string()).or_default();
            language.0 += i64::from(consent.choices.grants_any());
            language.1 += 1;
        }
        ConsentRates {
            methods: ConsentMethod::ALL.map(ConsentMethod::as_str).to_vec(),
            days: per_day
                .into_iter()
                .map(|(day, counts)| DecisionDay { day, counts })
                .collect(),
            decisions,
            categories: optional
                .iter()
                .zip(granted)
                .map(|(category, count)| {
                    Acceptance::new(category.as_str().to_owned(), count, choosing)
                })
                .collect(),
            languages: languages
                .into_iter()
                .map(|(name, (any, total))| Acceptance::new(name, any, total))
                .collect(),
            first_decisions,
        }
    }

    /// The share of visitors who never decided: 1 minus first decisions over visitors (the sum
    /// of daily unique visitors, so an estimate), `None` without visitors.
    pub fn undecided_share(&self, visitors: i64) -> Option<f64> {
        #[expect(clippy::cast_precision_loss, reason = "counts stay far below 2^52")]
        (visitors > 0).then(|| (1.0 - self.first_decisions as f64 / visitors as f64).max(0.0))
    }
}

#[cfg(test)]
mod tests {
    use cookiewarden_core::{Choices, ConsentId, NewConsent};

    use super::*;

    fn record(
        n: u8,
        day: i64,
        method: ConsentMethod,
        choices: Choices,
        language: &str,
    ) -> ConsentRecord {
        ConsentRecord {
            sequence: i64::from(n),
            consent: NewConsent {
                site: "shop".parse().unwrap(),
                consent_id: ConsentId::from_random([n; 16]),
                recorded_at_ms: day * DAY_MS + 1000,
                method,
                choices,
                policy_version: String::new(),
                texts_hash: String::new(),
                language: language.parse().unwrap(),
                gpc: false,
                browser_family: "Firefox".into(),
            },
            previous_hash: String::new(),
            hash: String::new(),
        }
    }

    #[test]
    fn decisions_and_acceptance_are_counted_per_day_category_and_language() {
        let stats_only = Choices {
            statistics: true,
            ..Choices::NONE
        };
        let records = [
            record(1, 9, ConsentMethod::AcceptAll, Choices::ALL, "en"),
            record(2, 10, ConsentMethod::AcceptAll, Choices::ALL, "en"),
            record(3, 10, ConsentMethod::RejectAll, Choices::NONE, "fr"),
            record(4, 11, ConsentMethod::Custom, stats_only, "fr"),
            record(1, 11, ConsentMethod::Withdraw, Choices::NONE, "en"),
            record(5, 12, ConsentMethod::AcceptAll, Choices::ALL, "en"),
        ];
        let rates = ConsentRates::of(&records, 10..=11);
        assert_eq!(rates.decisions, 4);
        assert_eq!(
            rates.first_decisions, 3,
            "visitor 1 decided before the range"
        );
        let at = |m: ConsentMethod| ConsentMethod::ALL.iter().position(|x| *x == m).unwrap();
        assert_eq!(rates.days.len(), 2);
        assert_eq!(rates.days[0].counts[at(ConsentMethod::AcceptAll)], 1);
        assert_eq!(rates.days[0].counts[at(ConsentMethod::RejectAll)], 1);
        assert_eq!(rates.days[1].counts[at(ConsentMethod::Withdraw)], 1);
        let statistics = &rates.categories[1];
        assert_eq!(
            (
                statistics.name.as_str(),
                statistics.granted,
                statistics.decisions
            ),
            ("statistics", 2, 3)
        );
        let marketing = &rates.categories[2];
        assert_eq!(marketing.granted, 1);
        let french = rates.languages.iter().find(|l| l.name == "fr").unwrap();
        assert_eq!((french.granted, french.decisions), (1, 2));
        assert_eq!(rates.undecided_share(8), Some(0.625));
        assert_eq!(rates.undecided_share(0), None);
        assert_eq!(rates.undecided_share(1), Some(0.0), "never below zero");
    }
}
