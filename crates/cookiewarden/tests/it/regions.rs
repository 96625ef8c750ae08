//! Visitors under several laws in a real Chromium: a Californian gets the opt-out note and a
//! GPP string that IAB's own library reads as the rules say, GPC is honoured and shown as
//! such, frames reach the GPP API through the locator frame, and a European is asked first.

use std::process::Command;

use chromiumoxide::cdp::browser_protocol::network::{Headers, SetExtraHttpHeadersParams};
use chromiumoxide::page::Page;

use crate::browser::{Chromium, eval_bool, wait_until};
use crate::server::Server;
use crate::sqlite_url;

/// IAB Tech Lab's `@iabgpp/cmpapi`, where `scripts/test` installs it unless
/// `COOKIEWARDEN_IABGPP` names its folder; `None` (after saying why) outside CI.
fn iab_library() -> Option<String> {
    let folder = std::env::var("COOKIEWARDEN_IABGPP").unwrap_or_else(|_| {
        let home = std::env::var("HOME").unwrap_or_else(|_| "/root".to_owned());
        format!("{home}/.cache/cookiewarden/iabgpp-3.2.0/node_modules/@iabgpp/cmpapi")
    });
    let entry = format!("{folder}/lib/mjs/index.js");
    if std::path::Path::new(&entry).exists() {
        return Some(entry);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "CI=true but @iabgpp/cmpapi is missing at {folder}: scripts/test installs it"
    );
    eprintln!("skipped: no @iabgpp/cmpapi at {folder} (scripts/test installs it)");
    None
}

/// The sections IAB's library reads in `gpp`, as `{name: {field: value}}`.
fn iab_decode(library: &str, gpp: &str) -> serde_json::Value {
    let script = format!(
        "import {{ GppModel }} from 'file://{library}';\n\
         console.log(JSON.stringify(new GppModel(process.argv[1]).toObject()));"
    );
    let output = Command::new("node")
        .args(["--input-type=module", "-e", &script, gpp])
        .output()
        .expect("node runs");
    assert!(
        output.status.success(),
        "IAB's library refused {gpp}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

/// What `__gpp(command, …, parameter)` answers in the page.
async fn gpp_call(page: &Page, command: &str, parameter: &str) -> serde_json::Value {
    page.evaluate(format!(
        "new Promise(done => __gpp({command:?}, (value, ok) => done({{ value, ok }}), {parameter:?}))"
    ))
    .await
    .unwrap()
    .into_value()
    .unwrap()
}

/// A demo whose trusted front names the region in `CF-IPCountry`.
fn start() -> (Server, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(
        &sqlite_url(dir.path()),
        &["--demo", "--region-header", "CF-IPCountry"],
    );
    (server, dir)
}

async fn visit(
    chromium: &Chromium,
    server: &Server,
    headers: serde_json::Value,
    gpc: bool,
) -> Page {
    let page = chromium.page().await;
    page.execute(SetExtraHttpHeadersParams::new(Headers::new(headers)))
        .await
        .unwrap();
    if gpc {
        page.evaluate_on_new_document(
            "Object.defineProperty(navigator, 'globalPrivacyControl', { get: () => true })",
        )
        .await
        .unwrap();
    }
    page.goto(format!("http://{}/demo/shop", server.address))
        .await
        .unwrap();
    page
}

const NOTE_SHOWN: &str = "!!document.querySelector('.cw-notice')";

#[tokio::test(flavor = "multi_thread")]
async fn a_californian_gets_the_opt_out_note_and_a_gpp_string_iab_reads_so() {
    let Some(chromium) = Chromium::launch().await else {
        return;
    };
    let Some(library) = iab_library() else {
        return;
    };
    let (server, _dir) = start();

    let page = visit(
        &chromium,
        &server,
        serde_json::json!({"CF-IPCountry": "US-CA"}),
        false,
    )
    .await;
    wait_until(&page, NOTE_SHOWN).await;
    assert!(
        eval_bool(
            &page,
            "!document.querySelector('[role=dialog][aria-modal=true]')"
        )
        .await,
        "opt-out rules inform without blocking the page"
    );
    assert!(
        eval_bool(
            &page,
            "[...document.querySelectorAll('.cw-notice a')].some(a => a.textContent === 'Your privacy choices' && a.href.endsWith('/my-consent'))"
        )
        .await
    );
    assert!(eval_bool(&page, "cookiewarden.accepted('marketing')").await);
    // Microsoft's consent modes follow the same standing.
    assert!(
        eval_bool(
            &page,
            "JSON.stringify(window.uetq).includes('\"ad_storage\":\"granted\"') && window.clarity.q.some(a => a[0] === 'consentv2' && a[1].ad_Storage === 'granted')"
        )
        .await
    );

    let ping = gpp_call(&page, "ping", "").await;
    assert_eq!(ping["ok"], true);
    assert_eq!(ping["value"]["cmpId"], 1);
    assert_eq!(ping["value"]["signalStatus"], "ready");
    assert_eq!(ping["value"]["applicableSections"], serde_json::json!([8]));
    let string = ping["value"]["gppString"].as_str().unwrap().to_owned();
    let read = iab_decode(&library, &string);
    for section in ["usnat", "usca"] {
        assert_eq!(
            read[section]["SaleOptOut"], 2,
            "{section}: not opted out: {read}"
        );
        assert_eq!(read[section]["SharingOptOut"], 2, "{section}: {read}");
        assert_eq!(read[section]["SaleOptOutNotice"], 1, "{section}: {read}");
        assert_eq!(read[section]["Gpc"], false, "{section}: {read}");
    }
    assert_eq!(read["usnat"]["TargetedAdvertisingOptOut"], 2);
    let field = gpp_call(&page, "getField", "usca.SaleOptOut").await;
    assert_eq!(field["value"], 2);
    // Names of the object machinery are no fields, and the note on screen counts as shown.
    for (command, parameter) in [
        ("getField", "usca.__proto__"),
        ("getSection", "constructor"),
    ] {
        let answer = gpp_call(&page, command, parameter).await;
        assert_eq!(
            answer["value"],
            serde_json::Value::Null,
            "{command} {parameter}"
        );
    }
    assert_eq!(
        gpp_call(&page, "hasSection", "__proto__").await["value"],
        false
    );
    assert_eq!(
        gpp_call(&page, "ping", "").await["value"]["cmpDisplayStatus"],
        "visible"
    );

    // A frame without access to this window asks through the locator frame.
    assert!(eval_bool(&page, "!!window.frames.__gppLocator").await);
    let relayed = page
        .evaluate(
            "new Promise(done => {
               setTimeout(() => done({ timedOut: true }), 10000);
               addEventListener('message', e => { if (e.data && e.data.relay) done(e.data.relay); });
               // The frame inherits the page's CSP, so its script carries the page's nonce.
               const nonce = document.querySelector('script[nonce]').nonce;
               const f = document.createElement('iframe');
               f.srcdoc = `<script nonce=${nonce}>
                 addEventListener('message', e => { if (e.data.__gppReturn) parent.postMessage({ relay: e.data.__gppReturn }, '*'); });
                 parent.postMessage({ __gppCall: { command: 'ping', callId: 7 } }, '*');
               <\\/script>`;
               document.body.appendChild(f);
             })",
        )
        .await
        .unwrap()
        .into_value::<serde_json::Value>()
        .unwrap();
    assert_eq!(relayed["callId"], 7);
    assert_eq!(relayed["success"], true);
    assert_eq!(relayed["returnValue"]["gppString"], string.as_str());

    // With Global Privacy Control the opt-out holds without asking, and the note says so.
    let honoured = visit(
        &chromium,
        &server,
        serde_json::json!({"CF-IPCountry": "US-CA", "Sec-GPC": "1"}),
        true,
    )
    .await;
    wait_until(&honoured, NOTE_SHOWN).await;
    assert!(
        eval_bool(
            &honoured,
            "document.querySelector('.cw-notice').textContent.includes('Opt-out request honored')"
        )
        .await
    );
    assert!(!eval_bool(&honoured, "cookiewarden.accepted('marketing')").await);
    let ping = gpp_call(&honoured, "ping", "").await;
    let read = iab_decode(&library, ping["value"]["gppString"].as_str().unwrap());
    for section in ["usnat", "usca"] {
        assert_eq!(
            read[section]["SaleOptOut"], 1,
            "{section}: opted out: {read}"
        );
        assert_eq!(read[section]["Gpc"], true, "{section}: {read}");
    }

    // A European is asked first, and no GPP section applies to them.
    let europe = visit(
        &chromium,
        &server,
        serde_json::json!({"CF-IPCountry": "FR"}),
        false,
    )
    .await;
    wait_until(
        &europe,
        "!!document.querySelector('[role=dialog][aria-modal=true]')",
    )
    .await;
    // The API is not downloaded there until a tag asks; then it answers, as not applicable.
    assert!(eval_bool(&europe, "!window.__cookiewardenGpp").await);
    let ping = gpp_call(&europe, "ping", "").await;
    assert_eq!(ping["value"]["applicableSections"], serde_json::json!([-1]));
    let registered = gpp_call(&europe, "addEventListener", "").await;
    assert_eq!(registered["value"]["eventName"], "listenerRegistered");
    assert_eq!(registered["value"]["pingData"]["cmpStatus"], "loaded");
    assert_eq!(
        registered["value"]["pingData"]["applicableSections"],
        serde_json::json!([-1])
    );
}
