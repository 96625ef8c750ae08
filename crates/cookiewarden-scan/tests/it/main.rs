//! The scanner against a fixture site served by the test on 127.0.0.1, with `localhost` (the
//! same server under another host name, so another site to the browser) as the third party.

use std::path::Path;
use std::time::Duration;

use axum::Router;
use axum::http::header;
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use cookiewarden_core::{Catalogue, SiteDefinition};
use cookiewarden_scan::{
    Classifier, ConsentStringSource, CookieSource, FindingKind, ScanOptions, Visit, scan,
};

const CHROMIUM: &str = "/usr/bin/chromium";

const BANNER: &str = r#"<div role="dialog" aria-modal="true">
<button class="cw-choice" onclick="document.cookie='fixture_after_accept=1; path=/'; this.parentNode.remove()">Accept all</button>
<button class="cw-choice" onclick="this.parentNode.remove()">Reject all</button>
</div>"#;

async fn serve_fixture() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let home = move || async move {
        (
            [(header::SET_COOKIE, "fixture_http=1; Max-Age=3600; Path=/")],
            Html(format!(
                "<!doctype html><title>Fixture</title>{BANNER}\
                 <script>document.cookie = 'fixture_script=1; path=/';</script>\
                 <iframe src=\"http://localhost:{port}/frame\"></iframe>\
                 <a href=\"/page2\">page 2</a> <a href=\"http://elsewhere.invalid/\">elsewhere</a>"
            )),
        )
    };
    let app = Router::new()
        .route("/", get(home))
        .route(
            "/page2",
            get(|| async {
                Html("<!doctype html><title>Page 2</title><script>document.cookie = 'fixture_undeclared=1; path=/';</script><a href=\"/\">home</a>")
            }),
        )
        .route(
            "/frame",
            get(|| async {
                (
                    [(header::SET_COOKIE, "fixture_third=1; Max-Age=3600; Path=/; SameSite=None; Secure")],
                    Html("<!doctype html><title>Frame</title><p>third party</p>"),
                )
                    .into_response()
            }),
        );
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    port
}

/// Whether Debian's Chromium is here; a missing one skips the test, except under `CI=true`.
fn chromium_available() -> bool {
    let present = Path::new(CHROMIUM).exists();
    assert!(
        present || std::env::var("CI").as_deref() != Ok("true"),
        "CI=true but {CHROMIUM} is missing"
    );
    if !present {
        eprintln!("skipping: {CHROMIUM} not found");
    }
    present
}

/// A scan of `start` with the test Chromium.
fn options(start: String, max_pages: usize, page_timeout: Duration) -> ScanOptions {
    ScanOptions {
        start,
        max_pages,
        concurrency: 2,
        progress: None,
        chromium: CHROMIUM.into(),
        page_timeout,
        reject_cookies: Vec::new(),
        accept_cookies: Vec::new(),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_scan_names_each_cookie_with_its_source_visit_and_finding() {
    if !chromium_available() {
        return;
    }
    let port = serve_fixture().await;
    let site_file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/fixture-site.toml");
    let site = SiteDefinition::parse(&std::fs::read_to_string(site_file).unwrap()).unwrap();
    let catalogue = Catalogue::default();
    let options = options(
        format!("http://127.0.0.1:{port}/"),
        5,
        Duration::from_secs(20),
    );
    let report = scan(&options, &Classifier::new(Some(&site), &catalogue))
        .await
        .unwrap();
    assert!(report.third_party_cookies.starts_with("allowed"));
    assert_eq!(report.pages.len(), 2, "{}", report.to_text(false));
    assert_eq!(report.exit_code(), 1);

    let found = |kind: FindingKind, cookie: &str, visit: Visit| {
        report
            .findings
            .iter()
            .find(|f| f.kind == kind && f.cookie == cookie && f.visit == visit)
    };
    let http = found(
        FindingKind::SetBeforeConsent,
        "fixture_http",
        Visit::NoChoice,
    )
    .expect("fixture_http before consent");
    assert!(
        matches!(&http.source, CookieSource::Http { url } if url == &options.start),
        "{:?}",
        http.source
    );
    let script = found(
        FindingKind::SetBeforeConsent,
        "fixture_script",
        Visit::NoChoice,
    )
    .expect("fixture_script before consent");
    assert_eq!(script.source, CookieSource::Script);
    assert!(
        found(
            FindingKind::PresentAfterReject,
            "fixture_script",
            Visit::RejectAll
        )
        .is_some()
    );
    let third = found(
        FindingKind::UndeclaredThirdParty,
        "fixture_third",
        Visit::NoChoice,
    )
    .expect("fixture_third is third-party");
    assert!(
        matches!(&third.source, CookieSource::Http { url } if url.contains("localhost")),
        "{:?}",
        third.source
    );
    assert!(
        found(
            FindingKind::Undeclared,
            "fixture_undeclared",
            Visit::NoChoice
        )
        .is_some()
    );
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.cookie != "fixture_after_accept"),
        "{}",
        report.to_text(false)
    );
    let accepted = &report.pages[0].visits[2];
    assert_eq!(accepted.visit, Visit::AcceptAll);
    assert!(
        accepted
            .cookies
            .iter()
            .any(|c| c.name == "fixture_after_accept")
    );
    let rejected = &report.pages[0].visits[1];
    assert!(
        rejected
            .cookies
            .iter()
            .all(|c| c.name != "fixture_after_accept")
    );
    assert!(
        report.pages[0].visits[0]
            .third_party_hosts
            .iter()
            .any(|h| h == "localhost")
    );
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let text = report.to_text(false);
    assert!(
        text.find("findings:").unwrap() < text.find(&format!("\n{}\n", options.start)).unwrap(),
        "findings come first"
    );
    let row = text
        .lines()
        .find(|l| l.contains("SetBeforeConsent") && l.contains("fixture_script"))
        .unwrap();
    assert!(row.contains("NoChoice") && row.contains("script"), "{row}");
    assert!(!text.contains('\u{1b}'), "no colour unless asked");
    assert!(
        report.to_text(true).contains("\u{1b}[1m"),
        "findings in bold red on a terminal"
    );
    let drafts = report.draft_declarations(&site);
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    let draft = &drafts[0];
    assert_eq!(draft.pattern.to_string(), "fixture_undeclared");
    assert_eq!(draft.status, cookiewarden_core::DeclarationStatus::Draft);
    assert_eq!(
        draft.category,
        cookiewarden_core::Category::Marketing,
        "unknown cookies ask for consent first"
    );
    assert_eq!(draft.duration, cookiewarden_core::CookieDuration::Session);
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["findings"][0]["kind"], "set_before_consent");
    assert!(
        json["pages"][0].get("screenshot").is_none(),
        "screenshots stay out of the JSON"
    );

    // Templates escape `/` as `&#x2f;`; a browser reads it back as `/`.
    let html = report.to_html().replace("&#x2f;", "/");
    let findings_at = html.find("<h2>Findings</h2>").unwrap();
    assert!(
        findings_at < html.find(&format!("<h2>{}</h2>", options.start)).unwrap(),
        "findings come first"
    );
    assert!(html.contains("<img alt=\"The page before any choice\" src=\"data:image/jpeg;base64,"));
    assert!(
        html.contains("<code>fixture_undeclared</code>") && html.contains("undeclared_third_party")
    );
}

async fn serve_troubles() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let app = Router::new()
        .route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(30)).await;
                Html("<!doctype html><title>late</title>")
            }),
        )
        .route(
            "/loop",
            get(|| async { axum::response::Redirect::temporary("/loop") }),
        )
        .route(
            "/data.json",
            get(|| async {
                (
                    [(header::SET_COOKIE, "api_seen=1; Path=/")],
                    axum::Json(serde_json::json!({"ok": true})),
                )
            }),
        );
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    port
}

#[tokio::test(flavor = "multi_thread")]
async fn unreachable_slow_looping_and_non_html_pages_are_reported_not_fatal() {
    if !chromium_available() {
        return;
    }
    let port = serve_troubles().await;
    let catalogue = Catalogue::default();
    let classifier = Classifier::new(None, &catalogue);
    let options = |path: &str| {
        options(
            format!("http://127.0.0.1:{port}{path}"),
            1,
            Duration::from_secs(3),
        )
    };
    for (path, cause) in [
        ("/slow", "did not finish loading"),
        ("/loop", "ERR_TOO_MANY_REDIRECTS"),
    ] {
        let report = scan(&options(path), &classifier).await.unwrap();
        let error = report.pages[0].error.as_deref().unwrap_or_default();
        assert!(
            error.contains(path) && error.contains(cause),
            "{path}: {error}"
        );
        assert_eq!(report.exit_code(), 2, "{path}: nothing could be scanned");
    }
    let unreachable = ScanOptions {
        start: "http://127.0.0.1:9/".into(),
        ..options("/")
    };
    let report = scan(&unreachable, &classifier).await.unwrap();
    let error = report.pages[0].error.as_deref().unwrap_or_default();
    assert!(error.contains("http://127.0.0.1:9/"), "{error}");
    assert_eq!(report.exit_code(), 2);

    let json = scan(&options("/data.json"), &classifier).await.unwrap();
    assert_eq!(
        json.exit_code(),
        1,
        "a non-HTML response is scanned: its cookie needs consent"
    );
    assert!(
        json.pages[0].visits[0]
            .cookies
            .iter()
            .any(|c| c.name == "api_seen")
    );

    let missing_browser = ScanOptions {
        chromium: "/nonexistent/chromium".into(),
        ..options("/")
    };
    let error = scan(&missing_browser, &classifier)
        .await
        .unwrap_err()
        .to_string();
    assert!(error.contains("/nonexistent/chromium"), "{error}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_chromium_crash_mid_scan_keeps_the_pages_already_scanned() {
    if !chromium_available() {
        return;
    }
    let port = serve_fixture().await;
    let catalogue = Catalogue::default();
    let classifier = Classifier::new(None, &catalogue);
    // The browser is started through a script that records its process id, and killed as soon
    // as the first page is done.
    let dir = tempfile::tempdir().unwrap();
    let launcher = dir.path().join("chromium");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/chromium-recording-pid.sh"),
        &launcher,
    )
    .unwrap();
    let pid_file = dir.path().join("chromium.pid");
    let kill_browser = move |scanned: usize, _known: usize| {
        if scanned == 1 {
            let pid = std::fs::read_to_string(&pid_file).unwrap();
            let killed = std::process::Command::new("kill")
                .args(["-KILL", pid.trim()])
                .status()
                .unwrap();
            assert!(killed.success(), "Chromium {pid} could not be killed");
        }
    };
    let options = ScanOptions {
        chromium: launcher,
        concurrency: 1,
        progress: Some(std::sync::Arc::new(kill_browser)),
        ..options(
            format!("http://127.0.0.1:{port}/"),
            5,
            Duration::from_secs(10),
        )
    };
    let report = scan(&options, &classifier).await.unwrap();

    assert!(report.pages.len() >= 2, "{:#?}", report.pages);
    assert_eq!(
        report.pages[0].visits.len(),
        3,
        "the first page is kept whole"
    );
    assert!(report.pages[0].error.is_none());
    let second = &report.pages[1];
    let error = second.error.as_deref().unwrap_or_default();
    assert!(
        second.url.ends_with("/page2") && error.contains("Chromium"),
        "the page after the crash names the browser as the cause: {second:#?}"
    );
    assert_eq!(
        report.exit_code(),
        1,
        "the pages scanned before the crash still count"
    );
}

/// A scan of one page, served at `/` (with a small first-party script at `/app.js`), with no
/// site's declarations.
async fn scan_one_page(page: &'static str) -> cookiewarden_scan::Report {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let app = Router::new()
        .route("/", get(move || async move { Html(page) }))
        .route("/app.js", get(|| async { "window.app = 1;" }));
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let catalogue = Catalogue::default();
    scan(
        &options(
            format!("http://127.0.0.1:{port}/"),
            1,
            Duration::from_secs(20),
        ),
        &Classifier::new(None, &catalogue),
    )
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn another_tool_s_tcf_and_gpp_strings_are_read_into_the_report() {
    if !chromium_available() {
        return;
    }
    let report = scan_one_page(include_str!("../data/other-cmp.html")).await;
    let visit = &report.pages[0].visits[0];
    assert_eq!(visit.visit, Visit::NoChoice);
    let from = |source: ConsentStringSource| {
        visit
            .consent_strings
            .iter()
            .find(|s| s.source == source)
            .unwrap_or_else(|| panic!("no {source:?} in {:?}", visit.consent_strings))
    };
    for source in [
        ConsentStringSource::Tcfapi,
        ConsentStringSource::EuconsentCookie,
    ] {
        let tcf = from(source).tcf.as_ref().unwrap();
        assert_eq!(tcf.cmp_id, 300);
        assert_eq!(tcf.purpose_consents, [1, 3, 10]);
        assert_eq!(tcf.vendor_consents, [1, 2, 3, 755]);
    }
    let gpp = from(ConsentStringSource::Gpp).gpp.as_ref().unwrap();
    assert_eq!(gpp.section_ids, [7, 8]);
    assert_eq!(gpp.sections[1].name, Some("usca"));
    assert_eq!(gpp.sections[1].fields["SaleOptOut"], 1);
    assert_eq!(gpp.sections[1].fields["Gpc"], true);
    let text = report.to_text(false);
    assert!(text.contains("TCF v2 by CMP 300 (FR)"), "{text}");
    assert!(
        text.contains("usca (SaleOptOut 1, SharingOptOut 1, Gpc true)"),
        "{text}"
    );
    let html = report.to_html();
    assert!(html.contains("Consent string (tcfapi)"), "{html}");
}

#[tokio::test(flavor = "multi_thread")]
async fn requests_to_known_trackers_before_consent_are_findings_named_by_service() {
    if !chromium_available() {
        return;
    }
    let report = scan_one_page(include_str!("../data/trackers.html")).await;
    let first = &report.pages[0].visits[0];
    let keys: Vec<&str> = first.services.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(keys, ["facebookpixel", "gtag"], "{:?}", first.services);
    let trackers: Vec<(&str, Visit)> = report
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::TrackerLoadedBeforeConsent)
        .map(|f| (f.service.as_deref().unwrap(), f.visit))
        .collect();
    for visit in [Visit::NoChoice, Visit::RejectAll] {
        assert!(
            trackers.iter().filter(|(_, v)| *v == visit).count() == 2,
            "{trackers:?}"
        );
    }
    assert!(trackers.iter().all(|(_, v)| *v != Visit::AcceptAll));
    assert_eq!(report.exit_code(), 1);
    let text = report.to_text(false);
    assert!(text.contains("TrackerLoadedBeforeConsent"), "{text}");
    assert!(text.contains("request to"), "{text}");
    assert!(report.to_html().contains("Known services contacted"));
}
