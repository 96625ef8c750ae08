//! What visitors decide, from the per-day consent totals the store keeps: decisions per day and
//! method, how often each category is accepted, per language, and an estimate of the visitors
//! who never decide.

use std::collections::BTreeMap;

use cookiewarden_core::{Category, ConsentMethod};
use cookiewarden_store::ConsentTotal;
use serde::Serialize;

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
    /// The rates of the decisions `totals` count (one range of days, as the store reads them).
    /// Withdrawals count as decisions per day but not in acceptance, which is about what
    /// visitors grant.
    pub fn of(totals: &[ConsentTotal]) -> ConsentRates {
        let mut per_day: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
        let mut granted = [0i64; 3];
        let mut choosing = 0;
        let mut languages: BTreeMap<String, (i64, i64)> = BTreeMap::new();
        let mut first_decisions = 0;
        let mut decisions = 0;
        for total in totals {
            decisions += total.decisions;
            first_decisions += total.firsts;
            let method = ConsentMethod::ALL
                .iter()
                .position(|m| *m == total.method)
                .unwrap_or_default();
            per_day
                .entry(total.day)
                .or_insert_with(|| vec![0; ConsentMethod::ALL.len()])[method] += total.decisions;
            if total.method == ConsentMethod::Withdraw {
                continue;
            }
            choosing += total.decisions;
            for (count, add) in
                granted
                    .iter_mut()
                    .zip([total.preferences, total.statistics, total.marketing])
            {
                *count += add;
            }
            let language = languages.entry(total.language.to_string()).or_default();
            language.0 += total.any_granted;
            language.1 += total.decisions;
        }
        ConsentRates {
            methods: ConsentMethod::ALL.map(ConsentMethod::as_str).to_vec(),
            days: per_day
                .into_iter()
                .map(|(day, counts)| DecisionDay { day, counts })
                .collect(),
            decisions,
            categories: [
                Category::Preferences,
                Category::Statistics,
                Category::Marketing,
            ]
            .iter()
            .zip(granted)
            .map(|(category, count)| Acceptance::new(category.as_str().to_owned(), count, choosing))
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
    use super::*;

    /// The totals of `decisions` decisions on `day`, `firsts` of them first decisions, each
    /// granting what `grants` (preferences, statistics, marketing) says.
    fn total(
        day: i64,
        method: ConsentMethod,
        language: &str,
        decisions: i64,
        firsts: i64,
        grants: [bool; 3],
    ) -> ConsentTotal {
        let each = |granted: bool| if granted { decisions } else { 0 };
        ConsentTotal {
            day,
            method,
            language: language.parse().unwrap(),
            decisions,
            firsts,
            preferences: each(grants[0]),
            statistics: each(grants[1]),
            marketing: each(grants[2]),
            any_granted: each(grants.iter().any(|g| *g)),
        }
    }

    #[test]
    fn decisions_and_acceptance_are_counted_per_day_category_and_language() {
        let all = [true; 3];
        let none = [false; 3];
        let totals = [
            total(10, ConsentMethod::AcceptAll, "en", 1, 1, all),
            total(10, ConsentMethod::RejectAll, "fr", 1, 1, none),
            total(11, ConsentMethod::Custom, "fr", 1, 1, [false, true, false]),
            total(11, ConsentMethod::Withdraw, "en", 1, 0, none),
        ];
        let rates = ConsentRates::of(&totals);
        assert_eq!(rates.decisions, 4);
        assert_eq!(
            rates.first_decisions, 3,
            "the withdrawal came from a visitor who had decided before"
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
            ("statistics", 2, 3),
            "a withdrawal is no decision about what to grant"
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
