use serde::{Deserialize, Serialize};

use crate::region::rule_for;
use crate::{
    Choices, CookieDuration, Jurisdiction, Language, LocalizedText, Region, RegionRule, RuleSet,
    Slug,
};

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
    /// How long a refusal of everything is respected: the banner does not ask again for that
    /// long, even when the policy changes (the refusal covers every purpose, old and new).
    pub refusal_cooldown: CookieDuration,
    /// The parent domain `cookies_preferences` is set on, so every subdomain shares one choice;
    /// `None` keeps it on the host that set it.
    pub cookie_domain: Option<String>,
    /// The region of a visitor no trusted front located.
    pub default_region: Region,
    /// The site's own rule sets for some regions, in place of the product's defaults.
    pub regions: Vec<RegionRule>,
    /// Where the site publishes its cookie policy, on its own origin.
    pub policy_path: String,
    /// The site's own words for the banner and the policy, where it does not want the
    /// platform's.
    pub texts: SiteTexts,
    /// How long raw page views are kept before they are purged (daily totals stay).
    pub statistics_retention: CookieDuration,
    /// Query parameters the audience measurement keeps in page paths (a search term, a page
    /// number); every other parameter is stripped, since query strings often carry personal
    /// data.
    pub statistics_query: Vec<String>,
    /// Whether the audience measurement keeps a first-party cookie
    /// ([`STATISTICS_COOKIE`], 13 months, never renewed) to recognise a returning browser
    /// across days; off, visitors are told apart within a day only, without any cookie. On,
    /// the cookie is declared automatically as exempt statistics.
    pub statistics_cookie: bool,
}

/// The audience measurement's optional first-party cookie.
pub const STATISTICS_COOKIE: &str = "cw_visitor";

/// 13 months: the longest lifetime regulators accept for a tracker, and so for an exempt
/// statistics cookie. The one definition of that limit: the site-definition rules, the
/// scanner and the statistics cookie read it from here.
pub const TRACKER_MAX_LIFETIME: CookieDuration = CookieDuration::Fixed {
    amount: 13,
    unit: crate::DurationUnit::Months,
};

/// The longest lifetime browsers keep a cookie (RFC 6265bis §5.6.1/§5.6.2): 400 days. A
/// refusal cooldown is at most this, and the gateway caps every cookie's at it.
pub const BROWSER_MAX_LIFETIME_SECONDS: u64 = 400 * 86_400;

/// The statistics cookie's lifetime: the longest an exempt statistics cookie may live, set
/// once and never renewed.
pub const STATISTICS_COOKIE_LIFETIME: CookieDuration = TRACKER_MAX_LIFETIME;

/// Words a site writes itself, per language, in place of the platform's. A language without
/// its own text gets the platform's text in that language, never another language's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteTexts {
    /// The banner's heading.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub banner_title: LocalizedText,
    /// The banner's paragraph.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub banner_text: LocalizedText,
    /// A paragraph at the top of the policy page.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub policy_intro: LocalizedText,
}

impl SiteTexts {
    /// Whether the site keeps every platform text.
    pub fn is_empty(&self) -> bool {
        self.fields().iter().all(|(_, text)| text.is_empty())
    }

    /// Each text with its name in site files and the API.
    pub fn fields(&self) -> [(&'static str, &LocalizedText); 3] {
        [
            ("banner_title", &self.banner_title),
            ("banner_text", &self.banner_text),
            ("policy_intro", &self.policy_intro),
        ]
    }
}

impl Site {
    /// The default consent lifetime: 6 months, the seed's lifetime of `cookies_preferences`.
    pub const DEFAULT_CONSENT_LIFETIME: CookieDuration = CookieDuration::Fixed {
        amount: 6,
        unit: crate::DurationUnit::Months,
    };

    /// The longest time raw audience data may be kept, and the default: 25 months, the
    /// regulator's condition for measurement exempt from consent.
    pub const MAX_STATISTICS_RETENTION: CookieDuration = CookieDuration::Fixed {
        amount: 25,
        unit: crate::DurationUnit::Months,
    };

    /// The default path of the policy page on a site's own origin.
    pub const DEFAULT_POLICY_PATH: &'static str = "/cookies-policy";

    /// The default refusal cooldown: 6 months, the period the EU's Digital Omnibus proposal
    /// (art. 88a) gives before asking again for purposes a visitor refused.
    pub const DEFAULT_REFUSAL_COOLDOWN: CookieDuration = CookieDuration::Fixed {
        amount: 6,
        unit: crate::DurationUnit::Months,
    };

    /// The rules a visitor in `region` (as a trusted front reported it, if it did) follows:
    /// the site's own rule for that region or its country, else the product's default there.
    pub fn jurisdiction(&self, region: Option<Region>) -> Jurisdiction {
        let region = region.unwrap_or_else(|| self.default_region.clone());
        let rule = rule_for(&self.regions, &region);
        Jurisdiction {
            rules: rule.map_or_else(|| RuleSet::default_for(&region), |rule| rule.rules),
            refusal_cooldown: rule
                .and_then(|rule| rule.refusal_cooldown)
                .unwrap_or(self.refusal_cooldown),
            region,
        }
    }

    /// How long `choices` are kept in a jurisdiction, in seconds: the refusal cooldown when
    /// they grant nothing, the consent lifetime otherwise. Definitions only hold fixed
    /// lifetimes here (parsing refuses `session`), so the fallback is never used.
    pub fn choice_lifetime_seconds(&self, choices: &Choices, jurisdiction: &Jurisdiction) -> u64 {
        let lifetime = if choices.grants_any() {
            self.consent_lifetime
        } else {
            jurisdiction.refusal_cooldown
        };
        lifetime.seconds().unwrap_or(0)
    }

    /// The longest `choices` are kept in any of the site's regions: what a signed cookie is
    /// checked against, since it does not say where it was set (its `Max-Age` does the rest).
    pub fn longest_kept_seconds(&self, choices: &Choices) -> u64 {
        if choices.grants_any() {
            return self.consent_lifetime.seconds().unwrap_or(0);
        }
        self.regions
            .iter()
            .filter_map(|rule| rule.refusal_cooldown)
            .chain([self.refusal_cooldown])
            .filter_map(CookieDuration::seconds)
            .max()
            .unwrap_or(0)
    }
}
