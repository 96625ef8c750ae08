//! The gateway reads every `Expires` of an application through the RFC 6265bis date
//! algorithm: any text reads without panicking, what it reads is a real instant from 1601 on,
//! and an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`, the one spelling every reader must
//! agree on) reads as the strict reader reads it. Other spellings may differ from the strict
//! reader, and then the browsers' algorithm is the one that counts (`09 Dec -009` is 2009).
#![no_main]

use cookiewarden_gateway::{parse_cookie_date, parse_set_cookie};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Some(at) = parse_cookie_date(text) {
        assert!(at >= -11_644_473_600, "before 1601: {at}");
        if is_fixdate_shaped(text)
            && let Some(cookie) = parse_set_cookie(&format!("a=b; Expires={text}"))
            && let Some(expires) = cookie.expires_datetime()
        {
            assert_eq!(expires.unix_timestamp(), at, "{text}");
        }
    }
});

/// `Www, DD Mmm YYYY HH:MM:SS GMT`, by its shape, with a year from 1601 on (both readers take
/// years below 100 differently: the browsers add 1900 or 2000 whatever the digits).
fn is_fixdate_shaped(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| b[range].iter().all(u8::is_ascii_digit);
    b.len() == 29
        && &b[3..5] == b", "
        && digits(5..7)
        && b[7] == b' '
        && b[11] == b' '
        && digits(12..16)
        && text[12..16] >= *"1601"
        && b[16] == b' '
        && digits(17..19)
        && b[19] == b':'
        && digits(20..22)
        && b[22] == b':'
        && digits(23..25)
        && text.ends_with(" GMT")
}
