//! The services a site lists, in the back office: a catalogue service is added by choosing it,
//! and any listed service removed, each change audited. A service of the site's own, with its
//! hosts and snippets, is written in the site's definition file or sent through the API: a
//! form of free-text matchers would be easy to get wrong and hard to read back.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use cookiewarden_core::{AuditAction, ServiceCatalogue, ServiceDeclaration};
use serde::{Deserialize, Serialize};

use crate::admin::extract::{CheckedForm, SiteEditor};
use crate::admin::sites::save_audited;
use crate::ops::audit::entry;
use crate::ops::site_body::{ServiceBody, SiteBody};
use crate::{App, Error};

/// The one field both forms send.
#[derive(Debug, Deserialize)]
pub(crate) struct ServiceKey {
    key: String,
}

/// A listed service as the site's page shows it.
#[derive(Debug, Serialize)]
pub(crate) struct ServiceRow {
    key: String,
    name: String,
    category: &'static str,
    own: bool,
    cookies: Vec<String>,
}

/// The services `declarations` list, as the site sees them, in the order written.
pub(crate) fn rows(declarations: &[ServiceDeclaration]) -> Vec<ServiceRow> {
    let catalogue = ServiceCatalogue::listed(declarations);
    declarations
        .iter()
        .filter_map(|declared| {
            let service = catalogue.by_key(&declared.key)?;
            Some(ServiceRow {
                key: service.key.clone(),
                name: service.name.clone(),
                category: service.category.as_str(),
                own: declared.is_own(),
                cookies: service
                    .cookies
                    .iter()
                    .chain(&service.cookie_patterns)
                    .cloned()
                    .collect(),
            })
        })
        .collect()
}

/// The catalogue's services a site does not list yet, by name, to choose from: `(key, label)`.
pub(crate) fn choices(declarations: &[ServiceDeclaration]) -> Vec<(String, String)> {
    let mut choices: Vec<(String, String)> = ServiceCatalogue::builtin()
        .all()
        .iter()
        .filter(|s| declarations.iter().all(|d| d.key != s.key))
        .map(|s| (s.key.clone(), format!("{} ({})", s.name, s.category)))
        .collect();
    choices.sort_by_key(|(_, label)| label.to_lowercase());
    choices
}

/// The refusal of a change the site definition's parser did not accept, naming the field.
fn refused(error: &crate::ops::site_body::FieldError) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        format!("{}: {}", error.field, error.message),
    )
        .into_response()
}

/// Saves `body`, the site with one service added or removed, audited with the service as it
/// was and as it is (`change`), or refuses it with the parser's message, nothing saved.
async fn save_change(
    app: &App,
    account: &cookiewarden_core::Account,
    definition: &cookiewarden_core::SiteDefinition,
    body: SiteBody,
    action: AuditAction,
    change: (Option<&ServiceBody>, Option<&ServiceBody>),
) -> Result<Response, Error> {
    let edited = match body.to_definition() {
        Ok(edited) => edited,
        Err(error) => return Ok(refused(&error)),
    };
    let (before, after) = change;
    let key = before.or(after).map_or("", |s| s.key.as_str());
    let json = |service: Option<&ServiceBody>| service.and_then(|s| serde_json::to_string(s).ok());
    let entry = entry(
        account.name.to_string(),
        action,
        format!("site:{}/service:{key}", definition.site.slug),
        json(before),
        json(after),
    );
    save_audited(app, &edited, &entry).await
}

/// `POST /admin/sites/{slug}/services`: lists a catalogue service (editors and
/// administrators), audited. A key of no catalogue service, or one listed already, is refused
/// with the parser's message, nothing saved.
pub(crate) async fn add_service(
    State(app): State<App>,
    SiteEditor {
        account,
        definition,
    }: SiteEditor,
    CheckedForm(form): CheckedForm<ServiceKey>,
) -> Result<Response, Error> {
    let added = ServiceBody::of(&ServiceDeclaration::of_catalogue(form.key.trim()));
    let mut body = SiteBody::of(&definition);
    body.services.push(added.clone());
    save_change(
        &app,
        &account,
        &definition,
        body,
        AuditAction::ServiceAdd,
        (None, Some(&added)),
    )
    .await
}

/// `POST /admin/sites/{slug}/services/remove`: takes a service off the list (editors and
/// administrators), audited with what it was. Visitors are asked again, as for any change of
/// the policy.
pub(crate) async fn remove_service(
    State(app): State<App>,
    SiteEditor {
        account,
        definition,
    }: SiteEditor,
    CheckedForm(form): CheckedForm<ServiceKey>,
) -> Result<Response, Error> {
    let mut body = SiteBody::of(&definition);
    let Some(position) = body.services.iter().position(|s| s.key == form.key) else {
        return Ok((
            StatusCode::NOT_FOUND,
            format!("`{}` is not one of the services this site lists", form.key),
        )
            .into_response());
    };
    let removed = body.services.remove(position);
    save_change(
        &app,
        &account,
        &definition,
        body,
        AuditAction::ServiceRemove,
        (Some(&removed), None),
    )
    .await
}
