//! The store's contract, run against every backend this machine offers: SQLite always, and
//! PostgreSQL when `COOKIEWARDEN_TEST_POSTGRES_URL` names a server (CI sets it; with `CI=true`
//! its absence is a failure, not a skip).

mod backends;
mod consent_log;
mod contract;
mod disk;
mod ledger;
