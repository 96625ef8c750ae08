//! What the gateway decides about cookies, without any I/O: which cookies of a request reach
//! the application, which `Set-Cookie` lines of a response reach the browser (and with what
//! lifetime), which cookies to expire, and the `Cookiewarden-Consent` header.

use std::fmt::Write as _;

use cookiewarden_core::{
    Category, Choices, Classification, ConsentCookie, Declaration, KeyRing, PolicyVersion, RuleSet,
    ServiceCatalogue, SiteDefinition,
};

use crate::date::parse_cookie_date;

/// What to do with cookies the site did not declare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Undeclared {
    /// Keep them away from the browser and from the application (the default: a cookie nobody
    /// declared has no consent either).
    #[default]
    Block,
    /// Let them through, still recording each sighting.
    Allow,
}

pub use cookiewarden_core::BROWSER_MAX_LIFETIME_SECONDS;

/// The visitor's standing for one request: their valid choice, if any, and the rules of where
/// they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// `None` before any (valid) choice.
    pub choices: Option<Choices>,
    /// The rule set of the visitor's region: what holds before a choice.
    pub rules: RuleSet,
    /// Whether the browser sent Global Privacy Control (`Sec-GPC: 1`), an opt-out where the
    /// rule set makes it one.
    pub gpc: bool,
}

impl Standing {
    /// Reads `cookies_preferences` from the request's cookies: a missing, malformed, forged,
    /// expired or other-site cookie is no choice, and so is one given for another version of
    /// the site's policy (`policy`, the current one): a cookie declared since was never agreed to.
    pub fn from_request_cookies(
        cookie_headers: &[&str],
        keys: &KeyRing,
        site: &SiteDefinition,
        policy: &PolicyVersion,
        now: i64,
        (rules, gpc): (RuleSet, bool),
    ) -> Standing {
        let choices = cookie_headers
            .iter()
            .flat_map(|header| pairs(header))
            .filter(|(name, _)| *name == ConsentCookie::NAME)
            .find_map(|(_, value)| {
                ConsentCookie::decode_current(value, keys, &site.site, policy, now).ok()
            })
            .map(|cookie| cookie.choices);
        Standing {
            choices,
            rules,
            gpc,
        }
    }

    /// An opt-in visitor who has not chosen: the strictest standing.
    pub fn undecided() -> Standing {
        Standing {
            choices: None,
            rules: RuleSet::OptIn,
            gpc: false,
        }
    }

    /// What holds: the visitor's choice, or what their rule set allows before one, with
    /// Global Privacy Control applied where it is an opt-out.
    pub fn effective(&self) -> Choices {
        self.rules.choices(self.choices, self.gpc)
    }

    /// Whether cookies of this declaration may be set and sent. Exempt audience measurement
    /// runs until the visitor opts out; everything else beyond `necessary` needs a grant, or
    /// a rule set that starts it on.
    pub fn allows(&self, declaration: &Declaration) -> bool {
        let opted_out = self.choices.is_some_and(|c| c.exempt_opt_out);
        match declaration.category {
            Category::Necessary => true,
            Category::Statistics if declaration.exempt && !opted_out => true,
            category => self.effective().granted(category),
        }
    }

    /// The `Cookiewarden-Consent` header: an RFC 8941 dictionary with every category, a bare
    /// key meaning true (`necessary, preferences=?0, statistics=?1, marketing=?0`).
    pub fn header_value(&self) -> &'static str {
        // Eight possible values, written out once: this runs on every request.
        const VALUES: [&str; 8] = [
            "necessary, preferences=?0, statistics=?0, marketing=?0",
            "necessary, preferences=?1, statistics=?0, marketing=?0",
            "necessary, preferences=?0, statistics=?1, marketing=?0",
            "necessary, preferences=?1, statistics=?1, marketing=?0",
            "necessary, preferences=?0, statistics=?0, marketing=?1",
            "necessary, preferences=?1, statistics=?0, marketing=?1",
            "necessary, preferences=?0, statistics=?1, marketing=?1",
            "necessary, preferences=?1, statistics=?1, marketing=?1",
        ];
        let granted = self.effective();
        let index = usize::from(granted.granted(Category::Preferences))
            | usize::from(granted.granted(Category::Statistics)) << 1
            | usize::from(granted.granted(Category::Marketing)) << 2;
        VALUES[index]
    }
}

/// The `name=value` pairs of a `Cookie` header, in order. A pair without `=` is a value with
/// an empty name (RFC 6265bis §5.7.4), which no declaration names.
pub fn pairs(header: &str) -> impl Iterator<Item = (&str, &str)> {
    raw_pairs(header).map(split_pair)
}

/// The pairs as written, trimmed, empty ones skipped.
fn raw_pairs(header: &str) -> impl Iterator<Item = &str> {
    header
        .split(';')
        .map(trim_wsp)
        .filter(|pair| !pair.is_empty())
}

fn split_pair(pair: &str) -> (&str, &str) {
    let (name, value) = pair.split_once('=').unwrap_or(("", pair));
    (trim_wsp(name), trim_wsp(value))
}

/// Trims what browsers trim around names and values: spaces and tabs only (RFC 6265bis
/// §5.6, §5.7.4). `str::trim` would also take U+00A0 or U+3000, and judge `sessionid\u{a0}`
/// as the declared `sessionid` while the browser keeps it as another cookie.
fn trim_wsp(text: &str) -> &str {
    text.trim_matches([' ', '\t'])
}

/// Whether another parser could read more than one cookie out of this pair: a name holding a
/// space, tab or comma, or a value where one of them is followed by `=` (`cart=1 _fbp=x` is
/// one pair to a browser, two to Python's `http.cookies` and some frameworks). Such a pair is
/// never passed to the application, so what it reads is only what the gateway judged.
fn reads_as_several(name: &str, value: &str) -> bool {
    const SEPARATORS: [char; 3] = [' ', '\t', ','];
    name.contains(SEPARATORS)
        || value
            .find(SEPARATORS)
            .is_some_and(|at| value[at..].contains('='))
}

/// The rules of one site for one visitor.
pub struct Rules<'a> {
    /// The site and its declarations.
    pub site: &'a SiteDefinition,
    /// The services as the site sees them: a declared cookie of a listed service follows the
    /// visitor's choice for that service.
    pub services: &'a ServiceCatalogue,
    /// The visitor's choice.
    pub standing: Standing,
    /// What to do with undeclared cookies.
    pub undeclared: Undeclared,
    /// The longest lifetime a cookie may have, in seconds (the site's maximum, never more than
    /// [`BROWSER_MAX_LIFETIME_SECONDS`]).
    pub max_lifetime_seconds: u64,
}

/// A request's cookies after filtering.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FilteredRequest<'h> {
    /// The `Cookie` header for the application, `None` when nothing is left.
    pub header: Option<String>,
    /// Declared cookies the visitor does not allow: to expire in the browser.
    pub to_expire: Vec<&'h str>,
}

/// What becomes of one `Set-Cookie` line of the application.
#[derive(Debug, PartialEq, Eq)]
pub enum SetCookieOutcome {
    /// Passed on as it was.
    Pass,
    /// Passed on with its lifetime capped: the new line.
    Capped(String),
    /// Dropped: the visitor did not allow its category.
    NotAllowed,
    /// Dropped: nobody declared it (and undeclared cookies are blocked).
    Undeclared,
    /// Dropped: not a cookie a browser would accept, so never half-parsed onwards.
    Malformed,
}

/// A cookie the application set without a declaration: what the gateway records.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Sighting {
    /// The cookie's name.
    pub name: String,
    /// Its `Domain`, or the request's host for a host-only cookie.
    pub domain: String,
    /// Its `Path`, `/` when absent (the application's pages mostly live there).
    pub path: String,
}

impl Rules<'_> {
    /// Whether the declared cookie `name` may be set and sent: by the visitor's choice for
    /// the listed service that sets it, when one does and the cookie needs consent at all,
    /// else by its kind.
    fn allows(&self, declaration: &Declaration, name: &str) -> bool {
        let needs_consent = declaration.category != Category::Necessary && !declaration.exempt;
        match self.services.declared_of_cookie(name) {
            Some(n) if needs_consent => self
                .standing
                .effective()
                .grants_service(declaration.category, Some(n)),
            _ => self.standing.allows(declaration),
        }
    }

    fn classify(&self, name: &str, host: &str) -> Classification<'_> {
        self.site.registry().classify(name, host)
    }

    /// Removes from the request's `Cookie` headers what the visitor does not allow (and the
    /// undeclared cookies, when blocked); the consent cookie itself stays.
    pub fn filter_request<'h>(
        &self,
        cookie_headers: &[&'h str],
        host: &str,
    ) -> FilteredRequest<'h> {
        let mut kept = String::new();
        let mut to_expire = Vec::new();
        for header in cookie_headers {
            for pair in raw_pairs(header) {
                let (name, value) = split_pair(pair);
                let keep = !reads_as_several(name, value)
                    && (name == ConsentCookie::NAME
                        || match self.classify(name, host) {
                            Classification::Declared(declaration) => {
                                let allowed = self.allows(declaration, name);
                                if !allowed {
                                    to_expire.push(name);
                                }
                                allowed
                            }
                            Classification::Undeclared => self.undeclared == Undeclared::Allow,
                        });
                if keep {
                    // Kept as written: rebuilding it could change what the application reads.
                    if !kept.is_empty() {
                        kept.push_str("; ");
                    }
                    kept.push_str(pair);
                }
            }
        }
        to_expire.sort_unstable();
        to_expire.dedup();
        FilteredRequest {
            header: (!kept.is_empty()).then_some(kept),
            to_expire,
        }
    }

    /// Judges one `Set-Cookie` line sent by the application for a page on `host`, at `now`
    /// (seconds since the Unix epoch). Returns the outcome, and the sighting to record when
    /// the cookie is undeclared.
    pub fn judge_set_cookie(
        &self,
        line: &str,
        host: &str,
        now: i64,
    ) -> (SetCookieOutcome, Option<Sighting>) {
        let Some(cookie) = parse_set_cookie(line) else {
            return (SetCookieOutcome::Malformed, None);
        };
        let domain = cookie
            .domain()
            .map_or_else(|| host.to_owned(), |d| d.trim_start_matches('.').to_owned());
        match self.classify(cookie.name(), &domain) {
            Classification::Declared(declaration) if !self.allows(declaration, cookie.name()) => {
                (SetCookieOutcome::NotAllowed, None)
            }
            Classification::Declared(_) => (self.cap(line, now), None),
            Classification::Undeclared => {
                let sighting = Sighting {
                    name: cookie.name().to_owned(),
                    domain,
                    path: cookie.path().unwrap_or("/").to_owned(),
                };
                let outcome = match self.undeclared {
                    Undeclared::Block => SetCookieOutcome::Undeclared,
                    Undeclared::Allow => self.cap(line, now),
                };
                (outcome, Some(sighting))
            }
        }
    }

    /// Caps the cookie's lifetime, rewriting the line only when it is too long. The lifetime
    /// is read as the browser will read it: the last `Max-Age` it accepts, else the last
    /// `Expires` it can parse (RFC 6265bis §5.6.1, §5.6.2, §5.7 step 3); a deletion
    /// (a lifetime of zero or less) always passes.
    fn cap(&self, line: &str, now: i64) -> SetCookieOutcome {
        let max = self.max_lifetime_seconds.min(BROWSER_MAX_LIFETIME_SECONDS);
        let max = i64::try_from(max).unwrap_or(i64::MAX);
        let lifetime = match (max_age_of(line), expires_of(line)) {
            (Some(max_age), _) => Some(max_age),
            (None, Some(expires)) => Some(expires.saturating_sub(now)),
            (None, None) => None,
        };
        match lifetime {
            Some(seconds) if seconds > max => {
                SetCookieOutcome::Capped(with_lifetime(line, max, now))
            }
            _ => SetCookieOutcome::Pass,
        }
    }

    /// The `Set-Cookie` lines that expire a cookie the visitor no longer allows. A request
    /// carries only names, so the cookie is expired where it was declared (its domain and
    /// path) and as a host-only cookie on `/`.
    pub fn expiry_lines(&self, name: &str, host: &str, secure: bool) -> Vec<String> {
        let secure = if secure { "; Secure" } else { "" };
        let expired = "Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT";
        let mut lines = vec![format!("{name}=; {expired}; Path=/{secure}")];
        if let Classification::Declared(declaration) = self.classify(name, host) {
            let path = if declaration.path.is_empty() {
                "/"
            } else {
                &declaration.path
            };
            match &declaration.domain {
                Some(domain) => lines.push(format!(
                    "{name}=; {expired}; Domain={}; Path={path}{secure}",
                    domain.trim_start_matches('.')
                )),
                None if path != "/" => {
                    lines.push(format!("{name}=; {expired}; Path={path}{secure}"));
                }
                None => {}
            }
        }
        lines
    }
}

/// The attributes of a `Set-Cookie` line after its name and value, as `(name, value)` with
/// spaces and tabs trimmed as browsers trim them.
fn attributes(line: &str) -> impl Iterator<Item = (&str, &str)> {
    line.split(';').skip(1).map(|attribute| {
        let (name, value) = attribute.split_once('=').unwrap_or((attribute, ""));
        (trim_wsp(name), trim_wsp(value))
    })
}

/// The `Max-Age` a browser would read: the last attribute whose value is digits after an
/// optional sign (RFC 6265bis §5.6.2 allows only `-`; Chromium also reads `+`, so the gateway
/// does, and caps what any browser would keep). Values too large for the type saturate with
/// their sign, so a huge negative age stays a deletion. Other values are ignored, as
/// browsers ignore them.
fn max_age_of(line: &str) -> Option<i64> {
    attributes(line)
        .filter(|(name, _)| name.eq_ignore_ascii_case("max-age"))
        .filter_map(|(_, value)| {
            let (negative, digits) = match value.as_bytes().first() {
                Some(b'-') => (true, &value[1..]),
                Some(b'+') => (false, &value[1..]),
                _ => (false, value),
            };
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            Some(match digits.parse::<i64>() {
                Ok(n) if negative => -n,
                Ok(n) => n,
                Err(_) if negative => i64::MIN,
                Err(_) => i64::MAX,
            })
        })
        .last()
}

/// The `Expires` a browser would read: the last one whose date it can parse.
fn expires_of(line: &str) -> Option<i64> {
    attributes(line)
        .filter(|(name, _)| name.eq_ignore_ascii_case("expires"))
        .filter_map(|(_, value)| parse_cookie_date(value))
        .last()
}

/// The line with every lifetime attribute replaced by a lifetime of `seconds` from `now`:
/// `Max-Age`, and `Expires` for the browsers that read only that one when the line had one.
/// Everything else is kept as written, so the cookie is the same but for how long it lives.
fn with_lifetime(line: &str, seconds: i64, now: i64) -> String {
    let mut parts = line.split(';');
    let mut out = parts.next().unwrap_or_default().to_owned();
    let mut had_expires = false;
    for attribute in parts {
        let name = trim_wsp(attribute.split_once('=').map_or(attribute, |(n, _)| n));
        if name.eq_ignore_ascii_case("max-age") {
            continue;
        }
        if name.eq_ignore_ascii_case("expires") {
            had_expires = true;
            continue;
        }
        out.push(';');
        out.push_str(attribute);
    }
    let _ = write!(out, "; Max-Age={seconds}");
    if had_expires
        && let Ok(at) =
            cookie::time::OffsetDateTime::from_unix_timestamp(now.saturating_add(seconds))
    {
        let _ = write!(out, "; Expires={}", http_date(at));
    }
    out
}

/// An IMF-fixdate (`Fri, 01 Jan 2038 00:00:00 GMT`), the form every browser reads.
fn http_date(at: cookie::time::OffsetDateTime) -> String {
    let weekday = at.weekday().to_string();
    let month = at.month().to_string();
    format!(
        "{}, {:02} {} {:04} {:02}:{:02}:{:02} GMT",
        &weekday[..3],
        at.day(),
        &month[..3],
        at.year(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// Parses one `Set-Cookie` line as a browser would, or refuses it (RFC 6265bis §5.6): a line
/// with a control character other than tab is ignored whole, a name must be non-empty and free
/// of `;` and `=`, and the `cookie` crate reads the attributes. Names and values may hold any
/// other byte, UTF-8 included, as browsers accept, but not a Unicode space other than the
/// ASCII space: the `cookie` crate trims those (U+00A0, U+3000, U+0085…) where browsers keep
/// them, so the two would read different names, and the gateway judges only what the browser
/// will store.
pub fn parse_set_cookie(line: &str) -> Option<cookie::Cookie<'_>> {
    let refused =
        |c: char| (c.is_ascii_control() && c != '\t') || (c.is_whitespace() && !c.is_ascii());
    // Most lines are ASCII: their bytes are checked without decoding characters.
    let has_refused = if line.is_ascii() {
        line.bytes().any(|b| b.is_ascii_control() && b != b'\t')
    } else {
        line.chars().any(refused)
    };
    if has_refused {
        return None;
    }
    let cookie = cookie::Cookie::parse(line).ok()?;
    (!cookie.name().is_empty() && !cookie.name().contains(['=', ';'])).then_some(cookie)
}

#[cfg(test)]
mod tests {
    use cookiewarden_core::{Choices, SiteDefinition};
    use proptest::prelude::*;

    use super::*;

    fn rules(site: &SiteDefinition, choices: Option<Choices>) -> Rules<'_> {
        Rules {
            site,
            services: ServiceCatalogue::builtin(),
            standing: Standing {
                choices,
                ..Standing::undecided()
            },
            undeclared: Undeclared::Block,
            max_lifetime_seconds: 86_400,
        }
    }

    #[test]
    fn an_opt_out_visitor_gets_marketing_cookies_until_gpc_or_a_refusal() {
        let shop = SiteDefinition::parse(include_str!("../../../examples/shop.toml")).unwrap();
        let marketing = shop
            .declarations
            .iter()
            .find(|d| d.category == Category::Marketing)
            .unwrap();
        let opt_out = Standing {
            rules: RuleSet::OptOut,
            ..Standing::undecided()
        };
        assert!(opt_out.allows(marketing));
        assert!(
            !Standing {
                gpc: true,
                ..opt_out
            }
            .allows(marketing)
        );
        assert!(
            !Standing {
                choices: Some(Choices::NONE),
                ..opt_out
            }
            .allows(marketing)
        );
        assert!(!Standing::undecided().allows(marketing));
        assert!(
            !Standing {
                choices: Some(Choices::ALL),
                gpc: true,
                ..opt_out
            }
            .allows(marketing),
            "GPC is an opt-out there even over an earlier grant"
        );
    }

    #[test]
    fn the_consent_header_says_each_category_s_own_grant() {
        for bits in 0..8u8 {
            let choices = Choices {
                preferences: bits & 1 != 0,
                statistics: bits & 2 != 0,
                marketing: bits & 4 != 0,
                ..Choices::NONE
            };
            let standing = Standing {
                choices: Some(choices),
                ..Standing::undecided()
            };
            let flag = |granted: bool| if granted { "?1" } else { "?0" };
            assert_eq!(
                standing.header_value(),
                format!(
                    "necessary, preferences={}, statistics={}, marketing={}",
                    flag(choices.preferences),
                    flag(choices.statistics),
                    flag(choices.marketing)
                )
            );
        }
    }

    #[test]
    fn the_consent_header_names_every_category() {
        assert_eq!(
            Standing::undecided().header_value(),
            "necessary, preferences=?0, statistics=?0, marketing=?0"
        );
        let opt_out = Standing {
            rules: RuleSet::OptOut,
            ..Standing::undecided()
        };
        assert_eq!(
            opt_out.header_value(),
            "necessary, preferences=?1, statistics=?1, marketing=?1"
        );
        assert_eq!(
            Standing {
                gpc: true,
                ..opt_out
            }
            .header_value(),
            "necessary, preferences=?1, statistics=?1, marketing=?0"
        );
        let some = Choices {
            statistics: true,
            ..Choices::NONE
        };
        assert_eq!(
            Standing {
                choices: Some(some),
                ..Standing::undecided()
            }
            .header_value(),
            "necessary, preferences=?0, statistics=?1, marketing=?0"
        );
    }

    #[test]
    fn expires_beyond_the_cap_is_rewritten_and_max_age_wins_over_expires() {
        let site = SiteDefinition::platform();
        let rules = rules(&site, None);
        let now = 1_800_000_000;
        let (outcome, _) = rules.judge_set_cookie(
            "sessionid=x; Expires=Wed, 01 Jan 2048 00:00:00 GMT; Path=/",
            "example.org",
            now,
        );
        let SetCookieOutcome::Capped(line) = outcome else {
            panic!("{outcome:?}");
        };
        let cookie = parse_set_cookie(&line).unwrap();
        assert_eq!(cookie.max_age().unwrap().whole_seconds(), 86_400);
        assert_eq!(
            cookie.expires_datetime().unwrap().unix_timestamp(),
            now + 86_400
        );
        let (outcome, _) = rules.judge_set_cookie(
            "sessionid=x; Max-Age=60; Expires=Wed, 01 Jan 2048 00:00:00 GMT",
            "example.org",
            now,
        );
        assert_eq!(outcome, SetCookieOutcome::Pass);
    }

    #[test]
    fn an_empty_or_odd_max_age_is_ignored_as_browsers_do() {
        let site = SiteDefinition::platform();
        let rules = rules(&site, None);
        for line in [
            "sessionid=x; Max-Age=",
            "sessionid=x; Max-Age=soon",
            "sessionid=x",
        ] {
            let (outcome, _) = rules.judge_set_cookie(line, "example.org", 1_800_000_000);
            assert_eq!(
                outcome,
                SetCookieOutcome::Pass,
                "{line} stays a session cookie"
            );
        }
        assert_eq!(
            max_age_of("a=b; Max-Age=5; Max-Age=-1"),
            Some(-1),
            "the last one counts"
        );
    }

    #[test]
    fn lines_a_browser_would_ignore_are_dropped_whole() {
        for line in ["noequals", "=value", "a=b\x00c", "a=b\rc", "", "   "] {
            assert!(parse_set_cookie(line).is_none(), "{line:?}");
        }
        assert_eq!(
            parse_set_cookie("caf\u{e9}=cr\u{e8}me").unwrap().value(),
            "cr\u{e8}me"
        );
    }

    #[test]
    fn a_listed_services_cookie_follows_the_choice_for_that_service() {
        let shop = SiteDefinition::parse(include_str!("../../../examples/shop.toml")).unwrap();
        let services = shop.service_catalogue();
        let judge = |choices: Choices| {
            let rules = Rules {
                services: &services,
                ..rules(&shop, Some(choices))
            };
            rules
                .filter_request(&["_fbp=1; cart=2; _pk_id.1=3"], "shop.example.com")
                .header
        };
        // Everything allowed but the pixel refused by name: its cookie alone stays out.
        let (pixel_refused, _) = services
            .choose_services(
                Choices::ALL,
                &[("facebookpixel".into(), false)].into(),
                false,
            )
            .unwrap();
        assert_eq!(judge(pixel_refused).as_deref(), Some("cart=2; _pk_id.1=3"));
        // Marketing refused but the pixel allowed by name: its cookie alone comes in.
        let (pixel_only, _) = services
            .choose_services(
                Choices::NONE,
                &[("facebookpixel".into(), true)].into(),
                false,
            )
            .unwrap();
        assert_eq!(judge(pixel_only).as_deref(), Some("_fbp=1; cart=2"));
        assert_eq!(judge(Choices::NONE).as_deref(), Some("cart=2"));
    }

    #[test]
    fn kept_pairs_are_passed_as_written_so_filtering_twice_changes_nothing() {
        // Found by fuzzing: `==` rebuilt from its parts became `=`, read back as another pair.
        let site = SiteDefinition::platform();
        let rules = Rules {
            undeclared: Undeclared::Allow,
            ..rules(&site, None)
        };
        for header in ["==", "a==b; =x", "  sessionid=1 ;  x  "] {
            let once = rules
                .filter_request(&[header], "example.org")
                .header
                .unwrap();
            let twice = rules.filter_request(&[once.as_str()], "example.org").header;
            assert_eq!(twice.as_deref(), Some(once.as_str()), "{header:?}");
        }
    }

    #[test]
    fn a_capped_line_keeps_everything_but_its_lifetime() {
        let line = "sessionid=x; Domain=example.org; Max-Age=+999999999; Path=/a; \
                    Expires=Fri, 1 Jan 2100 00:00:00 UTC; HttpOnly";
        assert_eq!(
            with_lifetime(line, 60, 0),
            "sessionid=x; Domain=example.org; Path=/a; HttpOnly; Max-Age=60; \
             Expires=Thu, 01 Jan 1970 00:01:00 GMT"
        );
        assert_eq!(
            max_age_of("a=b; Max-Age=-99999999999999999999"),
            Some(i64::MIN)
        );
        assert_eq!(max_age_of("a=b; Max-Age=+5"), Some(5));
        assert_eq!(max_age_of("a=b; Max-Age=5s"), None);
    }

    #[test]
    fn pairs_other_parsers_read_as_several_are_told_apart() {
        for (name, value) in [
            ("a", "1 b=2"),
            ("a", "1,b=2"),
            ("a", "1\tb=2"),
            ("a b", "1"),
        ] {
            assert!(reads_as_several(name, value), "{name}={value}");
        }
        for (name, value) in [("a", "1 2"), ("a", "x=y"), ("a", "1,2"), ("a", "")] {
            assert!(!reads_as_several(name, value), "{name}={value}");
        }
    }

    proptest! {
        #[test]
        fn any_line_is_judged_and_what_passes_parses(line in "\\PC{0,80}", decided in any::<bool>()) {
            let site = SiteDefinition::platform();
            let rules = rules(&site, decided.then_some(Choices::ALL));
            match rules.judge_set_cookie(&line, "example.org", 1_800_000_000).0 {
                SetCookieOutcome::Pass => prop_assert!(parse_set_cookie(&line).is_some()),
                SetCookieOutcome::Capped(capped) => {
                    let cookie = parse_set_cookie(&capped).unwrap();
                    prop_assert!(cookie.max_age().unwrap().whole_seconds() <= 86_400);
                }
                _ => {}
            }
        }

        #[test]
        fn no_reading_of_a_passed_line_outlives_the_cap(
            max_age in prop_oneof![
                Just(String::new()),
                "[+-]?[0-9]{1,25}".prop_map(|v| format!("; Max-Age={v}")),
                "[ \t]{0,2}[+-]?[0-9 ]{1,12}".prop_map(|v| format!("; max-age={v}")),
            ],
            year in 1990u32..9999,
            day in 1u32..32,
            zone in prop_oneof![Just("GMT"), Just("UTC"), Just(""), Just("+0100")],
            with_expires in any::<bool>(),
        ) {
            let site = SiteDefinition::platform();
            let rules = rules(&site, None);
            let now = 1_800_000_000;
            let expires = if with_expires {
                format!("; Expires={day} Jan {year} 10:00:00 {zone}")
            } else {
                String::new()
            };
            let line = format!("sessionid=x{expires}{max_age}; Path=/");
            let out = match rules.judge_set_cookie(&line, "example.org", now).0 {
                SetCookieOutcome::Pass => line.clone(),
                SetCookieOutcome::Capped(capped) => capped,
                other => return Err(TestCaseError::fail(format!("{other:?} for {line}"))),
            };
            let lifetime = match (max_age_of(&out), expires_of(&out)) {
                (Some(age), _) => Some(age),
                (None, Some(at)) => Some(at - now),
                (None, None) => None,
            };
            prop_assert!(lifetime.is_none_or(|l| l <= 86_400), "{line} -> {out}");
        }

        #[test]
        fn request_filtering_keeps_only_allowed_cookies_in_order(
            names in proptest::collection::vec(
                prop_oneof![
                    Just("sessionid"), Just("csrftoken"), Just("django_language"),
                    Just("cookies_preferences"), Just("_ga"), Just("x")
                ],
                0..8,
            ),
        ) {
            let site = SiteDefinition::platform();
            let rules = rules(&site, None);
            let header: Vec<String> = names.iter().enumerate().map(|(i, n)| format!("{n}={i}")).collect();
            let header = header.join("; ");
            let filtered = rules.filter_request(&[header.as_str()], "example.org");
            // The platform declares its four cookies as necessary: only the others go.
            let expected: Vec<String> = names
                .iter()
                .enumerate()
                .filter(|(_, n)| !matches!(**n, "_ga" | "x"))
                .map(|(i, n)| format!("{n}={i}"))
                .collect();
            prop_assert_eq!(filtered.header.unwrap_or_default(), expected.join("; "));
        }
    }
}
