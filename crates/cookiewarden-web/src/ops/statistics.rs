//! A site's statistics: its audience (visitors and page views per day, top pages, referrers,
//! browsers, systems, devices, languages) and what its visitors decide (decisions per day and
//! method, acceptance per category and language, the share who never decide). One view serves
//! the dashboard, its CSV download and the API.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use cookiewarden_core::SiteDefinition;
use cookiewarden_stats::ConsentRates;
use cookiewarden_store::Dimension;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::ops::consents::day_start_ms;
use crate::ops::now_ms;
use crate::{App, Error};

/// Days shown when none are asked for.
const DEFAULT_DAYS: i64 = 30;

/// The longest range, in days.
const MAX_DAYS: i64 = 400;

/// Values listed per dimension.
const TOP: i64 = 10;

/// The range asked for.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct StatisticsQuery {
    /// The first day, `YYYY-MM-DD` (UTC); 29 days before `to` when left out.
    #[serde(default)]
    #[param(format = Date)]
    pub(crate) from: String,
    /// The last day, `YYYY-MM-DD` (UTC), included; today when left out.
    #[serde(default)]
    #[param(format = Date)]
    pub(crate) to: String,
    /// `csv` to download the numbers (the page only).
    #[serde(default)]
    #[param(ignore)]
    pub(crate) format: String,
}

/// A `YYYY-MM-DD` day as days since the epoch.
pub(crate) fn day_number(text: &str) -> Option<i64> {
    day_start_ms(text).map(|ms| ms.div_euclid(86_400_000))
}

/// Days since the epoch as `YYYY-MM-DD`.
pub(crate) fn day_text(day: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(day * 86_400)
        .map(|t| t.date().to_string())
        .unwrap_or_default()
}

impl StatisticsQuery {
    /// The days asked for, or why they are not a range.
    pub(crate) fn days(&self) -> Result<RangeInclusive<i64>, String> {
        let parse = |text: &str| match text {
            "" => Ok(None),
            day => day_number(day)
                .map(Some)
                .ok_or_else(|| format!("`{day}` is not a day")),
        };
        let to = parse(&self.to)?.unwrap_or(now_ms().div_euclid(86_400_000));
        let from = parse(&self.from)?.unwrap_or(to - (DEFAULT_DAYS - 1));
        if from > to {
            return Err("the range ends before it starts".to_owned());
        }
        if to - from >= MAX_DAYS {
            return Err(format!("a range is at most {MAX_DAYS} days"));
        }
        Ok(from..=to)
    }
}

/// One day of audience.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct DayBody {
    /// `YYYY-MM-DD`.
    pub(crate) date: String,
    pub(crate) views: i64,
    /// Distinct visitors of that day.
    pub(crate) visitors: i64,
}

/// One value of a dimension.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct TopBody {
    /// The path, host, family or language (empty: none, such as no referrer).
    pub(crate) value: String,
    pub(crate) views: i64,
}

/// A site's statistics over a range of days.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct StatisticsBody {
    /// The first day, `YYYY-MM-DD`.
    pub(crate) from: String,
    /// The last day, included.
    pub(crate) to: String,
    /// Every day of the range, with zeros where nothing was counted.
    pub(crate) days: Vec<DayBody>,
    pub(crate) views: i64,
    /// The sum of the daily unique visitors: a visitor who came on two days counts twice.
    pub(crate) visitors_summed_daily: i64,
    /// The most viewed values per dimension: `path`, `referrer`, `browser`, `os`, `device`,
    /// `language`.
    pub(crate) top: BTreeMap<String, Vec<TopBody>>,
    /// What visitors decided.
    #[schema(value_type = Object)]
    pub(crate) consent: ConsentRates,
    /// An estimate of the share of visitors who never decided (first decisions over the sum
    /// of daily visitors), absent without visitors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) undecided_share: Option<f64>,
}

/// The statistics of `definition` over `days`.
pub(crate) async fn statistics(
    app: &App,
    definition: &SiteDefinition,
    days: RangeInclusive<i64>,
) -> Result<StatisticsBody, Error> {
    let slug = &definition.site.slug;
    let audience = app.store.audience(slug, days.clone(), TOP).await?;
    let by_day: BTreeMap<i64, (i64, i64)> = audience
        .days
        .iter()
        .map(|d| (d.day, (d.views, d.visitors)))
        .collect();
    let every_day: Vec<DayBody> = days
        .clone()
        .map(|day| {
            let (views, visitors) = by_day.get(&day).copied().unwrap_or_default();
            DayBody {
                date: day_text(day),
                views,
                visitors,
            }
        })
        .collect();
    let mut top: BTreeMap<String, Vec<TopBody>> = Dimension::ALL
        .iter()
        .map(|d| (d.as_str().to_owned(), Vec::new()))
        .collect();
    for row in audience.top {
        top.entry(row.dimension.as_str().to_owned())
            .or_default()
            .push(TopBody {
                value: row.value,
                views: row.views,
            });
    }
    let totals = app.store.consent_totals(slug, days.clone()).await?;
    let consent = ConsentRates::of(&totals);
    let visitors: i64 = every_day.iter().map(|d| d.visitors).sum();
    Ok(StatisticsBody {
        from: day_text(*days.start()),
        to: day_text(*days.end()),
        views: every_day.iter().map(|d| d.views).sum(),
        visitors_summed_daily: visitors,
        undecided_share: consent.undecided_share(visitors),
        days: every_day,
        top,
        consent,
    })
}

impl StatisticsBody {
    /// Every number as CSV rows: `section,label,views,visitors` (decisions per method under
    /// `decisions`, acceptance under `acceptance` with granted and decided counts).
    pub(crate) fn csv(&self) -> Result<Vec<u8>, Error> {
        let mut out = csv::Writer::from_writer(Vec::new());
        let mut row = |fields: [String; 4]| out.write_record(fields).map_err(|_| Error::Export);
        row([
            "section".into(),
            "label".into(),
            "views".into(),
            "visitors".into(),
        ])?;
        for day in &self.days {
            row([
                "day".into(),
                day.date.clone(),
                day.views.to_string(),
                day.visitors.to_string(),
            ])?;
        }
        for (dimension, values) in &self.top {
            for value in values {
                row([
                    dimension.clone(),
                    value.value.clone(),
                    value.views.to_string(),
                    String::new(),
                ])?;
            }
        }
        for day in &self.consent.days {
            for (method, count) in self.consent.methods.iter().zip(&day.counts) {
                row([
                    "decisions".into(),
                    format!("{} {method}", day_text(day.day)),
                    count.to_string(),
                    String::new(),
                ])?;
            }
        }
        for acceptance in self
            .consent
            .categories
            .iter()
            .chain(&self.consent.languages)
        {
            row([
                "acceptance".into(),
                acceptance.name.clone(),
                acceptance.granted.to_string(),
                acceptance.decisions.to_string(),
            ])?;
        }
        out.into_inner().map_err(|_| Error::Export)
    }
}
