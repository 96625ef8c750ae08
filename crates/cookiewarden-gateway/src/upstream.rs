//! The gateway's connections to the application.
//!
//! A visitor's HTTP/1.1 connection keeps a connection to the application of its own
//! ([`Affinity`]), polled by the visitor connection's own task: a request and its answer go
//! from one socket to the other without a shared pool to check out of and put back into, and
//! without waking a second task to write the request and hand the answer back. The profile of
//! the pass-through benchmark showed that hand-over and the pool's bookkeeping as the largest
//! costs of the proxy's own code. HTTP/2 streams (many at once on one visitor connection) and
//! protocol switches (whose connection outlives the request) go through a shared pool.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Poll, Waker};
use std::time::Duration;

use axum::body::Body;
use futures::StreamExt;
use futures::stream::FuturesUnordered;
use hyper::body::Incoming;
use hyper::client::conn::http1::SendRequest;
use hyper::header::{self, HeaderValue};
use hyper::{Request, Response, Uri};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use tokio::time::Instant;
use tower::Service;

/// An error on the way to the application: refused, reset, a TLS failure.
pub(crate) type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// How long a visitor connection keeps its connection to the application while it sends
/// nothing: under the keep-alive of common application servers (gunicorn's 2 s, Node's 5 s),
/// so the application rarely closes it first, and short enough that idle visitors do not
/// hold the application's connections.
const KEEP_IDLE: Duration = Duration::from_millis(1500);

/// One application: where it is and how to reach it.
pub(crate) struct Upstream {
    /// Its scheme, authority and path prefix.
    uri: Uri,
    connector: HttpsConnector<HttpConnector>,
    pool: Client<HttpsConnector<HttpConnector>, Body>,
}

impl Upstream {
    pub(crate) fn new(uri: Uri, connector: HttpsConnector<HttpConnector>) -> Upstream {
        let pool = Client::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(60))
            .pool_timer(TokioTimer::new())
            .build(connector.clone());
        Upstream {
            uri,
            connector,
            pool,
        }
    }

    /// The application's URL as configured.
    pub(crate) fn uri(&self) -> &Uri {
        &self.uri
    }

    /// The request target the application gets for `request`: its path prefix, then the
    /// request's path and query.
    pub(crate) fn target(&self, request: &Uri) -> String {
        let prefix = self.uri.path().trim_end_matches('/');
        let path_and_query = request.path_and_query().map_or("/", |p| p.as_str());
        let mut target = String::with_capacity(prefix.len() + path_and_query.len());
        target.push_str(prefix);
        target.push_str(path_and_query);
        target
    }

    /// Sends `request` (its target in origin form, as [`Upstream::target`] gives it) over the
    /// visitor connection's own connection when there is one, else through the pool.
    pub(crate) async fn send(
        &self,
        affinity: Option<&Affinity>,
        mut request: Request<Body>,
    ) -> Result<Response<Incoming>, BoxError> {
        if !request.headers().contains_key(header::HOST)
            && let Some(authority) = self.uri.authority()
            && let Ok(host) = HeaderValue::from_str(authority.as_str())
        {
            // An HTTP/1.0 visitor may name no host; the application still needs one.
            request.headers_mut().insert(header::HOST, host);
        }
        let Some(affinity) = affinity else {
            *request.uri_mut() = self.absolute(request.uri())?;
            return Ok(self.pool.request(request).await?);
        };
        let mine = std::ptr::from_ref(self) as usize;
        // The connections' news first: an application that closed the kept connection right
        // after its last answer has its close read now, not after the request failed on it.
        std::future::poll_fn(|cx| {
            affinity.lock().poll_drivers(cx);
            Poll::Ready(())
        })
        .await;
        let kept = affinity.take(mine);
        let reused = kept.is_some();
        let mut sender = match kept {
            Some(sender) => sender,
            None => self.connect(affinity).await?,
        };
        // The application may close a kept connection just as a request goes out on it. A
        // request that is safe to repeat and has no body is then sent again on a new
        // connection (as nginx does), so it is copied first; any other gets a 502.
        let repeatable = reused.then(|| repeatable_copy(&request)).flatten();
        // A kept connection is ready once the previous answer's body is read, which it is
        // when the visitor's next request comes; it fails if the application closed it.
        let ready = sender.ready().await.is_ok();
        let answer = if ready {
            sender.try_send_request(request).await
        } else if reused {
            sender = self.connect(affinity).await?;
            sender.try_send_request(request).await
        } else {
            return Err("the connection to the application closed at once".into());
        };
        match answer {
            Ok(response) => {
                affinity.keep(mine, sender);
                Ok(response)
            }
            Err(mut error) => match (error.take_message(), repeatable) {
                // The application closed a kept connection before the request went out on
                // it: sent once more on a new one, which is safe for any method.
                (Some(request), _) if reused => self.send_fresh(affinity, request).await,
                // It closed it as the request went out, before answering.
                (None, Some(copy)) if closed_unanswered(error.error()) => {
                    self.send_fresh(affinity, copy).await
                }
                _ => Err(error.into_error().into()),
            },
        }
    }

    /// Sends `request` on a new connection, kept afterwards.
    async fn send_fresh(
        &self,
        affinity: &Affinity,
        request: Request<Body>,
    ) -> Result<Response<Incoming>, BoxError> {
        let mut fresh = self.connect(affinity).await?;
        let response = fresh.send_request(request).await?;
        affinity.keep(std::ptr::from_ref(self) as usize, fresh);
        Ok(response)
    }

    /// The absolute URL the pool needs for a target in origin form.
    fn absolute(&self, target: &Uri) -> Result<Uri, BoxError> {
        let mut parts = target.clone().into_parts();
        parts.scheme = self.uri.scheme().cloned();
        parts.authority = self.uri.authority().cloned();
        Ok(Uri::from_parts(parts)?)
    }

    /// A new connection to the application, driven by the visitor connection's task.
    async fn connect(&self, affinity: &Affinity) -> Result<SendRequest<Body>, BoxError> {
        let io = self.connector.clone().call(self.uri.clone()).await?;
        let (sender, connection) = hyper::client::conn::http1::Builder::new()
            .handshake(io)
            .await?;
        affinity.spawn(Box::pin(async move {
            // Its end (the application closed it, or a fault) shows at the next request.
            let _ = connection.await;
        }));
        Ok(sender)
    }
}

/// A copy of `request` to send again if its connection fails before any answer: only for a
/// method RFC 9110 §9.2.2 calls idempotent, and without a body (a body is read once).
fn repeatable_copy(request: &Request<Body>) -> Option<Request<Body>> {
    use hyper::body::Body as _;
    if !request.method().is_idempotent() || request.body().size_hint().exact() != Some(0) {
        return None;
    }
    let mut copy = Request::new(Body::empty());
    *copy.method_mut() = request.method().clone();
    *copy.uri_mut() = request.uri().clone();
    *copy.version_mut() = request.version();
    *copy.headers_mut() = request.headers().clone();
    Some(copy)
}

/// Whether a request failed because its connection closed before any answer came.
fn closed_unanswered(error: &hyper::Error) -> bool {
    use std::io::ErrorKind;
    let io_kind = std::error::Error::source(error)
        .and_then(|source| source.downcast_ref::<std::io::Error>())
        .map(std::io::Error::kind);
    error.is_incomplete_message()
        || matches!(
            io_kind,
            Some(ErrorKind::ConnectionReset | ErrorKind::BrokenPipe)
        )
}

/// A visitor connection's own connections to the applications it speaks to: the one kept
/// between requests, and the futures that move their bytes, polled by [`Affinity::drive`]
/// in the visitor connection's task.
#[derive(Clone, Default)]
pub(crate) struct Affinity(Arc<Mutex<Kept>>);

#[derive(Default)]
struct Kept {
    /// The connection kept for the next request, with the application it goes to (its
    /// [`Upstream`]'s address) and since when it waits.
    idle: Option<(usize, SendRequest<Body>, Instant)>,
    drivers: FuturesUnordered<Pin<Box<dyn Future<Output = ()> + Send>>>,
    /// The task that drives them, woken when a connection is added.
    waker: Option<Waker>,
}

impl Kept {
    /// Moves what the connections have to move, and notes the task to wake for a new one.
    fn poll_drivers(&mut self, cx: &mut std::task::Context<'_>) {
        if !self.waker.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
            self.waker = Some(cx.waker().clone());
        }
        while let Poll::Ready(Some(())) = self.drivers.poll_next_unpin(cx) {}
    }
}

impl Affinity {
    fn lock(&self) -> std::sync::MutexGuard<'_, Kept> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The kept connection, if it goes to `upstream` and is still open.
    fn take(&self, upstream: usize) -> Option<SendRequest<Body>> {
        let (to, sender, _) = self.lock().idle.take()?;
        (to == upstream && !sender.is_closed()).then_some(sender)
    }

    fn keep(&self, upstream: usize, sender: SendRequest<Body>) {
        self.lock().idle = Some((upstream, sender, Instant::now()));
    }

    fn spawn(&self, driver: Pin<Box<dyn Future<Output = ()> + Send>>) {
        let mut kept = self.lock();
        kept.drivers.push(driver);
        if let Some(waker) = kept.waker.take() {
            waker.wake();
        }
    }

    /// Moves the bytes of the connections and lets go of one kept too long; it never ends,
    /// and is dropped with the visitor connection, closing them.
    pub(crate) async fn drive(&self) {
        // Armed while a connection is kept. It is polled when armed, then only checked: this
        // runs at every wake-up of a busy connection, where polling a timer would cost more
        // than the rest.
        let mut timer: Option<Pin<Box<tokio::time::Sleep>>> = None;
        std::future::poll_fn(|cx| {
            let mut kept = self.lock();
            kept.poll_drivers(cx);
            if timer.as_ref().is_some_and(|t| t.is_elapsed()) {
                timer = None;
            }
            if timer.is_none()
                && let Some((_, _, since)) = &kept.idle
            {
                let mut sleep = Box::pin(tokio::time::sleep_until(*since + KEEP_IDLE));
                if sleep.as_mut().poll(cx).is_ready() {
                    // Kept since before the last deadline: let go (its driver then ends).
                    kept.idle = None;
                    cx.waker().wake_by_ref();
                } else {
                    timer = Some(sleep);
                }
            }
            Poll::<()>::Pending
        })
        .await;
    }
}
