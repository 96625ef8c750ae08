//! The audience tables: page views written in batches (strings numbered once in
//! `stat_values`, daily totals kept up to date in the same transaction), the day's salt, the
//! dashboard's totals, and the purge of raw data past each site's retention.

use std::collections::HashMap;

use cookiewarden_core::Slug;
use sqlx::{AnyPool, AssertSqlSafe, Row};

use crate::{Audience, AudienceDay, AudienceRow, Backend, Dimension, Error, PageView};

/// Minutes in a day: days are counted in UTC from the Unix epoch.
const MINUTES_PER_DAY: i64 = 1440;

/// Parameters per multi-row statement: far under both databases' limits, and small enough that
/// binding stays cheap (its cost grows faster than the number of parameters).
const PARAMETERS_PER_STATEMENT: usize = 500;

/// Rows of `columns` parameters per multi-row statement.
pub(crate) const fn rows_per_statement(columns: usize) -> usize {
    PARAMETERS_PER_STATEMENT / columns
}

type Transaction<'a> = sqlx::Transaction<'a, sqlx::Any>;

/// Numbers of strings already in `stat_values`: a batch of page views repeats the same few
/// hundred paths and families, which need no query once known.
#[derive(Debug, Default, Clone)]
pub(crate) struct ValueCache(std::sync::Arc<std::sync::Mutex<Values>>);

#[derive(Debug, Default)]
pub(crate) struct Values {
    ids: HashMap<String, i64>,
    /// The bytes of the strings held, which bound the cache: paths run to 512 characters,
    /// so a count of strings alone would let made-up paths take tens of megabytes.
    bytes: usize,
}

/// Bytes of strings remembered at most; past it the cache starts again.
const VALUE_CACHE_BYTES: usize = 2 * 1024 * 1024;

impl ValueCache {
    /// Remembers numbers whose transaction committed.
    fn remember(&self, found: HashMap<String, i64>) {
        if let Ok(mut cache) = self.0.lock() {
            let adding: usize = found.keys().map(String::len).sum();
            if cache.bytes + adding > VALUE_CACHE_BYTES {
                cache.ids.clear();
                cache.ids.shrink_to_fit();
                cache.bytes = 0;
            }
            for (value, id) in found {
                let length = value.len();
                if cache.ids.insert(value, id).is_none() {
                    cache.bytes += length;
                }
            }
        }
    }
}

/// The number of each string: from the cache, else from the table, inserting the strings not
/// yet numbered. Returns every number, and those found in the database (to remember once the
/// transaction commits).
async fn value_ids<'v>(
    transaction: &mut Transaction<'_>,
    cache: &ValueCache,
    values: impl Iterator<Item = &'v str>,
) -> Result<(HashMap<String, i64>, HashMap<String, i64>), Error> {
    let mut ids = HashMap::new();
    let mut unknown = Vec::new();
    if let Ok(cache) = cache.0.lock() {
        for value in values {
            if ids.contains_key(value) || unknown.contains(&value) {
                continue;
            }
            match cache.ids.get(value) {
                Some(id) => {
                    ids.insert(value.to_owned(), *id);
                }
                None => unknown.push(value),
            }
        }
    }
    let mut found: HashMap<String, i64> = HashMap::new();
    for chunk in unknown.chunks(rows_per_statement(1)) {
        let sql = format!(
            "INSERT INTO stat_values (value) VALUES {} ON CONFLICT (value) DO NOTHING",
            placeholders(chunk.len(), 1)
        );
        let mut insert = sqlx::query(AssertSqlSafe(sql));
        for value in chunk {
            insert = insert.bind((*value).to_owned());
        }
        insert.execute(&mut **transaction).await?;
        let sql = format!(
            "SELECT id, value FROM stat_values WHERE value IN ({})",
            (1..=chunk.len())
                .map(|n| format!("${n}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let mut select = sqlx::query(AssertSqlSafe(sql));
        for value in chunk {
            select = select.bind((*value).to_owned());
        }
        for row in select.fetch_all(&mut **transaction).await? {
            found.insert(row.try_get("value")?, row.try_get("id")?);
        }
    }
    ids.extend(found.iter().map(|(k, v)| (k.clone(), *v)));
    Ok((ids, found))
}

/// `($1, $2, …), ($n, …)` for `rows` rows of `columns` parameters.
pub(crate) fn placeholders(rows: usize, columns: usize) -> String {
    (0..rows)
        .map(|row| {
            let numbers: Vec<String> = (1..=columns)
                .map(|column| format!("${}", row * columns + column))
                .collect();
            format!("({})", numbers.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) async fn record(
    pool: &AnyPool,
    backend: Backend,
    cache: &ValueCache,
    views: &[PageView],
) -> Result<(), Error> {
    if views.is_empty() {
        return Ok(());
    }
    let mut transaction = backend.begin(pool).await?;
    let strings = views.iter().flat_map(|v| {
        [
            v.site.as_str(),
            &v.path,
            &v.referrer,
            &v.browser,
            &v.os,
            &v.device,
            &v.language,
        ]
    });
    let (ids, found) = value_ids(&mut transaction, cache, strings).await?;
    let id = |value: &str| ids.get(value).copied().unwrap_or_default();

    for chunk in views.chunks(rows_per_statement(9)) {
        let sql = format!(
            "INSERT INTO page_views (site, minute, path, referrer, browser, os, device, \
             language, visitor) VALUES {}",
            placeholders(chunk.len(), 9)
        );
        let mut query = sqlx::query(AssertSqlSafe(sql));
        for view in chunk {
            query = query
                .bind(id(view.site.as_str()))
                .bind(view.minute)
                .bind(id(&view.path))
                .bind(id(&view.referrer))
                .bind(id(&view.browser))
                .bind(id(&view.os))
                .bind(id(&view.device))
                .bind(id(&view.language))
                .bind(view.visitor);
        }
        query.execute(&mut *transaction).await?;
    }

    // New visitors of each day: those the day had not seen yet.
    let mut seen: Vec<(i64, i64, i64)> = views
        .iter()
        .map(|v| {
            (
                id(v.site.as_str()),
                v.minute.div_euclid(MINUTES_PER_DAY),
                v.visitor,
            )
        })
        .collect();
    seen.sort_unstable();
    seen.dedup();
    let mut new_visitors: HashMap<(i64, i64), i64> = HashMap::new();
    for chunk in seen.chunks(rows_per_statement(3)) {
        let sql = format!(
            "INSERT INTO stat_day_visitors (site, day, visitor) VALUES {} \
             ON CONFLICT DO NOTHING RETURNING site, day",
            placeholders(chunk.len(), 3)
        );
        let mut query = sqlx::query(AssertSqlSafe(sql));
        for (site, day, visitor) in chunk {
            query = query.bind(*site).bind(*day).bind(*visitor);
        }
        for row in query.fetch_all(&mut *transaction).await? {
            let key = (row.try_get("site")?, row.try_get("day")?);
            *new_visitors.entry(key).or_default() += 1;
        }
    }

    // Daily totals and views per dimension, summed in memory first.
    let mut totals: HashMap<(i64, i64, i64, i64), (i64, i64)> = HashMap::new();
    for view in views {
        let site = id(view.site.as_str());
        let day = view.minute.div_euclid(MINUTES_PER_DAY);
        totals.entry((site, day, 0, 0)).or_default().0 += 1;
        for dimension in Dimension::ALL {
            let value = id(dimension.of(view));
            totals
                .entry((site, day, dimension.number(), value))
                .or_default()
                .0 += 1;
        }
    }
    for ((site, day), count) in new_visitors {
        totals.entry((site, day, 0, 0)).or_default().1 += count;
    }
    let totals: Vec<_> = totals.into_iter().collect();
    for chunk in totals.chunks(rows_per_statement(6)) {
        let sql = format!(
            "INSERT INTO stat_days (site, day, dimension, value, views, visitors) VALUES {} \
             ON CONFLICT (site, day, dimension, value) DO UPDATE SET \
             views = stat_days.views + excluded.views, \
             visitors = stat_days.visitors + excluded.visitors",
            placeholders(chunk.len(), 6)
        );
        let mut query = sqlx::query(AssertSqlSafe(sql));
        for ((site, day, dimension, value), (views, visitors)) in chunk {
            query = query
                .bind(*site)
                .bind(*day)
                .bind(*dimension)
                .bind(*value)
                .bind(*views)
                .bind(*visitors);
        }
        query.execute(&mut *transaction).await?;
    }
    transaction.commit().await?;
    cache.remember(found);
    Ok(())
}

pub(crate) async fn salt(
    pool: &AnyPool,
    backend: Backend,
    day: i64,
    candidate: &str,
) -> Result<String, Error> {
    let mut transaction = backend.begin(pool).await?;
    // Yesterday's salt is destroyed: nobody can hash an address into a past day's numbers.
    sqlx::query("DELETE FROM stat_salts WHERE day < $1")
        .bind(day)
        .execute(&mut *transaction)
        .await?;
    sqlx::query("INSERT INTO stat_salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING")
        .bind(day)
        .bind(candidate.to_owned())
        .execute(&mut *transaction)
        .await?;
    let salt: String = sqlx::query_scalar("SELECT salt FROM stat_salts WHERE day = $1")
        .bind(day)
        .fetch_one(&mut *transaction)
        .await?;
    transaction.commit().await?;
    Ok(salt)
}

pub(crate) async fn audience(
    pool: &AnyPool,
    site: &Slug,
    days: std::ops::RangeInclusive<i64>,
    top: i64,
) -> Result<Audience, Error> {
    let site_id: Option<i64> = sqlx::query_scalar("SELECT id FROM stat_values WHERE value = $1")
        .bind(site.as_str().to_owned())
        .fetch_optional(pool)
        .await?;
    let Some(site_id) = site_id else {
        return Ok(Audience::default());
    };
    let days_rows = sqlx::query(
        "SELECT day, views, visitors FROM stat_days \
         WHERE site = $1 AND dimension = 0 AND day >= $2 AND day <= $3 ORDER BY day",
    )
    .bind(site_id)
    .bind(*days.start())
    .bind(*days.end())
    .fetch_all(pool)
    .await?
    .iter()
    .map(|row| {
        Ok(AudienceDay {
            day: row.try_get("day")?,
            views: row.try_get("views")?,
            visitors: row.try_get("visitors")?,
        })
    })
    .collect::<Result<Vec<_>, Error>>()?;
    let mut rows = Vec::new();
    for dimension in Dimension::ALL {
        let found = sqlx::query(
            "SELECT v.value AS value, CAST(SUM(d.views) AS BIGINT) AS views FROM stat_days d \
             JOIN stat_values v ON v.id = d.value \
             WHERE d.site = $1 AND d.dimension = $2 AND d.day >= $3 AND d.day <= $4 \
             GROUP BY v.value ORDER BY SUM(d.views) DESC, v.value LIMIT $5",
        )
        .bind(site_id)
        .bind(dimension.number())
        .bind(*days.start())
        .bind(*days.end())
        .bind(top)
        .fetch_all(pool)
        .await?;
        for row in found {
            rows.push(AudienceRow {
                dimension,
                value: row.try_get("value")?,
                views: row.try_get("views")?,
            });
        }
    }
    Ok(Audience {
        days: days_rows,
        top: rows,
    })
}

pub(crate) async fn purge(pool: &AnyPool, now_minute: i64) -> Result<u64, Error> {
    let sites = sqlx::query("SELECT slug, statistics_retention FROM sites")
        .fetch_all(pool)
        .await?;
    let mut purged = 0;
    for row in sites {
        let slug: String = row.try_get("slug")?;
        let retention: cookiewarden_core::CookieDuration = row
            .try_get::<String, _>("statistics_retention")?
            .parse()
            .map_err(|e| Error::Corrupt(format!("statistics_retention: {e}")))?;
        let minutes = i64::try_from(retention.seconds().unwrap_or(0) / 60).unwrap_or(i64::MAX);
        let done = sqlx::query(
            "DELETE FROM page_views WHERE minute < $1 \
             AND site = (SELECT id FROM stat_values WHERE value = $2)",
        )
        .bind(now_minute.saturating_sub(minutes))
        .bind(slug)
        .execute(pool)
        .await?;
        purged += done.rows_affected();
    }
    // A day's visitor numbers only serve to count that day once; its total is final the day
    // after.
    sqlx::query("DELETE FROM stat_day_visitors WHERE day < $1")
        .bind(now_minute.div_euclid(MINUTES_PER_DAY) - 1)
        .execute(pool)
        .await?;
    Ok(purged)
}

pub(crate) async fn page_views(
    pool: &AnyPool,
    site: &Slug,
    minutes: std::ops::Range<i64>,
) -> Result<Vec<PageView>, Error> {
    sqlx::query(
        "SELECT p.minute AS minute, pa.value AS path, r.value AS referrer, b.value AS browser, \
         o.value AS os, d.value AS device, l.value AS language, p.visitor AS visitor \
         FROM page_views p \
         JOIN stat_values s ON s.id = p.site JOIN stat_values pa ON pa.id = p.path \
         JOIN stat_values r ON r.id = p.referrer JOIN stat_values b ON b.id = p.browser \
         JOIN stat_values o ON o.id = p.os JOIN stat_values d ON d.id = p.device \
         JOIN stat_values l ON l.id = p.language \
         WHERE s.value = $1 AND p.minute >= $2 AND p.minute < $3 ORDER BY p.minute",
    )
    .bind(site.as_str().to_owned())
    .bind(minutes.start)
    .bind(minutes.end)
    .fetch_all(pool)
    .await?
    .iter()
    .map(|row| {
        Ok(PageView {
            site: site.clone(),
            minute: row.try_get("minute")?,
            path: row.try_get("path")?,
            referrer: row.try_get("referrer")?,
            browser: row.try_get("browser")?,
            os: row.try_get("os")?,
            device: row.try_get("device")?,
            language: row.try_get("language")?,
            visitor: row.try_get("visitor")?,
        })
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_up_paths_cannot_grow_the_value_cache_past_its_bytes() {
        let cache = ValueCache::default();
        for batch in 0..100 {
            let found = (0..100)
                .map(|i| (format!("/{batch}/{i}/{}", "x".repeat(500)), i64::from(i)))
                .collect();
            cache.remember(found);
            let values = cache.0.lock().unwrap();
            assert!(values.bytes <= VALUE_CACHE_BYTES, "{}", values.bytes);
            let held: usize = values.ids.keys().map(String::len).sum();
            assert_eq!(held, values.bytes);
        }
    }
}
