//! `Accept-Language` comes from anyone: parsing and negotiation must never panic and must only
//! ever pick an available language or the default, over the thirty the product speaks (so the
//! region and Norwegian fallbacks are exercised too).
#![no_main]

use cookiewarden_core::{
    Language, LanguagePreferences, SUPPORTED_LANGUAGES, negotiate_language, parse_accept_language,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|header: &str| {
    for tag in parse_accept_language(header) {
        assert_eq!(tag.as_str().parse::<Language>().ok().as_ref(), Some(&tag));
    }
    let available: Vec<Language> = SUPPORTED_LANGUAGES.iter().map(|t| t.parse().unwrap()).collect();
    let default: Language = "en".parse().unwrap();
    let (explicit, cookie) =
        header.split_at(header.len() / 2 * usize::from(header.is_char_boundary(header.len() / 2)));
    let chosen = negotiate_language(
        LanguagePreferences {
            explicit: Some(explicit),
            cookie: Some(cookie),
            accept_language: Some(header),
        },
        &available,
        &default,
    );
    assert!(available.contains(&chosen));
});
