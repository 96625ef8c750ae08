//! A site's settings in the back office: origins, languages, consent lifetimes, policy path.
//! Members read them; editors and administrators change them. The form's values go through
//! the same parser as `site apply`, so the rules (and their messages) are the same, and a
//! refused value is shown beside its field with nothing saved.

use axum::Form;
use axum::extract::{OriginalUri, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use cookiewarden_core::{Account, Declaration, DefinitionError, Role, SiteDefinition, Slug};
use cookiewarden_store::AuditEntry;
use minijinja::context;
use serde::{Deserialize, Serialize};

use crate::admin::{csrf_token, no_store, refusal, site_member};
use crate::consent::now_ms;
use crate::csrf;
use crate::language::LanguageHints;
use crate::pages::{html_page, view};
use crate::{App, Error};

/// The settings as the form shows and sends them.
#[derive(Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
pub(crate) struct SettingsForm {
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
    #[serde(default, skip_serializing)]
    csrfmiddlewaretoken: Option<String>,
}

/// The form's fields in order, with their labels.
const FIELDS: [(&str, &str); 7] = [
    ("name", "admin-field-name"),
    ("origins", "admin-field-origins"),
    ("languages", "admin-field-languages"),
    ("default_language", "admin-field-default-language"),
    ("consent_lifetime", "admin-field-consent-lifetime"),
    ("rejection_lifetime", "admin-field-rejection-lifetime"),
    ("policy_path", "admin-field-policy-path"),
];

impl SettingsForm {
    fn of(definition: &SiteDefinition) -> SettingsForm {
        let site = &definition.site;
        SettingsForm {
            name: site.name.clone(),
            origins: site.origins.join("\n"),
            languages: site
                .languages
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            default_language: site.default_language.to_string(),
            consent_lifetime: site.consent_lifetime.to_string(),
            rejection_lifetime: site
                .rejection_lifetime
                .map(|l| l.to_string())
                .unwrap_or_default(),
            policy_path: site.policy_path.clone(),
            csrfmiddlewaretoken: None,
        }
    }

    fn value(&self, field: &str) -> &str {
        match field {
            "name" => &self.name,
            "origins" => &self.origins,
            "languages" => &self.languages,
            "default_language" => &self.default_language,
            "consent_lifetime" => &self.consent_lifetime,
            "rejection_lifetime" => &self.rejection_lifetime,
            _ => &self.policy_path,
        }
    }

    /// The definition with these settings, read by the same parser as a site file; a field
    /// holding control characters (which some databases refuse) is refused first.
    fn apply_to(&self, definition: &SiteDefinition) -> Result<SiteDefinition, DefinitionError> {
        for (field, _) in FIELDS {
            let line_breaks_allowed = field == "origins";
            if has_control(self.value(field), line_breaks_allowed) {
                return Err(control_error(field));
            }
        }
        let mut table: toml::Table = toml::from_str(&definition.to_toml()).unwrap_or_default();
        let list = |text: &str, separators: &[char]| {
            toml::Value::Array(
                text.split(separators)
                    .map(str::trim)
                    .filter(|item| !item.is_empty())
                    .map(|item| toml::Value::String(item.to_owned()))
                    .collect(),
            )
        };
        let text = |value: &str| toml::Value::String(value.trim().to_owned());
        table.insert("name".into(), text(&self.name));
        table.insert("origins".into(), list(&self.origins, &['\n', '\r']));
        table.insert("languages".into(), list(&self.languages, &[',', ' ']));
        table.insert("default_language".into(), text(&self.default_language));
        table.insert("consent_lifetime".into(), text(&self.consent_lifetime));
        if self.rejection_lifetime.trim().is_empty() {
            table.remove("rejection_lifetime");
        } else {
            table.insert("rejection_lifetime".into(), text(&self.rejection_lifetime));
        }
        table.insert("policy_path".into(), text(&self.policy_path));
        let edited = toml::to_string(&table).unwrap_or_default();
        SiteDefinition::parse(&edited)
    }
}

/// A new declaration as the form sends it; texts are in the site's default language.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct NewCookieForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    provider: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    party: String,
    #[serde(default)]
    duration: String,
    #[serde(default)]
    domain: String,
    #[serde(default)]
    path: String,
    #[serde(default)]
    function: String,
    #[serde(default)]
    purpose: String,
    #[serde(default)]
    csrfmiddlewaretoken: Option<String>,
}

/// The new-cookie form's fields in order, with their labels.
const COOKIE_FIELDS: [(&str, &str); 9] = [
    ("name", "admin-field-cookie-name"),
    ("provider", "admin-field-provider"),
    ("category", "admin-field-category"),
    ("party", "admin-field-party"),
    ("duration", "admin-field-duration"),
    ("domain", "admin-field-domain"),
    ("path", "admin-field-path"),
    ("function", "admin-field-function"),
    ("purpose", "admin-field-purpose"),
];

impl NewCookieForm {
    fn value(&self, field: &str) -> &str {
        match field {
            "name" => &self.name,
            "provider" => &self.provider,
            "category" => &self.category,
            "party" => &self.party,
            "duration" => &self.duration,
            "domain" => &self.domain,
            "path" => &self.path,
            "function" => &self.function,
            _ => &self.purpose,
        }
    }

    /// The definition with this declaration added, read by the same parser as a site file;
    /// an error names the form field it is about.
    fn apply_to(
        &self,
        definition: &SiteDefinition,
    ) -> Result<SiteDefinition, (&'static str, String)> {
        if let Some((field, _)) = COOKIE_FIELDS
            .iter()
            .find(|(field, _)| has_control(self.value(field), false))
        {
            return Err((field, control_error(field).message));
        }
        let mut table: toml::Table = toml::from_str(&definition.to_toml()).unwrap_or_default();
        let text = |value: &str| toml::Value::String(value.trim().to_owned());
        let mut cookie = toml::Table::new();
        for field in ["name", "provider", "category", "party", "duration"] {
            cookie.insert(field.to_owned(), text(self.value(field)));
        }
        if !self.domain.trim().is_empty() {
            cookie.insert("domain".into(), text(&self.domain));
        }
        let path = if self.path.trim().is_empty() {
            "/"
        } else {
            &self.path
        };
        cookie.insert("path".into(), text(path));
        let language = definition.site.default_language.to_string();
        for (field, value) in [("function", &self.function), ("purpose", &self.purpose)] {
            if !value.trim().is_empty() {
                let mut localized = toml::Table::new();
                localized.insert(language.clone(), text(value));
                cookie.insert(field.into(), toml::Value::Table(localized));
            }
        }
        let cookies = table
            .entry("cookie")
            .or_insert_with(|| toml::Value::Array(Vec::new()));
        let index = match cookies {
            toml::Value::Array(list) => {
                list.push(toml::Value::Table(cookie));
                list.len() - 1
            }
            _ => 0,
        };
        let edited = toml::to_string(&table).unwrap_or_default();
        SiteDefinition::parse(&edited).map_err(|error| {
            let prefix = format!("cookie[{index}]");
            let field = error
                .field
                .strip_prefix(&prefix)
                .map(|rest| rest.trim_start_matches('.'))
                .and_then(|rest| {
                    COOKIE_FIELDS
                        .iter()
                        .map(|(name, _)| *name)
                        .find(|name| rest.split(['.', '[']).next() == Some(*name))
                })
                .unwrap_or("name");
            (field, error.message)
        })
    }
}

#[derive(Serialize)]
struct CookieRow {
    pattern: String,
    domain: String,
    category: &'static str,
    party: &'static str,
    duration: String,
    provider: String,
    status: &'static str,
}

impl CookieRow {
    /// How the audit log names this declaration: its site, name and, if any, domain.
    fn target(&self, site: &Slug) -> String {
        if self.domain.is_empty() {
            format!("site:{site}/cookie:{}", self.pattern)
        } else {
            format!("site:{site}/cookie:{}@{}", self.pattern, self.domain)
        }
    }

    fn of(declaration: &Declaration) -> CookieRow {
        CookieRow {
            pattern: declaration.pattern.to_string(),
            domain: declaration.domain.clone().unwrap_or_default(),
            category: declaration.category.as_str(),
            party: declaration.party.as_str(),
            duration: declaration.duration.to_string(),
            provider: declaration.provider.clone(),
            status: declaration.status.as_str(),
        }
    }
}

/// Whether a form value holds control characters (line breaks only where a field takes lines).
fn has_control(value: &str, line_breaks_allowed: bool) -> bool {
    value
        .chars()
        .any(|c| c.is_control() && !(line_breaks_allowed && matches!(c, '\n' | '\r')))
}

fn control_error(field: &str) -> DefinitionError {
    DefinitionError {
        line: 0,
        column: 0,
        field: field.to_owned(),
        message: "control characters are not allowed here".to_owned(),
    }
}

#[derive(Serialize)]
struct FieldView<'a> {
    name: &'a str,
    label: &'a str,
    value: &'a str,
    error: Option<&'a str>,
}

/// The form field a parser error is about: `origins[1]` is the origins field.
fn field_of(error: &DefinitionError) -> &str {
    let path = error.field.split(['.', '[']).next().unwrap_or_default();
    FIELDS
        .iter()
        .map(|(name, _)| *name)
        .find(|name| *name == path)
        .unwrap_or("name")
}

#[derive(Deserialize)]
pub(crate) struct SavedQuery {
    #[serde(default)]
    saved: bool,
}

struct Page<'a> {
    definition: &'a SiteDefinition,
    form: &'a SettingsForm,
    error: Option<(&'a str, String)>,
    new_cookie: &'a NewCookieForm,
    new_cookie_error: Option<(&'a str, String)>,
    editable: bool,
    saved: bool,
    status: StatusCode,
}

fn render(
    app: &App,
    hints: &LanguageHints,
    headers: &HeaderMap,
    uri: &Uri,
    page: Page<'_>,
) -> Result<Response, Error> {
    let fields: Vec<FieldView<'_>> = FIELDS
        .iter()
        .map(|(name, label)| FieldView {
            name,
            label,
            value: page.form.value(name),
            error: page
                .error
                .as_ref()
                .filter(|(field, _)| field == name)
                .map(|(_, message)| message.as_str()),
        })
        .collect();
    let cookie_fields: Vec<FieldView<'_>> = COOKIE_FIELDS
        .iter()
        .map(|(name, label)| FieldView {
            name,
            label,
            value: page.new_cookie.value(name),
            error: page
                .new_cookie_error
                .as_ref()
                .filter(|(field, _)| field == name)
                .map(|(_, message)| message.as_str()),
        })
        .collect();
    let translations = app.pages.translations();
    let language = hints.choose(&translations.languages(), translations.default_language());
    let (token, new_secret) = csrf_token(headers)?;
    let html = app.pages.render(
        "admin_site.html",
        &language,
        uri.path(),
        context! {
            site_name => &page.definition.site.name,
            slug => page.definition.site.slug.as_str(),
            fields => view(&fields),
            cookie_fields => view(&cookie_fields),
            cookies => view(page.definition.declarations.iter().map(CookieRow::of).collect::<Vec<_>>()),
            editable => page.editable,
            saved => page.saved,
            csrf_token => token,
        },
    )?;
    let mut response = html_page(page.status, &language, html);
    if let Some(secret) = new_secret {
        crate::admin::set_csrf_cookie(app, headers, &mut response, &secret);
    }
    Ok(no_store(response))
}

/// A form the site-definition rules refused: the page again, with the message beside the
/// field, and nothing saved.
struct Refused<'a> {
    settings: &'a SettingsForm,
    settings_error: Option<(&'a str, String)>,
    new_cookie: &'a NewCookieForm,
    new_cookie_error: Option<(&'a str, String)>,
}

impl Refused<'_> {
    fn render(
        self,
        app: &App,
        hints: &LanguageHints,
        headers: &HeaderMap,
        uri: &Uri,
        definition: &SiteDefinition,
    ) -> Result<Response, Error> {
        let page = Page {
            definition,
            form: self.settings,
            error: self.settings_error,
            new_cookie: self.new_cookie,
            new_cookie_error: self.new_cookie_error,
            editable: true,
            saved: false,
            status: StatusCode::UNPROCESSABLE_ENTITY,
        };
        render(app, hints, headers, uri, page)
    }
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
    if !csrf::check(headers, token) {
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

fn audit_entry(
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
    let form = SettingsForm::of(&definition);
    let new_cookie = NewCookieForm::default();
    let page = Page {
        definition: &definition,
        form: &form,
        error: None,
        new_cookie: &new_cookie,
        new_cookie_error: None,
        editable: role != Role::Viewer,
        saved: query.saved,
        status: StatusCode::OK,
    };
    render(&app, &hints, &headers, &uri, page)
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
    let edited = match form.apply_to(&definition) {
        Ok(edited) => edited,
        Err(error) => {
            let refused = Refused {
                settings: &form,
                settings_error: Some((field_of(&error), error.message.clone())),
                new_cookie: &NewCookieForm::default(),
                new_cookie_error: None,
            };
            return refused.render(&app, &hints, &headers, &uri, &definition);
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

#[derive(Deserialize)]
pub(crate) struct DeleteCookieForm {
    #[serde(default)]
    pattern: String,
    /// Declarations are unique by name and domain; empty for one without a domain.
    #[serde(default)]
    domain: String,
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
    let Some(position) = definition.declarations.iter().position(|d| {
        d.pattern.to_string() == form.pattern
            && d.domain.as_deref().unwrap_or_default() == form.domain
    }) else {
        return Ok(refusal(
            &app,
            &hints,
            StatusCode::NOT_FOUND,
            "admin-unknown-cookie",
        ));
    };
    let mut edited = definition.clone();
    let removed = edited.declarations.remove(position);
    let removed = CookieRow::of(&removed);
    let entry = audit_entry(
        &account,
        "cookie.delete",
        removed.target(&definition.site.slug),
        serde_json::to_string(&removed).ok(),
        None,
    );
    save_audited(&app, &edited, &entry).await
}

/// `POST /admin/sites/{slug}/cookies`: declares a cookie (editors and administrators), or
/// shows the page again with the refused value's message beside its field (422), audited.
pub(crate) async fn add_cookie(
    State(app): State<App>,
    Path(slug): Path<String>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Form(form): Form<NewCookieForm>,
) -> Result<Response, Error> {
    let token = form.csrfmiddlewaretoken.as_deref();
    let (account, definition) =
        match site_editor(&app, &hints, &headers, &uri, &slug, token).await? {
            Ok(editor) => editor,
            Err(response) => return Ok(response),
        };
    let edited = match form.apply_to(&definition) {
        Ok(edited) => edited,
        Err(error) => {
            let refused = Refused {
                settings: &SettingsForm::of(&definition),
                settings_error: None,
                new_cookie: &form,
                new_cookie_error: Some(error),
            };
            return refused.render(&app, &hints, &headers, &uri, &definition);
        }
    };
    let added = edited.declarations.last().map(CookieRow::of);
    let entry = audit_entry(
        &account,
        "cookie.add",
        added
            .as_ref()
            .map_or_else(String::new, |c| c.target(&definition.site.slug)),
        None,
        added.and_then(|c| serde_json::to_string(&c).ok()),
    );
    save_audited(&app, &edited, &entry).await
}
