//! The gateway's connections to the application.
//!
//! A visitor's HTTP/1.1 connection holds a connection to the application of its own
//! ([`Affinity`]), polled by the visitor connection's own task: a request and its answer go
//! from one socket to the other without a shared pool to check out of and put back into, and
//! without waking a second task to write the request and hand the answer back. The profile of
//! the pass-through benchmark showed that hand-over and the pool's bookkeeping as the largest
//! costs of the proxy's own code. A connection a visitor connection no longer needs (it went
//! quiet, or ended) goes back to its application's spare list for the next one to take, so
//! short visits do not each open, and leave in `TIME_WAIT`, a connection of their own.
//! HTTP/2 streams (many at once on one visitor connection) and protocol switches (whose
//! connection outlives the request) go through a shared pool.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll, Waker};
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

/// How long a visitor connection holds its connection to the application while it sends
/// nothing, before handing it to the spare list. A connection whose answer is still on its
/// way (a download, a slow page) is held on.
const HOLD_IDLE: Duration = Duration::from_secs(1);

/// How long after its last request a connection may be taken from the spare list, at most:
/// under the keep-alive of common application servers (gunicorn's 2 s, Node's 5 s), so the
/// application rarely closes it first. Spare connections are not read while they wait; a
/// close that came meanwhile is read when one is taken.
const SPARE_FOR: Duration = Duration::from_secs(2);

/// Spare connections kept per application, at most (nginx's `keepalive 64` of the benchmark).
const MAX_SPARE: usize = 64;

/// What moves a connection's bytes; it ends when the connection does.
type Driver = Pin<Box<dyn Future<Output = ()> + Send>>;

/// Where a held connection's driver is while a visitor connection polls it; emptied to hand
/// the driver on.
type DriverSlot = Arc<Mutex<Slot>>;

#[derive(Default)]
struct Slot {
    driver: Option<Driver>,
    /// The task polling it, woken when the driver is handed on so that it lets go of its
    /// entry for it.
    polled_by: Option<Waker>,
}

/// A connection to the application and what moves its bytes.
struct Link {
    sender: SendRequest<Body>,
    driver: Driver,
}

/// An application's connections no visitor connection holds, newest last.
#[derive(Default)]
pub(crate) struct Spare(Mutex<VecDeque<(Link, Instant)>>);

impl Spare {
    fn lock(&self) -> MutexGuard<'_, VecDeque<(Link, Instant)>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Keeps `link`, last used at `since`, for the next visitor connection, if it is ready
    /// for another request.
    fn put(&self, link: Link, since: Instant) {
        if !link.sender.is_ready() || since.elapsed() >= SPARE_FOR {
            return;
        }
        let mut stale = Vec::new();
        let mut spare = self.lock();
        while spare
            .front()
            .is_some_and(|(_, at)| at.elapsed() >= SPARE_FOR || spare.len() >= MAX_SPARE)
        {
            stale.extend(spare.pop_front());
        }
        spare.push_back((link, since));
        drop(spare);
        // Closed out of the lock.
        drop(stale);
    }

    /// The newest spare connection that has not waited too long; older ones are let go.
    fn take(&self) -> Option<Link> {
        let mut spare = self.lock();
        let found = loop {
            match spare.pop_back() {
                Some((link, since)) if since.elapsed() < SPARE_FOR && !link.sender.is_closed() => {
                    break Some(link);
                }
                Some(_) => {}
                None => break None,
            }
        };
        let stale: Vec<_> = std::iter::from_fn(|| {
            spare
                .front()
                .is_some_and(|(_, at)| at.elapsed() >= SPARE_FOR)
                .then(|| spare.pop_front())
                .flatten()
        })
        .collect();
        drop(spare);
        drop(stale);
        found
    }
}

/// One application: where it is and how to reach it.
pub(crate) struct Upstream {
    /// Its scheme, authority and path prefix.
    uri: Uri,
    connector: HttpsConnector<HttpConnector>,
    pool: Client<HttpsConnector<HttpConnector>, Body>,
    spare: Arc<Spare>,
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
            spare: Arc::default(),
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
            && let Some(host) = self.host()
        {
            // An HTTP/1.0 visitor may name no host; the application still needs one.
            request.headers_mut().insert(header::HOST, host);
        }
        let Some(affinity) = affinity else {
            *request.uri_mut() = self.absolute(request.uri())?;
            return Ok(self.pool.request(request).await?);
        };
        // The connections' news first: an application that closed a connection right after
        // its last answer has its close read now, not after the request failed on it.
        affinity.poll_drivers().await;
        let used = match affinity.take(&self.spare) {
            Some(held) => Some(held),
            None => match self.spare.take() {
                Some(link) => {
                    let driver = affinity.adopt(link.driver);
                    affinity.poll_drivers().await;
                    Some((link.sender, driver))
                }
                None => None,
            },
        };
        // The application may close a used connection just as a request goes out on it. A
        // request that is safe to repeat and has no body is then sent again on a new
        // connection (as nginx does), so it is copied first; any other gets a 502.
        let repeatable = used.as_ref().and_then(|_| repeatable_copy(&request));
        let (mut sender, mut driver, mut reused) = match used {
            Some((sender, driver)) => (sender, driver, true),
            None => {
                let (sender, driver) = self.connect(affinity).await?;
                (sender, driver, false)
            }
        };
        // A used connection is ready once the previous answer's body is read, which it is
        // when the visitor's next request comes; it fails if the application closed it.
        if sender.ready().await.is_err() {
            if !reused {
                return Err("the connection to the application closed at once".into());
            }
            (sender, driver) = self.connect(affinity).await?;
            reused = false;
        }
        match sender.try_send_request(request).await {
            Ok(response) => {
                affinity.hold(&self.spare, sender, driver);
                Ok(response)
            }
            Err(mut error) => match (error.take_message(), repeatable) {
                // The application closed a used connection before the request went out on
                // it: sent once more on a new one, which is safe for any method.
                (Some(request), _) if reused => self.send_fresh(affinity, request).await,
                // It closed it as the request went out, before answering.
                (None, Some(copy)) if reused && closed_unanswered(error.error()) => {
                    self.send_fresh(affinity, copy).await
                }
                _ => Err(error.into_error().into()),
            },
        }
    }

    /// The `Host` the application is named by in the configured URL: its host and any port,
    /// never user information.
    fn host(&self) -> Option<HeaderValue> {
        let host = self.uri.host()?;
        let value = match self.uri.port_u16() {
            Some(port) => HeaderValue::from_str(&format!("{host}:{port}")),
            None => HeaderValue::from_str(host),
        };
        value.ok()
    }

    /// Sends `request` on a new connection, held afterwards.
    async fn send_fresh(
        &self,
        affinity: &Affinity,
        request: Request<Body>,
    ) -> Result<Response<Incoming>, BoxError> {
        let (mut sender, driver) = self.connect(affinity).await?;
        let response = sender.send_request(request).await?;
        affinity.hold(&self.spare, sender, driver);
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
    async fn connect(
        &self,
        affinity: &Affinity,
    ) -> Result<(SendRequest<Body>, DriverSlot), BoxError> {
        let io = self.connector.clone().call(self.uri.clone()).await?;
        let (sender, connection) = hyper::client::conn::http1::Builder::new()
            .handshake(io)
            .await?;
        let driver = affinity.adopt(Box::pin(async move {
            // Its end (the application closed it, or a fault) shows at the next request.
            let _ = connection.await;
        }));
        Ok((sender, driver))
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

/// A visitor connection's own connection to the application it speaks to, and the futures
/// that move the bytes of its connections, polled by [`Affinity::drive`] in the visitor
/// connection's task.
#[derive(Clone, Default)]
pub(crate) struct Affinity(Arc<Mutex<Kept>>);

/// A connection a visitor connection holds between requests.
struct Held {
    sender: SendRequest<Body>,
    driver: DriverSlot,
    /// The spare list of its application, which also tells which application it goes to.
    spare: Arc<Spare>,
    since: Instant,
}

impl Held {
    /// Hands the connection to its application's spare list (or closes it, if it is busy or
    /// its driver ended).
    fn release(self) {
        // A driver that panicked (its slot poisoned) is not handed on.
        let Ok(mut slot) = self.driver.lock() else {
            return;
        };
        let (driver, polled_by) = (slot.driver.take(), slot.polled_by.take());
        drop(slot);
        if let Some(task) = polled_by {
            task.wake();
        }
        if let Some(driver) = driver {
            let link = Link {
                sender: self.sender,
                driver,
            };
            self.spare.put(link, self.since);
        }
    }
}

#[derive(Default)]
struct Kept {
    held: Option<Held>,
    drivers: FuturesUnordered<Driver>,
    /// The task that drives them, woken when a connection is added or held anew.
    waker: Option<Waker>,
    /// Whether the hold timer runs.
    timing: bool,
}

impl Kept {
    /// Moves what the connections have to move, and notes the task to wake.
    fn poll_drivers(&mut self, cx: &mut Context<'_>) {
        if !self.waker.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
            self.waker = Some(cx.waker().clone());
        }
        while let Poll::Ready(Some(())) = self.drivers.poll_next_unpin(cx) {}
    }

    fn wake(&self) {
        if let Some(waker) = &self.waker {
            waker.wake_by_ref();
        }
    }
}

impl Drop for Kept {
    /// The visitor connection ended: its connection goes to the spare list.
    fn drop(&mut self) {
        if let Some(held) = self.held.take() {
            held.release();
        }
    }
}

impl Affinity {
    fn lock(&self) -> MutexGuard<'_, Kept> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs the drivers once, so that a close that came is read before a connection is used.
    async fn poll_drivers(&self) {
        std::future::poll_fn(|cx| {
            self.lock().poll_drivers(cx);
            Poll::Ready(())
        })
        .await;
    }

    /// The held connection, if it goes to the application of `spare` and is open; one held
    /// for another application goes back to that one's spare list.
    fn take(&self, spare: &Arc<Spare>) -> Option<(SendRequest<Body>, DriverSlot)> {
        let held = self.lock().held.take()?;
        if !Arc::ptr_eq(&held.spare, spare) {
            held.release();
            return None;
        }
        (!held.sender.is_closed()).then_some((held.sender, held.driver))
    }

    /// Holds `sender` for the next request.
    fn hold(&self, spare: &Arc<Spare>, sender: SendRequest<Body>, driver: DriverSlot) {
        let mut kept = self.lock();
        let previous = kept.held.replace(Held {
            sender,
            driver,
            spare: Arc::clone(spare),
            since: Instant::now(),
        });
        if let Some(previous) = previous {
            previous.release();
        }
        if !kept.timing {
            // The hold timer starts at the next poll of the drive.
            kept.wake();
        }
    }

    /// Polls `driver` from now on in this visitor connection's task.
    fn adopt(&self, driver: Driver) -> DriverSlot {
        let slot = Arc::new(Mutex::new(Slot {
            driver: Some(driver),
            polled_by: None,
        }));
        let polled = Arc::clone(&slot);
        let kept = self.lock();
        kept.drivers.push(Box::pin(std::future::poll_fn(move |cx| {
            let Ok(mut slot) = polled.lock() else {
                return Poll::Ready(());
            };
            if !slot
                .polled_by
                .as_ref()
                .is_some_and(|w| w.will_wake(cx.waker()))
            {
                slot.polled_by = Some(cx.waker().clone());
            }
            let Some(driver) = slot.driver.as_mut() else {
                // Handed on to the spare list.
                return Poll::Ready(());
            };
            let polled = driver.as_mut().poll(cx);
            if polled.is_ready() {
                slot.driver = None;
            }
            polled
        })));
        kept.wake();
        slot
    }

    /// Moves the bytes of the connections and hands on one held too long; it never ends,
    /// and is dropped with the visitor connection.
    pub(crate) async fn drive(&self) {
        // Runs while a connection is held. It is polled when started (outside the task's
        // budget, so that it surely registers), then only checked: this runs at every
        // wake-up of a busy connection, where polling a timer would cost more than the rest.
        let mut timer: Option<Pin<Box<tokio::time::Sleep>>> = None;
        std::future::poll_fn(|cx| {
            let mut kept = self.lock();
            kept.poll_drivers(cx);
            if timer.as_ref().is_some_and(|t| t.is_elapsed()) {
                timer = None;
            }
            if timer.is_none()
                && let Some(held) = kept.held.as_mut()
            {
                if held.since.elapsed() >= HOLD_IDLE && !held.sender.is_ready() {
                    // Its answer is still on its way to the visitor: held on.
                    held.since = Instant::now();
                }
                let mut sleep = Box::pin(tokio::time::sleep_until(held.since + HOLD_IDLE));
                let started = tokio::task::unconstrained(sleep.as_mut());
                if std::pin::pin!(started).poll(cx).is_ready() {
                    // Held since before the deadline: handed on.
                    if let Some(held) = kept.held.take() {
                        held.release();
                    }
                } else {
                    timer = Some(sleep);
                }
            }
            kept.timing = timer.is_some();
            Poll::<()>::Pending
        })
        .await;
    }
}
