//! Sites in the back office: their settings (origins, languages, consent lifetimes, policy
//! path), their cookie declarations with texts in every language of the site, a new site, and
//! a preview of the policy. Members read; editors and administrators change; administrators
//! create sites. Every form becomes a [`SiteBody`] checked by the same parser as `site apply`
//! and the JSON API, so a refused value is shown beside its field with the same message, and
//! nothing is saved.

use std::collections::BTreeMap;

use axum::Form;
use axum::extract::{OriginalUri, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use cookiewarden_core::{Account, DeclarationStatus, Role, SiteDefinition};
use cookiewarden_store::AuditEntry;
use minijinja::context;
use serde::{Deserialize, Serialize};

use crate::admin::{admin_page, form_status, no_store, refusal, require_admin, site_member};
use crate::consent::now_ms;
use crate::csrf;
use crate::language::LanguageHints;
use crate::pages::{html_page, view};
use crate::policy::{PolicyView, site_language};
use crate::site_body::{CookieBody, FieldError, SiteBody, TextsBody, with_cookie, without_cookie};
use crate::{App, Error};

/// The settings as the form shows and sends them.
#[derive(Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
pub(crate) struct SettingsForm {
    /// Only sent when creating a site: a site is never renamed.
    #[serde(default)]
    slug: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    origins: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    default_language: String,
    #[serde(default)]
    consent_lifetime: String,
    #[serde(default)]
    rejection_lifetime: String,
    #[serde(default)]
    policy_path: String,
    #[serde(default)]
    statistics_retention: String,
    #[serde(default)]
    statistics_query: String,
    /// A checkbox: present (`on`) when ticked.
    #[serde(default)]
    statistics_cookie: String,
    #[serde(default, skip_serializing)]
    csrfmiddlewaretoken: Option<String>,
}

/// The settings form's fields in order, with their labels.
const FIELDS: [(&str, &str); 10] = [
    ("name", "admin-field-name"),
    ("origins", "admin-field-origins"),
    ("languages", "admin-field-languages"),
    ("default_language", "admin-field-default-language"),
    ("consent_lifetime", "admin-field-consent-lifetime"),
    ("rejection_lifetime", "admin-field-rejection-lifetime"),
    ("policy_path", "admin-field-policy-path"),
    ("statistics_retention", "admin-field-statistics-retention"),
    ("statistics_query", "admin-field-statistics-query"),
    ("statistics_cookie", "admin-field-statistics-cookie"),
];

impl SettingsForm {
    fn of(definition: &SiteDefinition) -> SettingsForm {
        let body = SiteBody::of(definition);
        SettingsForm {
            slug: body.slug,
            name: body.name,
            origins: body.origins.join("\n"),
            languages: body.languages.join(", "),
            default_language: body.default_language,
            consent_lifetime: body.consent_lifetime.unwrap_or_default(),
            rejection_lifetime: body.rejection_lifetime.unwrap_or_default(),
            policy_path: body.policy_path.unwrap_or_default(),
            statistics_retention: body.statistics_retention.unwrap_or_default(),
            statistics_query: body.statistics_query.join(", "),
            statistics_cookie: if body.statistics_cookie { "on" } else { "" }.to_owned(),
            csrfmiddlewaretoken: None,
        }
    }

    fn value(&self, field: &str) -> &str {
        match field {
            "slug" => &self.slug,
            "name" => &self.name,
            "origins" => &self.origins,
            "languages" => &self.languages,
            "default_language" => &self.default_language,
            "consent_lifetime" => &self.consent_lifetime,
            "rejection_lifetime" => &self.rejection_lifetime,
            "statistics_retention" => &self.statistics_retention,
            "statistics_query" => &self.statistics_query,
            "statistics_cookie" => &self.statistics_cookie,
            _ => &self.policy_path,
        }
    }

    /// `body` with these settings, checked by the site-definition parser; the error names the
    /// form field it is about.
    fn apply_to(&self, mut body: SiteBody) -> Result<SiteDefinition, FieldError> {
        let list = |text: &str, separators: &[char]| {
            text.split(separators)
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let optional = |text: &str| Some(text.trim().to_owned()).filter(|t| !t.is_empty());
        body.name = self.name.trim().to_owned();
        body.origins = list(&self.origins, &['\n', '\r']);
        body.languages = list(&self.languages, &[',', ' ']);
        body.default_language = self.default_language.trim().to_owned();
        body.consent_lifetime = optional(&self.consent_lifetime);
        body.rejection_lifetime = optional(&self.rejection_lifetime);
        body.policy_path = optional(&self.policy_path);
        body.statistics_retention = optional(&self.statistics_retention);
        body.statistics_query = list(&self.statistics_query, &[',', ' ']);
        body.statistics_cookie = !self.statistics_cookie.is_empty();
        body.to_definition().map_err(|error| {
            // `origins[1]` is the origins field; the slug has no field once the site exists.
            let path = error.field.split(['.', '[']).next().unwrap_or_default();
            let field = std::iter::once("slug")
                .chain(FIELDS.iter().map(|(name, _)| *name))
                .find(|name| *name == path)
                .unwrap_or("name");
            FieldError {
                field: field.to_owned(),
                message: error.message,
            }
        })
    }
}

/// One field of a form as a template shows it.
#[derive(Debug, Serialize)]
struct FieldView {
    name: String,
    label: &'static str,
    /// The language a per-language field is in.
    language: Option<String>,
    value: String,
    /// `text`, `textarea`, `select` or `checkbox`.
    kind: &'static str,
    options: &'static [&'static str],
    /// What applies when the field is left empty.
    placeholder: Option<String>,
    error: Option<String>,
}

impl FieldView {
    fn text(name: &str, label: &'static str, value: &str) -> FieldView {
        FieldView {
            name: name.to_owned(),
            label,
            language: None,
            value: value.to_owned(),
            kind: match name {
                "origins" => "textarea",
                "statistics_cookie" => "checkbox",
                _ => "text",
            },
            options: &[],
            placeholder: None,
            error: None,
        }
    }

    fn with_error(mut self, error: Option<&FieldError>) -> FieldView {
        self.error = error
            .filter(|e| e.field == self.name)
            .map(|e| e.message.clone());
        self
    }
}

fn settings_fields(form: &SettingsForm, error: Option<&FieldError>) -> Vec<FieldView> {
    FIELDS
        .iter()
        .map(|(name, label)| FieldView::text(name, label, form.value(name)).with_error(error))
        .collect()
}

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

    fn token(&self) -> Option<&str> {
        self.0.get("csrfmiddlewaretoken").map(String::as_str)
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

/// The site's own texts, as the form names them: `banner_title.fr`, with their labels.
const TEXT_FIELDS: [(&str, &str, &str); 3] = [
    ("banner_title", "admin-field-banner-title", "banner-title"),
    ("banner_text", "admin-field-banner-text", "banner-text"),
    ("policy_intro", "admin-field-policy-intro", ""),
];

/// One field per text and language of the site, the platform's words as placeholders.
fn text_fields(app: &App, definition: &SiteDefinition, texts: &TextsBody) -> Vec<FieldView> {
    let translations = app.pages.translations();
    let mut texts = texts.clone();
    let mut fields = Vec::new();
    for language in &definition.site.languages {
        for (field, label, platform) in TEXT_FIELDS {
            let value = texts
                .field_mut(field)
                .and_then(|by_language| by_language.get(language.as_str()).cloned())
                .unwrap_or_default();
            let placeholder = (!platform.is_empty()).then(|| {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("site", definition.site.name.clone());
                translations.message(language, platform, Some(&args))
            });
            fields.push(FieldView {
                name: format!("{field}.{language}"),
                label,
                language: Some(language.to_string()),
                value,
                kind: "textarea",
                options: &[],
                placeholder,
                error: None,
            });
        }
    }
    fields
}

/// The texts a texts form sends: `field.language` pairs, empty ones left out.
fn texts_from_pairs(pairs: &[(String, String)]) -> TextsBody {
    let mut texts = TextsBody::default();
    for (key, value) in pairs {
        let Some((field, language)) = key.split_once('.') else {
            continue;
        };
        let value = value.trim();
        if let Some(by_language) = texts.field_mut(field).filter(|_| !value.is_empty()) {
            by_language.insert(language.to_owned(), value.to_owned());
        }
    }
    texts
}

#[derive(Serialize)]
struct CookieRow {
    name: String,
    domain: String,
    category: String,
    party: String,
    duration: String,
    provider: String,
    status: String,
    edit_url: String,
}

impl CookieRow {
    fn of(slug: &str, cookie: CookieBody) -> CookieRow {
        let domain = cookie.domain.unwrap_or_default();
        CookieRow {
            edit_url: cookie_url(slug, &cookie.name, &domain),
            name: cookie.name,
            domain,
            category: cookie.category,
            party: cookie.party,
            duration: cookie.duration,
            provider: cookie.provider,
            status: cookie.status.unwrap_or_default(),
        }
    }
}

/// The edit page of one declaration.
fn cookie_url(slug: &str, name: &str, domain: &str) -> String {
    let query =
        serde_urlencoded::to_string([("name", name), ("domain", domain)]).unwrap_or_default();
    format!("/admin/sites/{slug}/cookies/edit?{query}")
}

#[derive(Deserialize)]
pub(crate) struct SavedQuery {
    #[serde(default)]
    saved: bool,
}

/// What the site's page shows besides the stored site: the settings form as sent, with the
/// error of a refused value.
struct SitePage<'a> {
    definition: &'a SiteDefinition,
    form: &'a SettingsForm,
    error: Option<&'a FieldError>,
    /// The texts form as sent, and why it was refused.
    texts: &'a TextsBody,
    texts_error: Option<&'a FieldError>,
    editable: bool,
    saved: bool,
    status: StatusCode,
}

fn render_site(
    app: &App,
    hints: &LanguageHints,
    headers: &HeaderMap,
    uri: &Uri,
    page: SitePage<'_>,
) -> Result<Response, Error> {
    let slug = page.definition.site.slug.as_str();
    let cookies: Vec<CookieRow> = SiteBody::of(page.definition)
        .cookies
        .into_iter()
        .map(|cookie| CookieRow::of(slug, cookie))
        .collect();
    admin_page(
        app,
        hints,
        headers,
        uri,
        "admin_site.html",
        page.status,
        context! {
            site_name => &page.definition.site.name,
            slug,
            fields => view(settings_fields(page.form, page.error)),
            text_fields => view(text_fields(app, page.definition, page.texts)),
            texts_error => page.texts_error.map(|e| format!("{}: {}", e.field, e.message)),
            cookies => view(cookies),
            editable => page.editable,
            saved => page.saved,
        },
    )
}

/// The site's editor behind an unsafe request: the CSRF token checked first, then a
/// membership that may change the site; or the response to send instead.
async fn site_editor(
    app: &App,
    hints: &LanguageHints,
    headers: &HeaderMap,
    uri: &Uri,
    slug: &str,
    token: Option<&str>,
) -> Result<Result<(Account, SiteDefinition), Response>, Error> {
    if !csrf::check(app, headers, token) {
        return Ok(Err(refusal(
            app,
            hints,
            StatusCode::FORBIDDEN,
            "admin-csrf-failed",
        )));
    }
    Ok(match site_member(app, hints, headers, uri, slug).await? {
        Ok((_, _, Role::Viewer)) => Err(refusal(
            app,
            hints,
            StatusCode::FORBIDDEN,
            "admin-not-editor",
        )),
        Ok((account, definition, _)) => Ok((account, definition)),
        Err(response) => Err(response),
    })
}

pub(crate) fn audit_entry(
    account: &Account,
    action: &str,
    target: String,
    before: Option<String>,
    after: Option<String>,
) -> AuditEntry {
    AuditEntry {
        at_ms: now_ms(),
        actor: account.name.to_string(),
        action: action.to_owned(),
        target,
        before,
        after,
    }
}

/// Saves the edited site with its audit entry, then back to the site's page.
async fn save_audited(
    app: &App,
    edited: &SiteDefinition,
    entry: &AuditEntry,
) -> Result<Response, Error> {
    app.store.apply_site_audited(edited, entry).await?;
    let target = format!("/admin/sites/{}?saved=true", edited.site.slug);
    Ok(no_store(Redirect::to(&target).into_response()))
}

/// `GET /admin/sites/{slug}`: the settings, editable for editors and administrators.
pub(crate) async fn settings(
    State(app): State<App>,
    Path(slug): Path<String>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Query(query): Query<SavedQuery>,
) -> Result<Response, Error> {
    let (_, definition, role) = match site_member(&app, &hints, &headers, &uri, &slug).await? {
        Ok(member) => member,
        Err(response) => return Ok(response),
    };
    let page = SitePage {
        definition: &definition,
        form: &SettingsForm::of(&definition),
        error: None,
        texts: &SiteBody::of(&definition).texts,
        texts_error: None,
        editable: role != Role::Viewer,
        saved: query.saved,
        status: StatusCode::OK,
    };
    render_site(&app, &hints, &headers, &uri, page)
}

/// `POST /admin/sites/{slug}`: saves the settings (editors and administrators), or shows the
/// form again with the refused value's message beside it (422), nothing saved.
pub(crate) async fn save_settings(
    State(app): State<App>,
    Path(slug): Path<String>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Form(form): Form<SettingsForm>,
) -> Result<Response, Error> {
    let token = form.csrfmiddlewaretoken.as_deref();
    let (account, definition) =
        match site_editor(&app, &hints, &headers, &uri, &slug, token).await? {
            Ok(editor) => editor,
            Err(response) => return Ok(response),
        };
    let edited = match form.apply_to(SiteBody::of(&definition)) {
        Ok(edited) => edited,
        Err(error) => {
            let page = SitePage {
                definition: &definition,
                form: &form,
                error: Some(&error),
                texts: &SiteBody::of(&definition).texts,
                texts_error: None,
                editable: true,
                saved: false,
                status: StatusCode::UNPROCESSABLE_ENTITY,
            };
            return render_site(&app, &hints, &headers, &uri, page);
        }
    };
    let json = |form: &SettingsForm| serde_json::to_string(form).ok();
    let entry = audit_entry(
        &account,
        "site.settings",
        format!("site:{}", definition.site.slug),
        json(&SettingsForm::of(&definition)),
        json(&SettingsForm::of(&edited)),
    );
    save_audited(&app, &edited, &entry).await
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
    hints: &LanguageHints,
    headers: &HeaderMap,
    uri: &Uri,
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
        Some(key) => cookie_url(slug, &key.name, &key.domain),
        None => format!("/admin/sites/{slug}/cookies"),
    };
    admin_page(
        app,
        hints,
        headers,
        uri,
        "admin_cookie.html",
        page.status,
        context! {
            site_name => &page.definition.site.name,
            slug,
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
    Path(slug): Path<String>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
) -> Result<Response, Error> {
    let (_, definition, role) = match site_member(&app, &hints, &headers, &uri, &slug).await? {
        Ok(member) => member,
        Err(response) => return Ok(response),
    };
    if role == Role::Viewer {
        return Ok(refusal(
            &app,
            &hints,
            StatusCode::FORBIDDEN,
            "admin-not-editor",
        ));
    }
    let mut form = CookieForm::default();
    form.0.insert("path".to_owned(), "/".to_owned());
    let page = CookiePage {
        definition: &definition,
        key: None,
        form: &form,
        error: None,
        status: StatusCode::OK,
    };
    render_cookie(&app, &hints, &headers, &uri, page)
}

/// `GET /admin/sites/{slug}/cookies/edit?name=…&domain=…`: one declaration, with its texts
/// in every language of the site; read-only fields for viewers are not offered: they read the
/// policy instead.
pub(crate) async fn edit_cookie(
    State(app): State<App>,
    Path(slug): Path<String>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Query(key): Query<CookieKey>,
) -> Result<Response, Error> {
    let (_, definition, role) = match site_member(&app, &hints, &headers, &uri, &slug).await? {
        Ok(member) => member,
        Err(response) => return Ok(response),
    };
    if role == Role::Viewer {
        return Ok(refusal(
            &app,
            &hints,
            StatusCode::FORBIDDEN,
            "admin-not-editor",
        ));
    }
    let body = SiteBody::of(&definition);
    let Some(position) = body.cookie_position(&key.name, &key.domain) else {
        return Ok(refusal(
            &app,
            &hints,
            StatusCode::NOT_FOUND,
            "admin-unknown-cookie",
        ));
    };
    let page = CookiePage {
        definition: &definition,
        key: Some(&key),
        form: &CookieForm::of(&body.cookies[position]),
        error: None,
        status: StatusCode::OK,
    };
    render_cookie(&app, &hints, &headers, &uri, page)
}

/// `POST /admin/sites/{slug}/cookies` (a new declaration) and
/// `POST /admin/sites/{slug}/cookies/edit?name=…&domain=…` (a changed one): saved and
/// audited, or the form again with the refused value's message beside its field (422).
async fn save_cookie(
    app: App,
    hints: LanguageHints,
    headers: HeaderMap,
    uri: Uri,
    slug: String,
    key: Option<CookieKey>,
    form: CookieForm,
) -> Result<Response, Error> {
    let (account, definition) =
        match site_editor(&app, &hints, &headers, &uri, &slug, form.token()).await? {
            Ok(editor) => editor,
            Err(response) => return Ok(response),
        };
    let body = SiteBody::of(&definition);
    let previous = match &key {
        Some(key) => match body.cookie_position(&key.name, &key.domain) {
            Some(position) => Some((position, body.cookies[position].clone())),
            None => {
                return Ok(refusal(
                    &app,
                    &hints,
                    StatusCode::NOT_FOUND,
                    "admin-unknown-cookie",
                ));
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
            return render_cookie(&app, &hints, &headers, &uri, page);
        }
    };
    let entry = match &previous {
        Some((_, before)) => audit_entry(
            &account,
            "cookie.update",
            before.target(&definition.site.slug),
            before.audit_json(),
            stored.audit_json(),
        ),
        None => audit_entry(
            &account,
            "cookie.add",
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
    Path(slug): Path<String>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, Error> {
    let form = CookieForm::from_pairs(pairs);
    save_cookie(app, hints, headers, uri, slug, None, form).await
}

/// `POST /admin/sites/{slug}/cookies/edit?name=…&domain=…`.
pub(crate) async fn update_cookie(
    State(app): State<App>,
    Path(slug): Path<String>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Query(key): Query<CookieKey>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, Error> {
    let form = CookieForm::from_pairs(pairs);
    save_cookie(app, hints, headers, uri, slug, Some(key), form).await
}

#[derive(Deserialize)]
pub(crate) struct DeleteCookieForm {
    #[serde(flatten)]
    key: CookieKey,
    #[serde(default)]
    csrfmiddlewaretoken: Option<String>,
}

/// `POST /admin/sites/{slug}/cookies/delete`: removes one declaration (editors and
/// administrators), audited. Consent records name policy versions, not declarations, so none
/// is touched.
pub(crate) async fn delete_cookie(
    State(app): State<App>,
    Path(slug): Path<String>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Form(form): Form<DeleteCookieForm>,
) -> Result<Response, Error> {
    let token = form.csrfmiddlewaretoken.as_deref();
    let (account, definition) =
        match site_editor(&app, &hints, &headers, &uri, &slug, token).await? {
            Ok(editor) => editor,
            Err(response) => return Ok(response),
        };
    let Some((edited, removed)) = without_cookie(&definition, &form.key.name, &form.key.domain)
    else {
        return Ok(refusal(
            &app,
            &hints,
            StatusCode::NOT_FOUND,
            "admin-unknown-cookie",
        ));
    };
    let entry = audit_entry(
        &account,
        "cookie.delete",
        removed.target(&definition.site.slug),
        removed.audit_json(),
        None,
    );
    save_audited(&app, &edited, &entry).await
}

fn render_new_site(
    app: &App,
    hints: &LanguageHints,
    headers: &HeaderMap,
    uri: &Uri,
    form: &SettingsForm,
    error: Option<&FieldError>,
) -> Result<Response, Error> {
    let mut fields =
        vec![FieldView::text("slug", "admin-field-slug", &form.slug).with_error(error)];
    fields.extend(settings_fields(form, error));
    admin_page(
        app,
        hints,
        headers,
        uri,
        "admin_new_site.html",
        form_status(error.is_some()),
        context! { fields => view(fields) },
    )
}

/// `GET /admin/new-site`: the form of a new site (administrators).
pub(crate) async fn new_site(
    State(app): State<App>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
) -> Result<Response, Error> {
    if let Err(response) = require_admin(&app, &hints, &headers, &uri).await? {
        return Ok(response);
    }
    let form = SettingsForm {
        languages: "en".to_owned(),
        default_language: "en".to_owned(),
        consent_lifetime: "6 months".to_owned(),
        policy_path: "/cookies-policy".to_owned(),
        statistics_retention: "25 months".to_owned(),
        ..SettingsForm::default()
    };
    render_new_site(&app, &hints, &headers, &uri, &form, None)
}

/// `POST /admin/new-site`: creates the site (administrators), audited, then its page, where
/// its cookies are declared.
pub(crate) async fn create_site(
    State(app): State<App>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Form(form): Form<SettingsForm>,
) -> Result<Response, Error> {
    if !csrf::check(&app, &headers, form.csrfmiddlewaretoken.as_deref()) {
        return Ok(refusal(
            &app,
            &hints,
            StatusCode::FORBIDDEN,
            "admin-csrf-failed",
        ));
    }
    let account = match require_admin(&app, &hints, &headers, &uri).await? {
        Ok(account) => account,
        Err(response) => return Ok(response),
    };
    let definition = match form.apply_to(SiteBody::empty(form.slug.trim())) {
        Ok(definition) => definition,
        Err(error) => return render_new_site(&app, &hints, &headers, &uri, &form, Some(&error)),
    };
    let entry = audit_entry(
        &account,
        "site.create",
        format!("site:{}", definition.site.slug),
        None,
        serde_json::to_string(&SettingsForm::of(&definition)).ok(),
    );
    match app.store.create_site_audited(&definition, &entry).await {
        Ok(()) => {
            let target = format!("/admin/sites/{}?saved=true", definition.site.slug);
            Ok(no_store(Redirect::to(&target).into_response()))
        }
        Err(cookiewarden_store::Error::SiteExists(slug)) => {
            let error = FieldError {
                field: "slug".to_owned(),
                message: format!("site `{slug}` exists already"),
            };
            render_new_site(&app, &hints, &headers, &uri, &form, Some(&error))
        }
        Err(error) => Err(error.into()),
    }
}

/// `GET /admin/sites/{slug}/preview`: the policy as visitors will read it once the draft
/// declarations are made active, in the language asked for (`?lang=`), for any member.
pub(crate) async fn preview(
    State(app): State<App>,
    Path(slug): Path<String>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
) -> Result<Response, Error> {
    let (_, mut definition, _) = match site_member(&app, &hints, &headers, &uri, &slug).await? {
        Ok(member) => member,
        Err(response) => return Ok(response),
    };
    let mut drafts = 0;
    for declaration in &mut definition.declarations {
        if declaration.status == DeclarationStatus::Draft {
            declaration.status = DeclarationStatus::Active;
            drafts += 1;
        }
    }
    let language = site_language(&app, &definition, &hints);
    let policy = PolicyView::new(&definition, &language, app.pages.translations());
    let html = app.pages.render(
        "policy.html",
        &language,
        uri.path(),
        context! { policy => view(&policy), preview => context! { drafts } },
    )?;
    Ok(no_store(html_page(StatusCode::OK, &language, html)))
}

/// `POST /admin/sites/{slug}/texts`: the site's own banner and policy texts in each of its
/// languages (editors and administrators), audited; an empty field keeps the platform's text.
pub(crate) async fn save_texts(
    State(app): State<App>,
    Path(slug): Path<String>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, Error> {
    let token = csrf::form_token(&pairs);
    let (account, definition) =
        match site_editor(&app, &hints, &headers, &uri, &slug, token).await? {
            Ok(editor) => editor,
            Err(response) => return Ok(response),
        };
    let texts = texts_from_pairs(&pairs);
    let mut body = SiteBody::of(&definition);
    let before = std::mem::replace(&mut body.texts, texts.clone());
    let edited = match body.to_definition() {
        Ok(edited) => edited,
        Err(error) => {
            let page = SitePage {
                definition: &definition,
                form: &SettingsForm::of(&definition),
                error: None,
                texts: &texts,
                texts_error: Some(&error),
                editable: true,
                saved: false,
                status: StatusCode::UNPROCESSABLE_ENTITY,
            };
            return render_site(&app, &hints, &headers, &uri, page);
        }
    };
    let entry = audit_entry(
        &account,
        "site.texts",
        format!("site:{}", definition.site.slug),
        serde_json::to_string(&before).ok(),
        serde_json::to_string(&texts).ok(),
    );
    save_audited(&app, &edited, &entry).await
}
