//! The gateway reads every `Expires` of an application through the RFC 6265bis date
//! algorithm: any text reads without panicking, and what it reads is a real instant from 1601
//! on that written back as an IMF-fixdate reads the same.
#![no_main]

use cookiewarden_gateway::{parse_cookie_date, parse_set_cookie};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Some(at) = parse_cookie_date(text) {
        assert!(at >= -11_644_473_600, "before 1601: {at}");
        if let Some(cookie) = parse_set_cookie(&format!("a=b; Expires={text}"))
            && let Some(expires) = cookie.expires_datetime()
        {
            // Where the strict reader also reads it, both agree.
            assert_eq!(expires.unix_timestamp(), at, "{text}");
        }
    }
});
