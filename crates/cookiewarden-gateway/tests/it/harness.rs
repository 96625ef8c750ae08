//! Starting the application, a store with the test site, and the gateway in between; a small
//! HTTP client to talk to them.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use cookiewarden_core::{KeyRing, SiteDefinition};
use cookiewarden_gateway::{GatewayConfig, Undeclared, UnknownScripts};
use cookiewarden_store::{SqlStore, Store};
use cookiewarden_web::WebConfig;
use http_body_util::{BodyExt, Full};
use hyper::header::HeaderMap;
use hyper::{Request, StatusCode};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

pub(crate) fn test_data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// The application, killed when dropped.
pub(crate) struct Upstream {
    pub(crate) port: u16,
    child: Child,
}

impl Upstream {
    /// The application on a port of its own choosing, so tests side by side never share one.
    pub(crate) async fn start() -> Upstream {
        Upstream::start_on(0).await
    }

    /// The application on `port` (0: any free port); returns once it listens.
    pub(crate) async fn start_on(port: u16) -> Upstream {
        Upstream::launch(port, &[]).await
    }

    /// The application over HTTPS with the certificate and key of these fixtures.
    pub(crate) async fn start_tls(certificate: &str, key: &str) -> Upstream {
        Upstream::launch(0, &[test_data(certificate), test_data(key)]).await
    }

    async fn launch(port: u16, tls: &[std::path::PathBuf]) -> Upstream {
        use std::io::BufRead;
        let mut child = Command::new("python3")
            .arg(test_data("upstream_app.py"))
            .arg(port.to_string())
            .args(tls)
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 runs the test application");
        let stdout = child.stdout.take().unwrap();
        let line = tokio::task::spawn_blocking(move || {
            let mut line = String::new();
            std::io::BufReader::new(stdout)
                .read_line(&mut line)
                .map(|_| line)
        })
        .await
        .unwrap()
        .unwrap();
        let port = line
            .trim()
            .strip_prefix("ready ")
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("the test application did not start: {line:?}"));
        Upstream { port, child }
    }
}

impl Drop for Upstream {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub(crate) fn keys() -> KeyRing {
    format!("test:{}", "ab".repeat(32)).parse().unwrap()
}

/// A running gateway with its store; stopped (and its sightings written) by [`Gateway::stop`].
pub(crate) struct Gateway {
    pub(crate) address: SocketAddr,
    pub(crate) store: Arc<SqlStore>,
    pub(crate) site: SiteDefinition,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

pub(crate) struct Options {
    pub(crate) upstream_port: u16,
    pub(crate) undeclared: Undeclared,
    pub(crate) upstream_timeout: Duration,
    pub(crate) tls: bool,
    pub(crate) unknown_scripts: UnknownScripts,
    pub(crate) auto_blocking: bool,
    /// `https://` to reach the application over TLS, trusting `upstream_ca`.
    pub(crate) upstream_scheme: &'static str,
    pub(crate) upstream_ca: Option<Vec<u8>>,
}

impl Options {
    pub(crate) fn new(upstream_port: u16) -> Options {
        Options {
            upstream_port,
            undeclared: Undeclared::Block,
            upstream_timeout: Duration::from_secs(10),
            tls: false,
            unknown_scripts: UnknownScripts::Pass,
            auto_blocking: true,
            upstream_scheme: "http",
            upstream_ca: None,
        }
    }
}

impl Gateway {
    pub(crate) async fn start(options: Options) -> Gateway {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/gateway.db", dir.path().display());
        let store = Arc::new(SqlStore::connect(&url).await.unwrap());
        let site = SiteDefinition::parse(
            &std::fs::read_to_string(test_data("upstream-site.toml")).unwrap(),
        )
        .unwrap();
        store.apply_site(&site).await.unwrap();
        let collector = cookiewarden_stats::Collector::start(
            Arc::clone(&store) as Arc<dyn cookiewarden_store::Store>,
            cookiewarden_stats::CollectorConfig::default(),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let config = gateway_config(options, site.site.slug.clone(), collector);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let shared: Arc<dyn Store> = store.clone();
        let task = tokio::spawn(async move {
            cookiewarden_gateway::serve(listener, shared, config, async {
                let _ = stopped.await;
            })
            .await
            .unwrap();
        });
        Gateway {
            address,
            store,
            site,
            stop: Some(stop),
            task: Some(task),
            _dir: dir,
        }
    }

    /// Stops the gateway and waits until it has finished (sightings written).
    pub(crate) async fn stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.unwrap();
        }
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }
}

/// An answer, read whole.
pub(crate) struct Answer {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

impl Answer {
    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The `Set-Cookie` lines, each as sent.
    pub(crate) fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect()
    }

    /// Names of the cookies set (not expired) by this answer.
    pub(crate) fn cookies_set(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .set_cookies()
            .iter()
            .filter(|line| !line.contains("Max-Age=0"))
            .map(|line| line.split('=').next().unwrap().to_owned())
            .collect();
        names.sort();
        names
    }

    /// Names of the cookies this answer expires.
    pub(crate) fn cookies_expired(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .set_cookies()
            .iter()
            .filter(|line| line.contains("Max-Age=0"))
            .map(|line| line.split('=').next().unwrap().to_owned())
            .collect();
        names.sort();
        names.dedup();
        names
    }

    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(|v| v.to_str().unwrap())
    }
}

/// Sends one request and reads the answer whole.
pub(crate) async fn send(method: &str, url: &str, headers: &[(&str, &str)], body: &str) -> Answer {
    let client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let mut request = Request::builder().method(method).uri(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = client
        .request(
            request
                .body(Full::new(Bytes::from(body.to_owned())))
                .unwrap(),
        )
        .await
        .unwrap();
    let status = response.status();
    let (parts, body) = response.into_parts();
    Answer {
        status,
        headers: parts.headers,
        body: body.collect().await.unwrap().to_bytes(),
    }
}

/// A GET whose failure (connection or body) is returned, not a panic.
pub(crate) async fn try_get(url: &str, headers: &[(&str, &str)]) -> Result<Bytes, String> {
    let client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let mut request = Request::get(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = client
        .request(request.body(Full::new(Bytes::new())).unwrap())
        .await
        .map_err(|e| e.to_string())?;
    let body = response.into_body().collect().await;
    body.map(|b| b.to_bytes()).map_err(|e| e.to_string())
}

/// Writes raw bytes (for requests no HTTP client would send) and reads the answer to the end.
pub(crate) async fn send_raw(address: SocketAddr, request: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    stream.write_all(request).await.unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer).await;
    String::from_utf8_lossy(&answer).into_owned()
}

pub(crate) async fn get(url: &str, headers: &[(&str, &str)]) -> Answer {
    send("GET", url, headers, "").await
}

/// The `cookies_preferences` value a consent POST set, after recording `body` (JSON).
pub(crate) async fn consent(gateway: &Gateway, body: serde_json::Value) -> String {
    let answer = send(
        "POST",
        &gateway.url("/_cookiewarden/consent"),
        &[("content-type", "application/json")],
        &body.to_string(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let line = answer
        .set_cookies()
        .into_iter()
        .find(|l| l.starts_with("cookies_preferences="))
        .expect("the consent sets cookies_preferences");
    assert!(line.contains("Path=/"), "{line}");
    line.split(';').next().unwrap().to_owned()
}

pub(crate) fn policy_version(gateway: &Gateway) -> String {
    gateway.site.policy_version().to_string()
}

/// The settings of a gateway for `site` in front of the application `options` name.
pub(crate) fn gateway_config(
    options: Options,
    site: cookiewarden_core::Slug,
    collector: cookiewarden_stats::Collector,
) -> GatewayConfig {
    GatewayConfig {
        upstream: format!(
            "{}://127.0.0.1:{}",
            options.upstream_scheme, options.upstream_port
        ),
        upstream_ca: options.upstream_ca,
        site,
        upstream_timeout: options.upstream_timeout,
        undeclared: options.undeclared,
        max_cookie_lifetime_seconds: GatewayConfig::DEFAULT_MAX_COOKIE_LIFETIME_SECONDS,
        auto_blocking: options.auto_blocking,
        unknown_scripts: options.unknown_scripts,
        limits: cookiewarden_web::server::ConnectionLimits::default(),
        web: WebConfig {
            trust_forwarded_proto: false,
            keys: keys(),
            collector,
            regions: cookiewarden_web::RegionHeaders {
                country: Some(hyper::header::HeaderName::from_static("cf-ipcountry")),
                subdivision: None,
            },
        },
        tls: options.tls.then(|| {
            cookiewarden_gateway::tls_config(
                &std::fs::read(test_data("tls-cert.pem")).unwrap(),
                &std::fs::read(test_data("tls-key.pem")).unwrap(),
            )
            .unwrap()
        }),
    }
}
