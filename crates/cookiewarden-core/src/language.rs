use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Error;

/// A language tag in the simple form sites use (`en`, `fr`, `pt-br`), stored lowercase.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Language(String);

/// The languages the product's own texts are written in: the 24 official languages of the
/// European Union, the EEA's Norwegian Bokmål and Icelandic, and Catalan, Ukrainian, Turkish
/// and Arabic. A site may only speak these, since a visitor must never get a page that says
/// it is in one language and is in another.
pub const SUPPORTED_LANGUAGES: [&str; 30] = [
    "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is",
    "it", "lt", "lv", "mt", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "tr", "uk",
];

/// Languages written from right to left.
const RIGHT_TO_LEFT: [&str; 1] = ["ar"];

impl Language {
    /// The tag, lowercase, as used in URLs (`?lang=`), cookies and `<html lang>`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the product has texts in this language.
    pub fn is_supported(&self) -> bool {
        SUPPORTED_LANGUAGES.contains(&self.as_str())
    }

    /// Whether the language is written from right to left, so its pages get `dir="rtl"`.
    pub fn is_right_to_left(&self) -> bool {
        RIGHT_TO_LEFT.contains(&self.primary())
    }

    /// The language a reader of this one is best served by when it is not available itself:
    /// Norwegian (`no`) and Nynorsk (`nn`) readers read Bokmål (`nb`).
    fn macro_fallback(&self) -> Option<&'static str> {
        matches!(self.primary(), "no" | "nn").then_some("nb")
    }

    /// The primary subtag: `pt` for `pt-br`.
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}

impl FromStr for Language {
    type Err = Error;

    /// Accepts a primary subtag of 2 or 3 letters followed by subtags of 1 to 8 letters or
    /// digits, the shapes browsers send in `Accept-Language` (BCP 47, without the rare forms).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut parts = s.split('-');
        let primary_ok = parts.next().is_some_and(|p| {
            (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic())
        });
        let rest_ok = parts
            .all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
        if primary_ok && rest_ok && s.len() <= 35 {
            Ok(Language(s.to_ascii_lowercase()))
        } else {
            Err(Error::InvalidLanguage(s.to_owned()))
        }
    }
}

impl TryFrom<String> for Language {
    type Error = Error;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl From<Language> for String {
    fn from(language: Language) -> Self {
        language.0
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Browsers send a handful of languages; anything longer is noise or abuse and is cut here.
const MAX_ACCEPTED_LANGUAGES: usize = 32;

/// Reads an `Accept-Language` header (RFC 9110 §12.5.4) into tags by descending preference.
///
/// Written here rather than taken from the Fluent negotiation crate because that one drops the
/// `q` weights, and a weight of 0 means "not this language", which must be honoured. Malformed
/// entries are skipped, never an error: a broken header only loses its own preference.
pub fn parse_accept_language(header: &str) -> Vec<Language> {
    let mut weighted: Vec<(u16, Language)> = header
        .split(',')
        .take(MAX_ACCEPTED_LANGUAGES)
        .filter_map(|entry| {
            let mut params = entry.split(';');
            let tag = params.next()?.trim().parse::<Language>().ok()?;
            let mut quality = 1000;
            for param in params {
                let (name, value) = param.trim().split_once('=')?;
                if name.trim().eq_ignore_ascii_case("q") {
                    quality = parse_quality(value.trim())?;
                }
            }
            (quality > 0).then_some((quality, tag))
        })
        .collect();
    // A stable sort keeps the header's order among equal weights, as the RFC intends.
    weighted.sort_by_key(|(quality, _)| std::cmp::Reverse(*quality));
    weighted.into_iter().map(|(_, tag)| tag).collect()
}

/// A `qvalue` in thousandths: `0`, `0.5`, `1.000`; anything else is refused.
fn parse_quality(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// What a request says about the visitor's language, strongest first.
#[derive(Debug, Clone, Copy, Default)]
pub struct LanguagePreferences<'a> {
    /// An explicit, linkable choice: the `?lang=` query parameter.
    pub explicit: Option<&'a str>,
    /// The remembered choice: the `django_language` cookie.
    pub cookie: Option<&'a str>,
    /// The browser's `Accept-Language` header.
    pub accept_language: Option<&'a str>,
}

/// Picks the language to answer in: `?lang=` over `django_language` over `Accept-Language`
/// over `default`. A requested `fr-ca` is served by an available `fr` when no exact match exists.
pub fn negotiate_language(
    preferences: LanguagePreferences<'_>,
    available: &[Language],
    default: &Language,
) -> Language {
    // The exact tag, else the same language without its region (`pt-br` gets `pt`, `de-at`
    // gets `de`), else the language its readers read (`no` gets `nb`).
    let pick = |requested: &Language| -> Option<Language> {
        available
            .iter()
            .find(|a| *a == requested)
            .or_else(|| {
                available
                    .iter()
                    .find(|a| a.primary() == requested.primary())
            })
            .or_else(|| {
                let fallback = requested.macro_fallback()?;
                available.iter().find(|a| a.primary() == fallback)
            })
            .cloned()
    };
    let single = |value: Option<&str>| value.and_then(|v| v.trim().parse::<Language>().ok());
    single(preferences.explicit)
        .and_then(|l| pick(&l))
        .or_else(|| single(preferences.cookie).and_then(|l| pick(&l)))
        .or_else(|| {
            preferences
                .accept_language
                .map(parse_accept_language)
                .and_then(|requested| requested.iter().find_map(pick))
        })
        .unwrap_or_else(|| default.clone())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn langs(tags: &[&str]) -> Vec<Language> {
        tags.iter().map(|t| t.parse().unwrap()).collect()
    }

    #[test]
    fn accept_language_is_ordered_by_quality_then_position() {
        assert_eq!(
            parse_accept_language("de;q=0.5, fr-CH, fr;q=0.9, en;q=0.9, *;q=0.1"),
            langs(&["fr-ch", "fr", "en", "de"])
        );
    }

    #[test]
    fn accept_language_drops_refused_and_malformed_entries() {
        assert_eq!(parse_accept_language("fr;q=0, en"), langs(&["en"]));
        assert_eq!(
            parse_accept_language("fr;q=2, en;q=abc, de;q=0.1234, it"),
            langs(&["it"])
        );
        assert_eq!(parse_accept_language(";;;,,,=="), Vec::<Language>::new());
    }

    #[test]
    fn explicit_choice_beats_cookie_beats_header_beats_default() {
        let available = langs(&["en", "fr"]);
        let en: Language = "en".parse().unwrap();
        let prefs = LanguagePreferences {
            explicit: Some("fr"),
            cookie: Some("en"),
            accept_language: Some("en"),
        };
        assert_eq!(negotiate_language(prefs, &available, &en).as_str(), "fr");
        let prefs = LanguagePreferences {
            explicit: Some("xx"),
            cookie: Some("fr"),
            ..prefs
        };
        assert_eq!(negotiate_language(prefs, &available, &en).as_str(), "fr");
        let prefs = LanguagePreferences {
            explicit: None,
            cookie: Some("de"),
            accept_language: Some("de, fr-CA;q=0.8"),
        };
        assert_eq!(negotiate_language(prefs, &available, &en).as_str(), "fr");
        let prefs = LanguagePreferences {
            accept_language: Some("de"),
            ..prefs
        };
        assert_eq!(negotiate_language(prefs, &available, &en).as_str(), "en");
    }

    #[test]
    fn a_region_or_a_macrolanguage_falls_back_to_the_language_available() {
        let available = langs(&SUPPORTED_LANGUAGES);
        let en: Language = "en".parse().unwrap();
        for (asked, served) in [
            ("pt-BR", "pt"),
            ("de-AT", "de"),
            ("no", "nb"),
            ("nn-NO", "nb"),
            ("nb-NO", "nb"),
            ("ar-EG", "ar"),
            ("x-klingon", "en"),
            ("*", "en"),
        ] {
            let prefs = LanguagePreferences {
                accept_language: Some(asked),
                ..LanguagePreferences::default()
            };
            assert_eq!(
                negotiate_language(prefs, &available, &en).as_str(),
                served,
                "{asked}"
            );
        }
        assert!("ar".parse::<Language>().unwrap().is_right_to_left());
        assert!(!"fr".parse::<Language>().unwrap().is_right_to_left());
        assert!(!"pt-br".parse::<Language>().unwrap().is_supported());
    }

    proptest! {
        #[test]
        fn accept_language_never_panics_and_yields_valid_tags(header in "\\PC{0,200}") {
            for tag in parse_accept_language(&header) {
                prop_assert!(tag.as_str().parse::<Language>().is_ok());
            }
        }

        #[test]
        fn the_most_weighted_language_comes_first(
            q in 1u16..1000, other in 0u16..1000,
        ) {
            prop_assume!(q != other);
            let header = format!("fr;q=0.{q:03}, de;q=0.{other:03}");
            let parsed = parse_accept_language(&header);
            let first = if q > other { "fr" } else { "de" };
            prop_assert_eq!(parsed.first().map(Language::as_str), Some(first));
        }

        #[test]
        fn negotiation_always_returns_an_available_or_default_language(
            explicit in proptest::option::of("\\PC{0,8}"),
            cookie in proptest::option::of("\\PC{0,8}"),
            header in proptest::option::of("\\PC{0,40}"),
        ) {
            let available = langs(&["en", "fr"]);
            let default: Language = "en".parse().unwrap();
            let chosen = negotiate_language(
                LanguagePreferences {
                    explicit: explicit.as_deref(),
                    cookie: cookie.as_deref(),
                    accept_language: header.as_deref(),
                },
                &available,
                &default,
            );
            prop_assert!(available.contains(&chosen));
        }
    }
}
