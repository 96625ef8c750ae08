use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Error;

/// The unit a lifetime was declared in. Kept so the policy shows "12 months", not "360 days".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DurationUnit {
    /// 3,600 seconds.
    Hours,
    /// 86,400 seconds.
    Days,
    /// 7 days.
    Weeks,
    /// 30 days, the convention regulators use for cookie lifetimes.
    Months,
    /// 365 days.
    Years,
}

impl DurationUnit {
    const ALL: [DurationUnit; 5] = [
        DurationUnit::Hours,
        DurationUnit::Days,
        DurationUnit::Weeks,
        DurationUnit::Months,
        DurationUnit::Years,
    ];

    /// Length of one unit in seconds.
    pub fn seconds(self) -> u64 {
        const DAY: u64 = 86_400;
        match self {
            DurationUnit::Hours => 3_600,
            DurationUnit::Days => DAY,
            DurationUnit::Weeks => 7 * DAY,
            DurationUnit::Months => 30 * DAY,
            DurationUnit::Years => 365 * DAY,
        }
    }

    /// The English singular, which is also the stable identifier (`"week"`).
    pub fn singular(self) -> &'static str {
        match self {
            DurationUnit::Hours => "hour",
            DurationUnit::Days => "day",
            DurationUnit::Weeks => "week",
            DurationUnit::Months => "month",
            DurationUnit::Years => "year",
        }
    }
}

/// How long a cookie lives: until the browser closes, or a fixed span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum CookieDuration {
    /// Deleted when the browser session ends.
    Session,
    /// A fixed lifetime of `amount` units.
    Fixed {
        /// How many units, at least 1.
        amount: u32,
        /// The unit as declared.
        unit: DurationUnit,
    },
}

impl CookieDuration {
    /// Builds a fixed lifetime; `amount` 0 is refused because it declares no cookie at all.
    pub fn fixed(amount: u32, unit: DurationUnit) -> Option<Self> {
        (amount > 0).then_some(CookieDuration::Fixed { amount, unit })
    }

    /// Lifetime in seconds, `None` for a session cookie.
    pub fn seconds(self) -> Option<u64> {
        match self {
            CookieDuration::Session => None,
            CookieDuration::Fixed { amount, unit } => Some(u64::from(amount) * unit.seconds()),
        }
    }
}

impl fmt::Display for CookieDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CookieDuration::Session => f.write_str("session"),
            CookieDuration::Fixed { amount: 1, unit } => write!(f, "1 {}", unit.singular()),
            CookieDuration::Fixed { amount, unit } => write!(f, "{amount} {}s", unit.singular()),
        }
    }
}

impl FromStr for CookieDuration {
    type Err = Error;

    /// Reads `session` or `N unit` (`2 weeks`, `1 year`, `13 months`), singular or plural.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid = || Error::InvalidDuration(s.to_owned());
        let text = s.trim();
        if text == "session" {
            return Ok(CookieDuration::Session);
        }
        let (amount, unit) = text.split_once(' ').ok_or_else(invalid)?;
        let amount: u32 = amount.parse().map_err(|_| invalid())?;
        let unit_name = unit.trim_start();
        let unit = DurationUnit::ALL
            .into_iter()
            .find(|u| {
                unit_name
                    .strip_prefix(u.singular())
                    .is_some_and(|rest| rest.is_empty() || rest == "s")
            })
            .ok_or_else(invalid)?;
        CookieDuration::fixed(amount, unit).ok_or_else(invalid)
    }
}

impl TryFrom<String> for CookieDuration {
    type Error = Error;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl From<CookieDuration> for String {
    fn from(duration: CookieDuration) -> Self {
        duration.to_string()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn parses_the_seed_lifetimes() {
        assert_eq!(
            "2 weeks".parse::<CookieDuration>().unwrap().seconds(),
            Some(14 * 86_400)
        );
        assert_eq!(
            "12 months".parse::<CookieDuration>().unwrap().seconds(),
            Some(360 * 86_400)
        );
        assert_eq!(
            "6 months".parse::<CookieDuration>().unwrap().seconds(),
            Some(180 * 86_400)
        );
        assert_eq!(
            "1 year".parse::<CookieDuration>().unwrap().seconds(),
            Some(365 * 86_400)
        );
        assert_eq!(
            "session".parse::<CookieDuration>().unwrap(),
            CookieDuration::Session
        );
    }

    #[test]
    fn refuses_what_is_not_a_duration() {
        for bad in [
            "",
            "2",
            "weeks",
            "0 days",
            "-1 days",
            "2 fortnights",
            "2 weekss",
            "1.5 days",
        ] {
            assert_eq!(
                bad.parse::<CookieDuration>(),
                Err(Error::InvalidDuration(bad.into())),
                "{bad}"
            );
        }
    }

    #[test]
    fn displays_singular_and_plural() {
        assert_eq!(
            "1 weeks".parse::<CookieDuration>().unwrap().to_string(),
            "1 week"
        );
        assert_eq!(
            "3 day".parse::<CookieDuration>().unwrap().to_string(),
            "3 days"
        );
    }

    fn any_duration() -> impl Strategy<Value = CookieDuration> {
        prop_oneof![
            Just(CookieDuration::Session),
            (1u32..100_000, 0usize..5).prop_map(|(amount, unit)| CookieDuration::Fixed {
                amount,
                unit: DurationUnit::ALL[unit]
            }),
        ]
    }

    proptest! {
        #[test]
        fn display_parses_back_to_the_same_value(duration in any_duration()) {
            prop_assert_eq!(duration.to_string().parse::<CookieDuration>(), Ok(duration));
        }

        #[test]
        fn parsing_never_panics(s in "\\PC{0,40}") {
            let _ = s.parse::<CookieDuration>();
        }
    }
}
