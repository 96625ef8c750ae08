//! Where a visitor is, and which law's rules their choice follows there.
//!
//! The region comes from a header that a trusted front (a CDN, a load balancer) sets; the
//! platform never guesses it from an address. It selects a [`RuleSet`]: opt-in where consent
//! must come first (the EU, the EEA, the United Kingdom, Switzerland), opt-out where the law
//! lets a site start and asks it to honour an opt-out (the US states with privacy laws, where
//! Global Privacy Control is that opt-out), or notice only.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::{Choices, CookieDuration, Error};

/// A visitor's region: an ISO 3166-1 alpha-2 country (`FR`), an ISO 3166-2 subdivision
/// (`US-CA`), or `EU`, the code ISO 3166-1 reserves for the European Union. Only this code ever
/// reaches a proof record, never an address.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Region(String);

/// The European Union's reserved code: the default region of a site that names none.
const EU: &str = "EU";

/// The fifty states, the federal district and the territories: the subdivisions of the United
/// States a front can report, so that `US-XX` is not mistaken for a state.
const US_SUBDIVISIONS: [&str; 57] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC", "AS", "GU", "MP", "PR", "UM", "VI",
];

impl Region {
    /// The region every site falls back to unless it names another: the European Union, whose
    /// opt-in rules are the strictest.
    pub fn european_union() -> Region {
        Region(EU.to_owned())
    }

    /// The region a trusted front reports, from its country header and, when it sends the
    /// subdivision apart (`CloudFront-Viewer-Country-Region`), that one. Anything that is not
    /// exactly one known code (lowercase, several values, `XX` for unknown, `T1` for Tor) is
    /// no region, and the site's default applies.
    pub fn from_front(country: &[u8], subdivision: Option<&[u8]>) -> Option<Region> {
        let country = std::str::from_utf8(country).ok()?.trim();
        let code = match subdivision.map(std::str::from_utf8) {
            None => country.to_owned(),
            Some(Ok(part)) if !part.trim().is_empty() && !country.contains('-') => {
                format!("{country}-{}", part.trim())
            }
            Some(Ok(_)) => country.to_owned(),
            Some(Err(_)) => return None,
        };
        code.parse().ok()
    }

    /// The code as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The country part (`US` of `US-CA`).
    pub fn country(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// The region's country when the region is a subdivision.
    fn parent(&self) -> Option<Region> {
        self.0
            .contains('-')
            .then(|| Region(self.country().to_owned()))
    }
}

impl FromStr for Region {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid = || Error::InvalidRegion(s.chars().take(40).collect());
        let (country, subdivision) = match s.split_once('-') {
            Some((country, subdivision)) => (country, Some(subdivision)),
            None => (s, None),
        };
        let upper = |part: &str| part.bytes().all(|b| b.is_ascii_uppercase());
        if country.len() != 2 || !upper(country) {
            return Err(invalid());
        }
        if country != EU && celes::Country::from_alpha2(country).is_err() {
            return Err(invalid());
        }
        if let Some(subdivision) = subdivision {
            let well_formed = (1..=3).contains(&subdivision.len())
                && subdivision
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
            let known = country != "US" || US_SUBDIVISIONS.contains(&subdivision);
            if country == EU || !well_formed || !known {
                return Err(invalid());
            }
        }
        Ok(Region(s.to_owned()))
    }
}

impl TryFrom<String> for Region {
    type Error = Error;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl From<Region> for String {
    fn from(region: Region) -> Self {
        region.0
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Which law's rules a visitor's choice follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleSet {
    /// Nothing beyond necessary cookies and exempt audience measurement before the visitor
    /// agrees (GDPR and the ePrivacy directive; the UK's and Switzerland's equivalents).
    OptIn,
    /// Every category starts on, and the visitor opts out of the sale and sharing of their
    /// data and of targeted advertising in one action; Global Privacy Control is that opt-out,
    /// without asking (the US state privacy laws).
    OptOut,
    /// The visitor is informed; nothing is asked.
    Notice,
}

impl RuleSet {
    /// Every rule set, in the order the back office lists them.
    pub const ALL: [RuleSet; 3] = [RuleSet::OptIn, RuleSet::OptOut, RuleSet::Notice];

    /// The stable identifier used in files, records and the banner's configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            RuleSet::OptIn => "opt-in",
            RuleSet::OptOut => "opt-out",
            RuleSet::Notice => "notice",
        }
    }

    /// What holds for a visitor: their own valid choice if they made one, else what the rule
    /// set allows before a choice. Where the law makes Global Privacy Control an opt-out, it
    /// keeps marketing (sale, sharing, targeted advertising) off whatever else is stored.
    pub fn choices(self, choice: Option<Choices>, gpc: bool) -> Choices {
        let mut choices = choice.unwrap_or(match self {
            RuleSet::OptIn => Choices::NONE,
            RuleSet::OptOut | RuleSet::Notice => Choices::ALL,
        });
        if gpc && self == RuleSet::OptOut {
            choices.marketing = false;
            // Services allowed apart from their kind wait too: which of them are marketing
            // only the site's list knows, and holding one back too many is the safe side.
            choices.services.granted = 0;
        }
        choices
    }

    /// Whether the banner asks before anything beyond necessary is set.
    pub fn asks_first(self) -> bool {
        self == RuleSet::OptIn
    }

    /// The rule set the product applies in a region when the site does not say otherwise:
    /// opt-in in the EU, the EEA, the UK and Switzerland, and wherever the law is not known to
    /// allow less; opt-out in the United States.
    pub fn default_for(region: &Region) -> RuleSet {
        if region.country() == "US" {
            RuleSet::OptOut
        } else {
            RuleSet::OptIn
        }
    }
}

impl FromStr for RuleSet {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RuleSet::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| Error::UnknownRuleSet(s.to_owned()))
    }
}

impl fmt::Display for RuleSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A site's own rules for some regions, in place of the product's defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionRule {
    /// The regions this applies to: countries, which cover their subdivisions, or
    /// subdivisions.
    pub codes: Vec<Region>,
    /// The rule set there.
    pub rules: RuleSet,
    /// How long a refusal is respected there, when not the site's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refusal_cooldown: Option<CookieDuration>,
}

/// The rules one visitor's choice follows on one site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jurisdiction {
    /// Where the visitor is, as the trusted front said, or the site's default region.
    pub region: Region,
    /// The rule set there.
    pub rules: RuleSet,
    /// How long a refusal stops the banner from asking again there.
    pub refusal_cooldown: CookieDuration,
}

/// The first of a site's rules that names `region` exactly, else its country.
pub(crate) fn rule_for<'a>(rules: &'a [RegionRule], region: &Region) -> Option<&'a RegionRule> {
    let names = |code: &Region| rules.iter().find(|rule| rule.codes.contains(code));
    names(region).or_else(|| region.parent().and_then(|country| names(&country)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_exact_known_codes_are_regions() {
        for good in ["FR", "US", "US-CA", "EU", "DE-BE", "GB-BNH", "JP-13"] {
            assert_eq!(good.parse::<Region>().unwrap().as_str(), good);
        }
        for bad in [
            "", "fr", "us-ca", "XX", "T1", "ZZ", "US-XX", "US-", "FR,DE", "FR DE", " FR", "EU-FR",
            "FRA", "US-CALI", "É",
        ] {
            assert!(bad.parse::<Region>().is_err(), "{bad}");
        }
    }

    #[test]
    fn a_front_reports_a_country_and_maybe_its_subdivision() {
        let from = |country: &str, subdivision: Option<&str>| {
            Region::from_front(country.as_bytes(), subdivision.map(str::as_bytes)).map(String::from)
        };
        assert_eq!(from("US", Some("CA")).as_deref(), Some("US-CA"));
        assert_eq!(from("US-CA", None).as_deref(), Some("US-CA"));
        assert_eq!(from("FR", Some("")).as_deref(), Some("FR"));
        assert_eq!(from("US", Some("ZZ")), None);
        assert_eq!(from("XX", None), None);
        assert_eq!(from("FR, US", None), None);
        assert_eq!(Region::from_front(b"\xff", None), None);
        assert_eq!(Region::from_front(b"US", Some(b"\xff")), None);
    }

    #[test]
    fn opt_out_starts_on_and_gpc_turns_marketing_off_there_only() {
        let opt_out = RuleSet::OptOut.choices(None, false);
        assert_eq!(opt_out, Choices::ALL);
        let honoured = RuleSet::OptOut.choices(None, true);
        assert!(honoured.statistics && !honoured.marketing);
        assert!(!RuleSet::OptOut.choices(Some(Choices::ALL), true).marketing);
        assert_eq!(RuleSet::OptIn.choices(None, true), Choices::NONE);
        assert_eq!(RuleSet::Notice.choices(None, false), Choices::ALL);
        assert_eq!(
            RuleSet::OptIn.choices(Some(Choices::ALL), false),
            Choices::ALL
        );
    }

    #[test]
    fn a_site_rule_for_a_country_covers_its_subdivisions_and_an_exact_one_wins() {
        let rule = |codes: &[&str], rules| RegionRule {
            codes: codes.iter().map(|c| c.parse().unwrap()).collect(),
            rules,
            refusal_cooldown: None,
        };
        let rules = [
            rule(&["US"], RuleSet::Notice),
            rule(&["US-CA"], RuleSet::OptOut),
        ];
        let find = |code: &str| rule_for(&rules, &code.parse().unwrap()).map(|r| r.rules);
        assert_eq!(find("US-CA"), Some(RuleSet::OptOut));
        assert_eq!(find("US-TX"), Some(RuleSet::Notice));
        assert_eq!(find("US"), Some(RuleSet::Notice));
        assert_eq!(find("FR"), None);
        assert_eq!(
            RuleSet::default_for(&"US-VA".parse().unwrap()),
            RuleSet::OptOut
        );
        assert_eq!(
            RuleSet::default_for(&Region::european_union()),
            RuleSet::OptIn
        );
        assert_eq!(RuleSet::default_for(&"BR".parse().unwrap()), RuleSet::OptIn);
    }
}
