//! `cookies_preferences` comes back from every visitor: any value is read without panicking,
//! and only a value this key ring signed is ever accepted.
#![no_main]

use cookiewarden_core::{ConsentCookie, KeyRing, SigningKey, SiteDefinition};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|value: &str| {
    let keys = KeyRing::new(vec![SigningKey::new("k1", vec![7; 32]).unwrap()]).unwrap();
    let mut site = SiteDefinition::platform().site;
    site.slug = "shop".parse().unwrap();
    if let Ok(cookie) = ConsentCookie::decode(value, &keys, &site, 1_800_000_000) {
        // Accepted only if it is exactly what the ring would sign for these contents.
        assert_eq!(cookie.encode(&keys), value);
    }
});
