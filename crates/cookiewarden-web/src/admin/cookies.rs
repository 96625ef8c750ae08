//! A site's cookie declarations in the back office: a new one, one changed in place with its
//! texts in every language of the site, one removed. Editors and administrators only; each
//! change is audited.

use std::collections::BTreeMap;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use cookiewarden_core::{Account, SiteDefinition};
use minijinja::context;
use serde::Deserialize;

use crate::admin::extract::{CheckedForm, SiteEditor};
use crate::admin::form::FieldView;
use crate::admin::page::Frame;
use crate::admin::sites::save_audited;
use crate::ops::audit::entry;
use crate::ops::site_body::{CookieBody, FieldError, SiteBody, with_cookie, without_cookie};
use crate::view::view;
use crate::{App, Error};
use cookiewarden_core::AuditAction;

/// A declaration as its form sends it: the fixed fields, and a function and a purpose per
/// language of the site (`function.fr`, `purpose.fr`).
#[derive(Debug, Default)]
pub(crate) struct CookieForm(BTreeMap<String, String>);

/// The declaration form's fixed fields: name, label, kind and choices.
const COOKIE_FIELDS: [(&str, &str, &str, &[&str]); 9] = [
    ("name", "admin-field-cookie-name", "text", &[]),
    ("provider", "admin-field-provider", "text", &[]),
    (
        "category",
        "admin-field-category",
        "select",
        &["necessary", "preferences", "statistics", "marketing"],
    ),
    ("exempt", "admin-field-exempt", "checkbox", &[]),
    ("party", "admin-field-party", "select", &["first", "third"]),
    ("duration", "admin-field-duration", "text", &[]),
    ("domain", "admin-field-domain", "text", &[]),
    ("path", "admin-field-path", "text", &[]),
    (
        "status",
        "admin-field-status",
        "select",
        &["active", "draft"],
    ),
];

impl CookieForm {
    fn of(cookie: &CookieBody) -> CookieForm {
        let mut values = BTreeMap::from([
            ("name".to_owned(), cookie.name.clone()),
            ("provider".to_owned(), cookie.provider.clone()),
            ("category".to_owned(), cookie.category.clone()),
            ("party".to_owned(), cookie.party.clone()),
            ("duration".to_owned(), cookie.duration.clone()),
            (
                "domain".to_owned(),
                cookie.domain.clone().unwrap_or_default(),
            ),
            ("path".to_owned(), cookie.path.clone().unwrap_or_default()),
            (
                "status".to_owned(),
                cookie.status.clone().unwrap_or_default(),
            ),
        ]);
        if cookie.exempt {
            values.insert("exempt".to_owned(), "on".to_owned());
        }
        for (field, texts) in [("function", &cookie.function), ("purpose", &cookie.purpose)] {
            for (language, text) in texts {
                values.insert(format!("{field}.{language}"), text.clone());
            }
        }
        CookieForm(values)
    }

    fn from_pairs(pairs: Vec<(String, String)>) -> CookieForm {
        CookieForm(pairs.into_iter().collect())
    }

    fn get(&self, field: &str) -> &str {
        self.0.get(field).map_or("", String::as_str)
    }

    /// The declaration these values describe; empty optional fields are left out.
    fn to_body(&self) -> CookieBody {
        let optional =
            |field: &str| Some(self.get(field).trim().to_owned()).filter(|v| !v.is_empty());
        let texts = |field: &str| {
            self.0
                .iter()
                .filter_map(|(key, value)| {
                    let language = key.strip_prefix(field)?.strip_prefix('.')?;
                    let value = value.trim();
                    (!value.is_empty()).then(|| (language.to_owned(), value.to_owned()))
                })
                .collect()
        };
        CookieBody {
            name: self.get("name").trim().to_owned(),
            provider: self.get("provider").trim().to_owned(),
            category: self.get("category").trim().to_owned(),
            exempt: !self.get("exempt").is_empty(),
            party: self.get("party").trim().to_owned(),
            domain: optional("domain"),
            path: optional("path"),
            duration: self.get("duration").trim().to_owned(),
            status: optional("status"),
            function: texts("function"),
            purpose: texts("purpose"),
        }
    }

    /// The fields to show: the fixed ones, then a function and a purpose per language.
    fn fields(&self, languages: &[String], error: Option<&FieldError>) -> Vec<FieldView> {
        let fixed = COOKIE_FIELDS
            .iter()
            .map(|(name, label, kind, options)| FieldView {
                name: (*name).to_owned(),
                label,
                language: None,
                value: self.get(name).to_owned(),
                kind,
                options,
                placeholder: None,
                error: error
                    .filter(|e| e.field == *name)
                    .map(|e| e.message.clone()),
            });
        let texts = languages.iter().flat_map(|language| {
            [
                ("function", "admin-field-function"),
                ("purpose", "admin-field-purpose"),
            ]
            .map(|(field, label)| {
                let name = format!("{field}.{language}");
                FieldView {
                    value: self.get(&name).to_owned(),
                    name,
                    label,
                    language: Some(language.clone()),
                    kind: "textarea",
                    options: &[],
                    placeholder: None,
                    // A text error names the field, not the language: shown by each.
                    error: error
                        .filter(|e| e.field == field)
                        .map(|e| e.message.clone()),
                }
            })
        });
        fixed.chain(texts).collect()
    }
}

/// A page about one declaration: its `edit` page, or the confirmation of its `delete`.
pub(crate) fn cookie_url(slug: &str, page: &str, name: &str, domain: &str) -> String {
    let query =
        serde_urlencoded::to_string([("name", name), ("domain", domain)]).unwrap_or_default();
    format!("/admin/sites/{slug}/cookies/{page}?{query}")
}

/// Which declaration an edit page is about.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct CookieKey {
    #[serde(default)]
    name: String,
    /// Declarations are unique by name and domain; empty for one without a domain.
    #[serde(default)]
    domain: String,
}

/// The page of one declaration, new (`key` is `None`) or existing.
struct CookiePage<'a> {
    definition: &'a SiteDefinition,
    key: Option<&'a CookieKey>,
    form: &'a CookieForm,
    error: Option<&'a FieldError>,
    status: StatusCode,
}

fn render_cookie(
    app: &App,
    frame: &Frame,
    account: &Account,
    page: CookiePage<'_>,
) -> Result<Response, Error> {
    let slug = page.definition.site.slug.as_str();
    let languages: Vec<String> = page
        .definition
        .site
        .languages
        .iter()
        .map(ToString::to_string)
        .collect();
    let action = match page.key {
        Some(key) => cookie_url(slug, "edit", &key.name, &key.domain),
        None => format!("/admin/sites/{slug}/cookies"),
    };
    frame.page_with_status(
        app,
        account,
        "admin_cookie.html",
        page.status,
        context! {
            site_name => &page.definition.site.name,
            slug,
            section => "settings",
            editing => page.key.map(|k| k.name.as_str()),
            action,
            fields => view(page.form.fields(&languages, page.error)),
            general_error => page.error.filter(|e| {
                !COOKIE_FIELDS.iter().any(|(name, ..)| *name == e.field)
                    && e.field != "function" && e.field != "purpose"
            }).map(|e| e.message.as_str()),
        },
    )
}

/// `GET /admin/sites/{slug}/cookies/new`: an empty declaration form (editors and
/// administrators).
pub(crate) async fn new_cookie(
    State(app): State<App>,
    SiteEditor {
        account,
        definition,
    }: SiteEditor,
    frame: Frame,
) -> Result<Response, Error> {
    let mut form = CookieForm::default();
    form.0.insert("path".to_owned(), "/".to_owned());
    let page = CookiePage {
        definition: &definition,
        key: None,
        form: &form,
        error: None,
        status: StatusCode::OK,
    };
    render_cookie(&app, &frame, &account, page)
}

/// `GET /admin/sites/{slug}/cookies/edit?name=…&domain=…`: one declaration, with its texts
/// in every language of the site; read-only fields for viewers are not offered: they read the
/// policy instead.
pub(crate) async fn edit_cookie(
    State(app): State<App>,
    SiteEditor {
        account,
        definition,
    }: SiteEditor,
    frame: Frame,
    Query(key): Query<CookieKey>,
) -> Result<Response, Error> {
    let body = SiteBody::of(&definition);
    let Some(position) = body.cookie_position(&key.name, &key.domain) else {
        return Ok(frame.refuse(&app, StatusCode::NOT_FOUND, "admin-unknown-cookie"));
    };
    let page = CookiePage {
        definition: &definition,
        key: Some(&key),
        form: &CookieForm::of(&body.cookies[position]),
        error: None,
        status: StatusCode::OK,
    };
    render_cookie(&app, &frame, &account, page)
}

/// `POST /admin/sites/{slug}/cookies` (a new declaration) and
/// `POST /admin/sites/{slug}/cookies/edit?name=…&domain=…` (a changed one): saved and
/// audited, or the form again with the refused value's message beside its field (422).
async fn save_cookie(
    app: App,
    SiteEditor {
        account,
        definition,
    }: SiteEditor,
    frame: Frame,
    key: Option<CookieKey>,
    form: CookieForm,
) -> Result<Response, Error> {
    let body = SiteBody::of(&definition);
    let previous = match &key {
        Some(key) => match body.cookie_position(&key.name, &key.domain) {
            Some(position) => Some((position, body.cookies[position].clone())),
            None => {
                return Ok(frame.refuse(&app, StatusCode::NOT_FOUND, "admin-unknown-cookie"));
            }
        },
        None => None,
    };
    let (edited, stored) = match with_cookie(
        &definition,
        previous.as_ref().map(|(p, _)| *p),
        form.to_body(),
    ) {
        Ok(done) => done,
        Err(error) => {
            let page = CookiePage {
                definition: &definition,
                key: key.as_ref(),
                form: &form,
                error: Some(&error),
                status: StatusCode::UNPROCESSABLE_ENTITY,
            };
            return render_cookie(&app, &frame, &account, page);
        }
    };
    let entry = match &previous {
        Some((_, before)) => entry(
            account.name.to_string(),
            AuditAction::CookieUpdate,
            before.target(&definition.site.slug),
            before.audit_json(),
            stored.audit_json(),
        ),
        None => entry(
            account.name.to_string(),
            AuditAction::CookieAdd,
            stored.target(&definition.site.slug),
            None,
            stored.audit_json(),
        ),
    };
    save_audited(&app, &edited, &entry).await
}

/// `POST /admin/sites/{slug}/cookies`.
pub(crate) async fn add_cookie(
    State(app): State<App>,
    editor: SiteEditor,
    frame: Frame,
    CheckedForm(pairs): CheckedForm<Vec<(String, String)>>,
) -> Result<Response, Error> {
    let form = CookieForm::from_pairs(pairs);
    save_cookie(app, editor, frame, None, form).await
}

/// `POST /admin/sites/{slug}/cookies/edit?name=…&domain=…`.
pub(crate) async fn update_cookie(
    State(app): State<App>,
    editor: SiteEditor,
    frame: Frame,
    Query(key): Query<CookieKey>,
    CheckedForm(pairs): CheckedForm<Vec<(String, String)>>,
) -> Result<Response, Error> {
    let form = CookieForm::from_pairs(pairs);
    save_cookie(app, editor, frame, Some(key), form).await
}

/// `GET /admin/sites/{slug}/cookies/delete?name=…&domain=…`: asks whether to delete the
/// declaration; the deletion itself is the form's `POST`.
pub(crate) async fn confirm_delete(
    State(app): State<App>,
    SiteEditor {
        account,
        definition,
    }: SiteEditor,
    frame: Frame,
    Query(key): Query<CookieKey>,
) -> Result<Response, Error> {
    let slug = definition.site.slug.as_str();
    if SiteBody::of(&definition)
        .cookie_position(&key.name, &key.domain)
        .is_none()
    {
        return Ok(frame.refuse(&app, StatusCode::NOT_FOUND, "admin-unknown-cookie"));
    }
    let translations = app.pages.translations();
    let language = frame.language(&app);
    let args = fluent_bundle::FluentArgs::from_iter([("name", key.name.clone())]);
    frame.page(
        &app,
        &account,
        "admin_confirm.html",
        context! {
            site_name => &definition.site.name,
            slug,
            section => "settings",
            question => translations.message(&language, "admin-confirm-delete-cookie", Some(&args)),
            confirm => translations.message(&language, "admin-delete", None),
            action => format!("/admin/sites/{slug}/cookies/delete"),
            hidden => vec![("name", key.name.clone()), ("domain", key.domain.clone())],
            cancel_url => format!("/admin/sites/{slug}#cookies"),
        },
    )
}

/// `POST /admin/sites/{slug}/cookies/delete`: removes one declaration (editors and
/// administrators), audited. Consent records name policy versions, not declarations, so none
/// is touched.
pub(crate) async fn delete_cookie(
    State(app): State<App>,
    SiteEditor {
        account,
        definition,
    }: SiteEditor,
    frame: Frame,
    CheckedForm(key): CheckedForm<CookieKey>,
) -> Result<Response, Error> {
    let Some((edited, removed)) = without_cookie(&definition, &key.name, &key.domain) else {
        return Ok(frame.refuse(&app, StatusCode::NOT_FOUND, "admin-unknown-cookie"));
    };
    let entry = entry(
        account.name.to_string(),
        AuditAction::CookieDelete,
        removed.target(&definition.site.slug),
        removed.audit_json(),
        None,
    );
    save_audited(&app, &edited, &entry).await
}
