//! What the pages look like: templates (rendered with the visitor's translations), the
//! assets they load, and the view of a cookie policy every page of one shares.

pub(crate) mod assets;
pub(crate) mod i18n;
pub(crate) mod policy;

use std::sync::Arc;

use axum::extract::{OriginalUri, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use cookiewarden_core::Language;
use fluent_bundle::{FluentArgs, FluentValue};
use minijinja::State as TemplateState;
use minijinja::value::{Kwargs, Serde};
use minijinja::{Environment, Value, context};

use crate::http::language::LanguageHints;
use crate::view::assets::Assets;
use crate::view::i18n::Translations;
use crate::{App, Error};

/// Compiled templates and the translations they speak.
pub(crate) struct Pages {
    environment: Environment<'static>,
    translations: Arc<Translations>,
    /// The hashed URL of the pages' stylesheet.
    stylesheet_url: String,
    /// The hashed URL of the back office's stylesheet, which comes on top of it.
    admin_stylesheet_url: String,
}

/// The language a template is rendered in (its `lang`), or the default one.
fn page_language(state: &TemplateState<'_, '_>, translations: &Translations) -> Language {
    state
        .lookup("lang")
        .and_then(|v| v.as_str().and_then(|s| s.parse::<Language>().ok()))
        .unwrap_or_else(|| translations.default_language().clone())
}

impl Pages {
    pub(crate) fn load(assets: &Assets) -> Result<Pages, Error> {
        let translations = Arc::new(Translations::load()?);
        let mut environment = Environment::new();
        /// Every template, compiled into the binary under its file name.
        macro_rules! templates {
            ($($name:literal),* $(,)?) => {
                [$(($name, include_str!(concat!("../../templates/", $name)))),*]
            };
        }
        for (name, source) in templates![
            "base.html",
            "policy.html",
            "index.html",
            "message.html",
            "my_consent.html",
            "demo.html",
            "admin_base.html",
            "admin_fields.html",
            "admin_confirm.html",
            "admin_table.html",
            "admin_login.html",
            "admin_home.html",
            "admin_site.html",
            "admin_cookie.html",
            "admin_new_site.html",
            "admin_users.html",
            "admin_tokens.html",
            "admin_audit.html",
            "admin_consents.html",
            "admin_stats.html",
        ] {
            environment.add_template(name, source)?;
        }
        let for_templates = Arc::clone(&translations);
        environment.add_function(
            "t",
            move |state: &TemplateState<'_, '_>, id: &str, kwargs: Kwargs| {
                let language = page_language(state, &for_templates);
                let mut args = FluentArgs::new();
                for key in kwargs.args() {
                    let value: Value = kwargs.get(key)?;
                    match value.as_i64() {
                        Some(number) => args.set(key.to_owned(), FluentValue::from(number)),
                        None => args.set(key.to_owned(), value.to_string()),
                    }
                }
                Ok(for_templates.message(&language, id, Some(&args)))
            },
        );
        let for_help = Arc::clone(&translations);
        // A form field's help is the message of its label's id with `-help`, when there is one.
        environment.add_function(
            "help_for",
            move |state: &TemplateState<'_, '_>, label: &str| {
                let id = format!("{label}-help");
                if for_help.has(&id) {
                    for_help.message(&page_language(state, &for_help), &id, None)
                } else {
                    String::new()
                }
            },
        );
        Ok(Pages {
            environment,
            translations,
            stylesheet_url: assets.url("style.css").to_owned(),
            admin_stylesheet_url: assets.url("admin.css").to_owned(),
        })
    }

    pub(crate) fn translations(&self) -> &Translations {
        &self.translations
    }

    /// Renders `template` inside the page frame: language, language switcher, stylesheet.
    /// `path` is where the language switcher sends the visitor back to.
    pub(crate) fn render(
        &self,
        template: &str,
        language: &Language,
        path: &str,
        page: Value,
    ) -> Result<String, Error> {
        let languages: Vec<Value> = self
            .translations
            .languages()
            .iter()
            .map(|l| {
                context! {
                    tag => l.as_str(),
                    name => self.translations.message(l, "language-name", None),
                }
            })
            .collect();
        let frame = context! {
            lang => language.as_str(),
            dir => if language.is_right_to_left() { "rtl" } else { "ltr" },
            languages => languages,
            path => path,
            stylesheet => &self.stylesheet_url,
            admin_stylesheet => &self.admin_stylesheet_url,
        };
        let context = minijinja::value::merge_maps([page, frame]);
        Ok(self.environment.get_template(template)?.render(context)?)
    }
}

/// An HTML page in one language: `Content-Language` says which, `Vary` tells caches that the
/// language came from the request's cookie and `Accept-Language`.
pub(crate) fn html_page(status: StatusCode, language: &Language, html: String) -> Response {
    let mut response = (status, axum::response::Html(html)).into_response();
    set_language_headers(&mut response, language);
    response
}

/// Marks a response as chosen by language negotiation.
pub(crate) fn set_language_headers(response: &mut Response, language: &Language) {
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(language.as_str()) {
        headers.insert(header::CONTENT_LANGUAGE, value);
    }
    headers.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
}

/// Serialises a view for a template.
pub(crate) fn view<T: serde::Serialize>(value: T) -> Value {
    Value::from(Serde(value))
}

/// The 404 page, in the visitor's language; names the site when a slug was asked for.
pub(crate) fn not_found_page(
    app: &App,
    hints: &LanguageHints,
    uri: &Uri,
    slug: Option<&str>,
) -> Response {
    let translations = app.pages.translations();
    let language = hints.choose(&translations.languages(), translations.default_language());
    let page = context! {
        title => "not-found-title",
        text => "not-found-text",
        slug => slug,
    };
    match app
        .pages
        .render("message.html", &language, uri.path(), page)
    {
        Ok(html) => html_page(StatusCode::NOT_FOUND, &language, html),
        Err(error) => error.into_response(),
    }
}

/// Fallback for every unknown route.
pub(crate) async fn not_found(
    State(app): State<App>,
    hints: LanguageHints,
    OriginalUri(uri): OriginalUri,
) -> Response {
    not_found_page(&app, &hints, &uri, None)
}

/// A day as readers of `language` write it (`15.01.2027`, `15/01/2027`, `2027-01-15`), from
/// the C library's locale data that `chrono` carries; the `time` crate the rest of the
/// platform uses has no such data.
pub(crate) fn local_date(language: &Language, seconds: i64) -> String {
    use chrono::Locale;
    let locale = match language.primary() {
        "ar" => Locale::ar_SA,
        "bg" => Locale::bg_BG,
        "ca" => Locale::ca_ES,
        "cs" => Locale::cs_CZ,
        "da" => Locale::da_DK,
        "de" => Locale::de_DE,
        "el" => Locale::el_GR,
        "es" => Locale::es_ES,
        "et" => Locale::et_EE,
        "fi" => Locale::fi_FI,
        "fr" => Locale::fr_FR,
        "ga" => Locale::ga_IE,
        "hr" => Locale::hr_HR,
        "hu" => Locale::hu_HU,
        "is" => Locale::is_IS,
        "it" => Locale::it_IT,
        "lt" => Locale::lt_LT,
        "lv" => Locale::lv_LV,
        "mt" => Locale::mt_MT,
        "nb" => Locale::nb_NO,
        "nl" => Locale::nl_NL,
        "pl" => Locale::pl_PL,
        "pt" => Locale::pt_PT,
        "ro" => Locale::ro_RO,
        "sk" => Locale::sk_SK,
        "sl" => Locale::sl_SI,
        "sv" => Locale::sv_SE,
        "tr" => Locale::tr_TR,
        "uk" => Locale::uk_UA,
        _ => Locale::en_GB,
    };
    // The British short form has a two-digit year and reads as month first to Americans: an
    // English reader gets the month's name.
    let format = if locale == Locale::en_GB {
        "%-d %B %Y"
    } else {
        "%x"
    };
    chrono::DateTime::from_timestamp(seconds, 0)
        .map(|t| t.format_localized(format, locale).to_string())
        .unwrap_or_default()
}

/// A time as `2027-01-15T08:00:00Z`.
pub(crate) fn rfc3339(seconds: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(seconds)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod date_tests {
    use super::*;

    #[test]
    fn a_day_is_written_as_each_language_writes_it() {
        let day = 1_800_000_000; // 15 January 2027
        let written = |tag: &str| local_date(&tag.parse().unwrap(), day);
        assert_eq!(written("de"), "15.01.2027");
        assert_eq!(written("fr"), "15/01/2027");
        assert_eq!(written("hu"), "2027-01-15");
        assert_eq!(written("en"), "15 January 2027");
        for tag in cookiewarden_core::SUPPORTED_LANGUAGES {
            assert!(written(tag).contains("15"), "{tag}: {}", written(tag));
        }
    }
}
