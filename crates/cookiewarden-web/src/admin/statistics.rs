//! A site's statistics dashboard: SVG charts drawn by the server with a table under each, and
//! the CSV download of the numbers ([`crate::ops::statistics`] computes them).

use std::collections::BTreeMap;

use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use cookiewarden_core::demo_texts_hash;
use cookiewarden_stats::chart;
use cookiewarden_store::{ConsentFilter, ConsentPage};
use minijinja::context;
use serde::Serialize;

use crate::admin::extract::SiteMember;
use crate::admin::page::Frame;
use crate::http::request::no_store;
use crate::ops::statistics::{StatisticsBody, StatisticsQuery, day_number, day_text, statistics};
use crate::view::view;
use crate::{App, Error};

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
    SiteMember {
        account,
        definition,
        ..
    }: SiteMember,
    frame: Frame,
    Query(query): Query<StatisticsQuery>,
) -> Result<Response, Error> {
    let slug = definition.site.slug.to_string();
    let days = match query.days() {
        Ok(days) => days,
        Err(message) => return Ok((StatusCode::BAD_REQUEST, message).into_response()),
    };
    let stats = statistics(&app, &definition, days).await?;
    if query.format == "csv" {
        return csv_download(&slug, &stats);
    }
    let translations = app.pages.translations();
    let language = frame.language(&app);
    let t = |id: &str| translations.message(&language, id, None);
    let mut panels = audience_panels(&stats, &t);
    panels.extend(consent_panels(&stats, &t));
    let consent = &stats.consent;
    let csv_query =
        serde_urlencoded::to_string([("from", &stats.from), ("to", &stats.to)]).unwrap_or_default();
    // The demo's synthetic records point at the demo snapshot: its first record says whether
    // these numbers are made up.
    let demo_data = app
        .store
        .consent_page(
            &definition.site.slug,
            &ConsentFilter::default(),
            ConsentPage::Newer(None),
            1,
        )
        .await?
        .first()
        .is_some_and(|first| first.consent.texts_hash == demo_texts_hash());
    frame.page(
        &app,
        &account,
        "admin_stats.html",
        context! {
            site_name => &definition.site.name,
            slug,
            section => "statistics",
            demo_data,
            from => &stats.from,
            to => &stats.to,
            views => stats.views,
            visitors => stats.visitors_summed_daily,
            decisions => consent.decisions,
            undecided => stats.undecided_share.map(percent),
            panels => view(&panels),
            csv_url => format!("{}?{csv_query}&format=csv", frame.uri.path()),
        },
    )
}

/// The numbers of the dashboard as a CSV download.
fn csv_download(slug: &str, stats: &StatisticsBody) -> Result<Response, Error> {
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
    Ok(no_store(response))
}

/// The audience's charts: views and visitors per day, then the top values of each dimension.
fn audience_panels(stats: &StatisticsBody, t: &dyn Fn(&str) -> String) -> Vec<Panel> {
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
    panels
}

/// The decisions' charts: decisions per day and method, then acceptance per category and per
/// language.
fn consent_panels(stats: &StatisticsBody, t: &dyn Fn(&str) -> String) -> Vec<Panel> {
    let mut panels = Vec::new();
    let labels: Vec<String> = stats.days.iter().map(|d| d.date.clone()).collect();
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
    panels
}
