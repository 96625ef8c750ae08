//! The interface's texts, from Fluent files compiled into the binary (`locales/*.ftl`).

use cookiewarden_core::{CookieDuration, Language};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

use crate::Error;

/// The Fluent file of each language, compiled in.
macro_rules! locales {
    ($($tag:literal),* $(,)?) => {
        [$(($tag, include_str!(concat!("../../locales/", $tag, ".ftl")))),*]
    };
}

/// Every language the interface is translated into (the core's `SUPPORTED_LANGUAGES`, a test
/// checks it); the first is the fallback.
const LOCALES: [(&str, &str); 30] = locales!(
    "en", "ar", "bg", "ca", "cs", "da", "de", "el", "es", "et", "fi", "fr", "ga", "hr", "hu", "is",
    "it", "lt", "lv", "mt", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "tr", "uk",
);

/// The translated texts, one Fluent bundle per language. Only the fallback's is parsed at
/// start-up; each other language's the first time a text in it is asked for. A process
/// usually speaks a few of the thirty, and every parsed bundle stays in memory for its life:
/// all of them made up most of the gateway's heap when it was idle.
pub(crate) struct Translations {
    /// Every language, the fallback first.
    bundles: Vec<Bundle>,
    fallback: FluentBundle<FluentResource>,
}

struct Bundle {
    language: Language,
    tag: &'static str,
    source: &'static str,
    /// `None` once parsing failed (a build defect a test catches): the fallback answers.
    /// Never set for the fallback itself, parsed at load.
    parsed: OnceLock<Option<FluentBundle<FluentResource>>>,
}

/// Parses the embedded Fluent file of `tag`.
fn parse(tag: &str, source: &str) -> Result<FluentBundle<FluentResource>, Error> {
    let invalid = |detail: String| Error::Translations(format!("{tag}.ftl: {detail}"));
    let identifier = tag
        .parse::<unic_langid::LanguageIdentifier>()
        .map_err(|e| invalid(e.to_string()))?;
    let resource = FluentResource::try_new(source.to_owned())
        .map_err(|(_, errors)| invalid(format!("{errors:?}")))?;
    let mut bundle = FluentBundle::new_concurrent(vec![identifier]);
    // Unicode isolation marks would show up as stray characters in HTML and JSON.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errors| invalid(format!("{errors:?}")))?;
    Ok(bundle)
}

impl Translations {
    /// Reads the languages and parses the fallback's Fluent file: a syntax error there is a
    /// build defect, reported at start-up rather than on some later request.
    pub(crate) fn load() -> Result<Translations, Error> {
        let bundles = LOCALES
            .iter()
            .map(|&(tag, source)| {
                let language: Language = tag
                    .parse()
                    .map_err(|e| Error::Translations(format!("{tag}.ftl: {e}")))?;
                Ok(Bundle {
                    language,
                    tag,
                    source,
                    parsed: OnceLock::new(),
                })
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let fallback = parse(LOCALES[0].0, LOCALES[0].1)?;
        Ok(Translations { bundles, fallback })
    }

    /// The bundle of `index`, parsed on first use.
    fn bundle(&self, index: usize) -> Option<&FluentBundle<FluentResource>> {
        if index == 0 {
            return Some(&self.fallback);
        }
        let bundle = self.bundles.get(index)?;
        bundle
            .parsed
            .get_or_init(|| {
                parse(bundle.tag, bundle.source)
                    .inspect_err(|error| tracing::error!(%error, "a translation cannot be read"))
                    .ok()
            })
            .as_ref()
    }

    /// The languages the interface speaks.
    pub(crate) fn languages(&self) -> Vec<Language> {
        self.bundles
            .iter()
            .map(|bundle| bundle.language.clone())
            .collect()
    }

    /// The fallback language of the interface.
    pub(crate) fn default_language(&self) -> &Language {
        &self.bundles[0].language
    }

    /// Whether message `id` exists (every bundle has the same messages: a test checks it).
    pub(crate) fn has(&self, id: &str) -> bool {
        self.fallback.has_message(id)
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
            let index = self.bundles.iter().position(|b| &b.language == wanted)?;
            self.bundle(index)
        };
        let found = [bundle_of(language), Some(&self.fallback)]
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

    use fluent_syntax::ast;
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

    /// Words a translation may leave as in English, because the language writes them so too
    /// ("OK"; "Marketing" in German, Spanish or Hungarian; "Status" in the Nordic languages;
    /// "Sites" in French and Portuguese; role names in Czech or Polish). Anything longer left in
    /// English is a gap.
    const SAME_AS_ENGLISH_ALLOWED: [&str; 11] = [
        "OK",
        "Marketing",
        "Status",
        "Sites",
        "Name",
        "Domain",
        "Label",
        "Browsers",
        "Role",
        "editor",
        "administrator",
    ];

    /// Each message of a file: its variables, its selectors' variant keys, and its text.
    #[derive(Debug, Default)]
    struct Shape {
        variables: BTreeSet<String>,
        variant_keys: BTreeSet<String>,
        text: String,
    }

    fn walk_pattern(pattern: &ast::Pattern<&str>, shape: &mut Shape) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => shape.text.push_str(value),
                ast::PatternElement::Placeable { expression } => walk_expression(expression, shape),
            }
        }
    }

    fn walk_expression(expression: &ast::Expression<&str>, shape: &mut Shape) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                walk_inline(selector, shape);
                for variant in variants {
                    if let ast::VariantKey::Identifier { name } = variant.key {
                        shape.variant_keys.insert(name.to_owned());
                    }
                    walk_pattern(&variant.value, shape);
                }
            }
            ast::Expression::Inline(inline) => walk_inline(inline, shape),
        }
    }

    fn walk_inline(inline: &ast::InlineExpression<&str>, shape: &mut Shape) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                shape.variables.insert(id.name.to_owned());
                shape.text.push_str(&format!("{{${}}}", id.name));
            }
            ast::InlineExpression::Placeable { expression } => walk_expression(expression, shape),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    walk_inline(argument, shape);
                }
            }
            _ => {}
        }
    }

    /// Every message of a Fluent file by id; a syntax error fails the test, naming the file.
    fn shapes(tag: &str, source: &str) -> std::collections::BTreeMap<String, Shape> {
        let resource = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, errors)| panic!("{tag}.ftl has syntax errors: {errors:?}"));
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(message) => {
                    let mut shape = Shape::default();
                    if let Some(value) = &message.value {
                        walk_pattern(value, &mut shape);
                    }
                    Some((message.id.name.to_owned(), shape))
                }
                ast::Entry::Junk { content } => panic!("{tag}.ftl: unreadable {content}"),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_interface_speaks_exactly_the_supported_languages() {
        let tags: BTreeSet<&str> = LOCALES.iter().map(|(tag, _)| *tag).collect();
        let supported: BTreeSet<&str> =
            cookiewarden_core::SUPPORTED_LANGUAGES.into_iter().collect();
        assert_eq!(tags, supported);
        assert_eq!(LOCALES[0].0, "en", "English is the fallback");
        let translations = Translations::load().unwrap();
        // Parsed on first use in the product: each one is parsed here, so a defect fails a test.
        for (index, (tag, source)) in LOCALES.iter().enumerate() {
            if let Err(error) = parse(tag, source) {
                panic!("{error}");
            }
            assert!(translations.bundle(index).is_some(), "{tag}");
        }
    }

    #[test]
    fn every_bundle_has_english_s_messages_with_the_same_variables_and_its_own_words() {
        let english = shapes("en", LOCALES[0].1);
        for (tag, source) in &LOCALES[1..] {
            let translated = shapes(tag, source);
            let missing: Vec<&String> = english
                .keys()
                .filter(|k| !translated.contains_key(*k))
                .collect();
            let extra: Vec<&String> = translated
                .keys()
                .filter(|k| !english.contains_key(*k))
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{tag}.ftl: missing {missing:?}, not in en.ftl {extra:?}"
            );
            for (id, shape) in &translated {
                let reference = &english[id];
                assert_eq!(
                    shape.variables, reference.variables,
                    "{tag}.ftl: variables of {id}"
                );
                assert!(
                    shape.text.trim() != reference.text.trim()
                        || SAME_AS_ENGLISH_ALLOWED.contains(&shape.text.trim()),
                    "{tag}.ftl: {id} is still the English text"
                );
            }
        }
    }

    #[test]
    fn selectors_use_each_language_s_own_plural_categories() {
        for (tag, source) in &LOCALES {
            let identifier: unic_langid::LanguageIdentifier = tag.parse().unwrap();
            let rules = PluralRules::create(identifier, PluralRuleType::CARDINAL)
                .unwrap_or_else(|e| panic!("{tag}: no CLDR plural rules: {e}"));
            let name = |category: PluralCategory| match category {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            };
            // The categories whole numbers from 0 to 100 fall in: durations and counts are
            // whole, so each needs its own form.
            let needed: BTreeSet<&str> = (0..=100u32)
                .map(|n| name(rules.select(n).unwrap()))
                .collect();
            let mut possible = needed.clone();
            for n in [1_000_000u32, 2_000_000] {
                possible.insert(name(rules.select(n).unwrap()));
            }
            for decimal in ["0.5", "1.5", "2.5", "0.1", "1.1", "5.5"] {
                possible.insert(name(rules.select(decimal).unwrap()));
            }
            for (id, shape) in shapes(tag, source) {
                // Every selector of these files chooses on a number.
                if shape.variant_keys.is_empty() {
                    continue;
                }
                let keys: BTreeSet<&str> = shape.variant_keys.iter().map(String::as_str).collect();
                let foreign: Vec<&&str> = keys.difference(&possible).collect();
                assert!(
                    foreign.is_empty(),
                    "{tag}.ftl: {id} has variants {foreign:?}, not plural categories of {tag}"
                );
                let absent: Vec<&&str> = needed.difference(&keys).collect();
                assert!(
                    absent.is_empty(),
                    "{tag}.ftl: {id} lacks the forms {absent:?}"
                );
            }
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
