//! The statistics beacon: any body and any user agent give a clean page view or a refusal,
//! never a panic; a kept path starts with `/`, keeps no query parameter but `q`, has no
//! control character,
//! and is at most 512 characters.

#![no_main]

use cookiewarden_stats::{Beacon, MAX_PATH_CHARS, Sender, page_view};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&[u8], &str)| {
    let (body, user_agent) = input;
    let Ok(beacon) = serde_json::from_slice::<Beacon>(body) else {
        return;
    };
    let site = "shop".parse().unwrap();
    let sender = Sender {
        user_agent,
        address: "192.0.2.1".parse().unwrap(),
        own_hosts: &["shop.example.com".to_owned()],
        kept_query: &["q".to_owned()],
        cookie_ids: true,
    };
    if let Ok(view) = page_view(&site, &beacon, sender, b"salt", 1_800_000_000_000) {
        assert!(view.path.starts_with('/'));
        assert!(view.path.chars().count() <= MAX_PATH_CHARS);
        assert!(!view.path.contains('#'));
        if let Some((_, query)) = view.path.split_once('?') {
            assert!(
                query
                    .split('&')
                    .all(|pair| pair.split('=').next() == Some("q"))
            );
        }
        assert!(!view.path.chars().any(char::is_control));
        assert!(
            view.referrer
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
        );
    }
});
