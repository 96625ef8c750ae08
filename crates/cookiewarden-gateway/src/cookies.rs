//! What the gateway decides about cookies, without any I/O: which cookies of a request reach
//! the application, which `Set-Cookie` lines of a response reach the browser (and with what
//! lifetime), which cookies to expire, and the `Cookiewarden-Consent` header.

use std::fmt::Write as _;

use cookiewarden_core::{
    Category, Choices, Classification, ConsentCookie, Declaration, KeyRing, SiteDefinition,
};

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

/// The longest lifetime browsers keep a cookie (RFC 6265bis §5.6.1/§5.6.2): 400 days.
pub const BROWSER_MAX_LIFETIME_SECONDS: u64 = 400 * 86_400;

/// The visitor's standing for one request: their valid choice, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// `None` before any (valid) choice.
    pub choices: Option<Choices>,
}

impl Standing {
    /// Reads `cookies_preferences` from the request's cookies: a missing, malformed, forged,
    /// expired or other-site cookie is no choice.
    pub fn from_request_cookies(
        cookie_headers: &[&str],
        keys: &KeyRing,
        site: &SiteDefinition,
        now: i64,
    ) -> Standing {
        let choices = cookie_headers
            .iter()
            .flat_map(|header| pairs(header))
            .filter(|(name, _)| *name == ConsentCookie::NAME)
            .find_map(|(_, value)| ConsentCookie::decode(value, keys, &site.site, now).ok())
            .map(|cookie| cookie.choices);
        Standing { choices }
    }

    /// Whether cookies of this declaration may be set and sent. Exempt audience measurement
    /// runs until the visitor opts out; everything else beyond `necessary` needs a grant.
    pub fn allows(&self, declaration: &Declaration) -> bool {
        let opted_out = self.choices.is_some_and(|c| c.exempt_opt_out);
        match declaration.category {
            Category::Necessary => true,
            Category::Statistics if declaration.exempt && !opted_out => true,
            category => self.choices.is_some_and(|c| c.granted(category)),
        }
    }

    /// The `Cookiewarden-Consent` header: an RFC 8941 dictionary with every category, a bare
    /// key meaning true (`necessary, preferences=?0, statistics=?1, marketing=?0`).
    pub fn header_value(&self) -> String {
        let mut value = String::from("necessary");
        for category in [
            Category::Preferences,
            Category::Statistics,
            Category::Marketing,
        ] {
            let granted = self.choices.is_some_and(|c| c.granted(category));
            let _ = write!(
                value,
                ", {}={}",
                category.as_str(),
                if granted { "?1" } else { "?0" }
            );
        }
        value
    }
}

/// The `name=value` pairs of a `Cookie` header, in order. A pair without `=` is a value with
/// an empty name (RFC 6265bis §5.7.4), which no declaration names.
pub fn pairs(header: &str) -> impl Iterator<Item = (&str, &str)> {
    header
        .split(';')
        .map(str::trim)
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or(("", pair)))
        .map(|(name, value)| (name.trim(), value.trim()))
}

/// The rules of one site for one visitor.
pub struct Rules<'a> {
    /// The site and its declarations.
    pub site: &'a SiteDefinition,
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
            for (name, value) in pairs(header) {
                let keep = name == ConsentCookie::NAME
                    || match self.classify(name, host) {
                        Classification::Declared(declaration) => {
                            let allowed = self.standing.allows(declaration);
                            if !allowed {
                                to_expire.push(name);
                            }
                            allowed
                        }
                        Classification::Undeclared => self.undeclared == Undeclared::Allow,
                    };
                if keep {
                    if !kept.is_empty() {
                        kept.push_str("; ");
                    }
                    if !name.is_empty() {
                        kept.push_str(name);
                        kept.push('=');
                    }
                    kept.push_str(value);
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
            Classification::Declared(declaration) if !self.standing.allows(declaration) => {
                (SetCookieOutcome::NotAllowed, None)
            }
            Classification::Declared(_) => (self.cap(cookie, now), None),
            Classification::Undeclared => {
                let sighting = Sighting {
                    name: cookie.name().to_owned(),
                    domain,
                    path: cookie.path().unwrap_or("/").to_owned(),
                };
                let outcome = match self.undeclared {
                    Undeclared::Block => SetCookieOutcome::Undeclared,
                    Undeclared::Allow => self.cap(cookie, now),
                };
                (outcome, Some(sighting))
            }
        }
    }

    /// Caps the cookie's lifetime, rewriting the line only when it is too long.
    fn cap(&self, mut cookie: cookie::Cookie<'_>, now: i64) -> SetCookieOutcome {
        let max = self.max_lifetime_seconds.min(BROWSER_MAX_LIFETIME_SECONDS);
        let max = i64::try_from(max).unwrap_or(i64::MAX);
        // Max-Age wins over Expires (RFC 6265bis §5.6.2.2 / §5.7 step 3).
        let lifetime = match (cookie.max_age(), cookie.expires_datetime()) {
            (Some(max_age), _) => Some(max_age.whole_seconds()),
            (None, Some(expires)) => Some(expires.unix_timestamp().saturating_sub(now)),
            (None, None) => None,
        };
        match lifetime {
            Some(seconds) if seconds > max => {
                cookie.set_max_age(cookie::time::Duration::seconds(max));
                if cookie.expires().is_some() {
                    cookie.set_expires(
                        cookie::time::OffsetDateTime::from_unix_timestamp(now.saturating_add(max))
                            .ok(),
                    );
                }
                SetCookieOutcome::Capped(cookie.to_string())
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

/// Parses one `Set-Cookie` line as a browser would, or refuses it: the name must be a valid
/// cookie name (the core's rule), attributes are read by the `cookie` crate.
pub fn parse_set_cookie(line: &str) -> Option<cookie::Cookie<'_>> {
    let cookie = cookie::Cookie::parse(line).ok()?;
    let name_ok = !cookie.name().is_empty()
        && cookie
            .name()
            .bytes()
            .all(|b| b.is_ascii_graphic() && !matches!(b, b';' | b'=' | b','));
    let value_ok = cookie
        .value()
        .bytes()
        .all(|b| b == b' ' || b == b'\t' || (b.is_ascii_graphic() && b != b';'));
    (name_ok && value_ok).then_some(cookie)
}
