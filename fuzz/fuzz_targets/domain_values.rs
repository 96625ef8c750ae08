//! The small textual values of the domain: whatever parses prints back to itself.
#![no_main]

use cookiewarden_core::{CookieDuration, KeyRing, NamePattern, Slug};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(duration) = text.parse::<CookieDuration>() {
        assert_eq!(
            duration.to_string().parse::<CookieDuration>().unwrap(),
            duration
        );
    }
    if let Ok(pattern) = text.parse::<NamePattern>() {
        assert_eq!(pattern.to_string().parse::<NamePattern>().unwrap(), pattern);
        assert!(pattern.matches(pattern.stem()));
    }
    if let Ok(slug) = text.parse::<Slug>() {
        assert_eq!(slug.as_str(), text);
    }
    if let Ok(ring) = text.parse::<KeyRing>() {
        assert_eq!(KeyRing::from_toml(&ring.to_toml()).unwrap(), ring);
    }
});
