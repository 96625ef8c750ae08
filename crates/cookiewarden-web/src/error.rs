use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use thiserror::Error;

/// Why a request or the start-up failed. Visitors only ever see a short, translated page; the
/// details go to the log.
#[derive(Debug, Error)]
pub enum Error {
    /// The embedded translations do not parse.
    #[error("translations: {0}")]
    Translations(String),
    /// The API's OpenAPI document cannot be written.
    #[error("OpenAPI document: {0}")]
    OpenApi(String),
    /// The embedded templates do not compile or render.
    #[error("template: {0}")]
    Template(#[from] minijinja::Error),
    /// The operating system gave no random bytes (for a consent id or a nonce).
    #[error("no random bytes from the operating system: {0}")]
    Randomness(String),
    /// A CSV export could not be written.
    #[error("cannot write the CSV export")]
    Export,
    /// The store failed.
    #[error(transparent)]
    Store(#[from] cookiewarden_store::Error),
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        tracing::error!(error = %self, "request failed");
        let message = "The service cannot answer right now. Please try again in a moment.";
        (StatusCode::SERVICE_UNAVAILABLE, message).into_response()
    }
}
