//! The consent ledger's rows: records written many to a statement, and read without loading
//! the ledger: pages of records through an index per filter, counts and charts from the
//! per-day totals a trigger keeps in the transaction that appends each record.

use std::ops::RangeInclusive;

use cookiewarden_core::{Choices, ConsentRecord, NewConsent, Slug};
use sqlx::any::AnyRow;
use sqlx::{AnyPool, AssertSqlSafe, Row};

use crate::sql::{parse, parse_optional};
use crate::{ConsentFilter, ConsentPage, ConsentTotal, Error};

/// Milliseconds in a day: days are counted in UTC from the Unix epoch.
const DAY_MS: i64 = 86_400_000;

/// The columns of a record, in the order [`insert`] binds them and [`read_record`] takes.
const RECORD_COLUMNS: &str = "site_slug, sequence, consent_id, recorded_at_ms, method, \
     preferences, statistics, marketing, exempt_opt_out, policy_version, texts_hash, language, \
     gpc, browser_family, previous_hash, hash, region, rule_set, gpp, services";

/// Inserts `records` with multi-row statements.
pub(crate) async fn insert(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    records: &[ConsentRecord],
) -> Result<(), Error> {
    let columns = RECORD_COLUMNS.split(',').count();
    for chunk in records.chunks(crate::statistics::rows_per_statement(columns)) {
        let sql = format!(
            "INSERT INTO consent_records ({RECORD_COLUMNS}) VALUES {}",
            crate::statistics::placeholders(chunk.len(), columns)
        );
        let mut insert = sqlx::query(AssertSqlSafe(sql));
        for record in chunk {
            let c = &record.consent;
            insert = insert
                .bind(c.site.as_str().to_owned())
                .bind(record.sequence)
                .bind(c.consent_id.as_str().to_owned())
                .bind(c.recorded_at_ms)
                .bind(c.method.as_str())
                .bind(i64::from(c.choices.preferences))
                .bind(i64::from(c.choices.statistics))
                .bind(i64::from(c.choices.marketing))
                .bind(i64::from(c.choices.exempt_opt_out))
                .bind(c.policy_version.clone())
                .bind(c.texts_hash.clone())
                .bind(c.language.as_str().to_owned())
                .bind(i64::from(c.gpc))
                .bind(c.browser_family.clone())
                .bind(record.previous_hash.clone())
                .bind(record.hash.clone())
                .bind(c.region.as_ref().map(|r| r.as_str().to_owned()))
                .bind(c.rule_set.map(|r| r.as_str()))
                .bind(c.gpp.clone())
                .bind((!c.services.is_empty()).then(|| crate::sql::to_json(&c.services)));
        }
        insert.execute(&mut **transaction).await?;
    }
    Ok(())
}

/// A consent record from a row of [`RECORD_COLUMNS`].
fn read_record(row: &AnyRow) -> Result<ConsentRecord, Error> {
    let flag = |column: &str| -> Result<bool, Error> { Ok(row.try_get::<i64, _>(column)? != 0) };
    Ok(ConsentRecord {
        consent: NewConsent {
            site: parse(row, "site_slug")?,
            consent_id: parse(row, "consent_id")?,
            recorded_at_ms: row.try_get("recorded_at_ms")?,
            method: parse(row, "method")?,
            choices: Choices {
                preferences: flag("preferences")?,
                statistics: flag("statistics")?,
                marketing: flag("marketing")?,
                exempt_opt_out: flag("exempt_opt_out")?,
                services: Default::default(),
            },
            policy_version: row.try_get("policy_version")?,
            texts_hash: row.try_get("texts_hash")?,
            language: parse(row, "language")?,
            gpc: flag("gpc")?,
            browser_family: row.try_get("browser_family")?,
            region: parse_optional(row, "region")?,
            rule_set: parse_optional(row, "rule_set")?,
            gpp: row.try_get("gpp")?,
            services: match row.try_get::<Option<String>, _>("services")? {
                Some(json) => serde_json::from_str(&json)
                    .map_err(|e| Error::Corrupt(format!("consent_records.services: {e}")))?,
                None => Default::default(),
            },
        },
        sequence: row.try_get("sequence")?,
        previous_hash: row.try_get("previous_hash")?,
        hash: row.try_get("hash")?,
    })
}

/// A value bound to a query built here.
enum Value {
    Integer(i64),
    Text(String),
}

/// The `WHERE` clause of `filter` over one site's records, and the values it binds from `$1`.
fn conditions(site: &Slug, filter: &ConsentFilter) -> (String, Vec<Value>) {
    let mut values = vec![Value::Text(site.as_str().to_owned())];
    let mut clause = String::from("site_slug = $1");
    let mut add = |condition: &str, value: Value| {
        values.push(value);
        clause.push_str(&format!(" AND {condition} ${}", values.len()));
    };
    if let Some(from) = filter.from_ms {
        add("recorded_at_ms >=", Value::Integer(from));
    }
    if let Some(until) = filter.until_ms {
        add("recorded_at_ms <", Value::Integer(until));
    }
    if let Some(method) = filter.method {
        add("method =", Value::Text(method.as_str().to_owned()));
    }
    if let Some(id) = &filter.consent_id {
        add("consent_id =", Value::Text(id.clone()));
    }
    (clause, values)
}

/// `sql` with `values` bound in order.
fn bound(
    sql: String,
    values: Vec<Value>,
) -> sqlx::query::Query<'static, sqlx::Any, sqlx::any::AnyArguments> {
    values.into_iter().fold(
        sqlx::query(AssertSqlSafe(sql)),
        |query, value| match value {
            Value::Integer(n) => query.bind(n),
            Value::Text(text) => query.bind(text),
        },
    )
}

/// Every record of a site, in chain order (the ledger's verification and export read it whole).
pub(crate) async fn all(pool: &AnyPool, site: &Slug) -> Result<Vec<ConsentRecord>, Error> {
    sqlx::query(AssertSqlSafe(format!(
        "SELECT {RECORD_COLUMNS} FROM consent_records WHERE site_slug = $1 ORDER BY sequence"
    )))
    .bind(site.as_str().to_owned())
    .fetch_all(pool)
    .await?
    .iter()
    .map(read_record)
    .collect()
}

/// One page of the records `filter` keeps.
pub(crate) async fn page(
    pool: &AnyPool,
    site: &Slug,
    filter: &ConsentFilter,
    page: ConsentPage,
    limit: i64,
) -> Result<Vec<ConsentRecord>, Error> {
    let (mut clause, mut values) = conditions(site, filter);
    // Filtered by time, a page follows the time index (time, then sequence), which hands the
    // rows over in order: sorting a year of records at each page is what it avoids. Otherwise
    // the chain's order. The cursor is a sequence number either way.
    let by_time = filter.from_ms.is_some() || filter.until_ms.is_some();
    let (cursor, direction, comparison) = match page {
        ConsentPage::Older(before) => (before, "DESC", "<"),
        ConsentPage::Newer(after) => (after, "ASC", ">"),
    };
    if let Some(cursor) = cursor {
        values.push(Value::Integer(cursor));
        let n = values.len();
        clause.push_str(&if by_time {
            format!(
                " AND (recorded_at_ms, sequence) {comparison} (SELECT recorded_at_ms, sequence \
                 FROM consent_records WHERE site_slug = $1 AND sequence = ${n})"
            )
        } else {
            format!(" AND sequence {comparison} ${n}")
        });
    }
    let order = if by_time {
        format!("recorded_at_ms {direction}, sequence {direction}")
    } else {
        format!("sequence {direction}")
    };
    values.push(Value::Integer(limit.max(0)));
    let sql = format!(
        "SELECT {RECORD_COLUMNS} FROM consent_records WHERE {clause} ORDER BY {order} LIMIT ${}",
        values.len()
    );
    bound(sql, values)
        .fetch_all(pool)
        .await?
        .iter()
        .map(read_record)
        .collect()
}

/// How many records `filter` keeps: summed from the per-day totals when it filters by whole
/// days and method only (one row per day, method and language, whatever the size of the
/// ledger), by counting the records otherwise.
pub(crate) async fn count(
    pool: &AnyPool,
    site: &Slug,
    filter: &ConsentFilter,
) -> Result<i64, Error> {
    let whole_day = |ms: Option<i64>| ms.is_none_or(|ms| ms.rem_euclid(DAY_MS) == 0);
    let query =
        if filter.consent_id.is_none() && whole_day(filter.from_ms) && whole_day(filter.until_ms) {
            let first = filter.from_ms.map_or(i64::MIN, |ms| ms.div_euclid(DAY_MS));
            let last = filter
                .until_ms
                .map_or(i64::MAX, |ms| ms.div_euclid(DAY_MS) - 1);
            let mut values = vec![
                Value::Text(site.as_str().to_owned()),
                Value::Integer(first),
                Value::Integer(last),
            ];
            let mut sql = String::from(
                "SELECT CAST(COALESCE(SUM(decisions), 0) AS BIGINT) AS n FROM consent_totals \
             WHERE site_slug = $1 AND day >= $2 AND day <= $3",
            );
            if let Some(method) = filter.method {
                values.push(Value::Text(method.as_str().to_owned()));
                sql.push_str(" AND method = $4");
            }
            bound(sql, values)
        } else {
            let (clause, values) = conditions(site, filter);
            bound(
                format!("SELECT COUNT(*) AS n FROM consent_records WHERE {clause}"),
                values,
            )
        };
    Ok(query.fetch_one(pool).await?.try_get("n")?)
}

/// The totals of `days`.
pub(crate) async fn totals(
    pool: &AnyPool,
    site: &Slug,
    days: RangeInclusive<i64>,
) -> Result<Vec<ConsentTotal>, Error> {
    sqlx::query(
        "SELECT day, method, language, decisions, firsts, preferences, statistics, marketing, \
         any_granted FROM consent_totals WHERE site_slug = $1 AND day >= $2 AND day <= $3 \
         ORDER BY day, method, language",
    )
    .bind(site.as_str().to_owned())
    .bind(*days.start())
    .bind(*days.end())
    .fetch_all(pool)
    .await?
    .iter()
    .map(|row| {
        Ok(ConsentTotal {
            day: row.try_get("day")?,
            method: parse(row, "method")?,
            language: parse(row, "language")?,
            decisions: row.try_get("decisions")?,
            firsts: row.try_get("firsts")?,
            preferences: row.try_get("preferences")?,
            statistics: row.try_get("statistics")?,
            marketing: row.try_get("marketing")?,
            any_granted: row.try_get("any_granted")?,
        })
    })
    .collect()
}
