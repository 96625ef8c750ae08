//! Accepting and serving HTTP/1.1 and HTTP/2 connections within bounds, for `serve` and the gateway
//! alike: at most so many connections at once, a request head read within a time, an idle
//! keep-alive connection closed after a time, and a shutdown that lets requests in flight
//! finish but ends within its grace period whatever slow clients do. `axum::serve` has none of
//! these bounds, and a slow client must never hold a connection, a file descriptor or the
//! shutdown.

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};

/// How long and how many: the bounds every connection lives within.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// A request's head (request line and headers) must arrive within this, from the
    /// connection's start or the request's first byte; else the connection is closed.
    pub header_read_timeout: Duration,
    /// A keep-alive connection with no request in flight and no byte moving for this long is
    /// closed.
    pub idle_timeout: Duration,
    /// Connections served at once; more wait in the listen queue.
    pub max_connections: usize,
    /// At shutdown, requests in flight get this long to finish; then every connection left
    /// is dropped.
    pub shutdown_grace: Duration,
    /// The largest request head accepted.
    pub max_header_bytes: usize,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits {
            header_read_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(60),
            max_connections: 10_000,
            shutdown_grace: Duration::from_secs(10),
            max_header_bytes: 64 * 1024,
        }
    }
}

/// One accepted connection's share of the server: its limits, the shutdown signal, and the
/// slot it holds among [`ConnectionLimits::max_connections`] until it is dropped.
pub struct Connection {
    limits: ConnectionLimits,
    stopping: watch::Receiver<bool>,
    _slot: OwnedSemaphorePermit,
}

impl Connection {
    /// The limits, for a handshake to bound itself (a TLS handshake never finished, say).
    pub fn limits(&self) -> &ConnectionLimits {
        &self.limits
    }
}

/// Accepts connections until `shutdown` completes, handing each to `handle` with its
/// [`Connection`]; then waits up to the grace period for them to finish.
pub async fn serve_connections<H, F>(
    listener: TcpListener,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()>,
    handle: H,
) where
    H: Fn(TcpStream, SocketAddr, Connection) -> F,
    F: Future<Output = ()> + Send + 'static,
{
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let (stopping, _) = watch::channel(false);
    tokio::pin!(shutdown);
    loop {
        // A slot first: at the limit, connections wait in the kernel's queue, not here.
        let slot = tokio::select! {
            slot = Arc::clone(&slots).acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors and the like: wait rather than spin.
                    tracing::warn!(%error, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let connection = Connection {
            limits,
            stopping: stopping.subscribe(),
            _slot: slot,
        };
        tokio::spawn(handle(stream, peer, connection));
    }
    drop(listener);
    let _ = stopping.send(true);
    // Every connection gives its slot back when it ends.
    let all = u32::try_from(limits.max_connections.max(1)).unwrap_or(u32::MAX);
    let drained = slots.acquire_many(all);
    if tokio::time::timeout(limits.shutdown_grace, drained)
        .await
        .is_err()
    {
        tracing::warn!(
            grace = ?limits.shutdown_grace,
            "connections still open at the end of the shutdown grace period are dropped"
        );
    }
}

/// The HTTP version a connection speaks: HTTP/1.1, or HTTP/2 where a TLS handshake agreed on
/// it by ALPN (never in clear text, where `h2c` would be a way around an HTTP/1.1 front).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// HTTP/1.1, with upgrades (WebSocket).
    Http1,
    /// HTTP/2, after ALPN `h2`.
    Http2,
}

/// Streams one HTTP/2 connection keeps open at once.
const MAX_STREAMS: u32 = 32;

/// Serves `protocol` on one connection with `service` until the client leaves, a limit closes
/// it, or the server stops (then the requests in flight finish first, within the grace).
pub async fn serve_http<I, S, B>(io: I, service: S, connection: Connection, protocol: Protocol)
where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    S: tower::Service<Request<Incoming>, Response = Response<B>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    B: hyper::body::Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let Connection {
        limits,
        stopping,
        _slot,
    } = connection;
    let activity = Arc::new(Activity::new());
    let inner = hyper_util::service::TowerToHyperService::new(service);
    let counted = {
        let activity = Arc::clone(&activity);
        hyper::service::service_fn(move |request| {
            let busy = activity.busy();
            let answer = hyper::service::Service::call(&inner, request);
            async move {
                let answer = answer.await;
                drop(busy);
                answer
            }
        })
    };
    let watched = TokioIo::new(Watched {
        inner: io,
        activity: Arc::clone(&activity),
    });
    match protocol {
        Protocol::Http1 => {
            let mut http = hyper::server::conn::http1::Builder::new();
            http.max_buf_size(limits.max_header_bytes.max(8192))
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_read_timeout);
            let serving = http.serve_connection(watched, counted).with_upgrades();
            drive(serving, limits, stopping, &activity, |serving| {
                serving.graceful_shutdown();
            })
            .await;
        }
        Protocol::Http2 => {
            let mut http =
                hyper::server::conn::http2::Builder::new(hyper_util::rt::TokioExecutor::new());
            http.timer(TokioTimer::new())
                .max_header_list_size(
                    u32::try_from(limits.max_header_bytes.max(8192)).unwrap_or(u32::MAX),
                )
                .max_concurrent_streams(MAX_STREAMS);
            let serving = http.serve_connection(watched, counted);
            drive(serving, limits, stopping, &activity, |serving| {
                serving.graceful_shutdown();
            })
            .await;
        }
    }
}

/// Runs a connection until it ends, idles past the limit, or the server stops; then
/// `graceful` lets the requests in flight finish, within the grace period.
async fn drive<F: Future>(
    serving: F,
    limits: ConnectionLimits,
    mut stopping: watch::Receiver<bool>,
    activity: &Arc<Activity>,
    graceful: impl FnOnce(Pin<&mut F>),
) {
    tokio::pin!(serving);
    let idle = activity.idle_for(limits.idle_timeout);
    tokio::pin!(idle);
    let stop = async move {
        // The guard `wait_for` returns is let go at once: it must not live across an await.
        let _ = stopping.wait_for(|stopping| *stopping).await.map(|_| ());
    };
    tokio::select! {
        _ = serving.as_mut() => {}
        () = &mut idle => {}
        () = stop => {
            graceful(serving.as_mut());
            let _ = tokio::time::timeout(limits.shutdown_grace, serving).await;
        }
    }
}

/// Serves `router` (the platform's routes) on `listener` within `limits` until `shutdown`,
/// with each request carrying the client's address as [`ConnectInfo`].
pub async fn serve_router(
    listener: TcpListener,
    router: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()>,
) {
    serve_connections(
        listener,
        limits,
        shutdown,
        move |stream, peer, connection| {
            let router = router.clone();
            async move {
                let service = tower::ServiceBuilder::new()
                    .map_request(move |mut request: Request<Incoming>| {
                        request.extensions_mut().insert(ConnectInfo(peer));
                        request
                    })
                    .service(router);
                serve_http(stream, service, connection, Protocol::Http1).await;
            }
        },
    )
    .await;
}

/// Whether a connection moved a byte lately, and how many requests it has in flight.
struct Activity {
    /// Bumped at every move: the idle check compares it between its ticks, so a read or a
    /// write costs an atomic add rather than a look at the clock.
    moves: AtomicU64,
    in_flight: AtomicUsize,
}

impl Activity {
    fn new() -> Activity {
        Activity {
            moves: AtomicU64::new(0),
            in_flight: AtomicUsize::new(0),
        }
    }

    fn touch(&self) {
        self.moves.fetch_add(1, Ordering::Relaxed);
    }

    fn busy(self: &Arc<Self>) -> Busy {
        self.in_flight.fetch_add(1, Ordering::Relaxed);
        Busy(Arc::clone(self))
    }

    /// Resolves once the connection has had no request in flight and moved no byte for
    /// `timeout` (to within a quarter of it).
    async fn idle_for(&self, timeout: Duration) {
        let period = (timeout / 4).max(Duration::from_millis(50));
        let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut seen = self.moves.load(Ordering::Relaxed);
        let mut quiet = Duration::ZERO;
        loop {
            tick.tick().await;
            let moves = self.moves.load(Ordering::Relaxed);
            if self.in_flight.load(Ordering::Relaxed) == 0 && moves == seen {
                quiet += period;
                if quiet >= timeout {
                    return;
                }
            } else {
                seen = moves;
                quiet = Duration::ZERO;
            }
        }
    }
}

/// A request in flight; counted until dropped.
struct Busy(Arc<Activity>);

impl Drop for Busy {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::Relaxed);
        self.0.touch();
    }
}

/// A stream that notes each byte it moves in its connection's [`Activity`].
struct Watched<I> {
    inner: I,
    activity: Arc<Activity>,
}

impl<I: AsyncRead + Unpin> AsyncRead for Watched<I> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.activity.touch();
        }
        polled
    }
}

impl<I: AsyncWrite + Unpin> AsyncWrite for Watched<I> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write(cx, buf);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        polled
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}
