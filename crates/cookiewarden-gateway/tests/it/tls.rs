//! The gateway terminating TLS itself.

use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::harness::{Gateway, Options, Upstream, policy_version, test_data};

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
