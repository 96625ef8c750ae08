//! The filters of a site's consent records, as the consent log and the API read them.

use cookiewarden_store::ConsentFilter;
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Serialize, Default)]
pub(crate) struct LogQuery {
    #[serde(default)]
    pub(crate) from: String,
    #[serde(default)]
    pub(crate) to: String,
    #[serde(default)]
    pub(crate) method: String,
    #[serde(default)]
    pub(crate) consent_id: String,
    #[serde(default, skip_serializing)]
    pub(crate) format: String,
}

/// A `YYYY-MM-DD` day as milliseconds since the epoch at its start (UTC).
pub(crate) fn day_start_ms(day: &str) -> Option<i64> {
    let mut parts = day.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let date = time::Date::from_calendar_date(
        year,
        time::Month::try_from(month).ok()?,
        parts.next()?.parse().ok()?,
    )
    .ok()?;
    Some(date.midnight().assume_utc().unix_timestamp() * 1000)
}

impl LogQuery {
    /// The query of these filters, as the API takes them.
    pub(crate) fn new(from: String, to: String, method: String, consent_id: String) -> LogQuery {
        LogQuery {
            from,
            to,
            method,
            consent_id,
            format: String::new(),
        }
    }

    /// The filters, or the value that is not one.
    pub(crate) fn filter(&self) -> Result<ConsentFilter, String> {
        let day = |value: &str| match value {
            "" => Ok(None),
            day => day_start_ms(day).map(Some).ok_or_else(|| day.to_owned()),
        };
        Ok(ConsentFilter {
            from_ms: day(&self.from)?,
            until_ms: day(&self.to)?.map(|start| start + 86_400_000),
            method: match self.method.as_str() {
                "" => None,
                method => Some(method.parse().map_err(|_| method.to_owned())?),
            },
            consent_id: (!self.consent_id.is_empty()).then(|| self.consent_id.clone()),
        })
    }
}
