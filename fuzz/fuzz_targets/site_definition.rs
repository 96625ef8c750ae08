//! Site definitions are operator input: any text either fails with a located error or yields a
//! definition whose export reads back to the same definition.
#![no_main]

use cookiewarden_core::SiteDefinition;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match SiteDefinition::parse(text) {
        Ok(definition) => {
            let exported = definition.to_toml();
            let reparsed = SiteDefinition::parse(&exported).expect("an export always parses");
            assert_eq!(reparsed, definition);
            assert_eq!(reparsed.policy_version(), definition.policy_version());
        }
        Err(error) => assert!(error.line >= 1 && error.column >= 1),
    }
});
