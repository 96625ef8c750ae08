use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Error;

/// A purpose of processing. Visitors consent per category; `necessary` needs no consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", try_from = "String", into = "&'static str")]
pub enum Category {
    /// Strictly needed for the service the visitor asked for; always on.
    Necessary,
    /// Remembers choices that change how the site looks or behaves.
    Preferences,
    /// Audience measurement; may be exempt from consent when anonymised.
    Statistics,
    /// Advertising, tracking across sites, embedded third-party content.
    Marketing,
}

impl Category {
    /// Every category, in the order the policy and the banner show them.
    pub const ALL: [Category; 4] = [
        Category::Necessary,
        Category::Preferences,
        Category::Statistics,
        Category::Marketing,
    ];

    /// The stable identifier used in files, URLs, cookies and headers.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Necessary => "necessary",
            Category::Preferences => "preferences",
            Category::Statistics => "statistics",
            Category::Marketing => "marketing",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Category {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Category::ALL
            .into_iter()
            .find(|category| category.as_str() == s)
            .ok_or_else(|| Error::UnknownCategory(s.to_owned()))
    }
}

impl TryFrom<String> for Category {
    type Error = Error;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl From<Category> for &'static str {
    fn from(category: Category) -> Self {
        category.as_str()
    }
}

/// Who sets the cookie: the site itself (`first`) or another one through it (`third`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Party {
    /// Set by the site the visitor is on.
    First,
    /// Set by or for another site, through content embedded in this one.
    Third,
}

impl Party {
    /// The stable identifier used in files and in the policy's JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Party::First => "first",
            Party::Third => "third",
        }
    }
}

impl FromStr for Party {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "first" => Ok(Party::First),
            "third" => Ok(Party::Third),
            other => Err(Error::UnknownParty(other.to_owned())),
        }
    }
}

impl TryFrom<String> for Party {
    type Error = Error;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl From<Party> for &'static str {
    fn from(party: Party) -> Self {
        party.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_round_trip_through_their_names() {
        for category in Category::ALL {
            assert_eq!(category.as_str().parse::<Category>(), Ok(category));
        }
        assert_eq!(
            "analytics".parse::<Category>(),
            Err(Error::UnknownCategory("analytics".into()))
        );
    }

    #[test]
    fn parties_parse_and_refuse_unknown_values() {
        assert_eq!("third".parse::<Party>(), Ok(Party::Third));
        assert!("second".parse::<Party>().is_err());
    }
}
