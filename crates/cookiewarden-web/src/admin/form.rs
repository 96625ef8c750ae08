//! Form fields as the back office's templates show them: label, value, kind, and the
//! message of a refused value beside its field.

use axum::http::StatusCode;
use serde::Serialize;

use crate::ops::site_body::FieldError;

/// One field of a form as a template shows it.
#[derive(Debug, Serialize)]
pub(crate) struct FieldView {
    pub(crate) name: String,
    pub(crate) label: &'static str,
    /// The language a per-language field is in.
    pub(crate) language: Option<String>,
    pub(crate) value: String,
    /// `text`, `textarea`, `select` or `checkbox`.
    pub(crate) kind: &'static str,
    pub(crate) options: &'static [&'static str],
    /// What applies when the field is left empty.
    pub(crate) placeholder: Option<String>,
    pub(crate) error: Option<String>,
}

impl FieldView {
    pub(crate) fn text(name: &str, label: &'static str, value: &str) -> FieldView {
        FieldView {
            name: name.to_owned(),
            label,
            language: None,
            value: value.to_owned(),
            kind: match name {
                "origins" | "regions" => "textarea",
                "statistics_cookie" => "checkbox",
                _ => "text",
            },
            options: &[],
            placeholder: None,
            error: None,
        }
    }

    pub(crate) fn with_error(mut self, error: Option<&FieldError>) -> FieldView {
        self.error = error
            .filter(|e| e.field == self.name)
            .map(|e| e.message.clone());
        self
    }
}

/// A form page's status: 422 when it shows a refused value, 200 otherwise.
pub(crate) fn form_status(refused: bool) -> StatusCode {
    if refused {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    }
}
