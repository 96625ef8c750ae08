use axum::http::{HeaderValue, StatusCode, header};
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

impl Error {
    /// 503 when the database is away or full (the request may succeed in a moment), 500 for
    /// anything else: a fault of the service itself, which retrying will not mend.
    pub(crate) fn status(&self) -> StatusCode {
        use cookiewarden_store::Error as Store;
        match self {
            Error::Store(Store::Database(_) | Store::GroupCommit(_) | Store::WriterStopped) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            // A race with another change (two revokes of one token, a user removed meanwhile):
            // the caller's request no longer matches the state, which is not a fault.
            Error::Store(
                Store::UnknownUser(_) | Store::UnknownSite(_) | Store::UnknownToken(_),
            ) => StatusCode::NOT_FOUND,
            Error::Store(Store::UserExists(_) | Store::SiteExists(_)) => StatusCode::CONFLICT,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// What the caller reads: never the details, which go to the log.
    pub(crate) fn public_message(&self) -> &'static str {
        match self.status() {
            StatusCode::SERVICE_UNAVAILABLE => {
                "The service cannot answer right now. Please try again in a moment."
            }
            StatusCode::NOT_FOUND => "What this request is about no longer exists.",
            StatusCode::CONFLICT => "This was changed at the same time by another request.",
            _ => "Something went wrong on our side. It has been logged; please try again later.",
        }
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        tracing::error!(error = %self, "request failed");
        let status = self.status();
        let mut response = (status, self.public_message()).into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_that_is_away_answers_503_a_race_404_or_409_and_a_fault_of_the_service_500() {
        let away = Error::Store(cookiewarden_store::Error::WriterStopped).into_response();
        assert_eq!(away.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(away.headers()[header::RETRY_AFTER], "5");
        let raced = Error::Store(cookiewarden_store::Error::UnknownToken(7)).into_response();
        assert_eq!(raced.status(), StatusCode::NOT_FOUND);
        let taken = Error::Store(cookiewarden_store::Error::SiteExists("shop".to_owned()));
        assert_eq!(taken.status(), StatusCode::CONFLICT);
        for fault in [
            Error::Export,
            Error::Randomness("none".to_owned()),
            Error::Store(cookiewarden_store::Error::Corrupt("a bad row".to_owned())),
        ] {
            let response = fault.into_response();
            assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
            assert!(response.headers().get(header::RETRY_AFTER).is_none());
        }
    }
}
