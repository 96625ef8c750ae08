use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Error;

/// Names that would shadow a route of the platform (`/admin`, `/api`, `/assets`, `/sites`).
const RESERVED: [&str; 4] = ["admin", "api", "assets", "sites"];

/// The identifier of a site in URLs, files and cookies: `[a-z0-9][a-z0-9-]{0,62}`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

impl Slug {
    /// The slug of the platform's own site, created at first start.
    pub const PLATFORM: &'static str = "platform";

    /// The slug as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Slug {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bytes = s.as_bytes();
        let well_formed = (1..=63).contains(&bytes.len())
            && bytes[0].is_ascii_lowercase() | bytes[0].is_ascii_digit()
            && bytes
                .iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-');
        if !well_formed {
            return Err(Error::InvalidSlug(s.to_owned()));
        }
        if RESERVED.contains(&s) {
            return Err(Error::ReservedSlug(s.to_owned()));
        }
        Ok(Slug(s.to_owned()))
    }
}

impl TryFrom<String> for Slug {
    type Error = Error;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl From<Slug> for String {
    fn from(slug: Slug) -> Self {
        slug.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn accepts_well_formed_slugs() {
        let longest = "a".repeat(63);
        for ok in ["platform", "shop", "a", "0", "opendata-portal", &longest] {
            assert_eq!(ok.parse::<Slug>().unwrap().as_str(), ok);
        }
    }

    #[test]
    fn refuses_malformed_and_reserved_slugs() {
        let too_long = "a".repeat(64);
        for bad in ["", "-shop", "Shop", "shop_1", "shop/x", "é", &too_long] {
            assert_eq!(
                bad.parse::<Slug>(),
                Err(Error::InvalidSlug(bad.into())),
                "{bad}"
            );
        }
        for reserved in RESERVED {
            assert_eq!(
                reserved.parse::<Slug>(),
                Err(Error::ReservedSlug(reserved.into()))
            );
        }
    }

    proptest! {
        #[test]
        fn parsing_accepts_exactly_the_documented_grammar(s in "\\PC{0,70}") {
            let grammar = regex_like_match(&s);
            let parsed = s.parse::<Slug>();
            prop_assert_eq!(parsed.is_ok(), grammar && !RESERVED.contains(&s.as_str()));
        }

        #[test]
        fn generated_slugs_parse(s in "[a-z0-9][a-z0-9-]{0,62}") {
            prop_assume!(!RESERVED.contains(&s.as_str()));
            let slug = s.parse::<Slug>().unwrap();
            prop_assert_eq!(slug.as_str(), s.as_str());
        }
    }

    /// An independent statement of the grammar, char by char, to check the parser against.
    fn regex_like_match(s: &str) -> bool {
        let mut chars = s.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit();
        allowed(first) && s.chars().count() <= 63 && chars.all(|c| allowed(c) || c == '-')
    }
}
