//! The cookiewarden domain, free of I/O and async so every rule here is cheap to test.
//!
//! This crate owns the vocabulary every other crate speaks: what a [`Site`] is, the purposes of
//! processing ([`Category`]), how a site declares its cookies ([`Declaration`] with a
//! [`NamePattern`]), how an observed cookie is matched against those declarations
//! ([`Registry::classify`]), the [`PolicyVersion`] that tells when a visitor must be asked again,
//! typed cookie lifetimes ([`CookieDuration`]), language negotiation ([`negotiate_language`]),
//! the TOML site definitions operators write ([`SiteDefinition`]), the signing [`KeyRing`], the
//! visitor's signed choice ([`ConsentCookie`]), the hash-chained proof of consent
//! ([`ConsentRecord`]), the catalogue of known cookies ([`Catalogue`]) and the people who run
//! the platform ([`Account`], with Argon2id [`hash_password`]).

mod account;
mod audit;
mod catalogue;
mod category;
mod consent;
mod declaration;
mod definition;
mod duration;
mod error;
mod gpp;
mod keys;
mod language;
mod ledger;
mod region;
mod registry;
mod services;
mod site;
mod slug;
mod token;

pub use account::{
    Account, MAX_PASSWORD_BYTES, MIN_PASSWORD_CHARS, Membership, Role, Username,
    check_new_password, hash_password, verify_password,
};
pub use audit::AuditAction;
pub use catalogue::{
    Catalogue, CatalogueEntry, CatalogueError, SkippedRow, map_catalogue_category,
};
pub use category::{Category, Party};
pub use consent::{
    Choices, ConsentCookie, ConsentId, ConsentMethod, CookieRejection, ServiceChoices,
    browser_family,
};
pub use declaration::{Declaration, DeclarationStatus, LocalizedText, NamePattern, domain_matches};
pub use definition::{DefinitionError, SiteDefinition};
pub use duration::{CookieDuration, DurationUnit};
pub use error::Error;
pub use gpp::{
    GPP_CMP_ID, GppSection, GppSections, GppSignal, GppString, TcfString, decode_gpp, decode_tcf,
};
pub use keys::{KeyRing, SigningKey};
pub use language::{
    Language, LanguagePreferences, SUPPORTED_LANGUAGES, negotiate_language, parse_accept_language,
};
pub use ledger::{
    ChainBreak, ConsentRecord, DEMO_SNAPSHOT, ExportedRecord, GENESIS_HASH, NewConsent,
    demo_texts_hash, verify_chain,
};
pub use region::{Jurisdiction, Region, RegionRule, RuleSet};
pub use registry::{Classification, PolicyVersion, Registry};
pub use services::{
    MAX_INLINE_SCRIPT, MAX_SITE_SERVICES, Service, ServiceCatalogue, ServiceDeclaration,
};
pub use site::{
    BROWSER_MAX_LIFETIME_SECONDS, STATISTICS_COOKIE, STATISTICS_COOKIE_LIFETIME, Site, SiteTexts,
    TRACKER_MAX_LIFETIME,
};
pub use slug::Slug;
pub use token::{Access, ApiToken, Caller, TokenScope};
