use std::fmt;

use sha2::{Digest, Sha256};

use crate::{Declaration, DeclarationStatus, Language, NamePattern};

/// The set of cookie declarations of one site, with the site's default language (the language
/// whose purposes the policy version covers).
#[derive(Debug, Clone, Copy)]
pub struct Registry<'a> {
    declarations: &'a [Declaration],
    default_language: &'a Language,
}

/// What a cookie seen in the wild is, according to a site's registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Classification<'a> {
    /// The most specific active declaration that names it.
    Declared(&'a Declaration),
    /// No active declaration names it.
    Undeclared,
}

/// Identifies the content of a site's policy: a SHA-256 over every active declaration, in a
/// canonical order, as lowercase hex. A visitor is asked again when it changes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PolicyVersion(String);

impl PolicyVersion {
    /// The 64 hexadecimal digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The version named by the SHA-256 of `text`.
    pub(crate) fn of_text(text: &str) -> PolicyVersion {
        PolicyVersion(hex::encode(Sha256::digest(text.as_bytes())))
    }
}

impl fmt::Display for PolicyVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'a> Registry<'a> {
    /// A view over a site's declarations.
    pub fn new(declarations: &'a [Declaration], default_language: &'a Language) -> Self {
        Registry {
            declarations,
            default_language,
        }
    }

    /// The declarations in force, in their declared order.
    pub fn active(&self) -> impl Iterator<Item = &'a Declaration> + use<'a> {
        self.declarations
            .iter()
            .filter(|d| d.status == DeclarationStatus::Active)
    }

    /// Finds the active declaration for a cookie `name` seen on `domain`.
    ///
    /// An exact name wins over a prefix, a longer prefix over a shorter one, and among equals a
    /// declaration that names the domain wins over one that does not.
    pub fn classify(&self, name: &str, domain: &str) -> Classification<'a> {
        self.active()
            .filter(|d| d.matches(name, domain))
            .max_by_key(|d| {
                let exact = matches!(d.pattern, NamePattern::Exact(_));
                (exact, d.pattern.stem().len(), d.domain.is_some())
            })
            .map_or(Classification::Undeclared, Classification::Declared)
    }

    /// The policy version: SHA-256 over one canonical line per active declaration (pattern,
    /// category, exemption, party, provider, domain, lifetime in seconds, default-language
    /// purpose), the lines sorted so declaration order does not matter.
    pub fn policy_version(&self) -> PolicyVersion {
        let mut lines: Vec<String> = self.active().map(|d| self.canonical_line(d)).collect();
        lines.sort_unstable();
        let mut hasher = Sha256::new();
        for line in &lines {
            hasher.update(line.as_bytes());
            hasher.update(b"\n");
        }
        PolicyVersion(hex::encode(hasher.finalize()))
    }

    /// One declaration as a JSON array: JSON's escaping makes the line unambiguous whatever the
    /// texts hold, and it does not depend on any database's representation.
    fn canonical_line(&self, d: &Declaration) -> String {
        let category = if d.exempt {
            format!("{}:exempt", d.category)
        } else {
            d.category.to_string()
        };
        serde_json::json!([
            d.pattern.to_string(),
            category,
            d.party.as_str(),
            d.provider,
            d.domain.as_deref().unwrap_or(""),
            d.duration.seconds(),
            d.purpose
                .get(self.default_language, self.default_language)
                .unwrap_or(""),
        ])
        .to_string()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::{Category, CookieDuration, LocalizedText, Party};

    fn en() -> Language {
        "en".parse().unwrap()
    }

    fn declaration(pattern: &str, category: Category) -> Declaration {
        Declaration {
            pattern: pattern.parse().unwrap(),
            provider: "Example".into(),
            function: LocalizedText::default(),
            purpose: [(en(), format!("purpose of {pattern}"))]
                .into_iter()
                .collect(),
            category,
            exempt: false,
            party: Party::First,
            domain: None,
            path: "/".into(),
            duration: "1 year".parse().unwrap(),
            status: DeclarationStatus::Active,
        }
    }

    #[test]
    fn exact_beats_prefix_and_longer_prefix_beats_shorter() {
        let declarations = vec![
            declaration("_g*", Category::Marketing),
            declaration("_ga_*", Category::Statistics),
            declaration("_ga_special", Category::Preferences),
        ];
        let language = en();
        let registry = Registry::new(&declarations, &language);
        let category_of = |name: &str| match registry.classify(name, "example.org") {
            Classification::Declared(d) => Some(d.category),
            Classification::Undeclared => None,
        };
        assert_eq!(category_of("_ga_special"), Some(Category::Preferences));
        assert_eq!(category_of("_ga_123"), Some(Category::Statistics));
        assert_eq!(category_of("_gid"), Some(Category::Marketing));
        assert_eq!(category_of("other"), None);
    }

    #[test]
    fn domains_restrict_matches_and_drafts_are_ignored() {
        let mut scoped = declaration("id", Category::Marketing);
        scoped.domain = Some("ads.example".into());
        let mut draft = declaration("draft", Category::Marketing);
        draft.status = DeclarationStatus::Draft;
        let declarations = vec![declaration("id", Category::Necessary), scoped, draft];
        let language = en();
        let registry = Registry::new(&declarations, &language);
        let Classification::Declared(d) = registry.classify("id", ".x.ads.example") else {
            panic!("id should be declared")
        };
        assert_eq!(d.category, Category::Marketing);
        let Classification::Declared(d) = registry.classify("id", "shop.example") else {
            panic!("id should be declared")
        };
        assert_eq!(d.category, Category::Necessary);
        assert_eq!(
            registry.classify("draft", "shop.example"),
            Classification::Undeclared
        );
    }

    #[test]
    fn the_version_is_a_sha256_and_ignores_drafts() {
        let language = en();
        let active = vec![declaration("a", Category::Necessary)];
        let mut with_draft = active.clone();
        let mut draft = declaration("b", Category::Marketing);
        draft.status = DeclarationStatus::Draft;
        with_draft.push(draft);
        let version = Registry::new(&active, &language).policy_version();
        assert_eq!(version.as_str().len(), 64);
        assert_eq!(
            version,
            Registry::new(&with_draft, &language).policy_version()
        );
    }

    #[test]
    fn only_the_default_language_purpose_is_hashed() {
        let language = en();
        let base = vec![declaration("a", Category::Necessary)];
        let mut translated = base.clone();
        translated[0].purpose = [
            (en(), "purpose of a".to_owned()),
            ("fr".parse().unwrap(), "but de a".to_owned()),
        ]
        .into_iter()
        .collect();
        assert_eq!(
            Registry::new(&base, &language).policy_version(),
            Registry::new(&translated, &language).policy_version()
        );
    }

    fn any_declaration() -> impl Strategy<Value = Declaration> {
        (
            "[a-z_]{1,8}\\*?",
            0usize..4,
            any::<bool>(),
            "[A-Za-z ]{0,8}",
            proptest::option::of("[a-z]{1,6}\\.org"),
            1u32..400,
            "\\PC{0,12}",
        )
            .prop_map(
                |(pattern, category, third, provider, domain, days, purpose)| {
                    let mut d = declaration(&pattern, Category::ALL[category]);
                    d.party = if third { Party::Third } else { Party::First };
                    d.provider = provider;
                    d.domain = domain;
                    d.duration = CookieDuration::fixed(days, crate::DurationUnit::Days).unwrap();
                    d.purpose = [(en(), purpose)].into_iter().collect();
                    d
                },
            )
    }

    proptest! {
        #[test]
        fn order_does_not_change_the_version(
            declarations in proptest::collection::vec(any_declaration(), 0..6),
            seed in any::<u64>(),
        ) {
            let language = en();
            let mut shuffled = declarations.clone();
            // A deterministic permutation driven by the seed.
            let len = shuffled.len();
            for i in (1..len).rev() {
                let j = (seed.wrapping_mul(i as u64 + 7) % (i as u64 + 1)) as usize;
                shuffled.swap(i, j);
            }
            prop_assert_eq!(
                Registry::new(&declarations, &language).policy_version(),
                Registry::new(&shuffled, &language).policy_version()
            );
        }

        #[test]
        fn any_change_to_a_hashed_field_changes_the_version(
            original in any_declaration(),
            field in 0usize..7,
        ) {
            let language = en();
            let mut changed = original.clone();
            match field {
                0 => changed.pattern = format!("{}x", original.pattern.stem()).parse().unwrap(),
                1 => changed.category = Category::ALL[(Category::ALL.iter().position(|c| *c == original.category).unwrap() + 1) % 4],
                2 => changed.party = if original.party == Party::First { Party::Third } else { Party::First },
                3 => changed.provider.push('!'),
                4 => changed.domain = Some(format!("{}x.org", original.domain.clone().unwrap_or_default())),
                5 => changed.duration = CookieDuration::fixed(500, crate::DurationUnit::Days).unwrap(),
                _ => changed.purpose = [(en(), format!("{}!", original.purpose.get(&en(), &en()).unwrap()))].into_iter().collect(),
            }
            let before = [original];
            let after = [changed];
            prop_assert_ne!(
                Registry::new(&before, &language).policy_version(),
                Registry::new(&after, &language).policy_version()
            );
        }
    }
}
