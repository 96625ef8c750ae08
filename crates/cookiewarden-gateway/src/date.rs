//! Cookie dates as browsers read them: the algorithm of RFC 6265bis §5.1.1, not the strict
//! RFC 1123 format. The gateway caps lifetimes, so it must read an `Expires` exactly as the
//! browser will: a date it cannot read but a browser can (`UTC` for `GMT`, a one-digit day, a
//! full weekday name, the month first) would otherwise pass uncapped. No maintained crate
//! implements this algorithm (the `cookie` crate reads three fixed formats), hence this one.

use cookie::time::{Date, Month, PrimitiveDateTime, Time};

/// The instant a cookie date names, in seconds since the Unix epoch, or `None` when a browser
/// would ignore the attribute (RFC 6265bis §5.1.1).
pub fn parse_cookie_date(text: &str) -> Option<i64> {
    let mut time: Option<(u8, u8, u8)> = None;
    let mut day: Option<u8> = None;
    let mut month: Option<Month> = None;
    let mut year: Option<u16> = None;
    // Step 2: each token is tried as a time, a day, a month and a year, in that order, and
    // fills the first of them not found yet.
    for token in text.split(is_delimiter).filter(|t| !t.is_empty()) {
        let token = token.as_bytes();
        if time.is_none()
            && let Some(found) = hms_time(token)
        {
            time = Some(found);
        } else if day.is_none()
            && let Some(found) = digits_then_rest(token, 1, 2)
        {
            day = u8::try_from(found).ok();
        } else if month.is_none()
            && let Some(found) = month_of(token)
        {
            month = Some(found);
        } else if year.is_none()
            && let Some(found) = digits_then_rest(token, 2, 4)
        {
            year = u16::try_from(found).ok();
        }
    }
    let (hour, minute, second) = time?;
    let (day, month, year) = (day?, month?, year?);
    // Steps 3 and 4: two-digit years.
    let year = match year {
        70..=99 => year + 1900,
        0..=69 => year + 2000,
        _ => year,
    };
    // Step 5: out-of-range fields make the whole date unreadable.
    if !(1..=31).contains(&day) || year < 1601 || hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    // Step 6: a day the month does not have (30 February) too.
    let date = Date::from_calendar_date(i32::from(year), month, day).ok()?;
    let time = Time::from_hms(hour, minute, second).ok()?;
    Some(
        PrimitiveDateTime::new(date, time)
            .assume_utc()
            .unix_timestamp(),
    )
}

/// `delimiter = %x09 / %x20-2F / %x3B-40 / %x5B-60 / %x7B-7E`.
fn is_delimiter(c: char) -> bool {
    matches!(c, '\t' | ' '..='/' | ';'..='@' | '['..='`' | '{'..='~')
}

/// Between `min` and `max` digits at the start, then the end or a non-digit followed by
/// anything (`day-of-month` and `year` of the grammar).
fn digits_then_rest(token: &[u8], min: usize, max: usize) -> Option<u32> {
    let count = token.iter().take_while(|b| b.is_ascii_digit()).count();
    if count < min || count > max {
        return None;
    }
    token[..count]
        .iter()
        .try_fold(0u32, |n, d| Some(n * 10 + u32::from(d - b'0')))
}

/// `hms-time = time-field ":" time-field ":" time-field`, each field one or two digits, then
/// the end or a non-digit followed by anything.
fn hms_time(token: &[u8]) -> Option<(u8, u8, u8)> {
    let mut fields = [0u8; 3];
    let mut rest = token;
    for (index, field) in fields.iter_mut().enumerate() {
        let count = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        if count == 0 || count > 2 {
            return None;
        }
        *field = rest[..count].iter().fold(0u8, |n, d| n * 10 + (d - b'0'));
        rest = &rest[count..];
        if index < 2 {
            rest = rest.strip_prefix(b":")?;
        }
    }
    Some((fields[0], fields[1], fields[2]))
}

/// A token whose first three characters name a month, in any case.
fn month_of(token: &[u8]) -> Option<Month> {
    const MONTHS: [(&[u8; 3], Month); 12] = [
        (b"jan", Month::January),
        (b"feb", Month::February),
        (b"mar", Month::March),
        (b"apr", Month::April),
        (b"may", Month::May),
        (b"jun", Month::June),
        (b"jul", Month::July),
        (b"aug", Month::August),
        (b"sep", Month::September),
        (b"oct", Month::October),
        (b"nov", Month::November),
        (b"dec", Month::December),
    ];
    let prefix = token.get(..3)?;
    MONTHS
        .iter()
        .find(|(name, _)| prefix.eq_ignore_ascii_case(&name[..]))
        .map(|(_, month)| *month)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::parse_cookie_date;

    /// 2038-01-01 00:00:00 UTC.
    const NEW_YEAR_2038: i64 = 2_145_916_800;

    #[test]
    fn the_spellings_browsers_accept_all_read_the_same_instant() {
        for spelling in [
            "Fri, 01 Jan 2038 00:00:00 GMT",
            "Fri, 01 Jan 2038 00:00:00 UTC",
            "Fri, 1 Jan 2038 00:00:00 GMT",
            "Friday, 01-Jan-38 00:00:00 GMT",
            "Jan 1 2038 00:00:00",
            "Fri Jan  1 00:00:00 2038",
            "01 JANUARY 2038 0:0:0",
            "2038 jan 01 00:00:00 garbage",
        ] {
            assert_eq!(
                parse_cookie_date(spelling),
                Some(NEW_YEAR_2038),
                "{spelling}"
            );
        }
    }

    #[test]
    fn what_browsers_ignore_reads_as_nothing() {
        for spelling in [
            "",
            "tomorrow",
            "Fri, 01 Jan 2038",
            "Fri, 30 Feb 2038 00:00:00 GMT",
            "Fri, 01 Jan 1600 00:00:00 GMT",
            "Fri, 01 Jan 2038 24:00:00 GMT",
            "Fri, 00 Jan 2038 00:00:00 GMT",
            "Mon, 01-Jan-2011 00: 00:00 GMT",
        ] {
            assert_eq!(parse_cookie_date(spelling), None, "{spelling}");
        }
    }

    proptest! {
        #[test]
        fn any_text_is_read_without_panic(text in "\\PC{0,60}") {
            let _ = parse_cookie_date(&text);
        }

        #[test]
        fn a_written_date_reads_back(seconds in 0i64..253_402_300_799) {
            let at = cookie::time::OffsetDateTime::from_unix_timestamp(seconds).unwrap();
            let written = format!(
                "{}, {:02} {} {} {:02}:{:02}:{:02} GMT",
                at.weekday(),
                at.day(),
                at.month(),
                at.year(),
                at.hour(),
                at.minute(),
                at.second()
            );
            prop_assert_eq!(parse_cookie_date(&written), Some(seconds), "{}", written);
        }
    }
}
