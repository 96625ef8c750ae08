//! The interface's texts, from Fluent files compiled into the binary (`locales/*.ftl`).

use cookiewarden_core::{CookieDuration, Language};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::Error;

/// Every language the interface is translated into; the first is the fallback.
const LOCALES: [(&str, &str); 2] = [
    ("en", include_str!("../../locales/en.ftl")),
    ("fr", include_str!("../../locales/fr.ftl")),
];

/// The translated texts, one Fluent bundle per language.
pub(crate) struct Translations {
    bundles: Vec<(Language, FluentBundle<FluentResource>)>,
}

impl Translations {
    /// Parses the embedded Fluent files; a syntax error there is a build defect, reported once
    /// at start-up rather than on some later request.
    pub(crate) fn load() -> Result<Translations, Error> {
        let bundles = LOCALES
            .iter()
            .map(|(tag, source)| {
                let invalid = |detail: String| Error::Translations(format!("{tag}.ftl: {detail}"));
                let language: Language = tag.parse().map_err(|e| invalid(format!("{e}")))?;
                let identifier = tag
                    .parse::<unic_langid::LanguageIdentifier>()
                    .map_err(|e| invalid(e.to_string()))?;
                let resource = FluentResource::try_new((*source).to_owned())
                    .map_err(|(_, errors)| invalid(format!("{errors:?}")))?;
                let mut bundle = FluentBundle::new_concurrent(vec![identifier]);
                // Unicode isolation marks would show up as stray characters in HTML and JSON.
                bundle.set_use_isolating(false);
                bundle
                    .add_resource(resource)
                    .map_err(|errors| invalid(format!("{errors:?}")))?;
                Ok((language, bundle))
            })
            .collect::<Result<Vec<_>, Error>>()?;
        Ok(Translations { bundles })
    }

    /// The languages the interface speaks.
    pub(crate) fn languages(&self) -> Vec<Language> {
        self.bundles
            .iter()
            .map(|(language, _)| language.clone())
            .collect()
    }

    /// The fallback language of the interface.
    pub(crate) fn default_language(&self) -> &Language {
        &self.bundles[0].0
    }

    /// Whether message `id` exists (every bundle has the same messages: a test checks it).
    pub(crate) fn has(&self, id: &str) -> bool {
        self.bundles[0].1.has_message(id)
    }

    /// Message `id` in `language` (or the fallback language), formatted with `args`.
    /// A missing message shows its id, so a gap is visible without breaking the page.
    pub(crate) fn message(
        &self,
        language: &Language,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> String {
        let bundle_of = |wanted: &Language| {
            self.bundles
                .iter()
                .find(|(l, _)| l == wanted)
                .map(|(_, bundle)| bundle)
        };
        let found = [bundle_of(language), Some(&self.bundles[0].1)]
            .into_iter()
            .flatten()
            .find_map(|bundle| Some((bundle, bundle.get_message(id)?.value()?)));
        let Some((bundle, pattern)) = found else {
            tracing::warn!(id, language = %language, "missing translation");
            return id.to_owned();
        };
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if !errors.is_empty() {
            tracing::warn!(id, language = %language, ?errors, "translation could not be formatted");
        }
        text
    }

    /// A cookie lifetime in words: "2 weeks", "2 semaines".
    pub(crate) fn duration(&self, language: &Language, duration: CookieDuration) -> String {
        match duration {
            CookieDuration::Session => self.message(language, "duration-session", None),
            CookieDuration::Fixed { amount, unit } => {
                let mut args = FluentArgs::new();
                args.set("n", FluentValue::from(amount));
                self.message(
                    language,
                    &format!("duration-{}", unit.singular()),
                    Some(&args),
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn message_ids(source: &str) -> BTreeSet<String> {
        let resource = FluentResource::try_new(source.to_owned()).unwrap();
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_language_has_every_message() {
        let reference = message_ids(LOCALES[0].1);
        for (tag, source) in &LOCALES[1..] {
            assert_eq!(
                message_ids(source),
                reference,
                "{tag}.ftl differs from en.ftl"
            );
        }
    }

    #[test]
    fn durations_are_written_with_plurals() {
        let translations = Translations::load().unwrap();
        let en: Language = "en".parse().unwrap();
        let fr: Language = "fr".parse().unwrap();
        let two_weeks: CookieDuration = "2 weeks".parse().unwrap();
        assert_eq!(translations.duration(&en, two_weeks), "2 weeks");
        assert_eq!(translations.duration(&fr, two_weeks), "2 semaines");
        assert_eq!(
            translations.duration(&fr, "1 year".parse().unwrap()),
            "1 an"
        );
        assert_eq!(
            translations.duration(&en, "1 month".parse().unwrap()),
            "1 month"
        );
    }

    #[test]
    fn missing_messages_fall_back_to_their_id() {
        let translations = Translations::load().unwrap();
        let en: Language = "en".parse().unwrap();
        assert_eq!(
            translations.message(&en, "no-such-message", None),
            "no-such-message"
        );
    }
}
