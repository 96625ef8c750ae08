//! The cookiewarden scanner: audits what a live site really sets, not what it declares.
//!
//! It drives a local Chromium over the DevTools protocol (never a downloaded browser), crawls
//! same-site links breadth-first, and visits each page three times in fresh browser contexts:
//! before any choice, after "Reject all" and after "Accept all", clicking cookiewarden's own
//! banner or presetting the consent cookie of another banner. It returns a [`Report`]; it does
//! not know the store: the caller passes the site's declarations and the cookie catalogue.

mod report;

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use chromiumoxide::browser::{Browser, BrowserConfig};
use chromiumoxide::cdp::browser_protocol::browser::BrowserContextId;
use chromiumoxide::cdp::browser_protocol::network::{
    CookieParam, EventLoadingFailed, EventLoadingFinished, EventRequestWillBeSent,
    EventResponseReceivedExtraInfo, SetCookiesParams,
};
use chromiumoxide::cdp::browser_protocol::page::CaptureScreenshotFormat;
use chromiumoxide::cdp::browser_protocol::storage::GetCookiesParams;
use chromiumoxide::cdp::browser_protocol::target::{
    CreateBrowserContextParams, CreateTargetParams,
};
use chromiumoxide::page::{Page, ScreenshotParams};
use futures::StreamExt;
use url::Url;

pub use report::{
    Basis, CatalogueHint, Classifier, ConsentString, ConsentStringSource, ContactedService,
    CookieClass, CookieSource, Finding, FindingKind, ObservedCookie, PageReport, Report, Visit,
    VisitReport,
};

/// Why a scan could not run at all. Failures of single pages are kept in the report instead.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The start URL is not an http(s) URL.
    #[error("cannot scan `{0}`: give an http:// or https:// URL")]
    InvalidUrl(String),
    /// Chromium could not be started.
    #[error("cannot start Chromium at {path}: {reason}")]
    Browser {
        /// The executable tried.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
}

/// What to scan and how.
#[derive(Clone)]
pub struct ScanOptions {
    /// The first page.
    pub start: String,
    /// How many pages at most.
    pub max_pages: usize,
    /// How many pages to scan at once (at most 2 per origin).
    pub concurrency: usize,
    /// Called after each page with (pages scanned, pages known so far), for a progress bar.
    pub progress: Option<Arc<dyn Fn(usize, usize) + Send + Sync>>,
    /// The Chromium executable.
    pub chromium: PathBuf,
    /// How long one page may take to load.
    pub page_timeout: Duration,
    /// Cookies to preset for the "Reject all" visit, for banners other than cookiewarden's.
    pub reject_cookies: Vec<(String, String)>,
    /// Cookies to preset for the "Accept all" visit.
    pub accept_cookies: Vec<(String, String)>,
}

/// A page has settled once no request has been in flight for this long: scripts started by
/// the load event have had their turn to fetch and set cookies.
const QUIET: Duration = Duration::from_millis(100);

/// The longest a visit waits for the network to fall quiet, for pages that poll forever.
const SETTLE_AT_MOST: Duration = Duration::from_secs(3);

/// Pages of one origin loaded at the same time, at most: a scan must not weigh on the site.
const MAX_PER_ORIGIN: usize = 2;

/// The three visits of one page, and the links found on the first.
async fn scan_page(
    browser: &Browser,
    options: &ScanOptions,
    url: Url,
    classifier: &Classifier<'_>,
) -> (PageReport, Vec<Url>) {
    let mut page_report = PageReport {
        url: url.to_string(),
        visits: Vec::new(),
        error: None,
        screenshot: None,
    };
    let mut found = Vec::new();
    for visit in Visit::ALL {
        let visited = match open_tab(browser).await {
            Ok((context, page)) => {
                let visited =
                    observe(browser, &page, options, &url, visit, classifier, &context).await;
                let _ = page.close().await;
                let _ = browser.dispose_browser_context(context).await;
                visited
            }
            Err(error) => Err(error),
        };
        match visited {
            Ok((report, links, screenshot)) => {
                page_report.visits.push(report);
                page_report.screenshot = page_report.screenshot.take().or(screenshot);
                found.extend(links);
            }
            Err(error) => {
                page_report.error = Some(format!("{visit:?}: {error}"));
                break;
            }
        }
    }
    (page_report, found)
}

/// A visit's report, the links it found, and its screenshot (first visit only).
type Visited = (VisitReport, Vec<Url>, Option<String>);

/// A cookie name → the response URL whose `Set-Cookie` set it.
type HttpSetters = Arc<Mutex<HashMap<String, String>>>;

/// Scans the site and classifies what it finds.
pub async fn scan(options: &ScanOptions, classifier: &Classifier<'_>) -> Result<Report, Error> {
    let start = Url::parse(&options.start)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .ok_or_else(|| Error::InvalidUrl(options.start.clone()))?;
    // A profile of its own per scan, even for scans running side by side in one process.
    static SCANS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = SCANS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let profile =
        std::env::temp_dir().join(format!("cookiewarden-scan-{}-{n}", std::process::id()));
    allow_third_party_cookies(&profile).map_err(|e| Error::Browser {
        path: options.chromium.clone(),
        reason: format!("cannot prepare a profile in {}: {e}", profile.display()),
    })?;
    let browser_error = |reason: String| Error::Browser {
        path: options.chromium.clone(),
        reason,
    };
    let config = browser_config(&options.chromium, &profile)
        .build()
        .map_err(browser_error)?;
    let (mut browser, mut handler) = Browser::launch(config)
        .await
        .map_err(|e| browser_error(e.to_string()))?;
    // The handler stops at the first error, which is the connection to the browser closing:
    // commands still waiting then fail at once instead of hanging.
    let events = tokio::spawn(async move { while let Some(Ok(())) = handler.next().await {} });

    let mut queue = VecDeque::from([start.clone()]);
    let mut queued: HashSet<Url> = HashSet::from([start.clone()]);
    let mut pages = Vec::new();
    // Breadth-first, pipelined: a new page starts as soon as one finishes, never more than
    // `parallel` at once, each page in contexts of its own.
    let parallel = options.concurrency.clamp(1, MAX_PER_ORIGIN);
    let mut in_flight = futures::stream::FuturesUnordered::new();
    let mut started = 0;
    loop {
        while in_flight.len() < parallel && started < options.max_pages {
            let Some(url) = queue.pop_front() else { break };
            let page = scan_page(&browser, options, url, classifier);
            in_flight.push(async move { (started, page.await) });
            started += 1;
        }
        let Some((index, (page_report, links))) = in_flight.next().await else {
            break;
        };
        for link in links {
            if same_site(&link, &start) && queued.insert(link.clone()) {
                queue.push_back(link);
            }
        }
        pages.push((index, page_report));
        if let Some(progress) = &options.progress {
            progress(
                pages.len(),
                (pages.len() + in_flight.len() + queue.len()).min(options.max_pages),
            );
        }
    }
    drop(in_flight);
    // The report lists pages in the order they were found, whichever finished first.
    pages.sort_by_key(|(index, _)| *index);
    let pages: Vec<PageReport> = pages.into_iter().map(|(_, page)| page).collect();
    let _ = browser.close().await;
    let _ = browser.wait().await;
    events.abort();
    let _ = std::fs::remove_dir_all(&profile);

    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    let (findings, warnings) = classifier.findings(&pages, now);
    Ok(Report {
        start_url: start.to_string(),
        scanned_at: now,
        site: None,
        third_party_cookies: THIRD_PARTY_COOKIES,
        pages,
        findings,
        warnings,
    })
}

/// A headless Chromium at `executable` with a fresh `profile` and the flags that keep it from
/// reaching out to the network on its own (updates, sync, background requests) and from
/// needing a GPU or a sandbox the machine may not offer.
pub fn browser_config(
    executable: &std::path::Path,
    profile: &std::path::Path,
) -> chromiumoxide::browser::BrowserConfigBuilder {
    BrowserConfig::builder()
        .chrome_executable(executable)
        .user_data_dir(profile)
        .no_sandbox()
        // chromiumoxide writes the dashes itself.
        .args([
            "disable-gpu",
            "disable-quic",
            "no-first-run",
            "disable-background-networking",
            "disable-component-update",
            "disable-sync",
        ])
}

/// The setting the report states: a scan must see what third parties set, so its fresh profile
/// allows their cookies (Chromium's headless default blocks them).
const THIRD_PARTY_COOKIES: &str = "allowed (the scanner's profile lifts Chromium's default block)";

/// Writes the profile preference that lets third-party cookies through.
fn allow_third_party_cookies(profile: &std::path::Path) -> std::io::Result<()> {
    let default = profile.join("Default");
    std::fs::create_dir_all(&default)?;
    std::fs::write(
        default.join("Preferences"),
        r#"{"profile":{"cookie_controls_mode":0,"block_third_party_cookies":false}}"#,
    )
}

/// Same site as the start page: same host, the fragment ignored.
fn same_site(link: &Url, start: &Url) -> bool {
    matches!(link.scheme(), "http" | "https")
        && link.host_str() == start.host_str()
        && link.port_or_known_default() == start.port_or_known_default()
}

/// The "site" of a host for third-party decisions: its last two labels (an approximation of
/// the registrable domain that holds for the hosts tests and most sites use).
fn site_of(host: &str) -> String {
    let host = host.trim_start_matches('.');
    let labels: Vec<&str> = host.split('.').collect();
    labels[labels.len().saturating_sub(2)..].join(".")
}

/// A fresh browser context with one blank page in it. Failing here means the browser itself is
/// in trouble (crashed, killed, out of memory), which the message says.
async fn open_tab(browser: &Browser) -> Result<(BrowserContextId, Page), String> {
    let unavailable = |e: chromiumoxide::error::CdpError| {
        format!("Chromium is not answering (has it crashed or been killed?): {e}")
    };
    let context = browser
        .create_browser_context(CreateBrowserContextParams::default())
        .await
        .map_err(unavailable)?;
    let target = CreateTargetParams::builder()
        .url("about:blank")
        .browser_context_id(context.clone())
        .build()
        .map_err(|e| e.to_string())?;
    match browser.new_page(target).await {
        Ok(page) => Ok((context, page)),
        Err(error) => {
            let _ = browser.dispose_browser_context(context).await;
            Err(unavailable(error))
        }
    }
}

async fn observe(
    browser: &Browser,
    page: &Page,
    options: &ScanOptions,
    url: &Url,
    visit: Visit,
    classifier: &Classifier<'_>,
    context: &BrowserContextId,
) -> Result<Visited, String> {
    let setters: HttpSetters = Arc::default();
    let hosts: Arc<Mutex<HashSet<String>>> = Arc::default();
    let mut responses = page
        .event_listener::<EventResponseReceivedExtraInfo>()
        .await
        .map_err(|e| e.to_string())?;
    let mut requests = page
        .event_listener::<EventRequestWillBeSent>()
        .await
        .map_err(|e| e.to_string())?;
    let urls: Arc<Mutex<HashMap<String, String>>> = Arc::default();
    let network: Arc<Mutex<Network>> = Arc::default();
    let (urls_in, hosts_in, network_in) =
        (Arc::clone(&urls), Arc::clone(&hosts), Arc::clone(&network));
    let request_task = tokio::spawn(async move {
        while let Some(event) = requests.next().await {
            let host = Url::parse(&event.request.url)
                .ok()
                .and_then(|u| u.host_str().map(str::to_owned));
            if let (Some(host), Ok(mut hosts)) = (host, hosts_in.lock()) {
                hosts.insert(host);
            }
            if let Ok(mut network) = network_in.lock() {
                network.started(event.request_id.inner());
            }
            if let Ok(mut urls) = urls_in.lock() {
                urls.insert(event.request_id.inner().clone(), event.request.url.clone());
            }
        }
    });
    let mut finished = page
        .event_listener::<EventLoadingFinished>()
        .await
        .map_err(|e| e.to_string())?;
    let mut failed = page
        .event_listener::<EventLoadingFailed>()
        .await
        .map_err(|e| e.to_string())?;
    let network_out = Arc::clone(&network);
    let done_task = tokio::spawn(async move {
        loop {
            let id = tokio::select! {
                Some(event) = finished.next() => event.request_id.inner().clone(),
                Some(event) = failed.next() => event.request_id.inner().clone(),
                else => break,
            };
            if let Ok(mut network) = network_out.lock() {
                network.ended(&id);
            }
        }
    });
    let (setters_in, urls_out) = (Arc::clone(&setters), Arc::clone(&urls));
    let response_task = tokio::spawn(async move {
        while let Some(event) = responses.next().await {
            let headers = event.headers.inner();
            let Some(object) = headers.as_object() else {
                continue;
            };
            let url = urls_out
                .lock()
                .ok()
                .and_then(|u| u.get(event.request_id.inner()).cloned())
                .unwrap_or_default();
            for (name, value) in object {
                if !name.eq_ignore_ascii_case("set-cookie") {
                    continue;
                }
                // DevTools joins the lines of one header with newlines; each is one cookie.
                for line in value.as_str().unwrap_or_default().lines() {
                    if let (Some((cookie, _)), Ok(mut setters)) =
                        (line.split_once('='), setters_in.lock())
                    {
                        setters
                            .entry(cookie.trim().to_owned())
                            .or_insert_with(|| url.clone());
                    }
                }
            }
        }
    });

    let preset = match visit {
        Visit::NoChoice => &[][..],
        Visit::RejectAll => &options.reject_cookies[..],
        Visit::AcceptAll => &options.accept_cookies[..],
    };
    if !preset.is_empty() {
        let cookies = preset
            .iter()
            .filter_map(|(name, value)| {
                CookieParam::builder()
                    .name(name)
                    .value(value)
                    .url(url.as_str())
                    .build()
                    .ok()
            })
            .collect::<Vec<_>>();
        page.execute(SetCookiesParams::new(cookies))
            .await
            .map_err(|e| e.to_string())?;
    }
    load(page, url, options.page_timeout).await?;
    let screenshot = if visit == Visit::NoChoice {
        // The first layer, as a visitor first sees it.
        wait_for(page, "!!document.querySelector('[role=dialog]')").await;
        page.screenshot(
            ScreenshotParams::builder()
                .format(CaptureScreenshotFormat::Jpeg)
                .quality(60)
                .build(),
        )
        .await
        .ok()
        .map(|jpeg| base64::engine::general_purpose::STANDARD.encode(jpeg))
    } else {
        None
    };
    if visit != Visit::NoChoice && preset.is_empty() {
        // cookiewarden's banner: the first-layer buttons are Accept all, then Reject all.
        let index = if visit == Visit::AcceptAll { 0 } else { 1 };
        let buttons =
            if wait_for(page, "!!document.querySelector('[role=dialog] .cw-choice')").await {
                page.find_elements("[role=dialog] .cw-choice")
                    .await
                    .unwrap_or_default()
            } else {
                Vec::new()
            };
        if let Some(button) = buttons.get(index) {
            let _ = button.click().await;
            wait_for(page, "!document.querySelector('[role=dialog]')").await;
        }
        // Load again so the server, too, sees the choice.
        load(page, url, options.page_timeout).await?;
    }
    // Let scripts started by the load event fetch and set their cookies.
    let settling = std::time::Instant::now();
    while settling.elapsed() < SETTLE_AT_MOST && !network.lock().is_ok_and(|n| n.quiet_for(QUIET)) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    // The jar of the whole context, asked of the browser target (the only one that may name a
    // context): HTTP-set and script-set cookies, HttpOnly ones and third parties' alike.
    let jar = browser
        .execute(
            GetCookiesParams::builder()
                .browser_context_id(context.clone())
                .build(),
        )
        .await
        .map_err(|e| e.to_string())?
        .result
        .cookies;
    request_task.abort();
    response_task.abort();
    done_task.abort();
    let page_site = site_of(url.host_str().unwrap_or_default());
    let setters = setters.lock().map(|s| s.clone()).unwrap_or_default();
    // Where TCF consent tools keep their string.
    let euconsent = jar
        .iter()
        .find(|c| c.name == "euconsent-v2")
        .map(|c| c.value.clone());
    let cookies = jar
        .into_iter()
        .map(|c| {
            let source = match setters.get(&c.name) {
                Some(url) => CookieSource::Http { url: url.clone() },
                None => CookieSource::Script,
            };
            let class = classifier.classify(&c.name, &c.domain);
            ObservedCookie {
                third_party: site_of(&c.domain) != page_site,
                expires: (!c.session && c.expires > 0.0).then_some(c.expires),
                same_site: c.same_site.map(|s| format!("{s:?}")),
                http_only: c.http_only,
                secure: c.secure,
                path: c.path,
                domain: c.domain,
                name: c.name,
                source,
                class,
            }
        })
        .collect();
    let local_storage: Vec<String> = page
        .evaluate("(() => { try { return Object.keys(localStorage).sort(); } catch (e) { return []; } })()")
        .await
        .ok()
        .and_then(|r| r.into_value().ok())
        .unwrap_or_default();
    let links: Vec<String> = page
        .evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
        .await
        .ok()
        .and_then(|r| r.into_value().ok())
        .unwrap_or_default();
    let links = links
        .iter()
        .filter_map(|l| Url::parse(l).ok())
        .map(|mut l| {
            l.set_fragment(None);
            l
        })
        .collect();
    let mut third_party_hosts: Vec<String> = hosts
        .lock()
        .map(|h| {
            h.iter()
                .filter(|h| site_of(h) != page_site)
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    third_party_hosts.sort();
    let consent_strings = consent_strings(page, euconsent).await;
    let services = services_contacted(&urls.lock().map(|u| u.clone()).unwrap_or_default());
    Ok((
        VisitReport {
            visit,
            cookies,
            local_storage,
            third_party_hosts,
            consent_strings,
            services,
        },
        links,
        screenshot,
    ))
}

/// The known services among the requests of a visit, each once with its first request (in
/// the order the requests were made, as far as their ids tell).
fn services_contacted(requests: &HashMap<String, String>) -> Vec<ContactedService> {
    let catalogue = cookiewarden_core::ServiceCatalogue::builtin();
    let mut ordered: Vec<(&String, &String)> = requests.iter().collect();
    ordered.sort();
    let mut found: Vec<ContactedService> = Vec::new();
    for (_, url) in ordered {
        let Ok(parsed) = Url::parse(url) else {
            continue;
        };
        let Some(host) = parsed.host_str() else {
            continue;
        };
        let path = match parsed.query() {
            Some(query) => format!("{}?{query}", parsed.path()),
            None => parsed.path().to_owned(),
        };
        if let Some(service) = catalogue.service_of(host, &path)
            && !found.iter().any(|f| f.key == service.key)
        {
            found.push(ContactedService {
                key: service.key.clone(),
                name: service.name.clone(),
                category: service.category,
                needs_consent: service.needs_consent_first(),
                url: url.clone(),
            });
        }
    }
    found.sort_by(|a, b| a.key.cmp(&b.key));
    found
}

/// Asks the page's IAB APIs for their strings (another consent tool's `__tcfapi`, any
/// `__gpp`), each answer awaited for at most a second, and reads the `euconsent-v2` cookie.
async fn consent_strings(page: &Page, euconsent: Option<String>) -> Vec<ConsentString> {
    const ASK: &str = "new Promise(done => {
      const found = {};
      let waiting = 0;
      const timer = setTimeout(() => done(found), 1000);
      const answered = () => { if (--waiting <= 0) { clearTimeout(timer); done(found); } };
      const ask = (api, call, keep) => {
        if (typeof window[api] !== 'function') return;
        waiting++;
        try { call(window[api], (data, ok) => { if (ok && data) keep(data); answered(); }); }
        catch (e) { answered(); }
      };
      ask('__tcfapi', (f, cb) => f('getTCData', 2, cb), d => { if (typeof d.tcString === 'string') found.tcfapi = d.tcString; });
      ask('__gpp', (f, cb) => f('ping', cb), d => { if (typeof d.gppString === 'string') found.gpp = d.gppString; });
      if (!waiting) { clearTimeout(timer); done(found); }
    })";
    // The page's own timers could be replaced: the wait is bounded here too.
    let asked: HashMap<String, String> =
        tokio::time::timeout(Duration::from_secs(3), page.evaluate(ASK))
            .await
            .ok()
            .and_then(Result::ok)
            .and_then(|r| r.into_value().ok())
            .unwrap_or_default();
    let mut found = Vec::new();
    for (key, source) in [
        ("tcfapi", ConsentStringSource::Tcfapi),
        ("gpp", ConsentStringSource::Gpp),
    ] {
        if let Some(text) = asked.get(key).filter(|t| !t.is_empty()) {
            found.push(ConsentString::read(source, text.clone()));
        }
    }
    if let Some(text) = euconsent.filter(|t| !t.is_empty()) {
        found.push(ConsentString::read(
            ConsentStringSource::EuconsentCookie,
            text,
        ));
    }
    found
}

/// The requests of a page still waiting for their response, and when that last changed.
struct Network {
    in_flight: HashSet<String>,
    changed: std::time::Instant,
}

impl Default for Network {
    fn default() -> Self {
        Self {
            in_flight: HashSet::new(),
            changed: std::time::Instant::now(),
        }
    }
}

impl Network {
    fn started(&mut self, request: &str) {
        self.in_flight.insert(request.to_owned());
        self.changed = std::time::Instant::now();
    }

    fn ended(&mut self, request: &str) {
        if self.in_flight.remove(request) {
            self.changed = std::time::Instant::now();
        }
    }

    fn quiet_for(&self, window: Duration) -> bool {
        self.in_flight.is_empty() && self.changed.elapsed() >= window
    }
}

async fn load(page: &Page, url: &Url, timeout: Duration) -> Result<(), String> {
    match tokio::time::timeout(timeout, page.goto(url.as_str())).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(error)) => Err(format!("{url}: {error}")),
        Err(_) => Err(format!(
            "{url}: did not finish loading within {} s",
            timeout.as_secs()
        )),
    }
}

/// Waits up to five seconds for `expression` to be true, checking in the page itself every
/// 10 ms so that one DevTools round trip serves the whole wait.
async fn wait_for(page: &Page, expression: &str) -> bool {
    let script = format!(
        "new Promise(resolve => {{ const until = Date.now() + 5000; \
         (function check() {{ if ({expression}) resolve(true); \
         else if (Date.now() > until) resolve(false); else setTimeout(check, 10); }})(); }})"
    );
    page.evaluate(script)
        .await
        .ok()
        .and_then(|r| r.into_value::<bool>().ok())
        .unwrap_or(false)
}
