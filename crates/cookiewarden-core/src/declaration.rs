use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::{Category, CookieDuration, Error, Language, Party};

/// How a declaration names its cookies: one exact name, or every name with a prefix
/// (written `_ga_*`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum NamePattern {
    /// Exactly this name.
    Exact(String),
    /// Every name starting with this prefix.
    Prefix(String),
}

impl NamePattern {
    /// Whether a cookie called `name` falls under this pattern.
    pub fn matches(&self, name: &str) -> bool {
        match self {
            NamePattern::Exact(exact) => exact == name,
            NamePattern::Prefix(prefix) => name.starts_with(prefix.as_str()),
        }
    }

    /// The name, or the prefix without its `*`.
    pub fn stem(&self) -> &str {
        match self {
            NamePattern::Exact(s) | NamePattern::Prefix(s) => s,
        }
    }
}

/// What browsers accept in a cookie name (RFC 6265bis §5.6 and their practice), looser than
/// RFC 6265's token grammar because real sites set names such as `pvc_visits[0]`: printable
/// ASCII without `;` and `=`, which delimit names, nor `,`, which old servers used to fold
/// headers.
fn is_cookie_name_char(c: char) -> bool {
    c.is_ascii_graphic() && !";=,".contains(c)
}

impl FromStr for NamePattern {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (stem, prefix) = match s.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (s, false),
        };
        if stem.is_empty() || !stem.chars().all(is_cookie_name_char) || stem.contains('*') {
            return Err(Error::InvalidCookieName(s.to_owned()));
        }
        Ok(if prefix {
            NamePattern::Prefix(stem.to_owned())
        } else {
            NamePattern::Exact(stem.to_owned())
        })
    }
}

impl fmt::Display for NamePattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NamePattern::Exact(name) => f.write_str(name),
            NamePattern::Prefix(prefix) => write!(f, "{prefix}*"),
        }
    }
}

impl TryFrom<String> for NamePattern {
    type Error = Error;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl From<NamePattern> for String {
    fn from(pattern: NamePattern) -> Self {
        pattern.to_string()
    }
}

/// A text written in several languages, read with a fallback to the site's default language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalizedText(BTreeMap<Language, String>);

impl LocalizedText {
    /// The text in `language`, else in `fallback`, else in any language it has.
    pub fn get(&self, language: &Language, fallback: &Language) -> Option<&str> {
        self.read(language, fallback).map(|(_, text)| text)
    }

    /// As [`LocalizedText::get`], with the language the text is actually written in, so a
    /// page can mark a fallback with its own `lang` (screen readers switch voice).
    pub fn read(&self, language: &Language, fallback: &Language) -> Option<(&Language, &str)> {
        self.0
            .get_key_value(language)
            .or_else(|| self.0.get_key_value(fallback))
            .or_else(|| self.0.iter().next())
            .map(|(language, text)| (language, text.as_str()))
    }

    /// The text in exactly `language`, without fallback.
    pub fn exactly(&self, language: &Language) -> Option<&str> {
        self.0.get(language).map(String::as_str)
    }

    /// Whether no language has a text.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every (language, text) pair, ordered by language.
    pub fn iter(&self) -> impl Iterator<Item = (&Language, &str)> {
        self.0
            .iter()
            .map(|(language, text)| (language, text.as_str()))
    }
}

impl FromIterator<(Language, String)> for LocalizedText {
    fn from_iter<I: IntoIterator<Item = (Language, String)>>(iter: I) -> Self {
        LocalizedText(iter.into_iter().collect())
    }
}

/// Whether a declaration is in force. Drafts come from scans and passive discovery and wait for
/// an operator: they are neither shown nor enforced, and do not change the policy version.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum DeclarationStatus {
    /// Shown in the policy and enforced.
    #[default]
    Active,
    /// Waiting for review.
    Draft,
}

impl DeclarationStatus {
    /// The stable identifier (`active`, `draft`).
    pub fn as_str(self) -> &'static str {
        match self {
            DeclarationStatus::Active => "active",
            DeclarationStatus::Draft => "draft",
        }
    }
}

impl FromStr for DeclarationStatus {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "active" => Ok(DeclarationStatus::Active),
            "draft" => Ok(DeclarationStatus::Draft),
            other => Err(Error::UnknownStatus(other.to_owned())),
        }
    }
}

impl TryFrom<String> for DeclarationStatus {
    type Error = Error;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl From<DeclarationStatus> for &'static str {
    fn from(status: DeclarationStatus) -> Self {
        status.as_str()
    }
}

/// One cookie (or family of cookies) a site says it sets, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declaration {
    /// The cookie's name or name prefix.
    pub pattern: NamePattern,
    /// Who provides the service behind the cookie.
    pub provider: String,
    /// What part of the site uses it, per language ("Authentication (front and back office)").
    pub function: LocalizedText,
    /// Why it is set, per language.
    pub purpose: LocalizedText,
    /// The purpose of processing the visitor consents to.
    pub category: Category,
    /// For `statistics` only: anonymised audience measurement that needs no consent.
    pub exempt: bool,
    /// First- or third-party.
    pub party: Party,
    /// The domain it is set on; `None` means the host that sets it.
    pub domain: Option<String>,
    /// The path it is scoped to.
    pub path: String,
    /// How long it lives.
    pub duration: CookieDuration,
    /// Whether it is in force.
    pub status: DeclarationStatus,
}

impl Declaration {
    /// Whether the declaration names a cookie `name` set for `domain` (leading dot ignored).
    /// A declaration without a domain matches every domain.
    pub fn matches(&self, name: &str, domain: &str) -> bool {
        self.pattern.matches(name)
            && self
                .domain
                .as_deref()
                .is_none_or(|declared| domain_matches(domain, declared))
    }
}

/// Cookie domain matching (RFC 6265 §5.1.3): equal, or a subdomain of the declared domain,
/// whatever the case and a leading dot. The one test of the kind: declarations, the catalogue,
/// the shared cookie domain and the hosts it is set on all use it.
pub fn domain_matches(observed: &str, declared: &str) -> bool {
    let observed = observed.trim_start_matches('.');
    let declared = declared.trim_start_matches('.');
    observed.eq_ignore_ascii_case(declared)
        || observed
            .len()
            .checked_sub(declared.len() + 1)
            .is_some_and(|dot| {
                observed.as_bytes()[dot] == b'.'
                    && observed[dot + 1..].eq_ignore_ascii_case(declared)
            })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_parse_exact_and_prefix_names() {
        assert_eq!(
            "sessionid".parse(),
            Ok(NamePattern::Exact("sessionid".into()))
        );
        assert_eq!("_ga_*".parse(), Ok(NamePattern::Prefix("_ga_".into())));
        for bad in ["", "*", "a b", "a;b", "a*b*", "a*b", "é"] {
            assert_eq!(
                bad.parse::<NamePattern>(),
                Err(Error::InvalidCookieName(bad.into())),
                "{bad}"
            );
        }
    }

    #[test]
    fn prefix_patterns_match_longer_names_only_by_prefix() {
        let pattern: NamePattern = "_ga_*".parse().unwrap();
        assert!(pattern.matches("_ga_XYZ"));
        assert!(pattern.matches("_ga_"));
        assert!(!pattern.matches("_ga"));
    }

    #[test]
    fn domains_match_themselves_and_their_subdomains() {
        assert!(domain_matches("example.org", "example.org"));
        assert!(domain_matches(".www.Example.org", "example.org"));
        assert!(!domain_matches("badexample.org", "example.org"));
        assert!(!domain_matches("org", "example.org"));
    }

    #[test]
    fn localized_text_falls_back_to_the_default_then_any_language() {
        let en: Language = "en".parse().unwrap();
        let fr: Language = "fr".parse().unwrap();
        let de: Language = "de".parse().unwrap();
        let text: LocalizedText = [(en.clone(), "hello".to_owned())].into_iter().collect();
        assert_eq!(text.get(&fr, &en), Some("hello"));
        assert_eq!(text.get(&fr, &de), Some("hello"));
        let text: LocalizedText = [(en.clone(), "hello".into()), (fr.clone(), "bonjour".into())]
            .into_iter()
            .collect();
        assert_eq!(text.get(&fr, &en), Some("bonjour"));
        assert_eq!(text.get(&de, &en), Some("hello"));
    }
}
