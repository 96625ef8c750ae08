//! Every language fits: the banner's first layer and its preferences panel, and the policy
//! page, in each of the thirty languages at a phone's 320 px and a desktop's 1280 px, in
//! Debian's headless Chromium.

use chromiumoxide::cdp::browser_protocol::network::ClearBrowserCookiesParams;
use chromiumoxide::page::Page;

use crate::accessibility::set_width;
use crate::browser::{Chromium, eval_bool, wait_until};
use crate::server::Server;
use crate::sqlite_url;

/// What does not fit, as a list of descriptions (empty when everything fits): the page wider
/// than the window, the dialog scrolling sideways, an element of it whose text overflows its
/// box, or the two answers of different sizes.
const MISFITS: &str = r#"(() => {
  const found = [];
  const root = document.documentElement;
  if (root.scrollWidth > window.innerWidth + 1) found.push(`page ${root.scrollWidth} > ${window.innerWidth}`);
  const dialog = document.querySelector('[role=dialog]');
  if (dialog) {
    const r = dialog.getBoundingClientRect();
    if (r.left < -1 || r.right > window.innerWidth + 1) found.push(`dialog ${r.left}..${r.right}`);
    if (dialog.scrollWidth > dialog.clientWidth + 1) found.push('dialog scrolls sideways');
    for (const e of dialog.querySelectorAll('*')) {
      if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
        found.push(`${e.tagName.toLowerCase()}.${e.className} clipped: ${e.textContent.slice(0, 40)}`);
    }
    const [accept, reject] = [...dialog.querySelectorAll('.cw-choice')].map(b => b.getBoundingClientRect());
    if (!accept || !reject) found.push('no Accept all and Reject all');
    else if (Math.abs(accept.width - reject.width) > 0.5 || Math.abs(accept.height - reject.height) > 0.5)
      found.push(`answers differ: ${accept.width}x${accept.height} and ${reject.width}x${reject.height}`);
  }
  return found;
})()"#;

async fn misfits(page: &Page) -> Vec<String> {
    page.evaluate(MISFITS).await.unwrap().into_value().unwrap()
}

/// The platform's demo page in language `tag`, its banner's first layer shown.
async fn open_banner(page: &Page, server: &Server, tag: &str) {
    page.goto(format!(
        "http://{}/demo/platform?lang={tag}",
        server.address
    ))
    .await
    .unwrap();
    wait_until(page, "!!document.querySelector('[role=dialog] .cw-choice')").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_banner_its_panel_and_the_policy_fit_in_every_language_at_320_and_1280_px() {
    let Some(chromium) = Chromium::launch().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&sqlite_url(dir.path()), &["--demo"]);
    let page = chromium.page().await;
    let mut failures = Vec::new();
    for width in [320, 1280] {
        set_width(&page, width).await;
        for tag in cookiewarden_core::SUPPORTED_LANGUAGES {
            // A fresh visitor each time: no choice kept from the language before.
            page.execute(ClearBrowserCookiesParams::default())
                .await
                .unwrap();
            open_banner(&page, &server, tag).await;
            assert!(
                eval_bool(
                    &page,
                    &format!("document.querySelector('[role=dialog]').lang === '{tag}'")
                )
                .await,
                "{tag}: the banner speaks the page's language"
            );
            for problem in misfits(&page).await {
                failures.push(format!("{tag} {width}px first layer: {problem}"));
            }
            page.evaluate("document.querySelector('[role=dialog] .cw-secondary').click()")
                .await
                .unwrap();
            wait_until(
                &page,
                "!!document.querySelector('[role=dialog] input[name=marketing]')",
            )
            .await;
            for problem in misfits(&page).await {
                failures.push(format!("{tag} {width}px panel: {problem}"));
            }
            page.goto(format!(
                "http://{}/cookies-policy?lang={tag}",
                server.address
            ))
            .await
            .unwrap();
            for problem in misfits(&page).await {
                failures.push(format!("{tag} {width}px policy: {problem}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Arabic reads from right to left, the banner too.
    open_banner(&page, &server, "ar").await;
    assert!(
        eval_bool(
            &page,
            "document.documentElement.dir === 'rtl' && getComputedStyle(document.querySelector('[role=dialog]')).direction === 'rtl'"
        )
        .await
    );
    // The check sees what does not fit: a line no dialog can hold.
    page.evaluate(
        "(() => { const p = document.createElement('p'); p.style.whiteSpace = 'nowrap'; p.textContent = 'x'.repeat(400); document.querySelector('[role=dialog]').appendChild(p); })()",
    )
    .await
    .unwrap();
    assert!(!misfits(&page).await.is_empty());
}
