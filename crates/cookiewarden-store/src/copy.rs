//! Moving a whole database to a new one (SQLite to PostgreSQL, as a deployment grows past one
//! machine): every table, row for row, in one transaction on the destination, which must be
//! empty. Values are read by the destination column's type, so the copy needs no table of
//! types of its own and follows the schema as migrations change it.

use futures::TryStreamExt;
use sqlx::{AssertSqlSafe, Row};

use crate::{Backend, Error, SqlStore};

/// Every table, parents before the tables that reference them. `consent_totals` is not among
/// them: the destination's trigger computes it from the records as they arrive.
const TABLES: [&str; 18] = [
    "sites",
    "declarations",
    "consent_chain_heads",
    "consent_records",
    "snapshots",
    "cookie_catalogue",
    "undeclared_cookies",
    "undeclared_scripts",
    "users",
    "site_members",
    "sessions",
    "audit_log",
    "api_tokens",
    "stat_values",
    "page_views",
    "stat_day_visitors",
    "stat_days",
    "stat_salts",
];

/// Rows copied, per table, in the order of copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyReport {
    /// `(table, rows)`.
    pub tables: Vec<(&'static str, u64)>,
}

/// How a column's values travel.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Integer,
    Real,
    Text,
    Bytes,
}

impl SqlStore {
    /// Copies everything in this store into `destination`, a PostgreSQL store whose tables
    /// are empty (freshly migrated). Refused when it holds any row, so nothing there is lost
    /// or mixed; on any error the destination is left as it was.
    pub async fn copy_into(&self, destination: &SqlStore) -> Result<CopyReport, Error> {
        if destination.backend != Backend::Postgres {
            return Err(Error::Copy(
                "the destination must be a PostgreSQL database".into(),
            ));
        }
        let mut transaction = destination.pool.begin().await?;
        for table in TABLES {
            let present: Option<i64> =
                sqlx::query_scalar(AssertSqlSafe(format!("SELECT 1 FROM {table} LIMIT 1")))
                    .fetch_optional(&mut *transaction)
                    .await?;
            if present.is_some() {
                return Err(Error::Copy(format!(
                    "the destination is not empty (table `{table}` has rows): give a new database"
                )));
            }
        }
        let mut report = CopyReport { tables: Vec::new() };
        for table in TABLES {
            let columns = columns(&mut transaction, table).await?;
            let names: Vec<&str> = columns.iter().map(|(name, _)| name.as_str()).collect();
            let select = format!("SELECT {} FROM {table}", names.join(", "));
            // Streamed, so a table of millions of page views never sits in memory whole.
            let mut rows = sqlx::query(AssertSqlSafe(select)).fetch(&self.pool);
            let mut copied = 0u64;
            let placeholders: Vec<String> = (1..=columns.len()).map(|i| format!("${i}")).collect();
            // Identity columns keep their values, so references and the audit order survive.
            let insert = format!(
                "INSERT INTO {table} ({}) OVERRIDING SYSTEM VALUE VALUES ({})",
                names.join(", "),
                placeholders.join(", ")
            );
            while let Some(row) = rows.try_next().await? {
                let mut query = sqlx::query(AssertSqlSafe(insert.clone()));
                for (index, (name, kind)) in columns.iter().enumerate() {
                    let bad = |error: sqlx::Error| {
                        Error::Copy(format!("{table}.{name}: cannot read the value: {error}"))
                    };
                    query = match kind {
                        Kind::Integer => {
                            query.bind(row.try_get::<Option<i64>, _>(index).map_err(bad)?)
                        }
                        Kind::Real => {
                            query.bind(row.try_get::<Option<f64>, _>(index).map_err(bad)?)
                        }
                        Kind::Text => {
                            query.bind(row.try_get::<Option<String>, _>(index).map_err(bad)?)
                        }
                        Kind::Bytes => {
                            query.bind(row.try_get::<Option<Vec<u8>>, _>(index).map_err(bad)?)
                        }
                    };
                }
                query.execute(&mut *transaction).await?;
                copied += 1;
            }
            drop(rows);
            if columns
                .iter()
                .any(|(name, kind)| name == "id" && matches!(kind, Kind::Integer))
            {
                // New rows go on numbering after the copied ones (where `id` is numbered).
                sqlx::query(AssertSqlSafe(format!(
                    "SELECT setval(sequence, COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false) \
                     FROM (SELECT pg_get_serial_sequence('{table}', 'id') AS sequence) AS s \
                     WHERE sequence IS NOT NULL"
                )))
                .execute(&mut *transaction)
                .await?;
            }
            report.tables.push((table, copied));
        }
        transaction.commit().await?;
        Ok(report)
    }
}

/// The destination's columns of `table`, in order, with how to carry their values.
async fn columns(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    table: &str,
) -> Result<Vec<(String, Kind)>, Error> {
    let rows = sqlx::query(
        "SELECT column_name::text AS column_name, data_type::text AS data_type \
         FROM information_schema.columns \
         WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
    )
    .bind(table.to_owned())
    .fetch_all(&mut **transaction)
    .await?;
    rows.iter()
        .map(|row| {
            let name: String = row.try_get("column_name")?;
            let data_type: String = row.try_get("data_type")?;
            let kind = match data_type.as_str() {
                "bigint" | "integer" | "smallint" => Kind::Integer,
                "double precision" | "real" | "numeric" => Kind::Real,
                "bytea" => Kind::Bytes,
                "text" | "character varying" => Kind::Text,
                other => {
                    return Err(Error::Copy(format!(
                        "{table}.{name}: no copy for the column type `{other}`"
                    )));
                }
            };
            Ok((name, kind))
        })
        .collect()
}
