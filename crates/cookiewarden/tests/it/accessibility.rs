//! The back office under axe-core (from npm, pinned by `scripts/test`) in Debian's headless
//! Chromium, against `serve --demo` with its made-up month: the login page and every page of
//! the back office (sites, a site's settings, consent log, dashboard, a declaration, the
//! confirmation of its deletion, a new site, tokens, users, audit log) have no violation of the
//! rules axe checks (WCAG 2.x A and AA among them), on a wide screen and on a phone's.

use chromiumoxide::cdp::browser_protocol::emulation::SetDeviceMetricsOverrideParams;
use chromiumoxide::cdp::browser_protocol::network::CookieParam;
use chromiumoxide::page::Page;

use crate::browser::Chromium;
use crate::server::Server;
use crate::sqlite_url;

/// axe-core's script, where `scripts/test` installs it unless `COOKIEWARDEN_AXE` names one.
fn axe_script() -> Option<String> {
    let path = std::env::var("COOKIEWARDEN_AXE").unwrap_or_else(|_| {
        let home = std::env::var("HOME").unwrap_or_else(|_| "/root".to_owned());
        format!("{home}/.cache/cookiewarden/axe-4.14.1/node_modules/axe-core/axe.min.js")
    });
    match std::fs::read_to_string(&path) {
        Ok(script) => Some(script),
        Err(_) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but axe-core is missing at {path}: scripts/test installs it"
            );
            eprintln!("skipped: no axe-core at {path} (scripts/test installs it)");
            None
        }
    }
}

/// What axe finds wrong on the page at `url`: one line per rule, with the first elements.
async fn violations(page: &Page, axe: &str, url: &str) -> Vec<String> {
    page.goto(url).await.unwrap();
    page.wait_for_navigation().await.unwrap();
    page.evaluate_expression(axe).await.unwrap();
    page.evaluate_expression(
        "axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => \
         `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`))",
    )
    .await
    .unwrap()
    .into_value::<Vec<String>>()
    .unwrap()
}

/// Lays the page out `width` pixels wide, as a phone below 600.
pub(crate) async fn set_width(page: &Page, width: i64) {
    page.execute(SetDeviceMetricsOverrideParams::new(
        width,
        800,
        1.0,
        width < 600,
    ))
    .await
    .unwrap();
}

/// The value of cookie `name` in a `Cookie:` header line.
fn cookie_value(header: &str, name: &str) -> String {
    header
        .trim()
        .trim_start_matches("Cookie: ")
        .split("; ")
        .find_map(|pair| pair.strip_prefix(&format!("{name}=")))
        .unwrap()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_back_office_pages_have_no_accessibility_violation() {
    let Some(axe) = axe_script() else { return };
    let Some(chromium) = Chromium::launch().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&sqlite_url(dir.path()), &["--demo"]);
    let base = format!("http://{}", server.address);
    let page = chromium.page().await;
    // axe runs and reports: a page with an image without text fails it.
    let broken = violations(
        &page,
        &axe,
        "data:text/html,<!doctype html><html lang=en><title>t</title><main><img src=a.png></main>",
    )
    .await;
    assert!(
        broken.iter().any(|v| v.starts_with("image-alt")),
        "axe finds a known fault: {broken:?}"
    );
    let mut found = Vec::new();
    for width in [1280, 360] {
        set_width(&page, width).await;
        let login = violations(&page, &axe, &format!("{base}/admin/login")).await;
        found.extend(
            login
                .into_iter()
                .map(|v| format!("{width}px /admin/login: {v}")),
        );
    }
    let session = server.demo_admin_session();
    let cookies = ["sessionid", "csrftoken"]
        .map(|name| {
            CookieParam::builder()
                .name(name)
                .value(cookie_value(&session, name))
                .url(base.clone())
                .build()
                .unwrap()
        })
        .to_vec();
    page.set_cookies(cookies).await.unwrap();
    for width in [1280, 360] {
        set_width(&page, width).await;
        for path in [
            "/admin/",
            "/admin/sites/shop",
            "/admin/sites/shop/consents",
            "/admin/sites/shop/statistics",
            "/admin/sites/shop/cookies/edit?name=cart&domain=",
            "/admin/sites/shop/cookies/delete?name=cart&domain=",
            "/admin/new-site",
            "/admin/tokens",
            "/admin/users",
            "/admin/audit",
        ] {
            let url = format!("{base}{path}");
            let on_page = violations(&page, &axe, &url).await;
            let shown: String = page
                .evaluate_expression("location.pathname")
                .await
                .unwrap()
                .into_value()
                .unwrap();
            assert_eq!(
                shown,
                path.split('?').next().unwrap(),
                "the page itself, not the login it would send to"
            );
            found.extend(
                on_page
                    .into_iter()
                    .map(|v| format!("{width}px {path}: {v}")),
            );
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
