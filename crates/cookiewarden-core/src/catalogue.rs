//! The catalogue of known cookies (the Open Cookie Database's CSV format), used to suggest a
//! category for a cookie a site did not declare.

use serde::Deserialize;

use crate::{Category, NamePattern};

/// One known cookie.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueEntry {
    /// The catalogue's own id.
    pub id: String,
    /// The product that sets it ("Google Analytics").
    pub platform: String,
    /// Its category, mapped to ours.
    pub category: Category,
    /// The mapping is a guess to review: many "functional" cookies are in fact necessary.
    pub needs_review: bool,
    /// Its name, or name prefix.
    pub pattern: NamePattern,
    /// The domain it is set on, when the catalogue knows it.
    pub domain: Option<String>,
    /// What it does.
    pub description: String,
    /// How long it stays, as the catalogue words it.
    pub retention: String,
    /// Who controls the data.
    pub controller: String,
    /// Where that controller explains its processing.
    pub privacy_url: String,
}

/// A row the catalogue import left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedRow {
    /// 1-based line of the CSV file.
    pub line: u64,
    /// Why it was left out.
    pub reason: String,
}

/// A catalogue file that cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct CatalogueError {
    /// 1-based line of the problem.
    pub line: u64,
    /// What is wrong.
    pub message: String,
}

/// Every known cookie, searchable by name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalogue {
    entries: Vec<CatalogueEntry>,
}

#[derive(Deserialize)]
struct Row {
    #[serde(rename = "ID")]
    id: String,
    #[serde(rename = "Platform")]
    platform: String,
    #[serde(rename = "Category")]
    category: String,
    #[serde(rename = "Cookie / Data Key name")]
    name: String,
    #[serde(rename = "Domain")]
    domain: String,
    #[serde(rename = "Description")]
    description: String,
    #[serde(rename = "Retention period")]
    retention: String,
    #[serde(rename = "Data Controller")]
    controller: String,
    #[serde(rename = "User Privacy & GDPR Rights Portals")]
    privacy_url: String,
    #[serde(rename = "Wildcard match")]
    wildcard: String,
}

/// The catalogue's categories in ours: Security (and the rare Necessary) → necessary;
/// Functional and Personalization → preferences, to review; Analytics → statistics;
/// Marketing → marketing.
pub fn map_catalogue_category(category: &str) -> Option<(Category, bool)> {
    match category.trim() {
        "Security" | "Necessary" => Some((Category::Necessary, false)),
        "Functional" | "Personalization" => Some((Category::Preferences, true)),
        "Analytics" => Some((Category::Statistics, false)),
        "Marketing" => Some((Category::Marketing, false)),
        _ => None,
    }
}

impl Catalogue {
    /// A catalogue of these entries.
    pub fn new(entries: Vec<CatalogueEntry>) -> Catalogue {
        Catalogue { entries }
    }

    /// Reads the CSV file. Rows that cannot describe a cookie (a name no browser would accept,
    /// an unknown category) are left out and listed; a file without the expected columns is an
    /// error.
    pub fn from_csv(text: &str) -> Result<(Catalogue, Vec<SkippedRow>), CatalogueError> {
        let unreadable = |e: csv::Error| CatalogueError {
            line: e.position().map_or(1, csv::Position::line),
            message: e.to_string(),
        };
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let headers = reader.headers().map_err(unreadable)?.clone();
        let mut entries = Vec::new();
        let mut skipped = Vec::new();
        let mut record = csv::StringRecord::new();
        while reader.read_record(&mut record).map_err(unreadable)? {
            let line = record.position().map_or(1, csv::Position::line);
            let row: Row = record
                .deserialize(Some(&headers))
                .map_err(|e| CatalogueError {
                    line,
                    message: e.to_string(),
                })?;
            let skip = |reason: String| SkippedRow { line, reason };
            let Some((category, needs_review)) = map_catalogue_category(&row.category) else {
                skipped.push(skip(format!("unknown category `{}`", row.category)));
                continue;
            };
            let written = match row.wildcard.trim() {
                "1" => format!("{}*", row.name.trim()),
                _ => row.name.trim().to_owned(),
            };
            let pattern = match written.parse::<NamePattern>() {
                Ok(pattern) => pattern,
                Err(error) => {
                    skipped.push(skip(error.to_string()));
                    continue;
                }
            };
            let domain = row
                .domain
                .trim()
                .trim_start_matches('.')
                .to_ascii_lowercase();
            entries.push(CatalogueEntry {
                id: row.id,
                platform: row.platform,
                category,
                needs_review,
                pattern,
                domain: (!domain.is_empty()).then_some(domain),
                description: row.description,
                retention: row.retention,
                controller: row.controller,
                privacy_url: row.privacy_url,
            });
        }
        Ok((Catalogue { entries }, skipped))
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> &[CatalogueEntry] {
        &self.entries
    }

    /// The entry for a cookie `name` seen on `domain`, by the same precedence as a site's
    /// declarations: an exact name over a prefix, a longer prefix over a shorter one, and a
    /// matching domain over none. An entry for another domain is still a match (the catalogue's
    /// domains are where the cookie was seen, not the only place it can be); it just ranks lower.
    pub fn lookup(&self, name: &str, domain: &str) -> Option<&CatalogueEntry> {
        let domain = domain.trim_start_matches('.');
        self.entries
            .iter()
            .filter(|e| e.pattern.matches(name))
            .max_by_key(|e| {
                let exact = matches!(e.pattern, NamePattern::Exact(_));
                let same_domain = e
                    .domain
                    .as_deref()
                    .is_some_and(|d| crate::domain_matches(domain, d));
                (exact, e.pattern.stem().len(), same_domain)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = include_str!("../tests/data/catalogue-sample.csv");

    #[test]
    fn the_sample_reads_with_its_categories_mapped() {
        let (catalogue, skipped) = Catalogue::from_csv(SAMPLE).unwrap();
        assert_eq!(catalogue.entries().len(), 6);
        assert_eq!(skipped.len(), 2, "{skipped:?}");
        assert!(
            skipped
                .iter()
                .any(|s| s.reason.contains("invalid cookie name") && s.line == 8)
        );
        assert!(
            skipped
                .iter()
                .any(|s| s.reason.contains("unknown category `Tracking`"))
        );
        let ga = catalogue.lookup("_ga_ABC123", "www.shop.example").unwrap();
        assert_eq!(
            (ga.category, ga.needs_review, ga.platform.as_str()),
            (Category::Statistics, false, "Example Analytics")
        );
        let exact = catalogue.lookup("_ga", "shop.example").unwrap();
        assert!(
            matches!(exact.pattern, NamePattern::Exact(_)),
            "an exact name beats the `_ga*` prefix"
        );
        let functional = catalogue.lookup("lang_pref", "x.example").unwrap();
        assert_eq!(
            (functional.category, functional.needs_review),
            (Category::Preferences, true)
        );
        assert_eq!(
            catalogue
                .lookup("csrf_guard", "x.example")
                .unwrap()
                .category,
            Category::Necessary
        );
        assert!(catalogue.lookup("unknown", "x.example").is_none());
    }

    #[test]
    fn the_domain_breaks_ties_between_equal_names() {
        let (catalogue, _) = Catalogue::from_csv(SAMPLE).unwrap();
        assert_eq!(
            catalogue.lookup("uid", ".ads.example").unwrap().platform,
            "Example Ads"
        );
        assert_eq!(
            catalogue.lookup("uid", "video.example").unwrap().platform,
            "Example Video"
        );
    }

    #[test]
    fn a_file_without_the_columns_is_an_error_naming_the_line() {
        let error = Catalogue::from_csv("name,category\n_ga,Analytics\n").unwrap_err();
        assert_eq!(error.line, 2);
    }
}
