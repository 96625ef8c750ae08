//! The core segment of an IAB TCF version 2 string (`euconsent-v2`, `__tcfapi`'s `tcString`),
//! read for the scanner's report: which CMP wrote it, when, and what it says was agreed.

use serde::Serialize;

use super::MAX_STRING;
use super::bits::{BitReader, Truncated};
use crate::Error;

/// What a TCF v2 string's core segment says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TcfString {
    /// The string's format version (2).
    pub version: u64,
    /// When the consent was first given, in seconds since 1970.
    pub created: u64,
    /// When it last changed, in seconds since 1970.
    pub last_updated: u64,
    /// The CMP that wrote it, by IAB's registration number.
    pub cmp_id: u64,
    /// That CMP's version.
    pub cmp_version: u64,
    /// The language the visitor was asked in, two letters.
    pub consent_language: String,
    /// The version of IAB's vendor list it refers to.
    pub vendor_list_version: u64,
    /// The version of the TCF policy.
    pub policy_version: u64,
    /// The special features agreed to (1 is precise geolocation, 2 device scanning).
    pub special_features: Vec<u64>,
    /// The purposes consented to (1 is storing or reading information on a device).
    pub purpose_consents: Vec<u64>,
    /// The purposes claimed under legitimate interest.
    pub purpose_legitimate_interests: Vec<u64>,
    /// The publisher's country, two letters.
    pub publisher_country: String,
    /// The vendors consented to, by IAB vendor id.
    pub vendor_consents: Vec<u64>,
}

/// Reads a TCF v2 string's core segment (the part before the first `.`).
pub fn decode_tcf(text: &str) -> Result<TcfString, Error> {
    let invalid = |why: &str| Error::InvalidTcf(format!("{}: {why}", super::excerpt(text)));
    if text.len() > MAX_STRING {
        return Err(invalid("longer than 64 KiB"));
    }
    let core = text.split('.').next().unwrap_or_default();
    let mut reader = BitReader::new(core).ok_or_else(|| invalid("not base64url"))?;
    let version = reader.int(6).map_err(|_| invalid("empty"))?;
    if version != 2 {
        return Err(invalid("not a TCF version 2 string"));
    }
    read_core(&mut reader, version).map_err(|_| invalid("cut short"))
}

fn read_core(r: &mut BitReader, version: u64) -> Result<TcfString, Truncated> {
    let created = r.int(36)? / 10;
    let last_updated = r.int(36)? / 10;
    let cmp_id = r.int(12)?;
    let cmp_version = r.int(12)?;
    let _consent_screen = r.int(6)?;
    let consent_language = letters(r)?;
    let vendor_list_version = r.int(12)?;
    let policy_version = r.int(6)?;
    let _service_specific = r.bool()?;
    let _non_standard_texts = r.bool()?;
    let special_features = bitfield(r, 12)?;
    let purpose_consents = bitfield(r, 24)?;
    let purpose_legitimate_interests = bitfield(r, 24)?;
    let _purpose_one_treatment = r.bool()?;
    let publisher_country = letters(r)?;
    let vendor_consents = vendors(r)?;
    Ok(TcfString {
        version,
        created,
        last_updated,
        cmp_id,
        cmp_version,
        consent_language,
        vendor_list_version,
        policy_version,
        special_features,
        purpose_consents,
        purpose_legitimate_interests,
        publisher_country,
        vendor_consents,
    })
}

/// Two letters, six bits each from `A`.
fn letters(r: &mut BitReader) -> Result<String, Truncated> {
    (0..2)
        .map(|_| {
            let n = r.int(6)?;
            u8::try_from(n)
                .ok()
                .filter(|n| *n < 26)
                .map(|n| char::from(b'A' + n))
                .ok_or(Truncated)
        })
        .collect()
}

/// The numbers (from 1) whose bit is set among `width`.
fn bitfield(r: &mut BitReader, width: u64) -> Result<Vec<u64>, Truncated> {
    let mut set = Vec::new();
    for n in 1..=width {
        if r.bool()? {
            set.push(n);
        }
    }
    Ok(set)
}

/// A vendor section: the highest id, then a bit per vendor or a list of ranges.
fn vendors(r: &mut BitReader) -> Result<Vec<u64>, Truncated> {
    let max = r.int(16)?;
    if !r.bool()? {
        return bitfield(r, max);
    }
    let entries = r.int(12)?;
    let mut ids = Vec::new();
    for _ in 0..entries {
        let is_range = r.bool()?;
        let start = r.int(16)?;
        let end = if is_range { r.int(16)? } else { start };
        // Ids stay within the declared highest and the list within 65,535 entries (plus one
        // range), so forged overlapping ranges cannot grow it without end.
        if start == 0 || end < start || end > max {
            return Err(Truncated);
        }
        ids.extend(start..=end);
        if ids.len() > 65_535 {
            return Err(Truncated);
        }
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_iab_s_library_wrote_reads_back() {
        // Written by `@iabgpp/cmpapi` 3.2 (section tcfeuv2) with these values.
        let tcf = decode_tcf(
            "CQeGGOAQeGGOAEsAHAFRCWFgAKBAAAAAAAYgF5wAoAAgAGAvMAAAAAAA.IAAA.YAAAAAAAAAAA",
        )
        .unwrap();
        assert_eq!(tcf.cmp_id, 300);
        assert_eq!(tcf.cmp_version, 7);
        assert_eq!(tcf.consent_language, "FR");
        assert_eq!(tcf.publisher_country, "DE");
        assert_eq!(tcf.vendor_list_version, 150);
        assert_eq!(tcf.created, 1_768_478_400);
        assert_eq!(tcf.purpose_consents, [1, 3, 10]);
        assert_eq!(tcf.vendor_consents, [1, 2, 3, 755]);
        let gpp = crate::decode_gpp(
            "DBABMA~CQeGGOAQeGGOAEsAHAFRCWFgAKBAAAAAAAYgF5wAoAAgAGAvMAAAAAAA.IAAA.YAAAAAAAAAAA",
        )
        .unwrap();
        assert_eq!(gpp.sections[0].name, Some("tcfeuv2"));
        assert_eq!(gpp.sections[0].fields["cmp_id"], 300);
    }

    #[test]
    fn other_versions_and_short_strings_are_errors() {
        for bad in [
            "",
            "B",
            "CQeGGOAQeGGOAEsA",
            "BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA",
            "é",
        ] {
            assert!(decode_tcf(bad).is_err(), "{bad}");
        }
    }
}
