//! A site's statistics: its audience (visitors and page views per day, top pages, referrers,
//! browsers, systems, devices, languages) and what its visitors decide (decisions per day and
//! method, acceptance per category and language, the share who never decide). One view serves
//! the dashboard (SVG charts drawn here, a table under each), its CSV download and the API.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use axum::extract::{OriginalUri, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use cookiewarden_core::SiteDefinition;
use cookiewarden_stats::{ConsentRates, chart};
use cookiewarden_store::Dimension;
use minijinja::context;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::admin::{admin_page, no_store, site_member};
use crate::consent::now_ms;
use crate::language::LanguageHints;
use crate::pages::view;
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
    from: String,
    /// The last day, `YYYY-MM-DD` (UTC), included; today when left out.
    #[serde(default)]
    #[param(format = Date)]
    to: String,
    /// `csv` to download the numbers (the page only).
    #[serde(default)]
    #[param(ignore)]
    format: String,
}

/// A `YYYY-MM-DD` day as days since the epoch.
fn day_number(text: &str) -> Option<i64> {
    crate::admin::day_start_ms(text).map(|ms| ms.div_euclid(86_400_000))
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
    date: String,
    views: i64,
    /// Distinct visitors of that day.
    visitors: i64,
}

/// One value of a dimension.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct TopBody {
    /// The path, host, family or language (empty: none, such as no referrer).
    value: String,
    views: i64,
}

/// A site's statistics over a range of days.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct StatisticsBody {
    /// The first day, `YYYY-MM-DD`.
    from: String,
    /// The last day, included.
    to: String,
    /// Every day of the range, with zeros where nothing was counted.
    days: Vec<DayBody>,
    views: i64,
    /// The sum of the daily unique visitors: a visitor who came on two days counts twice.
    visitors_summed_daily: i64,
    /// The most viewed values per dimension: `path`, `referrer`, `browser`, `os`, `device`,
    /// `language`.
    top: BTreeMap<String, Vec<TopBody>>,
    /// What visitors decided.
    #[schema(value_type = Object)]
    consent: ConsentRates,
    /// An estimate of the share of visitors who never decided (first decisions over the sum
    /// of daily visitors), absent without visitors.
    #[serde(skip_serializing_if = "Option::is_none")]
    undecided_share: Option<f64>,
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
    let records = app.store.consent_records(slug).await?;
    let consent = ConsentRates::of(&records, days.clone());
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
    fn csv(&self) -> Result<Vec<u8>, Error> {
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

/// A chart and the rows of the table under it.
#[derive(Serialize)]
struct Panel {
    title: String,
    svg: String,
    rows: Vec<(String, String)>,
}

fn percent(rate: f64) -> String {
    format!("{:.0} %", rate * 100.0)
}

/// `GET /admin/sites/{slug}/statistics?from=…&to=…`: the dashboard, for any member of the site;
/// `&format=csv` downloads its numbers.
pub(crate) async fn dashboard(
    State(app): State<App>,
    Path(slug): Path<String>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Query(query): Query<StatisticsQuery>,
) -> Result<Response, Error> {
    let (_, definition, _) = match site_member(&app, &hints, &headers, &uri, &slug).await? {
        Ok(member) => member,
        Err(response) => return Ok(response),
    };
    let days = match query.days() {
        Ok(days) => days,
        Err(message) => return Ok((StatusCode::BAD_REQUEST, message).into_response()),
    };
    let stats = statistics(&app, &definition, days).await?;
    if query.format == "csv" {
        let mut response = (
            [(header::CONTENT_TYPE, "text/csv; charset=utf-8")],
            stats.csv()?,
        )
            .into_response();
        let name = format!(
            "attachment; filename=\"statistics-{slug}-{}-{}.csv\"",
            stats.from, stats.to
        );
        if let Ok(value) = HeaderValue::from_str(&name) {
            response
                .headers_mut()
                .insert(header::CONTENT_DISPOSITION, value);
        }
        return Ok(no_store(response));
    }
    let translations = app.pages.translations();
    let language = hints.choose(&translations.languages(), translations.default_language());
    let t = |id: &str| translations.message(&language, id, None);
    let labels: Vec<String> = stats.days.iter().map(|d| d.date.clone()).collect();
    let mut panels = vec![Panel {
        title: t("stats-audience"),
        svg: chart::lines(
            &t("stats-audience"),
            &labels,
            &[
                ("views", stats.days.iter().map(|d| d.views).collect()),
                ("visitors", stats.days.iter().map(|d| d.visitors).collect()),
            ],
        ),
        rows: stats
            .days
            .iter()
            .map(|d| (d.date.clone(), format!("{} / {}", d.views, d.visitors)))
            .collect(),
    }];
    for (dimension, values) in &stats.top {
        let title = t(&format!("stats-top-{dimension}"));
        let rows: Vec<(String, i64)> = values
            .iter()
            .map(|v| {
                let label = if v.value.is_empty() {
                    t("stats-none")
                } else {
                    v.value.clone()
                };
                (label, v.views)
            })
            .collect();
        panels.push(Panel {
            svg: chart::bars(&title, &rows),
            rows: rows
                .iter()
                .map(|(l, v)| (l.clone(), v.to_string()))
                .collect(),
            title,
        });
    }
    let consent = &stats.consent;
    let decision_days: BTreeMap<i64, &Vec<i64>> =
        consent.days.iter().map(|d| (d.day, &d.counts)).collect();
    let first_day = day_number(&stats.from).unwrap_or_default();
    let series: Vec<(&str, Vec<i64>)> = consent
        .methods
        .iter()
        .enumerate()
        .map(|(m, method)| {
            let values = (0..stats.days.len())
                .map(|i| {
                    let day = first_day + i64::try_from(i).unwrap_or_default();
                    decision_days.get(&day).map_or(0, |counts| counts[m])
                })
                .collect();
            (*method, values)
        })
        .collect();
    panels.push(Panel {
        title: t("stats-decisions"),
        svg: chart::lines(&t("stats-decisions"), &labels, &series),
        rows: consent
            .days
            .iter()
            .map(|d| {
                let counts: Vec<String> = consent
                    .methods
                    .iter()
                    .zip(&d.counts)
                    .filter(|(_, c)| **c > 0)
                    .map(|(m, c)| format!("{m} {c}"))
                    .collect();
                (day_text(d.day), counts.join(", "))
            })
            .collect(),
    });
    for (title, acceptances) in [
        (t("stats-acceptance"), &consent.categories),
        (t("stats-acceptance-language"), &consent.languages),
    ] {
        let rows: Vec<(String, i64)> = acceptances
            .iter()
            .map(|a| (a.name.clone(), (a.rate * 100.0).round() as i64))
            .collect();
        panels.push(Panel {
            svg: chart::bars(&title, &rows),
            rows: acceptances
                .iter()
                .map(|a| {
                    (
                        a.name.clone(),
                        format!("{} ({} / {})", percent(a.rate), a.granted, a.decisions),
                    )
                })
                .collect(),
            title,
        });
    }
    let csv_query =
        serde_urlencoded::to_string([("from", &stats.from), ("to", &stats.to)]).unwrap_or_default();
    admin_page(
        &app,
        &hints,
        &headers,
        &uri,
        "admin_stats.html",
        StatusCode::OK,
        context! {
            site_name => &definition.site.name,
            slug,
            from => &stats.from,
            to => &stats.to,
            views => stats.views,
            visitors => stats.visitors_summed_daily,
            decisions => consent.decisions,
            undecided => stats.undecided_share.map(percent),
            panels => view(&panels),
            csv_url => format!("{}?{csv_query}&format=csv", uri.path()),
        },
    )
}
