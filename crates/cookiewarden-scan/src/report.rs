//! What a scan found: every cookie of every visit, classified, and the findings drawn from them.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use cookiewarden_core::{
    Catalogue, Category, Classification, ConsentCookie, CookieDuration, Declaration,
    DeclarationStatus, DurationUnit, GppString, NamePattern, Party, SiteDefinition, TcfString,
    decode_gpp, decode_tcf,
};
use serde::Serialize;

/// The three visits made to each page, each in a fresh browser context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Visit {
    /// The visitor has not decided.
    NoChoice,
    /// The visitor clicked "Reject all" (or the reject preset was applied).
    RejectAll,
    /// The visitor clicked "Accept all" (or the accept preset was applied).
    AcceptAll,
}

impl Visit {
    /// Every visit, in the order they are made.
    pub const ALL: [Visit; 3] = [Visit::NoChoice, Visit::RejectAll, Visit::AcceptAll];
}

/// How a cookie reached the jar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CookieSource {
    /// A `Set-Cookie` header of this response.
    Http {
        /// The response's URL.
        url: String,
    },
    /// `document.cookie` or the Cookie Store API.
    Script,
}

/// Where a cookie's category comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The site's own declaration.
    Declared,
    /// The catalogue of known cookies (a suggestion).
    Catalogue,
    /// Nobody knows it.
    Unknown,
}

/// What a cookie is, as far as the declarations and the catalogue tell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CookieClass {
    /// Its category, when known.
    pub category: Option<Category>,
    /// Where that comes from.
    pub basis: Basis,
    /// Declared as exempt audience measurement.
    pub exempt: bool,
    /// The party the site declared.
    pub declared_party: Option<Party>,
    /// The catalogue's category is a guess to review.
    pub needs_review: bool,
    /// What the catalogue says it is ("Google Analytics: Tells visitors apart").
    pub catalogue_entry: Option<CatalogueHint>,
}

/// The catalogue's word on a cookie the site does not declare.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CatalogueHint {
    /// The product that sets it.
    pub platform: String,
    /// What it does.
    pub description: String,
}

/// One cookie in the jar after a visit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObservedCookie {
    /// Its name.
    pub name: String,
    /// Its domain as the browser keeps it.
    pub domain: String,
    /// Its path.
    pub path: String,
    /// Expiry in unix seconds; `None` for a session cookie.
    pub expires: Option<f64>,
    /// HttpOnly flag.
    pub http_only: bool,
    /// Secure flag.
    pub secure: bool,
    /// SameSite attribute, when set.
    pub same_site: Option<String>,
    /// How it was set.
    pub source: CookieSource,
    /// Set for another site than the page's.
    pub third_party: bool,
    /// What it is.
    pub class: CookieClass,
}

/// One visit of one page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VisitReport {
    /// Which visit.
    pub visit: Visit,
    /// Every cookie in the jar at the end of the visit.
    pub cookies: Vec<ObservedCookie>,
    /// `localStorage` keys of the page's origin.
    pub local_storage: Vec<String>,
    /// Hosts of other sites the page contacted.
    pub third_party_hosts: Vec<String>,
    /// IAB consent strings the page exposed (another consent tool's, or this platform's GPP
    /// string), read.
    pub consent_strings: Vec<ConsentString>,
    /// Known services the page sent requests to, each once, with the first such request.
    pub services: Vec<ContactedService>,
}

/// A known service a page sent a request to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactedService {
    /// The catalogue's key (`gtag`, `youtube`).
    pub key: String,
    /// Its name.
    pub name: String,
    /// The purpose it serves.
    pub category: Category,
    /// Whether loading it before a choice needs the visitor's consent.
    pub needs_consent: bool,
    /// The first request to it.
    pub url: String,
}

/// Where a page exposed a consent string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentStringSource {
    /// `__tcfapi('getTCData', 2, …)`'s `tcString`.
    Tcfapi,
    /// The `euconsent-v2` cookie, where TCF tools keep their string.
    EuconsentCookie,
    /// `__gpp('ping', …)`'s `gppString`.
    Gpp,
}

/// A TCF or GPP string found on a page, and what it says.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConsentString {
    /// Where it was found.
    pub source: ConsentStringSource,
    /// The string as found.
    pub text: String,
    /// What a TCF string says.
    pub tcf: Option<TcfString>,
    /// What a GPP string says.
    pub gpp: Option<GppString>,
    /// Why it could not be read, when it could not.
    pub error: Option<String>,
}

impl ConsentString {
    /// The longest string kept in a report; longer ones are read (up to the decoders' own
    /// bound) and kept cut, so a page cannot swell the report.
    const MAX_KEPT: usize = 4096;

    /// Reads `text` as the format its source gives.
    pub fn read(source: ConsentStringSource, mut text: String) -> ConsentString {
        let (mut tcf, mut gpp, mut error) = (None, None, None);
        match source {
            ConsentStringSource::Tcfapi | ConsentStringSource::EuconsentCookie => {
                match decode_tcf(&text) {
                    Ok(read) => tcf = Some(read),
                    Err(e) => error = Some(e.to_string()),
                }
            }
            ConsentStringSource::Gpp => match decode_gpp(&text) {
                Ok(read) => gpp = Some(read),
                Err(e) => error = Some(e.to_string()),
            },
        }
        if text.len() > Self::MAX_KEPT {
            let mut cut = Self::MAX_KEPT;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text.truncate(cut);
        }
        text.retain(|c| !c.is_control());
        ConsentString {
            source,
            text,
            tcf,
            gpp,
            error,
        }
    }

    /// One line for a person: who wrote it and what was agreed.
    pub fn summary(&self) -> String {
        let list = |values: &[u64]| {
            let shown: Vec<String> = values.iter().map(u64::to_string).collect();
            if shown.is_empty() {
                "none".to_owned()
            } else {
                shown.join(", ")
            }
        };
        if let Some(tcf) = &self.tcf {
            return format!(
                "TCF v{} by CMP {} ({}), purposes consented: {}, vendors consented: {}",
                tcf.version,
                tcf.cmp_id,
                tcf.consent_language,
                list(&tcf.purpose_consents),
                tcf.vendor_consents.len()
            );
        }
        if let Some(gpp) = &self.gpp {
            let sections: Vec<String> = gpp
                .sections
                .iter()
                .map(|section| {
                    let name = section
                        .name
                        .map_or_else(|| section.id.to_string(), str::to_owned);
                    let said: Vec<String> = [
                        "SaleOptOut",
                        "SharingOptOut",
                        "TargetedAdvertisingOptOut",
                        "Gpc",
                        "OptOutSale",
                    ]
                    .into_iter()
                    .filter_map(|field| section.fields.get(field).map(|v| format!("{field} {v}")))
                    .collect();
                    if said.is_empty() {
                        name
                    } else {
                        format!("{name} ({})", said.join(", "))
                    }
                })
                .collect();
            return format!("GPP: {}", sections.join("; "));
        }
        format!("unreadable: {}", self.error.as_deref().unwrap_or_default())
    }
}

/// One page and its visits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageReport {
    /// The page's URL.
    pub url: String,
    /// The visits that could be made.
    pub visits: Vec<VisitReport>,
    /// Why the page could not be scanned completely, if it could not.
    pub error: Option<String>,
    /// A JPEG of the page before any choice (the banner's first layer), base64; kept out of
    /// the JSON report, shown in the HTML one.
    #[serde(skip)]
    pub screenshot: Option<String>,
}

/// A breach of the rules, with its evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// A cookie needing consent was set before any choice.
    SetBeforeConsent,
    /// A cookie of a refused category is present after "Reject all".
    PresentAfterReject,
    /// The site does not declare this cookie.
    Undeclared,
    /// It lives longer than 13 months.
    LifetimeOver13Months,
    /// Set for another site, but not declared as third-party.
    UndeclaredThirdParty,
    /// `cookies_preferences` was written by a script, not by the server.
    ConsentCookieNotFromServer,
    /// A request reached a known tracker before any choice, or after "Reject all".
    TrackerLoadedBeforeConsent,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// What is wrong.
    pub kind: FindingKind,
    /// The page it was seen on.
    pub page: String,
    /// The visit it was seen in.
    pub visit: Visit,
    /// The cookie.
    pub cookie: String,
    /// The cookie's domain.
    pub domain: String,
    /// How it was set; for a tracker, the request that reached it.
    pub source: CookieSource,
    /// The known service concerned, by name (a tracker's finding names no cookie).
    pub service: Option<String>,
}

/// The whole scan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Where the crawl started.
    pub start_url: String,
    /// The site whose declarations the cookies were checked against.
    pub site: Option<String>,
    /// When the scan ran, unix seconds.
    pub scanned_at: f64,
    /// The browser's third-party cookie setting during the scan.
    pub third_party_cookies: &'static str,
    /// Every page scanned.
    pub pages: Vec<PageReport>,
    /// What breaks the rules, findings first in every report.
    pub findings: Vec<Finding>,
    /// What deserves a look but is not a breach ("declared but never seen").
    pub warnings: Vec<String>,
}

/// The core's tracker lifetime limit, in the seconds the browser reports expiries in.
#[expect(
    clippy::cast_precision_loss,
    reason = "13 months of seconds is far below 2^52"
)]
fn tracker_max_lifetime_seconds() -> f64 {
    cookiewarden_core::TRACKER_MAX_LIFETIME
        .seconds()
        .unwrap_or(u64::MAX) as f64
}

/// Classifies cookies against the site's declarations, then the catalogue.
pub struct Classifier<'a> {
    site: Option<&'a SiteDefinition>,
    catalogue: &'a Catalogue,
}

impl<'a> Classifier<'a> {
    /// A classifier; without a site every cookie is undeclared.
    pub fn new(site: Option<&'a SiteDefinition>, catalogue: &'a Catalogue) -> Self {
        Classifier { site, catalogue }
    }

    /// What the cookie `name` set for `domain` is.
    pub fn classify(&self, name: &str, domain: &str) -> CookieClass {
        let declared = |category, exempt, party| CookieClass {
            category: Some(category),
            basis: Basis::Declared,
            exempt,
            declared_party: Some(party),
            needs_review: false,
            catalogue_entry: None,
        };
        if name == ConsentCookie::NAME {
            // cookiewarden's own choice cookie is necessary wherever it is set.
            return declared(Category::Necessary, false, Party::First);
        }
        if let Some(Classification::Declared(d)) =
            self.site.map(|s| s.registry().classify(name, domain))
        {
            return declared(d.category, d.exempt, d.party);
        }
        match self.catalogue.lookup(name, domain) {
            Some(entry) => CookieClass {
                category: Some(entry.category),
                basis: Basis::Catalogue,
                exempt: false,
                declared_party: None,
                needs_review: entry.needs_review,
                catalogue_entry: Some(CatalogueHint {
                    platform: entry.platform.clone(),
                    description: entry.description.clone(),
                }),
            },
            None => CookieClass {
                category: None,
                basis: Basis::Unknown,
                exempt: false,
                declared_party: None,
                needs_review: false,
                catalogue_entry: None,
            },
        }
    }

    /// Draws the findings and warnings from the pages scanned, at `now` (unix seconds).
    pub fn findings(&self, pages: &[PageReport], now: f64) -> (Vec<Finding>, Vec<String>) {
        let mut findings = Vec::new();
        let mut seen = BTreeSet::new();
        for page in pages {
            for visit in &page.visits {
                for cookie in &visit.cookies {
                    seen.insert(cookie.name.clone());
                    let needs_consent =
                        cookie.class.category != Some(Category::Necessary) && !cookie.class.exempt;
                    let mut found = |kind| {
                        findings.push(Finding {
                            kind,
                            page: page.url.clone(),
                            visit: visit.visit,
                            cookie: cookie.name.clone(),
                            domain: cookie.domain.clone(),
                            source: cookie.source.clone(),
                            service: None,
                        });
                    };
                    match visit.visit {
                        Visit::NoChoice if needs_consent => found(FindingKind::SetBeforeConsent),
                        Visit::RejectAll if needs_consent => found(FindingKind::PresentAfterReject),
                        _ => {}
                    }
                    if self.site.is_some() && cookie.class.basis != Basis::Declared {
                        found(FindingKind::Undeclared);
                    }
                    if cookie
                        .expires
                        .is_some_and(|at| at - now > tracker_max_lifetime_seconds())
                    {
                        found(FindingKind::LifetimeOver13Months);
                    }
                    if cookie.third_party && cookie.class.declared_party == Some(Party::First) {
                        found(FindingKind::UndeclaredThirdParty);
                    }
                    if cookie.name == ConsentCookie::NAME && cookie.source == CookieSource::Script {
                        found(FindingKind::ConsentCookieNotFromServer);
                    }
                }
            }
        }
        // A request to a tracker needing consent, before a choice or after a refusal, breaks
        // it as a cookie would, whatever the tracker then sets.
        for page in pages {
            for visit in &page.visits {
                if visit.visit == Visit::AcceptAll {
                    continue;
                }
                for service in visit.services.iter().filter(|s| s.needs_consent) {
                    findings.push(Finding {
                        kind: FindingKind::TrackerLoadedBeforeConsent,
                        page: page.url.clone(),
                        visit: visit.visit,
                        cookie: String::new(),
                        domain: service.key.clone(),
                        source: CookieSource::Http {
                            url: service.url.clone(),
                        },
                        service: Some(service.name.clone()),
                    });
                }
            }
        }
        // One finding per kind, cookie and visit: the first page shows it.
        findings.sort_by(|a, b| {
            (a.kind, &a.cookie, a.visit as u8).cmp(&(b.kind, &b.cookie, b.visit as u8))
        });
        findings.dedup_by(|a, b| {
            a.kind == b.kind && a.cookie == b.cookie && a.visit == b.visit && a.domain == b.domain
        });
        let warnings = self
            .site
            .map(|site| {
                site.registry()
                    .active()
                    .filter(|d| !seen.iter().any(|name| d.pattern.matches(name)))
                    .map(|d| format!("declared but never seen: {}", d.pattern))
                    .collect()
            })
            .unwrap_or_default();
        (findings, warnings)
    }
}

impl Report {
    /// 0 when clean, 1 with findings, 2 when no page could be scanned at all.
    pub fn exit_code(&self) -> u8 {
        if self.pages.iter().all(|p| p.visits.is_empty()) {
            2
        } else if self.findings.is_empty() {
            0
        } else {
            1
        }
    }

    /// Draft declarations for every cookie the site does not declare, one per name and
    /// domain, with the category the catalogue suggests (marketing when it knows nothing: the
    /// category that asks for consent first) and the lifetime seen, for an operator to review.
    pub fn draft_declarations(&self, site: &SiteDefinition) -> Vec<Declaration> {
        let mut drafts: Vec<Declaration> = Vec::new();
        let cookies = self
            .pages
            .iter()
            .flat_map(|p| &p.visits)
            .flat_map(|v| &v.cookies);
        for cookie in cookies.filter(|c| c.class.basis != Basis::Declared) {
            let domain = cookie.domain.trim_start_matches('.').to_ascii_lowercase();
            let Ok(pattern) = cookie.name.parse::<NamePattern>() else {
                continue;
            };
            if drafts
                .iter()
                .any(|d| d.pattern == pattern && d.domain.as_deref() == Some(domain.as_str()))
            {
                continue;
            }
            let hint = cookie.class.catalogue_entry.as_ref();
            let purpose = hint.map_or_else(
                || format!("Found by a scan of {}; say what it does before activating this declaration.", self.start_url),
                |h| h.description.clone(),
            );
            let duration = cookie.expires.map_or(CookieDuration::Session, |at| {
                let days = ((at - self.scanned_at) / 86_400.0)
                    .ceil()
                    .clamp(1.0, f64::from(u32::MAX));
                CookieDuration::fixed(days as u32, DurationUnit::Days)
                    .unwrap_or(CookieDuration::Session)
            });
            drafts.push(Declaration {
                pattern,
                provider: hint.map_or_else(
                    || "Unknown (found by a scan)".to_owned(),
                    |h| h.platform.clone(),
                ),
                function: Default::default(),
                purpose: [(site.site.default_language.clone(), purpose)]
                    .into_iter()
                    .collect(),
                category: cookie.class.category.unwrap_or(Category::Marketing),
                exempt: false,
                party: if cookie.third_party {
                    Party::Third
                } else {
                    Party::First
                },
                domain: Some(domain),
                path: cookie.path.clone(),
                duration,
                status: DeclarationStatus::Draft,
            });
        }
        drafts
    }

    /// A single self-contained HTML file: findings first, then each page with the screenshot of
    /// its first visit and a table of cookies per visit.
    pub fn to_html(&self) -> String {
        #[derive(Serialize)]
        struct HtmlCookie<'a> {
            #[serde(flatten)]
            cookie: &'a ObservedCookie,
            expires_text: String,
        }
        #[derive(Serialize)]
        struct HtmlVisit<'a> {
            visit: Visit,
            cookies: Vec<HtmlCookie<'a>>,
            local_storage: &'a [String],
            third_party_hosts: &'a [String],
            consent_strings: Vec<(ConsentStringSource, String)>,
            services: &'a [ContactedService],
        }
        #[derive(Serialize)]
        struct HtmlPage<'a> {
            url: &'a str,
            error: Option<&'a str>,
            screenshot: Option<&'a str>,
            visits: Vec<HtmlVisit<'a>>,
        }
        let pages: Vec<HtmlPage<'_>> = self
            .pages
            .iter()
            .map(|page| HtmlPage {
                url: &page.url,
                error: page.error.as_deref(),
                screenshot: page.screenshot.as_deref(),
                visits: page
                    .visits
                    .iter()
                    .map(|visit| HtmlVisit {
                        visit: visit.visit,
                        cookies: visit
                            .cookies
                            .iter()
                            .map(|cookie| HtmlCookie {
                                cookie,
                                expires_text: cookie.expires.map_or_else(
                                    || "session".to_owned(),
                                    |at| {
                                        format!(
                                            "in {:.0} days",
                                            ((at - self.scanned_at) / 86_400.0).max(0.0)
                                        )
                                    },
                                ),
                            })
                            .collect(),
                        local_storage: &visit.local_storage,
                        third_party_hosts: &visit.third_party_hosts,
                        consent_strings: visit
                            .consent_strings
                            .iter()
                            .map(|found| (found.source, found.summary()))
                            .collect(),
                        services: &visit.services,
                    })
                    .collect(),
            })
            .collect();
        let mut environment = minijinja::Environment::new();
        let rendered = environment
            .add_template("report.html", include_str!("../templates/report.html"))
            .and_then(|()| environment.get_template("report.html"))
            .and_then(|template| {
                template.render(minijinja::context! {
                    report => minijinja::Value::from(minijinja::value::Serde(self)),
                    pages => minijinja::Value::from(minijinja::value::Serde(&pages)),
                })
            });
        // The template is compiled in and its inputs are plain data; a failure is a defect.
        rendered.unwrap_or_else(|error| {
            format!("<!doctype html><title>Report error</title><p>{error}</p>")
        })
    }

    /// A readable summary for a terminal: findings first, then a table of cookies per page
    /// and visit. `colour` marks findings in red and warnings in yellow (for a TTY).
    pub fn to_text(&self, colour: bool) -> String {
        let paint = |style: anstyle::Style, text: String| {
            if colour {
                format!("{style}{text}{style:#}")
            } else {
                text
            }
        };
        let red = anstyle::Style::new()
            .fg_color(Some(anstyle::AnsiColor::Red.into()))
            .bold();
        let yellow = anstyle::Style::new().fg_color(Some(anstyle::AnsiColor::Yellow.into()));
        let mut out = String::new();
        let _ = writeln!(
            out,
            "Scan of {} ({} pages; third-party cookies {})",
            self.start_url,
            self.pages.len(),
            self.third_party_cookies
        );
        if self.findings.is_empty() {
            let _ = writeln!(out, "\nNo findings.");
        } else {
            let _ = writeln!(
                out,
                "\n{}",
                paint(red, format!("{} findings:", self.findings.len()))
            );
            let rows: Vec<[String; 5]> = self
                .findings
                .iter()
                .map(|f| {
                    [
                        format!("{:?}", f.kind),
                        f.service.clone().unwrap_or_else(|| f.cookie.clone()),
                        format!("{:?}", f.visit),
                        source_text(&f.source),
                        f.page.clone(),
                    ]
                })
                .collect();
            for line in table(&rows) {
                let _ = writeln!(out, "  {}", paint(red, line));
            }
        }
        for warning in &self.warnings {
            let _ = writeln!(out, "{}", paint(yellow, format!("warning: {warning}")));
        }
        for page in &self.pages {
            let _ = writeln!(out, "\n{}", page.url);
            if let Some(error) = &page.error {
                let _ = writeln!(out, "  {}", paint(red, format!("error: {error}")));
            }
            let rows: Vec<[String; 5]> = page
                .visits
                .iter()
                .flat_map(|visit| {
                    let none = [
                        format!("{:?}", visit.visit),
                        "(no cookie)".to_owned(),
                        String::new(),
                        String::new(),
                        String::new(),
                    ];
                    let cookies = visit.cookies.iter().map(move |c| {
                        let category = c.class.category.map_or("unknown", Category::as_str);
                        [
                            format!("{:?}", visit.visit),
                            c.name.clone(),
                            c.domain.clone(),
                            source_text(&c.source),
                            format!("{category} ({:?})", c.class.basis),
                        ]
                    });
                    let rows: Vec<[String; 5]> = cookies.collect();
                    if rows.is_empty() { vec![none] } else { rows }
                })
                .collect();
            for line in table(&rows) {
                let _ = writeln!(out, "  {line}");
            }
            for visit in &page.visits {
                for service in &visit.services {
                    let _ = writeln!(
                        out,
                        "  {:?}  request to {} ({}): {}",
                        visit.visit,
                        service.name,
                        service.category.as_str(),
                        service.url
                    );
                }
                for found in &visit.consent_strings {
                    let _ = writeln!(
                        out,
                        "  {:?}  consent string from {:?}: {}",
                        visit.visit,
                        found.source,
                        found.summary()
                    );
                }
            }
        }
        out
    }
}

fn source_text(source: &CookieSource) -> String {
    match source {
        CookieSource::Http { url } => format!("HTTP {url}"),
        CookieSource::Script => "script".to_owned(),
    }
}

/// Rows as lines with aligned columns.
fn table<const N: usize>(rows: &[[String; N]]) -> Vec<String> {
    let mut widths = [0usize; N];
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    rows.iter()
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .zip(widths)
                .map(|(cell, width)| format!("{cell:<width$}"))
                .collect();
            cells.join("  ").trim_end().to_owned()
        })
        .collect()
}
