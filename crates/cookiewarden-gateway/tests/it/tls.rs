//! The gateway terminating TLS itself.

use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::harness::{Gateway, Options, Upstream, get, policy_version, test_data};
use hyper::StatusCode;

/// One HTTP/1.1 exchange over TLS, trusting only the test certificate; the whole answer.
async fn exchange(gateway: &Gateway, request: &str) -> String {
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_file_iter(test_data("tls-cert.pem")).unwrap() {
        roots.add(cert.unwrap()).unwrap();
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let tcp = tokio::net::TcpStream::connect(gateway.address)
        .await
        .unwrap();
    let mut tls = tokio_rustls::TlsConnector::from(Arc::new(config))
        .connect(ServerName::try_from("localhost").unwrap(), tcp)
        .await
        .expect("the handshake succeeds with the test certificate");
    tls.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    let _ = tls.read_to_end(&mut answer).await;
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn over_its_own_tls_the_gateway_marks_the_choice_cookie_secure() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options {
        tls: true,
        ..Options::new(upstream.port)
    })
    .await;
    let page = exchange(
        &gateway,
        "GET / HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.contains("set-cookie: app_session=s1"), "{page}");
    assert!(!page.contains("ad_id"));
    assert!(page.contains("/_cookiewarden/banner.js"));

    let echo = exchange(
        &gateway,
        "GET /echo HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert!(echo.contains(r#""forwarded_proto": "https""#), "{echo}");

    let body =
        serde_json::json!({"method": "accept_all", "policy_version": policy_version(&gateway)})
            .to_string();
    let consent = exchange(
        &gateway,
        &format!(
            "POST /_cookiewarden/consent HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    )
    .await;
    let cookie = consent
        .lines()
        .find(|l| l.starts_with("set-cookie: cookies_preferences="))
        .unwrap_or_else(|| panic!("{consent}"));
    assert!(cookie.contains("Secure"), "{cookie}");
}

#[test]
fn unusable_certificates_and_keys_are_named() {
    let cert = std::fs::read(test_data("tls-cert.pem")).unwrap();
    let key = std::fs::read(test_data("tls-key.pem")).unwrap();
    let error = cookiewarden_gateway::tls_config(b"not a pem", &key).unwrap_err();
    assert!(error.to_string().contains("certificate"), "{error}");
    let error = cookiewarden_gateway::tls_config(&cert, b"not a key").unwrap_err();
    assert!(error.to_string().contains("key"), "{error}");
    assert!(cookiewarden_gateway::tls_config(&cert, &key).is_ok());
}

/// `curl` with its arguments, the test certificate trusted and `localhost` pointed at the
/// gateway; the answer's head and body as curl prints them (`-i`).
fn curl(gateway: &Gateway, args: &[&str]) -> std::process::Output {
    let port = gateway.address.port();
    std::process::Command::new("curl")
        .args(["-s", "-i", "--max-time", "10"])
        .args(["--cacert", test_data("tls-cert.pem").to_str().unwrap()])
        .args(["--resolve", &format!("localhost:{port}:127.0.0.1")])
        .args(args)
        .output()
        .expect("curl runs")
}

// curl blocks its thread while the gateway answers on another.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http2_is_negotiated_over_tls_with_the_same_cookie_rules_and_never_in_clear_text() {
    let upstream = Upstream::start().await;
    let gateway = Gateway::start(Options {
        tls: true,
        ..Options::new(upstream.port)
    })
    .await;
    let port = gateway.address.port();
    let page = curl(
        &gateway,
        &[
            "--http2",
            "-H",
            "Accept: text/html",
            &format!("https://localhost:{port}/"),
        ],
    );
    let page = String::from_utf8_lossy(&page.stdout).into_owned();
    assert!(page.starts_with("HTTP/2 200"), "{page}");
    assert!(page.contains("set-cookie: app_session=s1"), "{page}");
    assert!(
        !page.contains("ad_id"),
        "a marketing cookie before consent: {page}"
    );
    assert!(page.contains("/_cookiewarden/banner.js"), "{page}");
    // The application heard of the visitor's host through HTTP/2's :authority.
    let echo = curl(
        &gateway,
        &["--http2", &format!("https://localhost:{port}/echo")],
    );
    let echo = String::from_utf8_lossy(&echo.stdout).into_owned();
    assert!(echo.starts_with("HTTP/2 200"), "{echo}");
    assert!(echo.contains(&format!("localhost:{port}")), "{echo}");
    // The consent endpoint answers on a stream as on a connection.
    let body =
        serde_json::json!({"method": "accept_all", "policy_version": policy_version(&gateway)})
            .to_string();
    let consent = curl(
        &gateway,
        &[
            "--http2",
            "-H",
            "Content-Type: application/json",
            "--data",
            &body,
            &format!("https://localhost:{port}/_cookiewarden/consent"),
        ],
    );
    let consent = String::from_utf8_lossy(&consent.stdout).into_owned();
    let cookie = consent
        .lines()
        .find(|l| l.starts_with("set-cookie: cookies_preferences="))
        .unwrap_or_else(|| panic!("{consent}"));
    assert!(cookie.contains("Secure"), "{cookie}");
    let granted = cookie
        .trim_start_matches("set-cookie: ")
        .split(';')
        .next()
        .unwrap();
    let page = curl(
        &gateway,
        &[
            "--http2",
            "-H",
            "Accept: text/html",
            "-H",
            &format!("Cookie: {granted}"),
            &format!("https://localhost:{port}/"),
        ],
    );
    let page = String::from_utf8_lossy(&page.stdout).into_owned();
    assert!(
        page.contains("set-cookie: ad_id="),
        "granted, it passes: {page}"
    );

    // In clear text there is no HTTP/2: prior knowledge fails, an h2c upgrade is declined.
    let plain = Gateway::start(Options::new(upstream.port)).await;
    let url = plain.url("/");
    let prior = curl(&plain, &["--http2-prior-knowledge", &url]);
    let prior = String::from_utf8_lossy(&prior.stdout).into_owned();
    assert!(!prior.starts_with("HTTP/2"), "{prior}");
    let upgrade = curl(&plain, &["--http2", &url]);
    let upgrade = String::from_utf8_lossy(&upgrade.stdout).into_owned();
    assert!(upgrade.starts_with("HTTP/1.1 200"), "{upgrade}");
}

#[tokio::test]
async fn an_https_application_is_reached_with_its_private_ca_and_a_wrong_name_is_a_502() {
    let upstream = Upstream::start_tls("upstream-cert.pem", "upstream-key.pem").await;
    let ca = std::fs::read(test_data("upstream-ca.pem")).unwrap();
    let gateway = Gateway::start(Options {
        upstream_scheme: "https",
        upstream_ca: Some(ca.clone()),
        ..Options::new(upstream.port)
    })
    .await;
    let page = get(&gateway.url("/"), &[("accept", "text/html")]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    assert!(page.text().contains("Welcome to the shop."));
    assert!(page.text().contains("/_cookiewarden/banner.js"));
    let set = page.cookies_set();
    assert!(
        set.contains(&"app_session".to_owned()) && !set.contains(&"ad_id".to_owned()),
        "the rules hold: {set:?}"
    );
    // The application hears the visitor's host, as with a plain upstream.
    let echo = get(&gateway.url("/echo"), &[]).await;
    assert!(
        echo.text().contains(&gateway.address.to_string()),
        "{}",
        echo.text()
    );

    // A certificate for another name: a 502 that says why, never a downgrade to HTTP.
    let wrong = Upstream::start_tls(
        "upstream-wrong-name-cert.pem",
        "upstream-wrong-name-key.pem",
    )
    .await;
    let gateway = Gateway::start(Options {
        upstream_scheme: "https",
        upstream_ca: Some(ca),
        ..Options::new(wrong.port)
    })
    .await;
    let refused = get(&gateway.url("/"), &[("accept", "text/html")]).await;
    assert_eq!(refused.status, StatusCode::BAD_GATEWAY);
    assert!(
        refused
            .text()
            .contains("its certificate is not valid for the application's name")
            && !refused.text().contains("other.example")
            && !refused.text().contains("127.0.0.1"),
        "{}",
        refused.text()
    );
    // Without the private CA, the system's roots do not know it either.
    let unknown = Gateway::start(Options {
        upstream_scheme: "https",
        ..Options::new(upstream.port)
    })
    .await;
    let refused = get(&unknown.url("/"), &[("accept", "text/html")]).await;
    assert_eq!(refused.status, StatusCode::BAD_GATEWAY);
    assert!(
        refused
            .text()
            .contains("an authority the gateway does not trust"),
        "{}",
        refused.text()
    );
}
