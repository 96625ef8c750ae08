//! Other consent tools' GPP and TCF strings, as the scanner reads them from a page: any text
//! is read or refused, never a panic, a hang or a list beyond its bounds; every GPP string the
//! platform writes reads back as written.

#![no_main]

use cookiewarden_core::{GppSections, GppSignal, decode_gpp, decode_tcf};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, u8)| {
    let (text, pick) = input;
    if let Ok(gpp) = decode_gpp(text) {
        assert_eq!(gpp.sections.len(), gpp.section_ids.len());
        assert!(gpp.section_ids.len() <= 64);
    }
    if let Ok(tcf) = decode_tcf(text) {
        assert!(tcf.vendor_consents.len() <= 65_535);
        assert!(tcf.purpose_consents.iter().all(|p| (1..=24).contains(p)));
    }
    let states = ["US", "US-CA", "US-VA", "US-CO", "US-MD", "US-RI", "US-TX", "US-NJ"];
    let region = states[usize::from(pick) % states.len()].parse().unwrap();
    let sections = GppSections::for_region(&region).unwrap();
    let signal = GppSignal {
        opted_out: pick & 0x40 != 0,
        gpc: pick & 0x80 != 0,
    };
    let read = decode_gpp(&sections.encode(signal)).unwrap();
    let opted_out = if signal.opted_out { 1 } else { 2 };
    assert!(read.sections.iter().all(|s| s.fields["SaleOptOut"] == opted_out));
});
