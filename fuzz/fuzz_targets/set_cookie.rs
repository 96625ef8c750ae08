//! Every `Set-Cookie` line of an application and every `Cookie` header of a visitor passes
//! through the gateway: any input is judged without panicking, a line passed on is one a
//! browser would read as a cookie, and a rewritten line stays within the lifetime cap.
#![no_main]

use cookiewarden_core::{Choices, SiteDefinition};
use cookiewarden_gateway::{Rules, SetCookieOutcome, Standing, Undeclared, parse_set_cookie};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, bool, bool)| {
    let (text, allow_undeclared, decided) = input;
    let site = SiteDefinition::platform();
    let rules = Rules {
        site: &site,
        standing: Standing {
            choices: decided.then_some(Choices::ALL),
            ..Standing::undecided()
        },
        undeclared: if allow_undeclared {
            Undeclared::Allow
        } else {
            Undeclared::Block
        },
        max_lifetime_seconds: 86_400,
    };
    match rules.judge_set_cookie(text, "example.org", 1_800_000_000).0 {
        SetCookieOutcome::Pass => assert!(parse_set_cookie(text).is_some()),
        SetCookieOutcome::Capped(line) => {
            let cookie = parse_set_cookie(&line).expect("a capped line parses");
            assert!(
                cookie
                    .max_age()
                    .is_some_and(|age| age.whole_seconds() <= 86_400)
            );
        }
        _ => {}
    }
    let filtered = rules.filter_request(&[text], "example.org");
    if let Some(header) = &filtered.header {
        // Filtering what was kept keeps all of it.
        let again = rules.filter_request(&[header.as_str()], "example.org");
        assert_eq!(again.header.as_deref(), Some(header.as_str()));
    }
});
