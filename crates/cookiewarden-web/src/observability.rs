//! Request ids, tracing, Prometheus metrics, health, and the headers every response carries.

use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use crate::App;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    route: String,
    status: u16,
}

/// A request's method as a metrics label: one of the methods of RFC 9110 and PATCH, or
/// `other`. A label taken from the request as sent would give every made-up method a series
/// of its own, and memory without bound.
fn method_label(method: &axum::http::Method) -> &'static str {
    use axum::http::Method;
    const KNOWN: [(Method, &str); 9] = [
        (Method::GET, "GET"),
        (Method::HEAD, "HEAD"),
        (Method::POST, "POST"),
        (Method::PUT, "PUT"),
        (Method::PATCH, "PATCH"),
        (Method::DELETE, "DELETE"),
        (Method::OPTIONS, "OPTIONS"),
        (Method::CONNECT, "CONNECT"),
        (Method::TRACE, "TRACE"),
    ];
    KNOWN
        .iter()
        .find(|(known, _)| known == method)
        .map_or("other", |(_, label)| label)
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct RouteLabels {
    route: String,
}

fn latency_histogram() -> Histogram {
    // 0.5 ms to about 4 s, doubling.
    Histogram::new(exponential_buckets(0.0005, 2.0, 14))
}

/// What became of the statistics beacons, read from the collector at each scrape.
#[derive(Debug)]
struct BeaconCounters(cookiewarden_stats::Collector);

impl prometheus_client::collector::Collector for BeaconCounters {
    fn encode(
        &self,
        mut encoder: prometheus_client::encoding::DescriptorEncoder,
    ) -> Result<(), std::fmt::Error> {
        use prometheus_client::encoding::EncodeMetric;
        use std::sync::atomic::Ordering;
        let counters = self.0.counters();
        let mut family = encoder.encode_descriptor(
            "statistics_beacons",
            "Statistics beacons: counted, refused (robots, bad paths, floods), dropped (full queue or failed write)",
            None,
            prometheus_client::metrics::MetricType::Counter,
        )?;
        for (outcome, value) in [
            ("counted", &counters.counted),
            ("refused", &counters.refused),
            ("dropped", &counters.dropped),
        ] {
            let labels = [("outcome", outcome)];
            prometheus_client::metrics::counter::ConstCounter::new(value.load(Ordering::Relaxed))
                .encode(family.encode_family(&labels)?)?;
        }
        Ok(())
    }
}

/// The Prometheus registry and the HTTP metrics kept in it.
pub(crate) struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram, fn() -> Histogram>,
}

impl Metrics {
    pub(crate) fn new(collector: cookiewarden_stats::Collector) -> Metrics {
        let mut registry = Registry::with_prefix("cookiewarden");
        registry.register_collector(Box::new(BeaconCounters(collector)));
        let requests = Family::<RequestLabels, Counter>::default();
        let latency = Family::<RouteLabels, Histogram, fn() -> Histogram>::new_with_constructor(
            latency_histogram,
        );
        registry.register(
            "http_requests",
            "HTTP requests answered, by route and status",
            requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "Time to answer an HTTP request, by route",
            latency.clone(),
        );
        Metrics {
            registry,
            requests,
            latency,
        }
    }
}

/// Counts each request under its route pattern (`/sites/{slug}/cookies-policy`), never its
/// raw path, so a crawler cannot blow up the number of series.
async fn track(State(metrics): State<Arc<Metrics>>, request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |path| path.as_str().to_owned());
    let method = method_label(request.method());
    let started = Instant::now();
    let response = next.run(request).await;
    metrics
        .latency
        .get_or_create(&RouteLabels {
            route: route.clone(),
        })
        .observe(started.elapsed().as_secs_f64());
    metrics
        .requests
        .get_or_create(&RequestLabels {
            method,
            route,
            status: response.status().as_u16(),
        })
        .inc();
    response
}

/// Wraps the routes: request id in and out, a tracing span per request naming it, metrics, and
/// security headers (pages may only load from this origin, never inside another site's frame).
pub(crate) fn layers(routes: Router<App>, app: &App) -> Router<App> {
    let security_headers = ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
            ),
        ));
    routes
        .layer(middleware::from_fn_with_state(Arc::clone(&app.metrics), track))
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
                .layer(TraceLayer::new_for_http().make_span_with(|request: &Request| {
                    let id = request
                        .headers()
                        .get(REQUEST_ID)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("-");
                    tracing::info_span!("request", id, method = %request.method(), uri = %request.uri())
                }))
                .layer(PropagateRequestIdLayer::new(REQUEST_ID))
                .layer(security_headers)
                .layer(CompressionLayer::new()),
        )
}

/// `/healthz` and `/readyz`, on the platform and behind the gateway.
pub(crate) fn routes() -> axum::Router<App> {
    axum::Router::new()
        .route("/healthz", axum::routing::get(health))
        .route("/readyz", axum::routing::get(ready))
}

/// `GET /healthz`: 200 while the process runs and answers, whatever the database does. A
/// liveness probe that followed the database would restart every node during an outage,
/// while they still serve banners and policies from memory.
async fn health() -> Response {
    (StatusCode::OK, "ok\n").into_response()
}

/// `GET /readyz`: 200 when the database answers, 503 otherwise, for a load balancer to send
/// writes (consents, the back office) elsewhere.
async fn ready(State(app): State<App>) -> Response {
    match app.store.ping().await {
        Ok(()) => (StatusCode::OK, "ready\n").into_response(),
        Err(error) => {
            tracing::warn!(%error, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
        }
    }
}

/// `GET /metrics` in the OpenMetrics text format Prometheus reads.
pub(crate) async fn metrics(State(app): State<App>) -> Response {
    let mut body = String::new();
    if let Err(error) = prometheus_client::encoding::text::encode(&mut body, &app.metrics.registry)
    {
        tracing::error!(%error, "metrics could not be encoded");
        return (StatusCode::INTERNAL_SERVER_ERROR, "metrics unavailable\n").into_response();
    }
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        body,
    )
        .into_response()
}
