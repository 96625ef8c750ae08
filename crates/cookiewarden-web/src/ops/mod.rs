//! The back office's operations, one implementation each, shared by the HTML pages and the
//! JSON API: each check, change and audit entry lives here, with no HTTP type in sight.

pub(crate) mod audit;
pub(crate) mod auth;
pub(crate) mod consents;
pub(crate) mod site_body;
pub(crate) mod sites;
pub(crate) mod statistics;
pub(crate) mod users;

use std::time::{SystemTime, UNIX_EPOCH};

use crate::Error;

/// 128 random bits from the operating system.
pub(crate) fn random_bytes() -> Result<[u8; 16], Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| Error::Randomness(e.to_string()))?;
    Ok(bytes)
}

pub(crate) fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}
