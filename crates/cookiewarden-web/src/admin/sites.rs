//! Sites in the back office: their settings (origins, languages, consent lifetimes, policy
//! path) and own texts, a new site, and a preview of the policy. Members read; editors and
//! administrators change; administrators create sites. Every form becomes a
//! [`SiteBody`](crate::ops::site_body::SiteBody) checked by the same parser as `site apply`
//! and the JSON API, so a refused value is shown beside its field with the same message, and
//! nothing is saved.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use cookiewarden_core::{Account, DeclarationStatus, Role, SiteDefinition};
use cookiewarden_store::AuditEntry;
use minijinja::context;
use serde::{Deserialize, Serialize};

use crate::admin::cookies::cookie_url;
use crate::admin::extract::{Administrator, CheckedForm, SiteEditor, SiteMember};
use crate::admin::form::{FieldView, form_status};
use crate::admin::page::Frame;
use crate::admin::services;
use crate::admin::table::Sort;
use crate::http::request::no_store;
use crate::ops::audit::entry;
use crate::ops::site_body::{CookieBody, FieldError, RegionBody, SiteBody, TextsBody};
use crate::view::policy::{PolicyView, site_language};
use crate::view::{html_page, view};
use crate::{App, Error};
use cookiewarden_core::AuditAction;

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
    refusal_cooldown: String,
    #[serde(default)]
    cookie_domain: String,
    #[serde(default)]
    default_region: String,
    /// One rule per line: `US-CA, US-CO: opt-out, 12 months`.
    #[serde(default)]
    regions: String,
    #[serde(default)]
    policy_path: String,
    #[serde(default)]
    statistics_retention: String,
    #[serde(default)]
    statistics_query: String,
    /// A checkbox: present (`on`) when ticked.
    #[serde(default)]
    statistics_cookie: String,
}

/// The settings form's fields in order, with their labels.
const FIELDS: [(&str, &str); 13] = [
    ("name", "admin-field-name"),
    ("origins", "admin-field-origins"),
    ("languages", "admin-field-languages"),
    ("default_language", "admin-field-default-language"),
    ("consent_lifetime", "admin-field-consent-lifetime"),
    ("refusal_cooldown", "admin-field-refusal-cooldown"),
    ("cookie_domain", "admin-field-cookie-domain"),
    ("default_region", "admin-field-default-region"),
    ("regions", "admin-field-regions"),
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
            refusal_cooldown: body.refusal_cooldown.unwrap_or_default(),
            cookie_domain: body.cookie_domain.unwrap_or_default(),
            default_region: body.default_region.unwrap_or_default(),
            regions: body
                .regions
                .iter()
                .map(|rule| {
                    let mut line = format!("{}: {}", rule.codes.join(", "), rule.rules);
                    if let Some(cooldown) = &rule.refusal_cooldown {
                        line.push_str(", ");
                        line.push_str(cooldown);
                    }
                    line
                })
                .collect::<Vec<_>>()
                .join("\n"),
            policy_path: body.policy_path.unwrap_or_default(),
            statistics_retention: body.statistics_retention.unwrap_or_default(),
            statistics_query: body.statistics_query.join(", "),
            statistics_cookie: if body.statistics_cookie { "on" } else { "" }.to_owned(),
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
            "refusal_cooldown" => &self.refusal_cooldown,
            "cookie_domain" => &self.cookie_domain,
            "default_region" => &self.default_region,
            "regions" => &self.regions,
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
        body.refusal_cooldown = optional(&self.refusal_cooldown);
        body.rejection_lifetime = None;
        body.cookie_domain = optional(&self.cookie_domain);
        body.default_region = optional(&self.default_region);
        body.regions = region_rules(&self.regions)?;
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

/// The region rules of the form's text, one per line (`US-CA, US-CO: opt-out, 12 months`);
/// the values are checked by the site-definition parser, only the layout here.
fn region_rules(text: &str) -> Result<Vec<RegionBody>, FieldError> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| {
            let Some((codes, rest)) = line.split_once(':') else {
                return Err(FieldError {
                    field: "regions".to_owned(),
                    message: format!(
                        "`{line}`: write the regions, a colon and the rule set, as in `US-CA, US-CO: opt-out, 12 months`"
                    ),
                });
            };
            let mut rest = rest.split(',').map(str::trim);
            Ok(RegionBody {
                codes: codes
                    .split([',', ' '])
                    .map(str::trim)
                    .filter(|code| !code.is_empty())
                    .map(str::to_owned)
                    .collect(),
                rules: rest.next().unwrap_or_default().to_owned(),
                refusal_cooldown: rest.next().filter(|c| !c.is_empty()).map(str::to_owned),
            })
        })
        .collect()
}

fn settings_fields(form: &SettingsForm, error: Option<&FieldError>) -> Vec<FieldView> {
    FIELDS
        .iter()
        .map(|(name, label)| FieldView::text(name, label, form.value(name)).with_error(error))
        .collect()
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
                // A heading is one line; paragraphs get room.
                kind: if field == "banner_title" {
                    "text"
                } else {
                    "textarea"
                },
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
    delete_url: String,
}

impl CookieRow {
    fn of(slug: &str, cookie: CookieBody) -> CookieRow {
        let domain = cookie.domain.unwrap_or_default();
        CookieRow {
            edit_url: cookie_url(slug, "edit", &cookie.name, &domain),
            delete_url: cookie_url(slug, "delete", &cookie.name, &domain),
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

#[derive(Deserialize)]
pub(crate) struct SavedQuery {
    #[serde(default)]
    saved: bool,
}

/// The columns the table of declarations sorts by.
const COOKIE_COLUMNS: [&str; 6] = [
    "name", "category", "party", "duration", "provider", "status",
];

impl CookieRow {
    /// The value of `column` (one of [`COOKIE_COLUMNS`]) that the table sorts by.
    fn column(&self, column: &str) -> String {
        match column {
            "category" => self.category.clone(),
            "party" => self.party.clone(),
            "duration" => self.duration.clone(),
            "provider" => self.provider.clone(),
            "status" => self.status.clone(),
            _ => self.name.clone(),
        }
    }
}

/// What the site's page shows besides the stored site: the settings form as sent, with the
/// error of a refused value.
struct SitePage<'a> {
    account: &'a Account,
    definition: &'a SiteDefinition,
    form: &'a SettingsForm,
    error: Option<&'a FieldError>,
    /// The texts form as sent, and why it was refused.
    texts: &'a TextsBody,
    texts_error: Option<&'a FieldError>,
    editable: bool,
    saved: bool,
    status: StatusCode,
    /// How the table of declarations is sorted.
    sort: Sort,
}

fn render_site(app: &App, frame: &Frame, mut page: SitePage<'_>) -> Result<Response, Error> {
    let slug = page.definition.site.slug.as_str();
    let mut cookies: Vec<CookieRow> = SiteBody::of(page.definition)
        .cookies
        .into_iter()
        .map(|cookie| CookieRow::of(slug, cookie))
        .collect();
    page.sort
        .apply(&mut cookies, &COOKIE_COLUMNS, CookieRow::column);
    // Declarations whose texts lack one of the site's languages: their visitors read the
    // default language's words there, which the operator should see.
    let missing_texts: Vec<minijinja::Value> = page
        .definition
        .missing_texts()
        .into_iter()
        .map(|(cookie, languages)| {
            let languages: Vec<&str> = languages.iter().map(|l| l.as_str()).collect();
            context! { cookie, languages => languages.join(", ") }
        })
        .collect();
    frame.page_with_status(
        app,
        page.account,
        "admin_site.html",
        page.status,
        context! {
            site_name => &page.definition.site.name,
            slug,
            section => "settings",
            sort => view(&page.sort),
            fields => view(settings_fields(page.form, page.error)),
            text_fields => view(text_fields(app, page.definition, page.texts)),
            texts_error => page.texts_error.map(|e| format!("{}: {}", e.field, e.message)),
            cookies => view(cookies),
            services => view(services::rows(&page.definition.services)),
            service_choices => services::choices(&page.definition.services),
            editable => page.editable,
            saved => page.saved,
            missing_texts,
            default_language => page.definition.site.default_language.as_str(),
        },
    )
}

/// Saves the edited site with its audit entry, then back to the site's page.
pub(crate) async fn save_audited(
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
    SiteMember {
        account,
        definition,
        role,
    }: SiteMember,
    frame: Frame,
    Query(query): Query<SavedQuery>,
    Query(sort): Query<Sort>,
) -> Result<Response, Error> {
    let page = SitePage {
        account: &account,
        definition: &definition,
        form: &SettingsForm::of(&definition),
        error: None,
        texts: &SiteBody::of(&definition).texts,
        texts_error: None,
        editable: role != Role::Viewer,
        saved: query.saved,
        status: StatusCode::OK,
        sort,
    };
    render_site(&app, &frame, page)
}

/// `POST /admin/sites/{slug}`: saves the settings (editors and administrators), or shows the
/// form again with the refused value's message beside it (422), nothing saved.
pub(crate) async fn save_settings(
    State(app): State<App>,
    SiteEditor {
        account,
        definition,
    }: SiteEditor,
    frame: Frame,
    CheckedForm(form): CheckedForm<SettingsForm>,
) -> Result<Response, Error> {
    let edited = match form.apply_to(SiteBody::of(&definition)) {
        Ok(edited) => edited,
        Err(error) => {
            let page = SitePage {
                account: &account,
                definition: &definition,
                form: &form,
                error: Some(&error),
                texts: &SiteBody::of(&definition).texts,
                texts_error: None,
                editable: true,
                saved: false,
                status: StatusCode::UNPROCESSABLE_ENTITY,
                sort: Sort::default(),
            };
            return render_site(&app, &frame, page);
        }
    };
    let json = |form: &SettingsForm| serde_json::to_string(form).ok();
    let entry = entry(
        account.name.to_string(),
        AuditAction::SiteSettings,
        format!("site:{}", definition.site.slug),
        json(&SettingsForm::of(&definition)),
        json(&SettingsForm::of(&edited)),
    );
    save_audited(&app, &edited, &entry).await
}

fn render_new_site(
    app: &App,
    frame: &Frame,
    account: &Account,
    form: &SettingsForm,
    error: Option<&FieldError>,
) -> Result<Response, Error> {
    let mut fields =
        vec![FieldView::text("slug", "admin-field-slug", &form.slug).with_error(error)];
    fields.extend(settings_fields(form, error));
    frame.page_with_status(
        app,
        account,
        "admin_new_site.html",
        form_status(error.is_some()),
        context! { fields => view(fields), section => "new-site" },
    )
}

/// `GET /admin/new-site`: the form of a new site (administrators).
pub(crate) async fn new_site(
    State(app): State<App>,
    Administrator(account): Administrator,
    frame: Frame,
) -> Result<Response, Error> {
    let form = SettingsForm {
        languages: "en".to_owned(),
        default_language: "en".to_owned(),
        consent_lifetime: "6 months".to_owned(),
        policy_path: "/cookies-policy".to_owned(),
        statistics_retention: "25 months".to_owned(),
        ..SettingsForm::default()
    };
    render_new_site(&app, &frame, &account, &form, None)
}

/// `POST /admin/new-site`: creates the site (administrators), audited, then its page, where
/// its cookies are declared.
pub(crate) async fn create_site(
    State(app): State<App>,
    Administrator(account): Administrator,
    frame: Frame,
    CheckedForm(form): CheckedForm<SettingsForm>,
) -> Result<Response, Error> {
    let definition = match form.apply_to(SiteBody::empty(form.slug.trim())) {
        Ok(definition) => definition,
        Err(error) => return render_new_site(&app, &frame, &account, &form, Some(&error)),
    };
    let entry = entry(
        account.name.to_string(),
        AuditAction::SiteCreate,
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
            render_new_site(&app, &frame, &account, &form, Some(&error))
        }
        Err(error) => Err(error.into()),
    }
}

/// `GET /admin/sites/{slug}/preview`: the policy as visitors will read it once the draft
/// declarations are made active, in the language asked for (`?lang=`), for any member.
pub(crate) async fn preview(
    State(app): State<App>,
    SiteMember { mut definition, .. }: SiteMember,
    frame: Frame,
) -> Result<Response, Error> {
    let mut drafts = 0;
    for declaration in &mut definition.declarations {
        if declaration.status == DeclarationStatus::Draft {
            declaration.status = DeclarationStatus::Active;
            drafts += 1;
        }
    }
    let language = site_language(&app, &definition, &frame.hints);
    let policy = PolicyView::new(&definition, &language, app.pages.translations());
    let html = app.pages.render(
        "policy.html",
        &language,
        frame.uri.path(),
        context! { policy => view(&policy), preview => context! { drafts } },
    )?;
    Ok(no_store(html_page(StatusCode::OK, &language, html)))
}

/// `POST /admin/sites/{slug}/texts`: the site's own banner and policy texts in each of its
/// languages (editors and administrators), audited; an empty field keeps the platform's text.
pub(crate) async fn save_texts(
    State(app): State<App>,
    SiteEditor {
        account,
        definition,
    }: SiteEditor,
    frame: Frame,
    CheckedForm(pairs): CheckedForm<Vec<(String, String)>>,
) -> Result<Response, Error> {
    let texts = texts_from_pairs(&pairs);
    let mut body = SiteBody::of(&definition);
    let before = std::mem::replace(&mut body.texts, texts.clone());
    let edited = match body.to_definition() {
        Ok(edited) => edited,
        Err(error) => {
            let page = SitePage {
                account: &account,
                definition: &definition,
                form: &SettingsForm::of(&definition),
                error: None,
                texts: &texts,
                texts_error: Some(&error),
                editable: true,
                saved: false,
                status: StatusCode::UNPROCESSABLE_ENTITY,
                sort: Sort::default(),
            };
            return render_site(&app, &frame, page);
        }
    };
    let entry = entry(
        account.name.to_string(),
        AuditAction::SiteTexts,
        format!("site:{}", definition.site.slug),
        serde_json::to_string(&before).ok(),
        serde_json::to_string(&texts).ok(),
    );
    save_audited(&app, &edited, &entry).await
}
