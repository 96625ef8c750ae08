//! GPP and TCF strings: what the platform writes reads back, and any text another tool left
//! on a page is read or refused without a panic.

use cookiewarden_core::{GppSections, GppSignal, decode_gpp, decode_tcf};
use proptest::prelude::*;

/// Every US state and territory code, so each state's section (or the national one alone)
/// is written.
const STATES: [&str; 22] = [
    "CA", "VA", "CO", "UT", "CT", "FL", "MT", "OR", "TX", "DE", "IA", "NE", "NH", "NJ", "TN", "MN",
    "MD", "IN", "KY", "RI", "WY", "PR",
];

proptest! {
    #[test]
    fn every_written_string_reads_back_as_its_sections_say(
        state in 0..STATES.len(),
        opted_out: bool,
        gpc: bool,
    ) {
        let region = format!("US-{}", STATES[state]).parse().unwrap();
        let sections = GppSections::for_region(&region).unwrap();
        let signal = GppSignal { opted_out, gpc };
        let read = decode_gpp(&sections.encode(signal)).unwrap();
        let parsed = sections.parsed(signal);
        prop_assert_eq!(read.section_ids.len(), parsed.len());
        prop_assert!(read.section_ids.contains(&sections.applicable()));
        for section in &read.sections {
            let expected = &parsed[section.name.unwrap()];
            for (field, value) in section.fields.as_object().unwrap() {
                prop_assert_eq!(&expected[field], value);
            }
        }
    }

    #[test]
    fn any_text_is_read_or_refused(text in ".{0,200}") {
        let _ = decode_gpp(&text);
        let _ = decode_tcf(&text);
    }

    #[test]
    fn a_string_with_one_character_changed_is_read_or_refused(
        state in 0..STATES.len(),
        at: usize,
        with in "[A-Za-z0-9_~.-]",
    ) {
        let region = format!("US-{}", STATES[state]).parse().unwrap();
        let text = GppSections::for_region(&region)
            .unwrap()
            .encode(GppSignal { opted_out: true, gpc: true });
        let at = at % text.len();
        let changed = format!("{}{}{}", &text[..at], with, &text[at + 1..]);
        if let Ok(read) = decode_gpp(&changed) {
            prop_assert_eq!(read.sections.len(), read.section_ids.len());
        }
    }
}
