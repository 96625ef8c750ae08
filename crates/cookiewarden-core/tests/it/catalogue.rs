use std::path::Path;

use cookiewarden_core::{Catalogue, Category};

/// The Open Cookie Database as `../shared` provides it (CI always does).
fn shared_catalogue() -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/open-cookie-database/open-cookie-database.csv");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) if std::env::var("CI").as_deref() == Ok("true") => {
            panic!("CI=true but {} is missing", path.display())
        }
        Err(_) => {
            eprintln!("skipping: {} not found", path.display());
            None
        }
    }
}

#[test]
fn the_open_cookie_database_reads_and_classifies_well_known_cookies() {
    let Some(text) = shared_catalogue() else {
        return;
    };
    let (catalogue, skipped) = Catalogue::from_csv(&text).unwrap();
    assert_eq!(
        catalogue.entries().len() + skipped.len(),
        2264,
        "every row is read or accounted for"
    );
    assert!(
        skipped.len() < 50,
        "{} rows skipped: {:?}",
        skipped.len(),
        &skipped[..5.min(skipped.len())]
    );
    let category = |name: &str, domain: &str| catalogue.lookup(name, domain).map(|e| e.category);
    assert_eq!(
        category("_ga", "shop.example.com"),
        Some(Category::Statistics)
    );
    assert_eq!(
        category("_ga_Q1W2E3R4", "shop.example.com"),
        Some(Category::Statistics)
    );
    assert_eq!(
        category("_fbp", "shop.example.com"),
        Some(Category::Marketing)
    );
    assert_eq!(
        category("no_such_cookie_anywhere", "shop.example.com"),
        None
    );
}
