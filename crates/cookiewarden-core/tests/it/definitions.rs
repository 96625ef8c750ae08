use std::path::{Path, PathBuf};

use cookiewarden_core::{Category, Classification, CookieDuration, Party, SiteDefinition};

fn repo_file(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn fixture_error(name: &str) -> cookiewarden_core::DefinitionError {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/definitions")
        .join(name);
    SiteDefinition::parse(&read(&path)).expect_err(name)
}

#[test]
fn shipped_examples_export_and_parse_back_to_the_same_state() {
    for example in ["examples/opendata-portal.toml", "examples/shop.toml"] {
        let original = SiteDefinition::parse(&read(&repo_file(example))).unwrap();
        let exported = original.to_toml();
        let reparsed = SiteDefinition::parse(&exported).unwrap();
        assert_eq!(reparsed, original, "{example}");
        assert_eq!(reparsed.to_toml(), exported, "{example}: export is stable");
        assert_eq!(reparsed.policy_version(), original.policy_version());
    }
}

#[test]
fn the_platform_declares_exactly_the_seed_cookies_and_lifetimes() {
    let platform = SiteDefinition::platform();
    let found: Vec<(String, Option<u64>)> = platform
        .declarations
        .iter()
        .map(|d| (d.pattern.to_string(), d.duration.seconds()))
        .collect();
    let day = 86_400;
    assert_eq!(
        found,
        [
            ("sessionid".to_owned(), Some(14 * day)),
            ("django_language".to_owned(), Some(360 * day)),
            ("csrftoken".to_owned(), Some(360 * day)),
            ("cookies_preferences".to_owned(), Some(180 * day)),
        ]
    );
    assert!(
        platform
            .declarations
            .iter()
            .all(|d| d.category == Category::Necessary)
    );
}

#[test]
fn services_join_the_policy_version_in_any_order_and_only_when_listed() {
    let shop = SiteDefinition::parse(&read(&repo_file("examples/shop.toml"))).unwrap();
    let keys: Vec<&str> = shop.services.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(keys, ["youtube", "facebookpixel", "shop-reviews"]);
    let mut without = shop.clone();
    without.services.clear();
    assert_eq!(
        without.policy_version(),
        without.registry().policy_version(),
        "a site without services keeps the version of its declarations"
    );
    assert_ne!(shop.policy_version(), without.policy_version());
    let mut reordered = shop.clone();
    reordered.services.reverse();
    assert_eq!(reordered.policy_version(), shop.policy_version());
    // A service changing purpose is news to the visitor: the version changes.
    let mut changed = shop.clone();
    changed.services[2].category = Some(Category::Statistics);
    assert_ne!(changed.policy_version(), shop.policy_version());
    // So is a service loading from one more host: it reaches further than agreed to.
    let mut rehosted = shop.clone();
    rehosted.services[2]
        .hosts
        .push("cdn.reviews.example.net".into());
    assert_ne!(rehosted.policy_version(), shop.policy_version());
    let catalogue = shop.service_catalogue();
    let declared: Vec<&str> = catalogue.declared().map(|s| s.name.as_str()).collect();
    assert_eq!(declared, ["Facebook Pixel", "Reviews widget", "YouTube"]);
}

#[test]
fn the_shop_example_classifies_its_cookies() {
    let shop = SiteDefinition::parse(&read(&repo_file("examples/shop.toml"))).unwrap();
    let registry = shop.registry();
    let Classification::Declared(matomo) = registry.classify("_pk_id.1.abcd", "shop.example.com")
    else {
        panic!("Matomo's visitor cookie is declared by prefix")
    };
    assert_eq!(matomo.category, Category::Statistics);
    let Classification::Declared(youtube) = registry.classify("YSC", ".youtube.com") else {
        panic!("YouTube's cookie is declared")
    };
    assert_eq!(
        (youtube.party, youtube.duration),
        (Party::Third, CookieDuration::Session)
    );
    assert_eq!(
        registry.classify("YSC", "shop.example.com"),
        Classification::Undeclared
    );
}

#[test]
fn errors_name_the_line_and_the_field() {
    let cases = [
        (
            "unknown-category.toml",
            17,
            "cookie[1].category",
            "unknown category `analytics`",
        ),
        (
            "bad-duration.toml",
            11,
            "cookie[0].duration",
            "invalid duration `3 fortnights`",
        ),
        (
            "empty-name.toml",
            7,
            "cookie[0].name",
            "invalid cookie name ``",
        ),
        (
            "exempt-marketing.toml",
            6,
            "cookie[0].exempt",
            "only statistics",
        ),
        (
            "unknown-default-language.toml",
            4,
            "default_language",
            "`de` is not one of",
        ),
        (
            "unsupported-language.toml",
            3,
            "languages",
            "`tlh` has no texts in this product; the supported languages are ar, bg, ca, cs, da, de, el, en, es, et, fi, fr, ga, hr, hu, is, it, lt, lv, mt, nb, nl, pl, pt, ro, sk, sl, sv, tr, uk",
        ),
        ("reserved-slug.toml", 1, "slug", "reserved"),
        ("syntax-error.toml", 2, "", "string"),
        (
            "unknown-field.toml",
            12,
            "cookie[0].lifetime",
            "unknown field `lifetime`",
        ),
        (
            "duplicate-cookie.toml",
            14,
            "cookie[1].name",
            "declared twice",
        ),
        (
            "control-character.toml",
            6,
            "cookie[0].provider",
            "control characters are not allowed",
        ),
        (
            "text-language.toml",
            6,
            "text.banner_title",
            "`de` is not one of the site's languages",
        ),
        (
            "path-attribute-injection.toml",
            6,
            "cookie[0].path",
            "no `;`",
        ),
        (
            "long-retention.toml",
            5,
            "statistics_retention",
            "at most 25 months",
        ),
        (
            "cookie-domain-public-suffix.toml",
            6,
            "cookie_domain",
            "`co.uk` is a public suffix",
        ),
        (
            "cookie-domain-outside.toml",
            6,
            "cookie_domain",
            "not a parent of the origin https://pay.example.net",
        ),
        (
            "lowercase-region.toml",
            7,
            "region[0].codes[1]",
            "invalid region `us-co`",
        ),
        (
            "region-twice.toml",
            10,
            "region[1].codes",
            "`US-CA` is named by two region rules",
        ),
        (
            "long-cooldown.toml",
            6,
            "rejection_lifetime",
            "at most 400 days",
        ),
        (
            "unknown-rule-set.toml",
            9,
            "region[0].rules",
            "unknown variant `opt-maybe`",
        ),
        (
            "service-unknown.toml",
            9,
            "service[1].key",
            "`my-widget` is not in the catalogue: a service of the site's own needs a `name`",
        ),
        (
            "service-short-signature.toml",
            6,
            "service[0].signatures",
            "`r( )` is too short",
        ),
        (
            "service-twice.toml",
            12,
            "service[2].key",
            "`youtube` is listed twice",
        ),
        (
            "service-scheme-prefix.toml",
            6,
            "service[0].url_prefixes",
            "without the scheme",
        ),
    ];
    for (file, line, field, message) in cases {
        let error = fixture_error(file);
        assert_eq!(error.line, line, "{file}: {error}");
        assert_eq!(error.field, field, "{file}: {error}");
        assert!(error.message.contains(message), "{file}: {error}");
    }
}

#[test]
fn the_statistics_cookie_is_declared_automatically_and_not_exported_as_a_cookie() {
    let text = "slug = \"blog\"\nname = \"Blog\"\nlanguages = [\"fr\", \"de\"]\n\
                default_language = \"de\"\nstatistics_cookie = true\n";
    let blog = SiteDefinition::parse(text).unwrap();
    let cookie = blog
        .declarations
        .iter()
        .find(|d| d.pattern.to_string() == cookiewarden_core::STATISTICS_COOKIE)
        .expect("declared");
    assert_eq!(cookie.category, Category::Statistics);
    assert!(cookie.exempt && cookie.party == Party::First);
    assert_eq!(
        cookie.duration,
        cookiewarden_core::STATISTICS_COOKIE_LIFETIME
    );
    let (fr, de) = ("fr".parse().unwrap(), "de".parse().unwrap());
    assert!(
        cookie
            .purpose
            .get(&fr, &de)
            .unwrap()
            .starts_with("Reconnaît")
    );
    assert!(
        cookie.purpose.exactly(&de).is_some(),
        "the default language has a purpose"
    );
    let exported = blog.to_toml();
    assert!(!exported.contains("[[cookie]]"), "{exported}");
    assert_eq!(SiteDefinition::parse(&exported).unwrap(), blog);
    assert!(blog.declared().is_empty());

    let twice = format!(
        "{text}[[cookie]]\nname = \"cw_visitor\"\nprovider = \"Blog\"\ncategory = \"statistics\"\n\
         party = \"first\"\nduration = \"1 day\"\npurpose.de = \"x\"\n"
    );
    let error = SiteDefinition::parse(&twice).unwrap_err();
    assert_eq!(error.field, "statistics_cookie");
}

#[test]
fn declarations_missing_a_site_language_are_named_with_the_languages() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/missing-texts.toml");
    let site = SiteDefinition::parse(&read(&path)).unwrap();
    let missing: Vec<(String, Vec<String>)> = site
        .missing_texts()
        .into_iter()
        .map(|(cookie, languages)| (cookie, languages.iter().map(ToString::to_string).collect()))
        .collect();
    assert_eq!(missing, [("_pk_id.*".to_owned(), vec!["en".to_owned()])]);
    let purpose = &site.declarations[1].purpose;
    let (language, text) = purpose
        .read(&"en".parse().unwrap(), &site.site.default_language)
        .unwrap();
    assert_eq!(
        (language.as_str(), text),
        ("de", "Zählt wiederkehrende Besucher.")
    );
}

#[test]
fn an_older_platform_site_gains_the_new_languages_and_keeps_its_own_changes() {
    let mut older = SiteDefinition::platform();
    older.site.languages = vec!["en".parse().unwrap(), "fr".parse().unwrap()];
    older.site.name = "Our consent platform".to_owned();
    let english_and_french = |text: &cookiewarden_core::LocalizedText| {
        text.iter()
            .filter(|(l, _)| ["en", "fr"].contains(&l.as_str()))
            .map(|(l, t)| (l.clone(), t.to_owned()))
            .collect()
    };
    for declaration in &mut older.declarations {
        declaration.function = english_and_french(&declaration.function);
        declaration.purpose = english_and_french(&declaration.purpose);
    }
    let version = older.policy_version();
    assert!(older.gain_languages(&SiteDefinition::platform()));
    assert_eq!(older.site.languages.len(), 30);
    assert_eq!(
        older.site.name, "Our consent platform",
        "the operator's change stays"
    );
    assert!(older.missing_texts().is_empty());
    assert_eq!(older.policy_version(), version, "consents stay valid");
    assert!(
        !older.gain_languages(&SiteDefinition::platform()),
        "nothing more to gain"
    );
}
