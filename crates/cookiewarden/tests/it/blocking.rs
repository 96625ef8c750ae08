//! Known trackers held back by the gateway, in a real browser: a page carrying its vendors'
//! own snippets, every third-party host resolved to a local stand-in that logs what reaches it.

use std::path::Path;
use std::time::Duration;

use chromiumoxide::page::Page;

use crate::browser::{
    BANNER_GONE, BANNER_SHOWN, Chromium, Python, click_button, eval_bool, free_port, wait_until,
};
use crate::server::Server;
use crate::{cookiewarden, repo_file, run, sqlite_url};

/// The hosts the page's vendors load from once their tags run.
const TRACKER_HOSTS: [&str; 12] = [
    "www.googletagmanager.com",
    "connect.facebook.net",
    "static.hotjar.com",
    "www.clarity.ms",
    "analytics.tiktok.com",
    "snap.licdn.com",
    "js.hs-scripts.com",
    "fonts.googleapis.com",
    "www.google.com",
    "www.youtube.com",
    "player.vimeo.com",
    "platform.twitter.com",
];

/// Hosts the page names only in fallbacks for browsers without scripts, or that a vendor's
/// script would reach next.
const OTHER_PAGE_HOSTS: [&str; 5] = [
    "www.facebook.com",
    "px.ads.linkedin.com",
    "fonts.gstatic.com",
    "www.gstatic.com",
    "twitter.com",
];

/// The page's third-party hosts that reached the stand-in so far (Chromium's own requests, to
/// its update and search services, are not the page's).
fn reached(log: &Path) -> Vec<String> {
    let mut hosts: Vec<String> = std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| line.split(' ').next().map(str::to_owned))
        .filter(|host| {
            TRACKER_HOSTS.contains(&host.as_str()) || OTHER_PAGE_HOSTS.contains(&host.as_str())
        })
        .collect();
    hosts.sort();
    hosts.dedup();
    hosts
}

/// Cookies the stand-in's responses or scripts set for the page's hosts: each is named after
/// its host, with `_` for every character that is not a letter or digit.
async fn tracker_cookies(chromium: &Chromium, page: &Page) -> Vec<String> {
    let labels: Vec<String> = TRACKER_HOSTS
        .iter()
        .chain(&OTHER_PAGE_HOSTS)
        .map(|host| host.replace(|c: char| !c.is_ascii_alphanumeric(), "_"))
        .collect();
    chromium
        .cookie_names(page)
        .await
        .into_iter()
        .filter(|name| {
            let label = name
                .strip_prefix("standin_")
                .or_else(|| name.strip_prefix("tracker_"));
            label.is_some_and(|label| labels.iter().any(|l| l == label))
        })
        .collect()
}

/// Loads the page, waits for the page's own scripts, and gives any tracker time to load.
async fn visit(page: &Page) {
    page.goto("http://shop.test/").await.unwrap();
    wait_until(
        page,
        "document.getElementById('first-party').textContent === 'First-party scripts ran.' \
         && window.firstPartyInline === true && window.firstPartyFile === true",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
}

/// The vendor page behind a gateway with auto-blocking, in Chromium, every third-party host
/// resolved to the logging stand-in; `None` where Chromium cannot run.
struct ShopUnderTest {
    chromium: Chromium,
    page: Page,
    log: std::path::PathBuf,
    _gateway: Server,
    _standin: Python,
    _upstream: Python,
    _dir: tempfile::TempDir,
}

/// The logging stand-in every third-party host resolves to, on a port of its own.
fn start_standin(log: &Path) -> (Python, u16) {
    let data = repo_file("crates/cookiewarden-gateway/tests/data");
    let port = free_port();
    let standin = Python::start(
        &[
            data.join("standin.py"),
            port.to_string().into(),
            log.to_owned(),
            data.join("tls-cert.pem"),
            data.join("tls-key.pem"),
        ],
        port,
    );
    (standin, port)
}

/// A static server of `directory`, on a port of its own.
fn serve_directory(directory: std::path::PathBuf) -> (Python, u16) {
    let port = free_port();
    let server = Python::start(
        &[
            "-m".into(),
            "http.server".into(),
            "--bind".into(),
            "127.0.0.1".into(),
            "--directory".into(),
            directory,
            port.to_string().into(),
        ],
        port,
    );
    (server, port)
}

/// A database in `dir` with the site of `definition` applied.
fn database_with(dir: &Path, definition: &Path) -> String {
    let database = sqlite_url(dir);
    run(cookiewarden().args([
        "site",
        "apply",
        definition.to_str().unwrap(),
        "--database",
        &database,
    ]));
    database
}

async fn shop_under_test() -> Option<ShopUnderTest> {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("reached.log");
    let data = repo_file("crates/cookiewarden-gateway/tests/data");
    let (_standin, standin_port) = start_standin(&log);
    let (_upstream, upstream_port) = serve_directory(data.join("vendor-tags"));
    let database = database_with(dir.path(), &data.join("upstream-site.toml"));
    let gateway = Server::start_command(
        "gateway",
        &database,
        &[
            "--site",
            "testshop",
            "--auto-blocking",
            "on",
            "--upstream",
            &format!("http://127.0.0.1:{upstream_port}"),
        ],
    );
    // The shop is shop.test, served by the gateway; every other host is the stand-in.
    let rules = format!(
        "--host-resolver-rules=MAP shop.test {}, MAP * 127.0.0.1:{standin_port}",
        gateway.address
    );
    let chromium = Chromium::launch_with(&[
        &rules,
        "--ignore-certificate-errors",
        "--disable-features=HttpsUpgrades",
    ])
    .await?;
    let page = chromium.page().await;
    Some(ShopUnderTest {
        chromium,
        page,
        log,
        _gateway: gateway,
        _standin,
        _upstream,
        _dir: dir,
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn no_tracker_loads_before_consent_or_after_refusal_and_all_load_after_acceptance() {
    let Some(shop) = shop_under_test().await else {
        return;
    };
    let (chromium, page, log) = (&shop.chromium, &shop.page, &shop.log);

    visit(page).await;
    wait_until(page, BANNER_SHOWN).await;
    assert_eq!(reached(log), Vec::<String>::new(), "before any choice");
    assert_eq!(tracker_cookies(chromium, page).await, Vec::<String>::new());
    assert!(
        eval_bool(
            page,
            "[...document.querySelectorAll('.cw-placeholder strong')].map(e => e.textContent).includes('YouTube')"
        )
        .await,
        "the placeholder names the provider"
    );

    click_button(page, "Reject all").await;
    wait_until(page, BANNER_GONE).await;
    visit(page).await;
    assert_eq!(reached(log), Vec::<String>::new(), "after Reject all");
    assert_eq!(tracker_cookies(chromium, page).await, Vec::<String>::new());

    page.evaluate("window.cookiewarden.show()").await.unwrap();
    wait_until(page, BANNER_SHOWN).await;
    click_button(page, "Accept all").await;
    wait_until(page, BANNER_GONE).await;
    // Accepted on this page: the held-back tags run at once, without a reload.
    for _ in 0..100 {
        if TRACKER_HOSTS
            .iter()
            .all(|h| reached(log).contains(&h.to_string()))
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let hosts = reached(log);
    for host in TRACKER_HOSTS {
        assert!(
            hosts.contains(&host.to_owned()),
            "{host} after Accept all: {hosts:?}"
        );
    }
    assert!(
        !tracker_cookies(chromium, page).await.is_empty(),
        "the trackers' scripts ran"
    );
    visit(page).await;
    assert!(
        eval_bool(page, "!document.querySelector('[data-service]')").await,
        "after acceptance the next page comes as the application wrote it"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_service_switched_off_alone_stays_held_while_the_rest_of_its_kind_loads() {
    let Some(shop) = shop_under_test().await else {
        return;
    };
    let (page, log) = (&shop.page, &shop.log);
    visit(page).await;
    wait_until(page, BANNER_SHOWN).await;
    click_button(page, "Customise").await;
    // Marketing on switches its services on; then YouTube alone off again.
    page.evaluate("document.querySelector('input[name=marketing]').click()")
        .await
        .unwrap();
    assert!(
        eval_bool(
            page,
            "[...document.querySelectorAll('input[name=service]')].every(i => i.checked) \
             && document.querySelectorAll('.cw-services input[name=service]').length === 2"
        )
        .await,
        "the kind's switch switches its services"
    );
    page.evaluate("document.querySelector('input[name=service][value=youtube]').click()")
        .await
        .unwrap();
    click_button(page, "Save my choices").await;
    wait_until(page, BANNER_GONE).await;
    for _ in 0..100 {
        if reached(log).contains(&"connect.facebook.net".to_owned()) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let hosts = reached(log);
    assert!(
        hosts.contains(&"connect.facebook.net".to_owned()),
        "the pixel, marketing, loads: {hosts:?}"
    );
    assert!(
        !hosts.contains(&"www.youtube.com".to_owned()),
        "YouTube, switched off alone, does not: {hosts:?}"
    );
    for statistics in ["static.hotjar.com", "www.clarity.ms"] {
        assert!(
            !hosts.contains(&statistics.to_owned()),
            "statistics stay off: {hosts:?}"
        );
    }
    // On the next page the gateway judges the same: YouTube held, the pixel as written.
    visit(page).await;
    assert!(
        eval_bool(
            page,
            "!!document.querySelector('iframe[data-service=youtube]') \
             && !document.querySelector('[data-service=facebookpixel]')"
        )
        .await,
        "the gateway reads the choice per service"
    );
    assert!(!reached(log).contains(&"www.youtube.com".to_owned()));
    assert!(
        eval_bool(
            page,
            "window.cookiewarden.getConsent().services.youtube === false \
             && window.cookiewarden.getConsent().services.facebookpixel === true"
        )
        .await
    );
}

/// The hosts the loader page's tag manager inserts tags for.
const INSERTED_HOSTS: [&str; 4] = [
    "connect.facebook.net",
    "static.hotjar.com",
    "www.youtube.com",
    "www.facebook.com",
];

/// Which of the loader page's tracker hosts reached the stand-in so far.
fn reached_inserted(log: &Path) -> Vec<String> {
    let mut hosts: Vec<String> = std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| line.split(' ').next().map(str::to_owned))
        .filter(|host| INSERTED_HOSTS.contains(&host.as_str()))
        .collect();
    hosts.sort();
    hosts.dedup();
    hosts
}

#[tokio::test(flavor = "multi_thread")]
async fn without_the_gateway_the_loader_holds_back_what_a_tag_manager_inserts() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("reached.log");
    let data = repo_file("crates/cookiewarden/tests/data");
    let (_standin, standin_port) = start_standin(&log);
    let (_pages, page_port) = serve_directory(data.join("blocker"));
    let database = database_with(dir.path(), &data.join("blocker-site.toml"));
    let platform = Server::start(&database, &[]);
    // The shop and the platform on two origins of their own; every other host the stand-in.
    let rules = format!(
        "--host-resolver-rules=MAP shop.test 127.0.0.1:{page_port}, MAP platform.test {}, \
         MAP * 127.0.0.1:{standin_port}",
        platform.address
    );
    let Some(chromium) = Chromium::launch_with(&[
        &rules,
        "--ignore-certificate-errors",
        "--disable-features=HttpsUpgrades",
    ])
    .await
    else {
        return;
    };
    let page = chromium.page().await;
    let visit = async || {
        page.goto("http://shop.test/").await.unwrap();
        wait_until(
            &page,
            "document.getElementById('first-party').textContent === 'First-party scripts ran.'",
        )
        .await;
        tokio::time::sleep(Duration::from_millis(1500)).await;
    };

    visit().await;
    wait_until(&page, BANNER_SHOWN).await;
    assert_eq!(
        reached_inserted(&log),
        Vec::<String>::new(),
        "before any choice"
    );
    assert!(
        eval_bool(
            &page,
            "document.querySelector('script[data-service=facebookpixel]').type === 'text/plain' \
             && document.querySelector('script[data-service=hotjar]').dataset.type === 'text/javascript' \
             && !!document.querySelector('iframe[data-service=youtube][data-src]')"
        )
        .await,
        "inserted tags are gated as the gateway gates them"
    );

    click_button(&page, "Reject all").await;
    wait_until(&page, BANNER_GONE).await;
    visit().await;
    assert_eq!(
        reached_inserted(&log),
        Vec::<String>::new(),
        "after Reject all"
    );

    page.evaluate("window.cookiewarden.show()").await.unwrap();
    wait_until(&page, BANNER_SHOWN).await;
    click_button(&page, "Accept all").await;
    wait_until(&page, BANNER_GONE).await;
    let expected = [
        "connect.facebook.net",
        "static.hotjar.com",
        "www.facebook.com",
        "www.youtube.com",
    ];
    for _ in 0..100 {
        if reached_inserted(&log) == expected {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        reached_inserted(&log),
        expected,
        "after Accept all, on the same page"
    );
}
