use crate::{Choices, CookieDuration, Language, Slug};

/// A website governed by the platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    /// Identifier in URLs and files.
    pub slug: Slug,
    /// Display name, shown in the policy's title.
    pub name: String,
    /// Public origins (`https://host[:port]`) the site is served from; the consent endpoints
    /// accept requests from these.
    pub origins: Vec<String>,
    /// Languages the site's texts exist in.
    pub languages: Vec<Language>,
    /// The language used when none of the visitor's is available; its purposes are the ones
    /// the policy version covers.
    pub default_language: Language,
    /// How long a visitor's choice is kept before asking again.
    pub consent_lifetime: CookieDuration,
    /// How long a refusal of everything is kept, when the site wants to ask again sooner;
    /// `None` keeps it as long as a consent.
    pub rejection_lifetime: Option<CookieDuration>,
    /// Where the site publishes its cookie policy, on its own origin.
    pub policy_path: String,
}

impl Site {
    /// The default consent lifetime: 6 months, the seed's lifetime of `cookies_preferences`.
    pub const DEFAULT_CONSENT_LIFETIME: CookieDuration = CookieDuration::Fixed {
        amount: 6,
        unit: crate::DurationUnit::Months,
    };

    /// The default path of the policy page on a site's own origin.
    pub const DEFAULT_POLICY_PATH: &'static str = "/cookies-policy";

    /// How long `choices` are kept, in seconds: the rejection lifetime when they grant
    /// nothing and the site set one, the consent lifetime otherwise. Definitions only hold
    /// fixed lifetimes here (parsing refuses `session`), so the fallback is never used.
    pub fn choice_lifetime_seconds(&self, choices: &Choices) -> u64 {
        let lifetime = match self.rejection_lifetime {
            Some(rejection) if !choices.grants_any() => rejection,
            _ => self.consent_lifetime,
        };
        lifetime.seconds().unwrap_or(0)
    }
}
