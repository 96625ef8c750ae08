//! The consent loop in a real headless Chromium (Debian's, never a downloaded one), driven over
//! the DevTools protocol against `serve --demo`: what a visitor really gets.

use std::path::Path;
use std::time::Duration;

use chromiumoxide::browser::Browser;
use chromiumoxide::cdp::browser_protocol::dom::{
    FocusParams, GetDocumentParams, QuerySelectorParams,
};
use chromiumoxide::cdp::browser_protocol::emulation::SetScriptExecutionDisabledParams;
use chromiumoxide::cdp::browser_protocol::input::{DispatchKeyEventParams, DispatchKeyEventType};
use chromiumoxide::cdp::browser_protocol::network::{Headers, SetExtraHttpHeadersParams};
use chromiumoxide::cdp::browser_protocol::storage::GetCookiesParams;
use chromiumoxide::page::Page;
use futures::StreamExt;

use crate::server::Server;
use crate::{cookiewarden, repo_file, run, sqlite_url, stdout, test_data};

const CHROMIUM: &str = "/usr/bin/chromium";

/// A headless Chromium with a fresh profile, closed when dropped.
pub(crate) struct Chromium {
    browser: Browser,
    _profile: tempfile::TempDir,
}

impl Chromium {
    /// `None` (after saying why) when this machine has no Chromium; under `CI=true` a missing
    /// browser is a failure instead.
    pub(crate) async fn launch() -> Option<Chromium> {
        Chromium::launch_with(&[]).await
    }

    /// The same, with more command-line switches (`--host-resolver-rules=…`, for one).
    pub(crate) async fn launch_with(args: &[&str]) -> Option<Chromium> {
        // chromiumoxide writes the dashes and the `=` itself.
        let switches: Vec<(&str, Vec<&str>)> = args
            .iter()
            .map(|arg| {
                let arg = arg.trim_start_matches('-');
                match arg.split_once('=') {
                    Some((key, value)) => (key, vec![value]),
                    None => (arg, Vec::new()),
                }
            })
            .collect();
        if !Path::new(CHROMIUM).exists() {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but {CHROMIUM} is missing: the browser tests cannot be skipped in CI"
            );
            eprintln!("skipping browser test: {CHROMIUM} not found (apt-get install -y chromium)");
            return None;
        }
        let profile = tempfile::tempdir().unwrap();
        let config = cookiewarden_scan::browser_config(Path::new(CHROMIUM), profile.path())
            .window_size(1000, 800)
            .args(
                switches
                    .iter()
                    .map(|(key, values)| (*key, values.as_slice())),
            )
            .build()
            .unwrap();
        let (browser, mut handler) = Browser::launch(config).await.expect("Chromium starts");
        tokio::spawn(async move { while handler.next().await.is_some() {} });
        Some(Chromium {
            browser,
            _profile: profile,
        })
    }

    pub(crate) async fn page(&self) -> Page {
        self.browser.new_page("about:blank").await.unwrap()
    }

    /// Every cookie the browser holds, HTTP-set and script-set, HttpOnly or not, any site.
    pub(crate) async fn cookie_names(&self, page: &Page) -> Vec<String> {
        let mut names: Vec<String> = page
            .execute(GetCookiesParams::default())
            .await
            .unwrap()
            .result
            .cookies
            .into_iter()
            .map(|c| c.name)
            .collect();
        names.sort();
        names.dedup();
        names
    }
}

/// Evaluates `expression` until it is true, for up to ten seconds.
pub(crate) async fn wait_until(page: &Page, expression: &str) {
    for _ in 0..100 {
        let value = page
            .evaluate(expression)
            .await
            .ok()
            .and_then(|r| r.into_value::<bool>().ok());
        if value == Some(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out waiting for `{expression}`");
}

pub(crate) async fn eval_bool(page: &Page, expression: &str) -> bool {
    page.evaluate(expression)
        .await
        .unwrap()
        .into_value::<bool>()
        .unwrap()
}

pub(crate) async fn click_button(page: &Page, label: &str) {
    page.find_xpath(format!("//button[normalize-space(text())='{label}']"))
        .await
        .unwrap_or_else(|e| panic!("no button {label}: {e}"))
        .click()
        .await
        .unwrap();
}

async fn press(page: &Page, key: &str, code: i64, text: Option<&str>) {
    for kind in [DispatchKeyEventType::KeyDown, DispatchKeyEventType::KeyUp] {
        let mut event = DispatchKeyEventParams::builder()
            .r#type(kind.clone())
            .key(key)
            .code(key)
            .windows_virtual_key_code(code);
        if let (Some(text), DispatchKeyEventType::KeyDown) = (text, &kind) {
            event = event.text(text);
        }
        page.execute(event.build().unwrap()).await.unwrap();
    }
}

/// Opens the settings from the persistent control, unticks every category and saves.
async fn withdraw_everything(page: &Page) {
    click_button(page, "Cookie settings").await;
    wait_until(page, BANNER_SHOWN).await;
    for category in ["preferences", "statistics", "marketing"] {
        page.find_element(format!("input[name={category}]"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }
    click_button(page, "Save my choices").await;
    wait_until(page, BANNER_GONE).await;
}

pub(crate) const BANNER_SHOWN: &str = "!!document.querySelector('[role=dialog][aria-modal=true]')";
pub(crate) const BANNER_GONE: &str = "!document.querySelector('[role=dialog]')";

struct Demo {
    server: Server,
    dir: tempfile::TempDir,
}

impl Demo {
    fn start() -> Demo {
        let dir = tempfile::tempdir().unwrap();
        let server = Server::start(&sqlite_url(dir.path()), &["--demo"]);
        Demo { server, dir }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.server.address)
    }

    /// The methods recorded in the shop's consent ledger, in order.
    fn recorded_methods(&self) -> Vec<String> {
        let output = run(cookiewarden().args([
            "ledger",
            "export",
            "--site",
            "shop",
            "--database",
            &sqlite_url(self.dir.path()),
        ]));
        // The demo's made-up month is not what this browser decided.
        let made_up = cookiewarden_core::demo_texts_hash();
        stdout(&output)
            .lines()
            .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
            .filter(|record| record["texts_hash"] != made_up.as_str())
            .map(|record| record["method"].as_str().unwrap().to_owned())
            .collect()
    }
}

/// Chromium on the demo page of the shop with the banner shown; `None` when there is no
/// Chromium on this machine (and not in CI).
async fn open_demo() -> Option<(Chromium, Demo, Page)> {
    let chromium = Chromium::launch().await?;
    let demo = Demo::start();
    let page = chromium.page().await;
    page.goto(demo.url("/demo/shop")).await.unwrap();
    wait_until(&page, BANNER_SHOWN).await;
    Some((chromium, demo, page))
}

#[tokio::test(flavor = "multi_thread")]
async fn before_any_choice_only_necessary_cookies_exist_and_reject_keeps_it_so() {
    let Some((chromium, demo, page)) = open_demo().await else {
        return;
    };
    assert_eq!(
        chromium.cookie_names(&page).await,
        Vec::<String>::new(),
        "no cookie before a choice"
    );
    assert!(
        eval_bool(
            &page,
            "!window.cookiewardenDemoStats && !window.cookiewardenDemoInline"
        )
        .await
    );
    // Accept and reject are equally prominent: same size and same styles.
    assert!(
        eval_bool(
            &page,
            "(() => { const [a, r] = [...document.querySelectorAll('.cw-choice')]; \
             const sa = getComputedStyle(a), sr = getComputedStyle(r); \
             const ba = a.getBoundingClientRect(), br = r.getBoundingClientRect(); \
             return Math.abs(ba.width - br.width) < 1 && ba.height === br.height && sa.fontWeight === sr.fontWeight \
               && sa.color === sr.color && sa.backgroundColor === sr.backgroundColor && ba.height >= 24; })()"
        )
        .await
    );

    click_button(&page, "Reject all").await;
    wait_until(&page, BANNER_GONE).await;
    assert_eq!(chromium.cookie_names(&page).await, ["cookies_preferences"]);
    page.reload().await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        eval_bool(&page, BANNER_GONE).await,
        "a choice is remembered"
    );
    assert!(
        eval_bool(
            &page,
            "!window.cookiewardenDemoStats && !window.cookiewardenDemoInline"
        )
        .await
    );
    assert!(
        eval_bool(&page, "!!document.querySelector('.cw-placeholder')").await,
        "the video stays behind its placeholder"
    );
    assert_eq!(demo.recorded_methods(), ["reject_all"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn accepting_runs_the_gated_script_and_withdrawing_removes_its_cookie() {
    let Some((chromium, demo, page)) = open_demo().await else {
        return;
    };
    click_button(&page, "Accept all").await;
    wait_until(
        &page,
        "window.cookiewardenDemoStats === 1 && window.cookiewardenDemoInline === true",
    )
    .await;
    wait_until(&page, "document.cookie.includes('_pk_id.1.demo=')").await;
    wait_until(&page, "(() => { const f = document.querySelector('iframe[data-category]'); return !f.hidden && f.src.includes('/demo/third-party/video'); })()").await;
    assert!(
        chromium
            .cookie_names(&page)
            .await
            .contains(&"_pk_id.1.demo".to_owned())
    );
    assert!(eval_bool(&page, "window.cookiewarden.accepted('statistics') && window.cookiewarden.getConsent().choices.marketing").await);

    // Withdraw through the persistent settings control, as easily as consent was given.
    withdraw_everything(&page).await;
    wait_until(&page, "!document.cookie.includes('_pk_id.1.demo=')").await;
    assert!(
        !chromium
            .cookie_names(&page)
            .await
            .contains(&"_pk_id.1.demo".to_owned())
    );
    assert_eq!(demo.recorded_methods(), ["accept_all", "withdraw"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_keyboard_alone_is_enough_and_escape_refuses() {
    let Some((chromium, demo, page)) = open_demo().await else {
        return;
    };
    assert!(
        eval_bool(
            &page,
            "document.activeElement.getAttribute('role') === 'dialog'"
        )
        .await,
        "focus moves into the dialog"
    );
    // Focus stays in the dialog however far one tabs.
    for _ in 0..12 {
        press(&page, "Tab", 9, None).await;
        assert!(
            eval_bool(
                &page,
                "document.querySelector('[role=dialog]').contains(document.activeElement)"
            )
            .await
        );
    }
    press(&page, "Escape", 27, None).await;
    wait_until(&page, BANNER_GONE).await;
    assert_eq!(chromium.cookie_names(&page).await, ["cookies_preferences"]);
    assert_eq!(demo.recorded_methods(), ["close"]);

    // Reopen from the settings control with the keyboard, then accept with Tab and Enter.
    page.reload().await.unwrap();
    wait_until(&page, "!!document.querySelector('.cw-settings')").await;
    page.evaluate("document.querySelector('.cw-settings').focus()")
        .await
        .unwrap();
    press(&page, "Enter", 13, Some("\r")).await;
    wait_until(&page, BANNER_SHOWN).await;
    page.evaluate("[...document.querySelectorAll('.cw-choice')].find(b => b.textContent === 'Accept all').focus()").await.unwrap();
    press(&page, "Enter", 13, Some("\r")).await;
    wait_until(&page, "window.cookiewardenDemoStats === 1").await;
    assert_eq!(demo.recorded_methods(), ["close", "accept_all"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn without_javascript_the_forms_record_the_choice() {
    let Some(chromium) = Chromium::launch().await else {
        return;
    };
    let demo = Demo::start();
    let page = chromium.page().await;
    page.execute(SetScriptExecutionDisabledParams::new(true))
        .await
        .unwrap();
    page.goto(demo.url("/sites/shop/my-consent?next=/demo/shop"))
        .await
        .unwrap();
    // With scripts off, reach the button through the DOM domain and press Enter on it.
    let root = page
        .execute(GetDocumentParams::default())
        .await
        .unwrap()
        .result
        .root
        .node_id;
    let button = page
        .execute(QuerySelectorParams::new(root, "button[value=reject_all]"))
        .await
        .unwrap()
        .result
        .node_id;
    page.execute(FocusParams::builder().node_id(button).build())
        .await
        .unwrap();
    press(&page, "Enter", 13, Some("\r")).await;
    for _ in 0..100 {
        if page
            .url()
            .await
            .unwrap()
            .is_some_and(|url| !url.contains("my-consent"))
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        page.url().await.unwrap().unwrap(),
        demo.url("/demo/shop"),
        "the form sends the visitor back"
    );
    assert_eq!(chromium.cookie_names(&page).await, ["cookies_preferences"]);
    assert_eq!(demo.recorded_methods(), ["reject_all"]);
    page.goto(demo.url("/sites/shop/my-consent")).await.unwrap();
    let html = page.content().await.unwrap();
    assert!(
        html.contains("consent-id") && html.contains("value=\"withdraw\""),
        "the visitor sees their consent"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn global_privacy_control_denies_marketing_and_says_so() {
    let Some(chromium) = Chromium::launch().await else {
        return;
    };
    let demo = Demo::start();
    let page = chromium.page().await;
    page.execute(SetExtraHttpHeadersParams::new(Headers::new(
        serde_json::json!({"Sec-GPC": "1"}),
    )))
    .await
    .unwrap();
    page.evaluate_on_new_document(
        "Object.defineProperty(navigator, 'globalPrivacyControl', { get: () => true })",
    )
    .await
    .unwrap();
    page.goto(demo.url("/demo/shop")).await.unwrap();
    wait_until(&page, BANNER_SHOWN).await;
    assert!(
        eval_bool(&page, "!!document.querySelector('.cw-gpc')").await,
        "the banner says GPC is honoured"
    );
    click_button(&page, "Accept all").await;
    wait_until(&page, "window.cookiewardenDemoStats === 1").await;
    assert!(eval_bool(&page, "!window.cookiewarden.accepted('marketing') && !!document.querySelector('.cw-placeholder')").await);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_policy_change_asks_again() {
    let Some((_chromium, demo, page)) = open_demo().await else {
        return;
    };
    click_button(&page, "Accept all").await;
    wait_until(&page, BANNER_GONE).await;

    let changed = run(cookiewarden()
        .args(["site", "apply", "--database", &sqlite_url(demo.dir.path())])
        .arg(test_data("shop-new-cookie.toml")));
    assert!(
        stdout(&changed).starts_with("updated site shop"),
        "{}",
        stdout(&changed)
    );
    assert_ne!(
        std::fs::read(repo_file("examples/shop.toml")).unwrap(),
        std::fs::read(test_data("shop-new-cookie.toml")).unwrap()
    );
    page.reload().await.unwrap();
    wait_until(&page, BANNER_SHOWN).await;
    assert!(
        eval_bool(&page, "!window.cookiewardenDemoStats").await,
        "the old choice no longer applies"
    );
}

/// WCAG relative-luminance contrast between an element's text colour and its background (its
/// own, or the dialog's when transparent).
const CONTRAST_OK: &str = "(() => {
  const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const dialog = document.querySelector('[role=dialog]');
  const bgOf = e => { const b = getComputedStyle(e).backgroundColor; return (b === 'rgba(0, 0, 0, 0)' || b === 'transparent') ? getComputedStyle(dialog).backgroundColor : b; };
  const ratio = e => { const a = lum(getComputedStyle(e).color), b = lum(bgOf(e)); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
  return [...dialog.querySelectorAll('button, p, h2, a, label span')].every(e => ratio(e) >= 4.5);
})()";

#[tokio::test(flavor = "multi_thread")]
async fn the_banner_fits_a_phone_has_large_targets_enough_contrast_and_nothing_pre_ticked() {
    use chromiumoxide::cdp::browser_protocol::emulation::SetDeviceMetricsOverrideParams;
    let Some(chromium) = Chromium::launch().await else {
        return;
    };
    let demo = Demo::start();
    let page = chromium.page().await;
    page.execute(SetDeviceMetricsOverrideParams::new(320, 640, 1.0, true))
        .await
        .unwrap();
    page.goto(demo.url("/demo/shop")).await.unwrap();
    wait_until(&page, BANNER_SHOWN).await;
    assert!(eval_bool(&page, "(() => { const r = document.querySelector('[role=dialog]').getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth; })()").await, "the dialog fits 320 px");
    let large_targets = "[...document.querySelectorAll('[role=dialog] button, .cw-settings, .cw-placeholder button')].every(b => { const r = b.getBoundingClientRect(); return r.width >= 24 && r.height >= 24; })";
    assert!(eval_bool(&page, large_targets).await);
    assert!(
        eval_bool(&page, CONTRAST_OK).await,
        "text contrast is at least 4.5:1"
    );
    assert!(eval_bool(&page, "document.documentElement.lang === 'en' && document.querySelector('[role=dialog]').getAttribute('aria-labelledby') === 'cw-title'").await);

    click_button(&page, "Customise").await;
    wait_until(&page, "!!document.querySelector('input[name=marketing]')").await;
    assert!(eval_bool(&page, "(() => { const n = document.querySelector('input[name=necessary]'); return n.checked && n.disabled; })()").await, "necessary is shown on and locked");
    assert!(eval_bool(&page, "['preferences', 'statistics', 'marketing'].every(c => !document.querySelector(`input[name=${c}]`).checked)").await, "no purpose is pre-ticked");
    assert!(eval_bool(&page, CONTRAST_OK).await);
    assert!(eval_bool(&page, large_targets).await);
    click_button(&page, "Reject all").await;
    wait_until(&page, BANNER_GONE).await;
    assert_eq!(chromium.cookie_names(&page).await, ["cookies_preferences"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn scanning_the_demo_records_the_choices_made_by_clicking_the_banner() {
    if Chromium::launch().await.is_none() {
        return;
    }
    let demo = Demo::start();
    let database = sqlite_url(demo.dir.path());
    let output = run(cookiewarden().args([
        "scan",
        &demo.url("/demo/shop"),
        "--max-pages",
        "1",
        "--format",
        "json",
        "--site",
        "shop",
        "--import",
        "--database",
        &database,
    ]));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)));
    let names = |visit: usize| -> Vec<String> {
        let mut names: Vec<String> = report["pages"][0]["visits"][visit]["cookies"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap().to_owned())
            .collect();
        names.sort();
        // The platform sets the choice under two paths (the site's pages and its demo).
        names.dedup();
        names
    };
    assert_eq!(names(0), Vec::<String>::new(), "nothing before a choice");
    assert_eq!(
        names(1),
        ["cookies_preferences"],
        "only the choice after Reject all"
    );
    assert!(
        names(2).contains(&"_pk_id.1.demo".to_owned()),
        "{:?}",
        names(2)
    );
    let consent = report["pages"][0]["visits"][1]["cookies"][0]["source"]["kind"]
        .as_str()
        .unwrap();
    assert_eq!(consent, "http", "the server sets the consent cookie");
    assert_eq!(demo.recorded_methods(), ["reject_all", "accept_all"]);

    // The demo is clean: its stand-in video's SameSite=Lax cookie cannot be set in a
    // cross-site frame, and everything else is declared. `--import` has nothing to add.
    assert_eq!(
        report["findings"],
        serde_json::json!([]),
        "{}",
        report["findings"]
    );
    assert_eq!(output.status.code(), Some(0));
    let exported = stdout(&run(cookiewarden().args([
        "site",
        "export",
        "shop",
        "--database",
        &database,
    ])));
    assert!(!exported.contains("status = \"draft\""), "{exported}");

    // Against a site that declares none of these cookies, `--import` adds them as drafts.
    let other = run(cookiewarden().args([
        "scan",
        &demo.url("/demo/shop"),
        "--max-pages",
        "1",
        "--site",
        "opendata-portal",
        "--import",
        "--database",
        &database,
    ]));
    assert_eq!(other.status.code(), Some(1), "{}", stdout(&other));
    let exported = stdout(&run(cookiewarden().args([
        "site",
        "export",
        "opendata-portal",
        "--database",
        &database,
    ])));
    let draft = &exported[exported.rfind("[[cookie]]").unwrap()..];
    assert!(
        draft.contains("name = \"_pk_id.1.demo\"") && draft.contains("status = \"draft\""),
        "{draft}"
    );
}

/// A Python program of the tests that listens on `port`, stopped when dropped.
pub(crate) struct Python(std::process::Child);

impl Python {
    pub(crate) fn start<S: AsRef<std::ffi::OsStr>>(args: &[S], port: u16) -> Python {
        let child = std::process::Command::new("python3")
            .args(args)
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("python3 runs");
        let program = Python(child);
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return program;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("the Python program did not start listening on {port}");
    }
}

impl Drop for Python {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A free TCP port on the loopback interface.
pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test(flavor = "multi_thread")]
async fn behind_the_gateway_the_banner_appears_and_the_server_cookies_follow_the_choice() {
    let Some(chromium) = Chromium::launch().await else {
        return;
    };
    let port = free_port();
    // The test application of the gateway's own tests: a shop in Python's standard library
    // that sets necessary, statistics (HttpOnly), marketing and undeclared cookies.
    let _application = Python::start(
        &[
            repo_file("crates/cookiewarden-gateway/tests/data/upstream_app.py"),
            port.to_string().into(),
        ],
        port,
    );
    let dir = tempfile::tempdir().unwrap();
    let database = sqlite_url(dir.path());
    run(cookiewarden().args([
        "site",
        "apply",
        repo_file("crates/cookiewarden-gateway/tests/data/upstream-site.toml")
            .to_str()
            .unwrap(),
        "--database",
        &database,
    ]));
    let upstream = format!("http://127.0.0.1:{port}");
    let gateway = Server::start_command(
        "gateway",
        &database,
        &["--site", "testshop", "--upstream", &upstream],
    );
    let page = chromium.page().await;
    page.goto(format!("http://{}/", gateway.address))
        .await
        .unwrap();
    wait_until(&page, BANNER_SHOWN).await;
    assert!(eval_bool(&page, "document.querySelector('h1').textContent === 'Shop'").await);
    assert_eq!(
        chromium.cookie_names(&page).await,
        ["app_session", "keep_forever"],
        "before a choice only the necessary cookies the server set exist"
    );

    click_button(&page, "Accept all").await;
    wait_until(&page, BANNER_GONE).await;
    page.reload().await.unwrap();
    let names = chromium.cookie_names(&page).await;
    for name in ["_stats_id", "ad_id", "cookies_preferences"] {
        assert!(
            names.contains(&name.to_owned()),
            "{name} after Accept all: {names:?}"
        );
    }
    assert!(
        !names.contains(&"mystery".to_owned()),
        "undeclared stays out"
    );

    // Withdraw everything: the page cannot delete the HttpOnly statistics cookie, the gateway
    // expires it on the next response.
    wait_until(&page, "!!document.querySelector('.cw-settings')").await;
    withdraw_everything(&page).await;
    page.reload().await.unwrap();
    let names = chromium.cookie_names(&page).await;
    assert!(
        !names.contains(&"_stats_id".to_owned()) && !names.contains(&"ad_id".to_owned()),
        "after withdrawal: {names:?}"
    );
    assert!(names.contains(&"app_session".to_owned()));
}

/// A desktop Chrome's user agent: headless Chromium calls itself `HeadlessChrome`, which the
/// audience measurement rightly takes for a robot.
const DESKTOP_CHROME: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

/// The shop's page views in the demo's database, once at least `expected` are written (the
/// collector writes every second), or whatever is there after five seconds.
async fn shop_page_views(demo: &Demo, expected: usize) -> Vec<cookiewarden_store::PageView> {
    use cookiewarden_store::Store;
    let store = cookiewarden_store::SqlStore::connect(&sqlite_url(demo.dir.path()))
        .await
        .unwrap();
    let shop = "shop".parse().unwrap();
    let mut views = Vec::new();
    for _ in 0..50 {
        views = store.page_views(&shop, 0..i64::MAX).await.unwrap();
        // The demo's made-up month is of other pages than these.
        views.retain(|view| view.path.starts_with("/demo/"));
        if views.len() >= expected {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    store.close().await;
    views
}

#[tokio::test(flavor = "multi_thread")]
async fn a_visit_is_counted_without_any_cookie_before_a_choice_and_not_after_opting_out() {
    let Some(chromium) = Chromium::launch().await else {
        return;
    };
    let demo = Demo::start();
    let page = chromium.page().await;
    page.set_user_agent(DESKTOP_CHROME).await.unwrap();
    page.goto(demo.url("/demo/shop")).await.unwrap();
    wait_until(&page, BANNER_SHOWN).await;
    let views = shop_page_views(&demo, 1).await;
    assert_eq!(views.len(), 1, "one page view, before any choice");
    assert_eq!(views[0].path, "/demo/shop");
    assert_eq!(
        (views[0].browser.as_str(), views[0].os.as_str()),
        ("Chrome", "Linux")
    );
    assert_eq!(
        chromium.cookie_names(&page).await,
        Vec::<String>::new(),
        "counted without any cookie"
    );

    // The preferences panel offers the opt-out switch, on by default.
    click_button(&page, "Customise").await;
    wait_until(&page, "!!document.querySelector('input[name=exempt]')").await;
    assert!(
        eval_bool(
            &page,
            "document.querySelector('input[name=exempt]').checked"
        )
        .await
    );
    page.find_element("input[name=exempt]")
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    click_button(&page, "Save my choices").await;
    wait_until(&page, BANNER_GONE).await;
    for _ in 0..3 {
        page.reload().await.unwrap();
        wait_until(&page, "!!document.querySelector('.cw-settings')").await;
    }
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert_eq!(
        shop_page_views(&demo, 2).await.len(),
        1,
        "after opting out, visits are no longer counted"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_optional_statistics_cookie_is_set_once_before_any_choice_and_never_renewed() {
    use chromiumoxide::cdp::browser_protocol::network::Cookie;
    let Some(chromium) = Chromium::launch().await else {
        return;
    };
    let demo = Demo::start();
    // The shop turns the cookie on.
    let shop = std::fs::read_to_string(repo_file("examples/shop.toml"))
        .unwrap()
        .replace(
            "statistics_query",
            "statistics_cookie = true\nstatistics_query",
        );
    let file = demo.dir.path().join("shop-with-cookie.toml");
    std::fs::write(&file, shop).unwrap();
    let applied = run(cookiewarden()
        .args(["site", "apply", "--database", &sqlite_url(demo.dir.path())])
        .arg(&file));
    assert!(applied.status.success(), "{}", stdout(&applied));

    let page = chromium.page().await;
    page.set_user_agent(DESKTOP_CHROME).await.unwrap();
    let visitor_cookie = |cookies: Vec<Cookie>| {
        cookies
            .into_iter()
            .find(|c| c.name == "cw_visitor")
            .map(|c| (c.value, c.expires))
    };
    page.goto(demo.url("/demo/shop")).await.unwrap();
    wait_until(&page, BANNER_SHOWN).await;
    wait_until(&page, "document.cookie.includes('cw_visitor=')").await;
    let first = visitor_cookie(page.get_cookies().await.unwrap()).expect("set before any choice");
    let thirteen_months = 13.0 * 30.0 * 86_400.0;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    assert!(
        (first.1 - now - thirteen_months).abs() < 120.0,
        "13 months: {first:?}"
    );

    tokio::time::sleep(Duration::from_millis(1500)).await;
    page.reload().await.unwrap();
    wait_until(&page, BANNER_SHOWN).await;
    let second = visitor_cookie(page.get_cookies().await.unwrap()).unwrap();
    assert_eq!(second, first, "the same value and expiry: never renewed");
    let views = shop_page_views(&demo, 2).await;
    assert_eq!(views.len(), 2);
    assert_eq!(views[0].visitor, views[1].visitor, "one returning browser");
}
