//! The HTTP plumbing: accepting visitors, forwarding to the application over a keep-alive
//! pool, and applying the cookie rules and the HTML injection on the way.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, RwLock};

use axum::body::Body;
use bytes::Bytes;
use cookiewarden_core::{PolicyVersion, ServiceCatalogue, SiteDefinition};
use cookiewarden_store::Store;
use cookiewarden_web::WebConfig;
use cookiewarden_web::server::{ConnectionLimits, Protocol, serve_connections, serve_http};
use futures::StreamExt;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper::header::{self, HeaderMap, HeaderName, HeaderValue};
use hyper::{Request, Response, StatusCode, Uri};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioIo;
use tower::ServiceExt;
use url::Url;

use crate::cookies::Sighting;
use crate::cookies::{Rules, SetCookieOutcome, Standing};
use crate::html::ScriptSighting;
use crate::html::{Blocking, Decoder, Injector, allow_banner, banner_tags};
use crate::sightings::{Sightings, spawn_flusher};
use crate::upstream::{Affinity, BoxError, Upstream};
use crate::{Error, GatewayConfig, SITE_REFRESH, unix_now};

/// The request header that tells the application the visitor's choice.
pub const CONSENT_HEADER: &str = "cookiewarden-consent";

/// Headers that belong to one connection, never forwarded (RFC 9110 §7.6.1).
const HOP_BY_HOP: [HeaderName; 8] = [
    header::CONNECTION,
    HeaderName::from_static("keep-alive"),
    header::PROXY_AUTHENTICATE,
    header::PROXY_AUTHORIZATION,
    HeaderName::from_static("proxy-connection"),
    header::TE,
    header::TRAILER,
    header::TRANSFER_ENCODING,
];

#[derive(Clone)]
pub(crate) struct Gateway(Arc<Inner>);

/// The sites one gateway serves, chosen by the `Host` a request names; with one site and no
/// hosts, every request is that site's.
#[derive(Clone)]
pub(crate) struct Sites(Arc<SitesInner>);

struct SitesInner {
    /// Each site's gateway under the hosts it answers, lower case, without port.
    by_host: HashMap<String, Gateway>,
    /// The one site that answers whatever the host (`--site` without `--sites`).
    any: Option<Gateway>,
    tls: Option<tokio_rustls::TlsAcceptor>,
    limits: ConnectionLimits,
}

impl Sites {
    /// One site, whatever the host.
    pub(crate) fn one(gateway: Gateway) -> Sites {
        let config = &gateway.0.config;
        Sites(Arc::new(SitesInner {
            by_host: HashMap::new(),
            tls: config.tls.clone().map(tokio_rustls::TlsAcceptor::from),
            limits: config.limits,
            any: Some(gateway),
        }))
    }

    /// Several sites, each under its hosts; TLS and connection limits are the first site's.
    pub(crate) fn by_host(routes: Vec<(Vec<String>, Gateway)>) -> Sites {
        let first = routes.first().map(|(_, gateway)| &gateway.0.config);
        let tls = first
            .and_then(|c| c.tls.clone())
            .map(tokio_rustls::TlsAcceptor::from);
        let limits = first.map(|c| c.limits).unwrap_or_default();
        let by_host = routes
            .into_iter()
            .flat_map(|(hosts, gateway)| {
                hosts
                    .into_iter()
                    .map(move |host| (host.to_ascii_lowercase(), gateway.clone()))
            })
            .collect();
        Sites(Arc::new(SitesInner {
            by_host,
            any: None,
            tls,
            limits,
        }))
    }

    fn gateways(&self) -> Vec<Gateway> {
        let mut all: Vec<Gateway> = self.0.any.iter().cloned().collect();
        for gateway in self.0.by_host.values() {
            if !all.iter().any(|g| Arc::ptr_eq(&g.0, &gateway.0)) {
                all.push(gateway.clone());
            }
        }
        all
    }

    /// The site a request is for: the host it names (Host, or HTTP/2's `:authority`),
    /// without port or final dot.
    fn route(&self, request: &Request<Incoming>) -> Option<&Gateway> {
        if let Some(any) = &self.0.any {
            return Some(any);
        }
        let authority = request
            .headers()
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .and_then(|h| h.parse::<hyper::http::uri::Authority>().ok())
            .or_else(|| request.uri().authority().cloned())?;
        let host = authority.host().trim_end_matches('.').to_ascii_lowercase();
        self.0.by_host.get(&host)
    }

    pub(crate) async fn run(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> Result<(), Error> {
        let gateways = self.gateways();
        let (stop, stopping) = tokio::sync::watch::channel(false);
        let background: Vec<Background> = gateways
            .iter()
            .map(|gateway| gateway.spawn_background(&stopping))
            .collect();
        let sites = self.clone();
        serve_connections(
            listener,
            self.0.limits,
            shutdown,
            move |stream, peer, connection| {
                let sites = sites.clone();
                async move {
                    match sites.0.tls.clone() {
                        None => {
                            // In clear text HTTP/1.1 only: `h2c` is not offered.
                            let affinity = Affinity::default();
                            let service = sites.service(peer, false, Some(affinity.clone()));
                            tokio::select! {
                                () = serve_http(stream, service, connection, Protocol::Http1) => {}
                                () = affinity.drive() => {}
                            }
                        }
                        Some(acceptor) => {
                            // A client that never finishes its handshake is dropped, not
                            // waited for.
                            let limit = connection.limits().header_read_timeout;
                            let handshake = tokio::time::timeout(limit, acceptor.accept(stream));
                            if let Ok(Ok(stream)) = handshake.await {
                                let protocol = match stream.get_ref().1.alpn_protocol() {
                                    Some(b"h2") => Protocol::Http2,
                                    _ => Protocol::Http1,
                                };
                                // HTTP/2 streams run at once: they share the pool instead.
                                let affinity =
                                    (protocol == Protocol::Http1).then(Affinity::default);
                                let service = sites.service(peer, true, affinity.clone());
                                let serving = serve_http(stream, service, connection, protocol);
                                match affinity {
                                    Some(affinity) => tokio::select! {
                                        () = serving => {}
                                        () = affinity.drive() => {}
                                    },
                                    None => serving.await,
                                }
                            }
                        }
                    }
                }
            },
        )
        .await;
        let _ = stop.send(true);
        // A flush under way finishes first: aborting it would lose the batch it took. A
        // database that does not answer holds the stop for the grace period at most; what
        // connections still open after it record is not written.
        let grace = self.0.limits.shutdown_grace;
        let mut flushers = Vec::new();
        for tasks in background {
            tasks.refresh.abort();
            flushers.extend(tasks.flushers);
        }
        let flushed = async {
            for flusher in flushers {
                let _ = flusher.await;
            }
            for gateway in gateways {
                gateway.flush().await;
            }
        };
        if tokio::time::timeout(grace, flushed).await.is_err() {
            tracing::warn!(
                ?grace,
                "sightings not written: the database did not answer in time"
            );
        }
        Ok(())
    }

    /// The service of one visitor connection (plain or TLS): the rules of the site its
    /// requests name, with rewritten pages compressed again; 421 for a host no site answers.
    /// With `affinity`, requests go to the application over the connection's own connection.
    fn service(
        self,
        peer: SocketAddr,
        tls: bool,
        affinity: Option<Affinity>,
    ) -> impl tower::Service<
        Request<Incoming>,
        Response = Response<Body>,
        Error = Infallible,
        Future = impl Send,
    > + Clone
    + Send
    + 'static {
        let sites = self;
        let visitor = Arc::new(Visitor {
            address: HeaderValue::from_str(&peer.ip().to_string())
                .unwrap_or(HeaderValue::from_static("unknown")),
            tls,
            affinity,
        });
        tower::service_fn(move |request: Request<Incoming>| {
            // Two Host headers could name one site to the gateway and another to the
            // application (RFC 9112 §3.2 has such a request refused).
            let gateway = one_host(&request).then(|| sites.route(&request).cloned());
            let visitor = Arc::clone(&visitor);
            async move {
                Ok::<_, Infallible>(match gateway {
                    // Boxed: the request's future is large, and hyper and tower move
                    // what they poll; a pointer moves instead of kilobytes.
                    Some(Some(gateway)) => Box::pin(gateway.handle(request, &visitor)).await,
                    Some(None) => fault(
                        StatusCode::MISDIRECTED_REQUEST,
                        "This gateway serves no site under this name.",
                    ),
                    None => fault(
                        StatusCode::BAD_REQUEST,
                        "Name one host: one Host header, without user information, that \
                             agrees with the request's target.",
                    ),
                })
            }
        })
    }
}

/// What runs beside one site's requests.
struct Background {
    refresh: tokio::task::JoinHandle<()>,
    flushers: [tokio::task::JoinHandle<()>; 2],
}

/// The visitor connection a request came on.
struct Visitor {
    /// The peer's address as `X-Forwarded-For` names it, written once per connection.
    address: HeaderValue,
    /// Whether the gateway terminated TLS on it.
    tls: bool,
    /// Its own connection to the application, for HTTP/1.1.
    affinity: Option<Affinity>,
}

/// The site's rules as last read, with its policy version and its catalogue of services
/// computed once per change rather than at every request.
struct Protected {
    definition: SiteDefinition,
    policy: PolicyVersion,
    services: Arc<ServiceCatalogue>,
}

impl Protected {
    fn new(definition: SiteDefinition) -> Protected {
        let policy = definition.policy_version();
        let services = Arc::new(definition.service_catalogue());
        Protected {
            definition,
            policy,
            services,
        }
    }
}

struct Inner {
    config: GatewayConfig,
    upstream: Upstream,
    front: axum::Router,
    site: RwLock<Arc<Protected>>,
    store: Arc<dyn Store>,
    sightings: Arc<Sightings<Sighting>>,
    script_sightings: Arc<Sightings<ScriptSighting>>,
}

impl Gateway {
    pub(crate) async fn new(
        store: Arc<dyn Store>,
        config: GatewayConfig,
    ) -> Result<Gateway, Error> {
        let upstream_error = |reason| Error::Upstream {
            url: config.upstream.clone(),
            reason,
        };
        let upstream: Uri = config
            .upstream
            .parse()
            .map_err(|_| upstream_error("not a URL"))?;
        let https = match upstream.scheme_str() {
            Some("http") => false,
            Some("https") => true,
            _ => return Err(upstream_error("give an http:// or https:// URL")),
        };
        if upstream.authority().is_none() {
            return Err(upstream_error("the URL has no host"));
        }
        let site = store
            .site(&config.site)
            .await?
            .ok_or_else(|| Error::UnknownSite(config.site.clone()))?;
        let mut http = HttpConnector::new();
        http.set_nodelay(true);
        http.set_connect_timeout(Some(config.upstream_timeout));
        http.enforce_http(false);
        // Only an https:// application needs roots: a plain one never reads them.
        let tls = if https {
            upstream_tls(config.upstream_ca.as_deref())?
        } else {
            client_config(rustls::RootCertStore::empty())?
        };
        // The server name (SNI) and the certificate's name checked are the application's
        // host as the URL names it.
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_http1()
            .wrap_connector(http);
        let upstream = Upstream::new(upstream, connector);
        // The gateway sets X-Forwarded-Proto itself on what it hands to its front pages (from
        // its own TLS, or a front proxy it was told to trust), so they may believe it.
        let front_config = WebConfig {
            trust_forwarded_proto: true,
            ..config.web.clone()
        };
        let front = cookiewarden_web::gateway_router(
            Arc::clone(&store),
            front_config,
            config.site.as_str(),
        )?;
        Ok(Gateway(Arc::new(Inner {
            upstream,
            front,
            site: RwLock::new(Arc::new(Protected::new(site))),
            store,
            sightings: Arc::default(),
            script_sightings: Arc::default(),
            config,
        })))
    }

    fn site(&self) -> Arc<Protected> {
        self.0
            .site
            .read()
            .map(|s| Arc::clone(&s))
            .unwrap_or_else(|poisoned| Arc::clone(&poisoned.into_inner()))
    }

    /// Keeps the declarations current; a failed reload keeps the last good ones.
    fn spawn_site_refresh(&self) -> tokio::task::JoinHandle<()> {
        let gateway = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(SITE_REFRESH);
            loop {
                tick.tick().await;
                match gateway.0.store.site(&gateway.0.config.site).await {
                    Ok(Some(site)) => {
                        if let Ok(mut current) = gateway.0.site.write()
                            && current.definition != site
                        {
                            *current = Arc::new(Protected::new(site));
                        }
                    }
                    Ok(None) => tracing::warn!("the site was deleted; keeping its last rules"),
                    Err(error) => tracing::warn!(%error, "cannot reload the site"),
                }
            }
        })
    }

    /// Starts what runs beside the requests: the site's reloading and the sightings'
    /// flushes, which end when `stopping` turns true.
    fn spawn_background(&self, stopping: &tokio::sync::watch::Receiver<bool>) -> Background {
        Background {
            refresh: self.spawn_site_refresh(),
            flushers: [
                spawn_flusher(
                    Arc::clone(&self.0.sightings),
                    Arc::clone(&self.0.store),
                    self.0.config.site.clone(),
                    stopping.clone(),
                ),
                spawn_flusher(
                    Arc::clone(&self.0.script_sightings),
                    Arc::clone(&self.0.store),
                    self.0.config.site.clone(),
                    stopping.clone(),
                ),
            ],
        }
    }

    /// Writes the sightings not written yet, at the end.
    async fn flush(&self) {
        let (store, site) = (self.0.store.as_ref(), &self.0.config.site);
        self.0.sightings.flush(store, site).await;
        self.0.script_sightings.flush(store, site).await;
    }

    async fn handle(&self, mut request: Request<Incoming>, visitor: &Visitor) -> Response<Body> {
        // The visitor's connection is HTTPS when the gateway terminated TLS, or when a front
        // proxy it was told to trust says so; nothing else the client sends decides it.
        let https = visitor.tls
            || (self.0.config.web.trust_forwarded_proto
                && request
                    .headers()
                    .get("x-forwarded-proto")
                    .is_some_and(|p| p.as_bytes().eq_ignore_ascii_case(b"https")));
        // HTTP/2 names the host in `:authority`, not in a Host header: every rule below (the
        // cookies' host, the page's address, the application's request) reads it as Host.
        if request.version() == hyper::Version::HTTP_2
            && !request.headers().contains_key(header::HOST)
            && let Some(authority) = request.uri().authority()
            && let Ok(host) = HeaderValue::from_str(authority.as_str())
        {
            request.headers_mut().insert(header::HOST, host);
        }
        if cookiewarden_web::is_gateway_path(request.uri().path()) {
            request.headers_mut().insert(
                "x-forwarded-proto",
                HeaderValue::from_static(if https { "https" } else { "http" }),
            );
            // The front pages believe X-Forwarded-For: its last address is the real peer
            // (the statistics beacon hashes it), whatever the client wrote.
            let chain = forwarded_for(
                request.headers(),
                &visitor.address,
                self.0.config.web.trust_forwarded_proto,
            );
            request.headers_mut().insert("x-forwarded-for", chain);
            let front = self.0.front.clone();
            return ServiceExt::<Request<Body>>::oneshot(front, request.map(Body::new))
                .await
                .unwrap_or_else(|never| match never {});
        }
        self.proxy(request, visitor, https).await
    }

    async fn proxy(
        &self,
        mut request: Request<Incoming>,
        visitor: &Visitor,
        https: bool,
    ) -> Response<Body> {
        let config = &self.0.config;
        let site = self.site();
        let now = unix_now();
        let headers = request.headers();
        let host = request_host(headers, self.0.upstream.uri());
        let host_and_port = headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .and_then(|h| h.parse::<hyper::http::uri::Authority>().ok())
            .map_or_else(|| host.clone(), |a| a.as_str().to_ascii_lowercase());
        // A Cookie header that is not text cannot be judged: it does not reach the application.
        let cookie_headers: Vec<&str> = headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| std::str::from_utf8(v.as_bytes()).ok())
            .collect();
        let jurisdiction = config
            .web
            .regions
            .jurisdiction(headers, &site.definition.site);
        let gpc = cookiewarden_web::sends_gpc(headers);
        let standing = Standing::from_request_cookies(
            &cookie_headers,
            &config.web.keys,
            &site.definition,
            &site.policy,
            now,
            (jurisdiction.rules, gpc),
        );
        let rules = Rules {
            site: &site.definition,
            services: &site.services,
            standing,
            undeclared: config.undeclared,
            max_lifetime_seconds: config.max_cookie_lifetime_seconds,
        };
        let filtered = rules.filter_request(&cookie_headers, &host);
        let expiries: Vec<String> = filtered
            .to_expire
            .iter()
            .flat_map(|name| rules.expiry_lines(name, &host, https))
            .collect();
        let cookie_header = filtered.header;
        let wants_html = headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"));
        let is_head = request.method() == hyper::Method::HEAD;
        // What a rewritten page may be compressed in, on its way back.
        let accept_encoding: Vec<HeaderValue> = headers
            .get_all(header::ACCEPT_ENCODING)
            .iter()
            .cloned()
            .collect();

        // The request as the application gets it. Only a WebSocket upgrade is passed on: after
        // any other protocol switch (`h2c` above all) the gateway would pipe bytes it cannot
        // judge, so such an upgrade is declined as RFC 9110 §7.8 lets a server do, by serving
        // the request as plain HTTP/1.1 without the `Upgrade` header.
        let upgrade = request
            .headers()
            .get(header::UPGRADE)
            .filter(|value| is_websocket(value))
            .cloned()
            .filter(|_| connection_has(request.headers(), "upgrade"));
        let client_upgrade = upgrade.as_ref().map(|_| hyper::upgrade::on(&mut request));
        let (mut parts, body) = request.into_parts();
        // What a page of this request holds back: the trackers of the purposes the visitor
        // has not granted, judged against the address the browser shows.
        let blocking = config.auto_blocking.then(|| Blocking {
            catalogue: Arc::clone(&site.services),
            granted: standing.effective(),
            page: page_url(https, &host_and_port, &parts.uri),
            unknown_scripts: config.unknown_scripts,
            thorough: false,
        });
        let mut forwarded = Request::builder()
            .method(parts.method.clone())
            .uri(self.0.upstream.target(&parts.uri))
            .body(Body::new(body))
            .unwrap_or_default();
        let visitor_host = parts.headers.get(header::HOST).cloned();
        // The visitor's headers go on as they are, less those meant for one hop only.
        let out = forwarded.headers_mut();
        *out = std::mem::take(&mut parts.headers);
        strip_hop_by_hop(out, Toward::Application);
        out.remove(header::COOKIE);
        if let Some(cookies) =
            cookie_header.and_then(|c| HeaderValue::from_bytes(c.as_bytes()).ok())
        {
            out.insert(header::COOKIE, cookies);
        }
        out.insert(
            HeaderName::from_static(CONSENT_HEADER),
            HeaderValue::from_static(standing.header_value()),
        );
        if !config.web.trust_forwarded_proto {
            // Only a trusted front proxy may speak about the client and the original request.
            for name in [
                "forwarded",
                "x-real-ip",
                "x-forwarded-port",
                "x-forwarded-prefix",
                "x-forwarded-ssl",
            ] {
                out.remove(name);
            }
        }
        out.remove("x-forwarded-host");
        let forwarded_for = forwarded_for(out, &visitor.address, config.web.trust_forwarded_proto);
        out.insert("x-forwarded-for", forwarded_for);
        out.insert(
            "x-forwarded-proto",
            HeaderValue::from_static(if https { "https" } else { "http" }),
        );
        if let Some(host) = visitor_host {
            out.insert("x-forwarded-host", host);
        }
        if wants_html {
            // A page is rewritten on the way: ask for it plain, compress it again afterwards.
            out.insert(
                header::ACCEPT_ENCODING,
                HeaderValue::from_static("identity"),
            );
        }
        if let Some(upgrade) = &upgrade {
            out.insert(header::CONNECTION, HeaderValue::from_static("upgrade"));
            out.insert(header::UPGRADE, upgrade.clone());
        }

        // A protocol switch outlives the request: its connection is the pool's, not kept.
        let affinity = visitor.affinity.as_ref().filter(|_| upgrade.is_none());
        let answer = tokio::time::timeout(
            config.upstream_timeout,
            self.0.upstream.send(affinity, forwarded),
        )
        .await;
        let mut response = match answer {
            Ok(Ok(response)) => response,
            Ok(Err(error)) => {
                // A certificate the gateway refuses is said as such, never retried in clear.
                if let Some(tls) = certificate_error(error.as_ref()) {
                    tracing::warn!(reason = %tls, "the application's TLS certificate was refused");
                    // The visitor learns the kind of fault, never the application's names.
                    return fault(
                        StatusCode::BAD_GATEWAY,
                        &format!(
                            "The site cannot be reached securely right now: its certificate {}.",
                            certificate_fault(tls)
                        ),
                    );
                }
                tracing::warn!(%error, "the application did not answer");
                return fault(
                    StatusCode::BAD_GATEWAY,
                    "The site is not answering right now. Please try again in a moment.",
                );
            }
            Err(_) => {
                tracing::warn!(timeout = ?config.upstream_timeout, "the application was too slow");
                return fault(
                    StatusCode::GATEWAY_TIMEOUT,
                    "The site is taking too long to answer. Please try again in a moment.",
                );
            }
        };

        // The application's cookies obey the choice on every response, a protocol switch
        // (whose Set-Cookie browsers also store) included.
        let switching = response.status() == StatusCode::SWITCHING_PROTOCOLS;
        let out = response.headers_mut();
        // The switch itself needs its Connection and Upgrade headers, kept aside.
        let switch_headers = switching.then(|| {
            [header::CONNECTION, header::UPGRADE].map(|name| {
                let value = out.get(&name).cloned();
                (name, value)
            })
        });
        let lines: Vec<HeaderValue> = match out.entry(header::SET_COOKIE) {
            header::Entry::Occupied(entry) => entry.remove_entry_mult().1.collect(),
            header::Entry::Vacant(_) => Vec::new(),
        };
        strip_hop_by_hop(out, Toward::Visitor);
        self.judge_response_cookies(&rules, &lines, out, &host, now);
        for line in &expiries {
            if let Ok(value) = HeaderValue::from_str(line) {
                out.append(header::SET_COOKIE, value);
            }
        }
        if let Some(switch_headers) = switch_headers {
            // A switch nobody asked for, or to another protocol than the one asked for, would
            // carry bytes past every rule: the visitor gets an error and the pipe is never made.
            let switched_to_websocket = switch_headers[1].1.as_ref().is_some_and(is_websocket);
            let (Some(client_upgrade), true) = (client_upgrade, switched_to_websocket) else {
                tracing::warn!("the application switched protocols unasked; answering 502");
                return fault(
                    StatusCode::BAD_GATEWAY,
                    "The site answered in a way the gateway cannot pass on.",
                );
            };
            let upstream_upgrade = hyper::upgrade::on(&mut response);
            tokio::spawn(async move {
                if let (Ok(client), Ok(upstream)) = (client_upgrade.await, upstream_upgrade.await) {
                    let _ = tokio::io::copy_bidirectional(
                        &mut TokioIo::new(client),
                        &mut TokioIo::new(upstream),
                    )
                    .await;
                }
            });
            for (name, value) in switch_headers {
                if let Some(value) = value {
                    response.headers_mut().insert(name, value);
                }
            }
            let (parts, _) = response.into_parts();
            return Response::from_parts(parts, Body::empty());
        }

        let (mut parts, body) = response.into_parts();

        let html_charset = html_charset(&parts.headers);
        // A page asked for uncompressed may still come compressed (gzip or deflate): it is
        // decoded to be rewritten; an encoding the gateway does not know passes untouched.
        let encoding = parts
            .headers
            .get(header::CONTENT_ENCODING)
            .map(|e| e.as_bytes().to_ascii_lowercase());
        let decoder = match encoding.as_deref() {
            None | Some(b"identity") => Some(None),
            Some(other) => Decoder::of(other).map(Some),
        };
        let no_transform = parts
            .headers
            .get_all(header::CACHE_CONTROL)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .any(|v| v.to_ascii_lowercase().contains("no-transform"));
        let has_body = !is_head
            && !no_transform
            && parts.status != StatusCode::PARTIAL_CONTENT
            && !matches!(
                parts.status,
                StatusCode::NO_CONTENT | StatusCode::NOT_MODIFIED
            )
            && !parts.status.is_informational();
        // The nonce is drawn only for a page that gets the banner: it costs a system call.
        if let (Some(charset), Some(decoder), true) = (html_charset, decoder, has_body)
            && let Some(nonce) = nonce()
        {
            let tags = banner_tags(
                &format!("{}/banner.js", cookiewarden_web::GATEWAY_PREFIX),
                &nonce,
            );
            let held_back = blocking.is_some();
            if let Some(injector) = Injector::new(&tags, charset.as_deref(), blocking) {
                for name in [
                    header::CONTENT_SECURITY_POLICY,
                    header::CONTENT_SECURITY_POLICY_REPORT_ONLY,
                ] {
                    let policies: Vec<HeaderValue> =
                        parts.headers.get_all(&name).iter().cloned().collect();
                    if policies.is_empty() {
                        continue;
                    }
                    parts.headers.remove(&name);
                    for policy in policies {
                        let Ok(text) = policy.to_str() else {
                            parts.headers.append(&name, policy);
                            continue;
                        };
                        if let Ok(value) = HeaderValue::from_str(&allow_banner(text, &nonce)) {
                            parts.headers.append(&name, value);
                        }
                    }
                }
                // The body changes length and, by its nonce, bytes: sent chunked, validators weak.
                parts.headers.remove(header::CONTENT_LENGTH);
                parts.headers.remove(header::CONTENT_ENCODING);
                parts.headers.remove(CONTENT_MD5);
                if let Some(etag) = parts.headers.get(header::ETAG).cloned()
                    && !etag.as_bytes().starts_with(b"W/")
                {
                    let mut weak = b"W/".to_vec();
                    weak.extend_from_slice(etag.as_bytes());
                    if let Ok(weak) = HeaderValue::from_bytes(&weak) {
                        parts.headers.insert(header::ETAG, weak);
                    }
                }
                if held_back {
                    // What the page holds back depends on the visitor's choice, GPC and
                    // region: a copy kept for one standing must not be shown under another,
                    // nor revalidated into one (a 304 would bring back the old page).
                    let mut vary = String::from("Cookie, Sec-GPC");
                    for name in config.web.regions.names() {
                        vary.push_str(", ");
                        vary.push_str(name.as_str());
                    }
                    if let Ok(vary) = HeaderValue::from_str(&vary) {
                        parts.headers.append(header::VARY, vary);
                    }
                    parts.headers.remove(header::ETAG);
                    parts.headers.remove(header::LAST_MODIFIED);
                }
                let chunks = body.into_data_stream();
                let script_sightings = Arc::clone(&self.0.script_sightings);
                let stream = futures::stream::unfold(
                    (chunks, Some((decoder, injector))),
                    move |(mut chunks, state)| {
                        let script_sightings = Arc::clone(&script_sightings);
                        async move {
                            let (mut decoder, mut injector) = state?;
                            let plain = match chunks.next().await {
                                Some(Ok(chunk)) => match decoder.as_mut() {
                                    Some(decoder) => decoder.push(&chunk),
                                    None => Ok(chunk),
                                },
                                Some(Err(error)) => {
                                    return Some((Err(error.into()), (chunks, None)));
                                }
                                None => {
                                    let rest = match decoder {
                                        Some(decoder) => decoder.finish(),
                                        None => Ok(Bytes::new()),
                                    };
                                    let out = rest.map(|rest| {
                                        let mut out = injector.push(rest).to_vec();
                                        out.extend_from_slice(&injector.finish());
                                        let now = unix_now();
                                        for sighting in injector.take_sightings() {
                                            script_sightings.record(sighting, now);
                                        }
                                        Bytes::from(out)
                                    });
                                    return Some((out.map_err(Into::into), (chunks, None)));
                                }
                            };
                            match plain {
                                Ok(plain) => {
                                    let out = injector.push(plain);
                                    Some((Ok(out), (chunks, Some((decoder, injector)))))
                                }
                                // A corrupt compressed stream ends the body with an error, never garbage.
                                Err(error) => Some((Err(error.into()), (chunks, None))),
                            }
                        }
                    },
                )
                .fuse()
                .filter(|chunk: &Result<Bytes, BoxError>| {
                    std::future::ready(!matches!(chunk, Ok(bytes) if bytes.is_empty()))
                });
                let page = Response::from_parts(parts, Body::from_stream(stream));
                return compressed(page, accept_encoding).await;
            }
        }
        Response::from_parts(parts, Body::new(body))
    }
}

impl Gateway {
    /// Puts into `out` the `Set-Cookie` lines of `upstream` that the rules let through (capped
    /// where needed), and counts the undeclared ones. Each header line is one cookie: never
    /// split or joined on commas; a line that is not UTF-8 is judged like any malformed line.
    fn judge_response_cookies(
        &self,
        rules: &Rules<'_>,
        lines: &[HeaderValue],
        out: &mut HeaderMap,
        host: &str,
        now: i64,
    ) {
        for line in lines {
            let Ok(text) = std::str::from_utf8(line.as_bytes()) else {
                continue;
            };
            let (outcome, sighting) = rules.judge_set_cookie(text, host, now);
            if let Some(sighting) = sighting {
                self.0.sightings.record(sighting, now);
            }
            match outcome {
                SetCookieOutcome::Pass => {
                    out.append(header::SET_COOKIE, line.clone());
                }
                SetCookieOutcome::Capped(capped) => {
                    if let Ok(value) = HeaderValue::from_bytes(capped.as_bytes()) {
                        out.append(header::SET_COOKIE, value);
                    }
                }
                SetCookieOutcome::NotAllowed
                | SetCookieOutcome::Undeclared
                | SetCookieOutcome::Malformed => {}
            }
        }
    }
}

/// A rewritten page, compressed in what the visitor accepts. Only such pages are: the
/// application's other responses keep the encoding it chose, and a page asked for
/// uncompressed (to rewrite it) goes back compressed if the visitor accepts it.
async fn compressed(page: Response<Body>, accept_encoding: Vec<HeaderValue>) -> Response<Body> {
    let mut asked = Request::new(());
    for accepted in accept_encoding {
        asked
            .headers_mut()
            .append(header::ACCEPT_ENCODING, accepted);
    }
    let mut page = Some(page);
    let answer = tower::service_fn(move |_: Request<()>| {
        std::future::ready(Ok::<_, Infallible>(page.take().unwrap_or_default()))
    });
    let compression = tower_http::compression::CompressionLayer::new()
        .compress_when(|_, _, _: &HeaderMap, _: &hyper::http::Extensions| true);
    match tower::Layer::layer(&compression, answer)
        .oneshot(asked)
        .await
    {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    }
}

/// Obsolete, but some applications still send it, and a rewritten body breaks it.
const CONTENT_MD5: HeaderName = HeaderName::from_static("content-md5");

/// The host the visitor asked for, without port: the domain host-only cookies belong to.
fn request_host(headers: &HeaderMap, upstream: &Uri) -> String {
    headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.parse::<hyper::http::uri::Authority>().ok())
        .map(|a| a.host().to_ascii_lowercase())
        .or_else(|| upstream.host().map(str::to_ascii_lowercase))
        .unwrap_or_default()
}

/// The address of the page a request asks for, as the visitor's browser has it: the scheme
/// of the visitor's connection, the `Host` they sent, and the path and query.
fn page_url(https: bool, host_and_port: &str, request: &Uri) -> Url {
    let scheme = if https { "https" } else { "http" };
    let path_and_query = request.path_and_query().map_or("/", |p| p.as_str());
    Url::parse(&format!("{scheme}://{host_and_port}{path_and_query}"))
        .or_else(|_| Url::parse(&format!("{scheme}://{host_and_port}/")))
        .unwrap_or_else(|_| Url::parse("http://localhost/").expect("a valid URL"))
}

/// Whether a `Connection` header lists `option`.
fn connection_has(headers: &HeaderMap, option: &str) -> bool {
    headers
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|o| o.trim().eq_ignore_ascii_case(option))
}

/// Whether an `Upgrade` header asks for WebSocket only, the one protocol switch the gateway
/// passes on.
fn is_websocket(value: &HeaderValue) -> bool {
    value.as_bytes().eq_ignore_ascii_case(b"websocket")
}

/// Which way headers are copied.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Toward {
    /// A visitor's request on its way to the application.
    Application,
    /// The application's response on its way to the visitor.
    Visitor,
}

/// Removes the headers not meant for the other end: the hop-by-hop ones, those the
/// `Connection` header names, any `Cookiewarden-Consent` (only the gateway sets it), and
/// towards the application every header whose name holds an underscore: CGI, WSGI and many
/// frameworks read `Cookiewarden_Consent` or `X_Forwarded_For` as the header with dashes (and
/// merge the two), so a forged copy would reach the application under a name the gateway
/// sets. nginx drops such names by default for the same reason. The headers are changed in
/// place: copying them all into a new map cost more than the rest of the request's handling.
fn strip_hop_by_hop(headers: &mut HeaderMap, toward: Toward) {
    let named: Vec<HeaderName> = headers
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|option| HeaderName::from_bytes(option.trim().as_bytes()).ok())
        .collect();
    // One pass over the names present, usually none of them to remove: cheaper than asking
    // the map for each name that could be.
    let doomed: Vec<HeaderName> = headers
        .keys()
        .filter(|name| {
            HOP_BY_HOP.contains(name)
                || *name == header::UPGRADE
                || name.as_str() == CONSENT_HEADER
                || (toward == Toward::Application && name.as_str().contains('_'))
                || named.contains(name)
        })
        .cloned()
        .collect();
    for name in doomed {
        headers.remove(name);
    }
}

/// `Some(charset)` for an HTML response (`Some(None)` when it names none), `None` otherwise.
fn html_charset(headers: &HeaderMap) -> Option<Option<String>> {
    let content_type = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    let mut parts = content_type.split(';');
    let essence = parts.next()?.trim();
    if !essence.eq_ignore_ascii_case("text/html") {
        return None;
    }
    let charset = parts.find_map(|p| {
        let (key, value) = p.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"').to_owned())
    });
    Some(charset)
}

/// A CSP nonce: 128 bits from the operating system, or none (and no injection) if it fails,
/// since a guessable nonce would weaken the page's policy.
fn nonce() -> Option<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).ok()?;
    Some(hex::encode(bytes))
}

/// A short page for a fault of the application, never its internals.
/// The TLS configuration towards an https:// application: the authorities of `ca_pem`, else
/// the system's roots.
fn upstream_tls(ca_pem: Option<&[u8]>) -> Result<rustls::ClientConfig, Error> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let invalid = |reason: String| Error::Tls {
        what: "upstream CA",
        reason,
    };
    let mut roots = rustls::RootCertStore::empty();
    match ca_pem {
        Some(pem) => {
            let certificates = CertificateDer::pem_slice_iter(pem)
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| invalid(e.to_string()))?;
            if certificates.is_empty() {
                return Err(invalid("no PEM certificate found".into()));
            }
            for certificate in certificates {
                roots.add(certificate).map_err(|e| invalid(e.to_string()))?;
            }
        }
        None => {
            let found = rustls_native_certs::load_native_certs();
            roots.add_parsable_certificates(found.certs);
            if roots.is_empty() {
                return Err(invalid(
                    "the system has no trusted roots: give the application's CA with --upstream-ca"
                        .into(),
                ));
            }
        }
    }
    client_config(roots)
}

/// A TLS client trusting `roots` (the connector announces HTTP/1.1 by ALPN itself).
fn client_config(roots: rustls::RootCertStore) -> Result<rustls::ClientConfig, Error> {
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| Error::Tls {
        what: "upstream CA",
        reason: e.to_string(),
    })?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(config)
}

/// The TLS error a request to the application failed with, if that is why it failed.
fn certificate_error<'a>(
    error: &'a (dyn std::error::Error + 'static),
) -> Option<&'a rustls::Error> {
    let mut source: Option<&'a (dyn std::error::Error + 'static)> = Some(error);
    while let Some(current) = source {
        if let Some(tls) = current.downcast_ref::<rustls::Error>() {
            return Some(tls);
        }
        // The handshake's error comes wrapped in I/O errors, whose `source` skips what they
        // wrap: they are opened instead.
        source = match current.downcast_ref::<std::io::Error>() {
            Some(io) => io
                .get_ref()
                .map(|inner| inner as &(dyn std::error::Error + 'static)),
            None => current.source(),
        };
    }
    None
}

/// Whether a request names one host, the same way to every reader: a single Host header,
/// without user information (`a.example@b.example`, which parsers split differently), agreeing
/// with an absolute target or HTTP/2's `:authority` when there is one.
fn one_host(request: &Request<Incoming>) -> bool {
    let mut hosts = request.headers().get_all(header::HOST).iter();
    let (first, second) = (hosts.next(), hosts.next());
    if second.is_some() {
        return false;
    }
    let target = request.uri().authority();
    match first {
        None => true,
        Some(host) => {
            let Ok(host) = host.to_str() else {
                return false;
            };
            if host.contains('@') {
                return false;
            }
            target.is_none_or(|target| {
                target.host().trim_end_matches('.').eq_ignore_ascii_case(
                    host.split(':').next().unwrap_or(host).trim_end_matches('.'),
                )
            })
        }
    }
}

/// What the visitor is told of a refused certificate: its kind of fault, no name in it.
fn certificate_fault(error: &rustls::Error) -> &'static str {
    use rustls::CertificateError as Why;
    match error {
        rustls::Error::InvalidCertificate(why) => match why {
            Why::NotValidForName | Why::NotValidForNameContext { .. } => {
                "is not valid for the application's name"
            }
            Why::UnknownIssuer => "was issued by an authority the gateway does not trust",
            Why::Expired | Why::ExpiredContext { .. } => "has expired",
            Why::NotValidYet | Why::NotValidYetContext { .. } => "is not valid yet",
            Why::Revoked => "was revoked",
            _ => "could not be verified",
        },
        _ => "could not be verified: the secure connection failed",
    }
}

fn fault(status: StatusCode, message: &str) -> Response<Body> {
    let page = format!(
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>{status}</title>\
         <h1>{}</h1><p>{}</p></html>",
        status.canonical_reason().unwrap_or("Error"),
        htmlize::escape_text(message)
    );
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-store")
        .body(Body::from(page))
        .unwrap_or_default()
}

/// `X-Forwarded-For` as the gateway passes it on: the chain a trusted front proxy sent, then
/// the peer; only the peer when nothing before the gateway is trusted.
fn forwarded_for(headers: &HeaderMap, peer: &HeaderValue, trusted: bool) -> HeaderValue {
    match headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()) {
        Some(chain) if trusted => {
            let mut joined = Vec::with_capacity(chain.len() + 2 + peer.len());
            joined.extend_from_slice(chain.as_bytes());
            joined.extend_from_slice(b", ");
            joined.extend_from_slice(peer.as_bytes());
            HeaderValue::from_bytes(&joined).unwrap_or_else(|_| peer.clone())
        }
        _ => peer.clone(),
    }
}
