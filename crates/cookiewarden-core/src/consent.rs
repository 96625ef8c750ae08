//! The visitor's decision and its compact, signed form: the `cookies_preferences` cookie.
//!
//! The cookie reads `1.{site}.{consent id}.{policy}.{choices}.{time}.{key id}.{signature}`:
//! a format version, the site's slug, a random pseudonymous id, the first 16 hex digits of the
//! policy version, the choices as one hex digit of flags, the decision time in unix seconds,
//! the id of the signing key and an HMAC-SHA-256 over everything before it (base64url). It
//! stays under 200 bytes, holds no personal data, and the banner script can read it while
//! only the server can write a valid one.

use std::fmt;
use std::str::FromStr;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::{Category, Error, KeyRing, PolicyVersion, Site, Slug};

/// The cookie's format version; a change of layout bumps it and old cookies read as no choice.
const FORMAT: &str = "1";

/// Hex digits of the policy version kept in the cookie: 64 bits tell versions apart.
const POLICY_DIGITS: usize = 16;

/// What the visitor allowed. `necessary` is always on and so is not stored. Reading refuses
/// any category it does not know, so a typo cannot pass for a refusal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Choices {
    /// `preferences` cookies granted.
    pub preferences: bool,
    /// `statistics` cookies granted (beyond exempt measurement).
    pub statistics: bool,
    /// `marketing` cookies granted.
    pub marketing: bool,
    /// The visitor switched off exempt audience measurement too.
    pub exempt_opt_out: bool,
    /// Choices for single services that differ from the choice of their kind. Not part of
    /// the JSON form: services are named by key there, which only the site can map to bits.
    #[serde(skip)]
    pub services: ServiceChoices,
}

/// A visitor's choices for single services of a site, where they differ from the choice of
/// the service's kind: bit `n` stands for the site's `n`th declared service in key order
/// ([`crate::ServiceCatalogue::declared`]). The policy version covers that list, so the bits
/// of a choice mean the same services for as long as the choice counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ServiceChoices {
    /// Services allowed although their kind is not.
    pub granted: u64,
    /// Services refused although their kind is allowed.
    pub refused: u64,
}

impl ServiceChoices {
    /// Whether no service is chosen apart from its kind.
    pub fn is_empty(&self) -> bool {
        self.granted == 0 && self.refused == 0
    }
}

impl Choices {
    /// Everything granted.
    pub const ALL: Choices = Choices {
        preferences: true,
        statistics: true,
        marketing: true,
        exempt_opt_out: false,
        services: ServiceChoices {
            granted: 0,
            refused: 0,
        },
    };
    /// Nothing beyond what needs no consent.
    pub const NONE: Choices = Choices {
        preferences: false,
        statistics: false,
        marketing: false,
        exempt_opt_out: false,
        services: ServiceChoices {
            granted: 0,
            refused: 0,
        },
    };

    /// Whether any category beyond `necessary`, or any single service, is granted.
    pub fn grants_any(&self) -> bool {
        self.preferences || self.statistics || self.marketing || self.services.granted != 0
    }

    /// Whether a service of `category` may load: the visitor's choice for that one service
    /// when they made one (`declared` is its place among the site's declared services),
    /// otherwise the choice of its kind. A necessary service cannot be refused.
    pub fn grants_service(&self, category: Category, declared: Option<usize>) -> bool {
        let bit = declared.filter(|&n| n < 64).map_or(0, |n| 1u64 << n);
        if category == Category::Necessary || self.services.granted & bit != 0 {
            return true;
        }
        self.services.refused & bit == 0 && self.granted(category)
    }

    /// The same choices without those for single services: what the category columns of a
    /// consent record hold.
    pub fn by_kind(self) -> Choices {
        Choices {
            services: ServiceChoices::default(),
            ..self
        }
    }

    /// Whether cookies of `category` may be set.
    pub fn granted(&self, category: Category) -> bool {
        match category {
            Category::Necessary => true,
            Category::Preferences => self.preferences,
            Category::Statistics => self.statistics,
            Category::Marketing => self.marketing,
        }
    }

    fn flags(self) -> u8 {
        u8::from(self.preferences)
            | u8::from(self.statistics) << 1
            | u8::from(self.marketing) << 2
            | u8::from(self.exempt_opt_out) << 3
    }

    fn from_flags(flags: u8) -> Choices {
        Choices {
            preferences: flags & 1 != 0,
            statistics: flags & 2 != 0,
            marketing: flags & 4 != 0,
            exempt_opt_out: flags & 8 != 0,
            services: ServiceChoices::default(),
        }
    }

    /// The choices field of the cookie: the flags in hex, then, only when some service is
    /// chosen apart from its kind, `-granted-refused` as hex bit sets. A cookie written before
    /// services existed reads the same.
    fn cookie_field(self) -> String {
        if self.services.is_empty() {
            format!("{:x}", self.flags())
        } else {
            format!(
                "{:x}-{:x}-{:x}",
                self.flags(),
                self.services.granted,
                self.services.refused
            )
        }
    }

    fn from_cookie_field(field: &str) -> Option<Choices> {
        let hex = |digits: &str| {
            (!digits.is_empty()
                && digits.len() <= 16
                && digits.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| u64::from_str_radix(digits, 16).ok())
            .flatten()
        };
        let mut parts = field.split('-');
        let flags = u8::try_from(hex(parts.next()?)?).ok()?;
        let mut choices = Choices::from_flags(flags);
        match (parts.next(), parts.next(), parts.next()) {
            (None, _, _) => {}
            (Some(granted), Some(refused), None) => {
                choices.services = ServiceChoices {
                    granted: hex(granted)?,
                    refused: hex(refused)?,
                };
            }
            _ => return None,
        }
        Some(choices)
    }
}

/// How the visitor decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentMethod {
    /// "Accept all" on the first layer.
    AcceptAll,
    /// "Reject all" on the first layer.
    RejectAll,
    /// Category by category in the preferences panel.
    Custom,
    /// The banner was closed (button or Escape): a refusal.
    Close,
    /// Global Privacy Control answered for the visitor.
    Gpc,
    /// A previous consent was withdrawn.
    Withdraw,
}

impl ConsentMethod {
    /// Every method, in the order the back office lists them.
    pub const ALL: [ConsentMethod; 6] = [
        ConsentMethod::AcceptAll,
        ConsentMethod::RejectAll,
        ConsentMethod::Custom,
        ConsentMethod::Close,
        ConsentMethod::Gpc,
        ConsentMethod::Withdraw,
    ];

    /// The stable identifier used in records and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            ConsentMethod::AcceptAll => "accept_all",
            ConsentMethod::RejectAll => "reject_all",
            ConsentMethod::Custom => "custom",
            ConsentMethod::Close => "close",
            ConsentMethod::Gpc => "gpc",
            ConsentMethod::Withdraw => "withdraw",
        }
    }
}

impl FromStr for ConsentMethod {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ConsentMethod::ALL
            .into_iter()
            .find(|m| m.as_str() == s)
            .ok_or_else(|| Error::UnknownMethod(s.to_owned()))
    }
}

/// A random, pseudonymous identifier of one visitor's consent on one site: 128 bits,
/// base64url. It names the decision, never the person.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ConsentId(String);

impl ConsentId {
    /// Makes an id from 16 random bytes (the caller draws them: this crate does no I/O).
    pub fn from_random(bytes: [u8; 16]) -> ConsentId {
        ConsentId(URL_SAFE_NO_PAD.encode(bytes))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for ConsentId {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match URL_SAFE_NO_PAD.decode(s) {
            Ok(bytes) if bytes.len() == 16 && s.len() == 22 => Ok(ConsentId(s.to_owned())),
            _ => Err(Error::InvalidConsentId(s.to_owned())),
        }
    }
}

impl TryFrom<String> for ConsentId {
    type Error = Error;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl From<ConsentId> for String {
    fn from(id: ConsentId) -> Self {
        id.0
    }
}

impl fmt::Display for ConsentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The content of a `cookies_preferences` cookie.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentCookie {
    /// The site the choice was made on; a cookie of another site counts as no choice.
    pub site: Slug,
    /// The consent's id, also in the consent record.
    pub consent_id: ConsentId,
    /// The first 16 hex digits of the policy version the visitor saw.
    pub policy: String,
    /// The choices.
    pub choices: Choices,
    /// When the decision was made, unix seconds.
    pub decided_at: i64,
}

/// Why a cookie value does not count as a choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CookieRejection {
    /// Not the layout of this format version.
    #[error("malformed consent cookie")]
    Malformed,
    /// Signed with a key the ring does not hold (removed, or never ours).
    #[error("consent cookie signed with an unknown key")]
    UnknownKey,
    /// The signature does not match: the value was altered.
    #[error("consent cookie signature does not match")]
    BadSignature,
    /// Valid, but for another site.
    #[error("consent cookie of another site")]
    OtherSite,
    /// Older than the site keeps such a choice.
    #[error("consent cookie expired")]
    Expired,
    /// Given for another version of the site's cookie policy: what the visitor agreed to is
    /// not what the site sets now.
    #[error("consent cookie given for another policy version")]
    OtherPolicy,
}

fn signature(key: &[u8], payload: &str) -> Hmac<Sha256> {
    let mut mac =
        <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(payload.as_bytes());
    mac
}

impl ConsentCookie {
    /// The cookie's name, the seed's.
    pub const NAME: &'static str = "cookies_preferences";

    /// The prefix of a policy version a cookie records.
    pub fn policy_prefix(version: &PolicyVersion) -> String {
        version.as_str()[..POLICY_DIGITS].to_owned()
    }

    /// Whether the cookie was given for this policy version; when not, the visitor is asked again.
    pub fn matches_policy(&self, version: &PolicyVersion) -> bool {
        self.policy == Self::policy_prefix(version)
    }

    /// The signed cookie value, signed with the ring's signing key.
    pub fn encode(&self, keys: &KeyRing) -> String {
        let key = keys.signing_key();
        let payload = format!(
            "{FORMAT}.{}.{}.{}.{}.{}.{}",
            self.site,
            self.consent_id,
            self.policy,
            self.choices.cookie_field(),
            self.decided_at,
            key.id()
        );
        let tag = URL_SAFE_NO_PAD.encode(signature(key.secret(), &payload).finalize().into_bytes());
        format!("{payload}.{tag}")
    }

    /// Reads and checks a cookie value for `site`: layout, key, signature (in constant time),
    /// site, and age at `now` against the longest the site keeps such a choice anywhere.
    pub fn decode(
        value: &str,
        keys: &KeyRing,
        site: &Site,
        now: i64,
    ) -> Result<ConsentCookie, CookieRejection> {
        let (payload, tag) = value.rsplit_once('.').ok_or(CookieRejection::Malformed)?;
        let parts: Vec<&str> = payload.split('.').collect();
        let [format, slug, id, policy, flags, decided_at, key_id] = parts[..] else {
            return Err(CookieRejection::Malformed);
        };
        if format != FORMAT {
            return Err(CookieRejection::Malformed);
        }
        let key = keys.key(key_id).ok_or(CookieRejection::UnknownKey)?;
        let tag = URL_SAFE_NO_PAD
            .decode(tag)
            .map_err(|_| CookieRejection::Malformed)?;
        signature(key.secret(), payload)
            .verify_slice(&tag)
            .map_err(|_| CookieRejection::BadSignature)?;
        // Signed by us: what follows can only fail for a cookie of another format version.
        let cookie = ConsentCookie {
            site: slug.parse().map_err(|_| CookieRejection::Malformed)?,
            consent_id: id.parse().map_err(|_| CookieRejection::Malformed)?,
            policy: policy.to_owned(),
            choices: Choices::from_cookie_field(flags).ok_or(CookieRejection::Malformed)?,
            decided_at: decided_at.parse().map_err(|_| CookieRejection::Malformed)?,
        };
        if cookie.site != site.slug {
            return Err(CookieRejection::OtherSite);
        }
        let age = now.saturating_sub(cookie.decided_at);
        let lifetime = site.longest_kept_seconds(&cookie.choices);
        if age < 0 || u64::try_from(age).is_ok_and(|age| age > lifetime) {
            return Err(CookieRejection::Expired);
        }
        Ok(cookie)
    }

    /// Reads a cookie value as the visitor's current choice: [`ConsentCookie::decode`], and
    /// given for `policy`, the site's policy version now, unless it refuses everything. Every
    /// place that honours a choice (pages, banner, gateway) reads it through here, so none
    /// honours a consent given for cookies the site did not declare then, while a refusal
    /// stands through a policy change for its whole cooldown: it grants nothing, so it cannot
    /// grant what is new, and the visitor is not asked again for purposes they refused.
    pub fn decode_current(
        value: &str,
        keys: &KeyRing,
        site: &Site,
        policy: &PolicyVersion,
        now: i64,
    ) -> Result<ConsentCookie, CookieRejection> {
        let cookie = Self::decode(value, keys, site, now)?;
        if cookie.matches_policy(policy) || !cookie.choices.grants_any() {
            Ok(cookie)
        } else {
            Err(CookieRejection::OtherPolicy)
        }
    }
}

/// The browser family of a `User-Agent`, the only part of it a consent record keeps.
/// Order matters: Edge and Opera also say "Chrome", and Chrome also says "Safari".
pub fn browser_family(user_agent: &str) -> &'static str {
    const FAMILIES: [(&str, &str); 6] = [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Chromium/", "Chrome"),
        ("Safari/", "Safari"),
    ];
    FAMILIES
        .iter()
        .find(|(marker, _)| user_agent.contains(marker))
        .map_or("Other", |(_, family)| family)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::SigningKey;

    fn ring(id: &str, byte: u8) -> KeyRing {
        KeyRing::new(vec![SigningKey::new(id, vec![byte; 32]).unwrap()]).unwrap()
    }

    fn cookie(choices: Choices) -> ConsentCookie {
        ConsentCookie {
            site: "shop".parse().unwrap(),
            consent_id: ConsentId::from_random([7; 16]),
            policy: "0123456789abcdef".into(),
            choices,
            decided_at: 1_800_000_000,
        }
    }

    const MONTHS_6: u64 = 180 * 86_400;

    /// The shop, keeping consents 6 months and refusals 1 month.
    fn shop() -> Site {
        let mut site = crate::SiteDefinition::platform().site;
        site.slug = "shop".parse().unwrap();
        site.consent_lifetime = "6 months".parse().unwrap();
        site.refusal_cooldown = "1 month".parse().unwrap();
        site
    }

    fn blog() -> Site {
        let mut site = shop();
        site.slug = "blog".parse().unwrap();
        site
    }

    #[test]
    fn browser_families_are_told_apart() {
        let chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
        assert_eq!(browser_family(chrome), "Chrome");
        assert_eq!(browser_family(&format!("{chrome} Edg/156.0")), "Edge");
        assert_eq!(
            browser_family(
                "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"
            ),
            "Firefox"
        );
        assert_eq!(
            browser_family(
                "Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Version/18.0 Safari/605.1.15"
            ),
            "Safari"
        );
        assert_eq!(browser_family("curl/8.0"), "Other");
    }

    #[test]
    fn choices_refuse_unknown_categories() {
        assert!(serde_json::from_str::<Choices>(r#"{"analytics": true}"#).is_err());
        assert_eq!(
            serde_json::from_str::<Choices>(r#"{"marketing": true}"#).unwrap(),
            Choices {
                marketing: true,
                ..Choices::NONE
            }
        );
    }

    #[test]
    fn a_cookie_reads_back_and_stays_small() {
        let keys = ring("k1", 1);
        let value = cookie(Choices::ALL).encode(&keys);
        assert!(value.len() <= 300, "{} bytes", value.len());
        assert_eq!(
            ConsentCookie::decode(&value, &keys, &shop(), 1_800_000_100),
            Ok(cookie(Choices::ALL))
        );
    }

    #[test]
    fn single_services_follow_their_kind_unless_chosen_apart() {
        let keys = ring("k1", 1);
        // Statistics allowed but its service 1 refused; marketing refused but its service 3
        // allowed; service 0 has no choice of its own.
        let choices = Choices {
            statistics: true,
            services: ServiceChoices {
                granted: 0b1000,
                refused: 0b0010,
            },
            ..Choices::NONE
        };
        assert!(choices.grants_service(Category::Statistics, Some(0)));
        assert!(!choices.grants_service(Category::Statistics, Some(1)));
        assert!(choices.grants_service(Category::Marketing, Some(3)));
        assert!(!choices.grants_service(Category::Marketing, Some(2)));
        assert!(!choices.grants_service(Category::Marketing, None));
        assert!(choices.grants_service(Category::Statistics, None));
        assert!(choices.grants_service(Category::Necessary, Some(1)));
        assert!(!choices.grants_service(Category::Marketing, Some(99)));
        let value = cookie(choices).encode(&keys);
        assert!(value.contains(".2-8-2."), "{value}");
        let read = ConsentCookie::decode(&value, &keys, &shop(), 1_800_000_100).unwrap();
        assert_eq!(read.choices, choices);
        // Granting one service is granting something: it does not outlive a policy change.
        let one = Choices {
            services: ServiceChoices {
                granted: 1,
                refused: 0,
            },
            ..Choices::NONE
        };
        assert!(one.grants_any());
        assert_eq!(one.by_kind(), Choices::NONE);
        // Cookies written before services existed keep reading as they did.
        assert!(
            cookie(Choices::ALL)
                .encode(&keys)
                .contains(".7.1800000000.")
        );
        for field in [
            "",
            "-",
            "7-",
            "7-1",
            "7-1-2-3",
            "7-x-0",
            "100",
            "7-11111111111111111-0",
        ] {
            assert_eq!(Choices::from_cookie_field(field), None, "{field:?}");
        }
    }

    #[test]
    fn tampering_other_sites_and_expiry_count_as_no_choice() {
        let keys = ring("k1", 1);
        let shop = shop();
        let value = cookie(Choices::NONE).encode(&keys);
        let granted = value.replacen(".0.", ".7.", 1);
        assert_ne!(granted, value);
        let now = 1_800_000_100;
        assert_eq!(
            ConsentCookie::decode(&granted, &keys, &shop, now),
            Err(CookieRejection::BadSignature)
        );
        assert_eq!(
            ConsentCookie::decode(&value, &keys, &blog(), now),
            Err(CookieRejection::OtherSite)
        );
        let month = 30 * 86_400;
        assert!(ConsentCookie::decode(&value, &keys, &shop, 1_800_000_000 + month).is_ok());
        assert_eq!(
            ConsentCookie::decode(&value, &keys, &shop, 1_800_000_001 + month),
            Err(CookieRejection::Expired),
            "a refusal is kept 1 month"
        );
        let accepted = cookie(Choices::ALL).encode(&keys);
        assert!(
            ConsentCookie::decode(&accepted, &keys, &shop, 1_800_000_001 + month).is_ok(),
            "a consent is kept 6 months"
        );
        let late = 1_800_000_000 + i64::try_from(MONTHS_6).unwrap() + 1;
        assert_eq!(
            ConsentCookie::decode(&accepted, &keys, &shop, late),
            Err(CookieRejection::Expired)
        );
        assert_eq!(
            ConsentCookie::decode(&value, &ring("k1", 2), &shop, now),
            Err(CookieRejection::BadSignature)
        );
        assert_eq!(
            ConsentCookie::decode(&value, &ring("k9", 1), &shop, now),
            Err(CookieRejection::UnknownKey)
        );
        assert_eq!(
            ConsentCookie::decode("garbage", &keys, &shop, now),
            Err(CookieRejection::Malformed)
        );
    }

    #[test]
    fn a_refusal_stands_through_a_policy_change_and_a_consent_does_not() {
        let keys = ring("k1", 1);
        let shop = shop();
        let now = 1_800_000_100;
        let changed: PolicyVersion = crate::SiteDefinition::platform().policy_version();
        assert_ne!(
            cookie(Choices::NONE).policy,
            ConsentCookie::policy_prefix(&changed)
        );
        let opted_out = Choices {
            exempt_opt_out: true,
            ..Choices::NONE
        };
        for refusal in [Choices::NONE, opted_out] {
            let value = cookie(refusal).encode(&keys);
            let read = ConsentCookie::decode_current(&value, &keys, &shop, &changed, now);
            assert_eq!(read.map(|c| c.choices), Ok(refusal));
        }
        let partial = Choices {
            statistics: true,
            ..Choices::NONE
        };
        for consent in [Choices::ALL, partial] {
            let value = cookie(consent).encode(&keys);
            assert_eq!(
                ConsentCookie::decode_current(&value, &keys, &shop, &changed, now),
                Err(CookieRejection::OtherPolicy)
            );
        }
    }

    #[test]
    fn a_refusal_is_kept_as_long_as_the_longest_cooldown_of_any_region() {
        let keys = ring("k1", 1);
        let mut shop = shop();
        shop.regions = vec![crate::RegionRule {
            codes: vec!["US-CA".parse().unwrap()],
            rules: crate::RuleSet::OptOut,
            refusal_cooldown: Some("12 months".parse().unwrap()),
        }];
        let value = cookie(Choices::NONE).encode(&keys);
        let eleven_months = 1_800_000_000 + 330 * 86_400;
        assert!(ConsentCookie::decode(&value, &keys, &shop, eleven_months).is_ok());
        let california = shop.jurisdiction(Some("US-CA".parse().unwrap()));
        let france = shop.jurisdiction(Some("FR".parse().unwrap()));
        assert_eq!(
            shop.choice_lifetime_seconds(&Choices::NONE, &california),
            360 * 86_400,
            "twelve months of 30 days"
        );
        assert_eq!(
            shop.choice_lifetime_seconds(&Choices::NONE, &france),
            30 * 86_400
        );
        assert_eq!(
            shop.choice_lifetime_seconds(&Choices::ALL, &california),
            MONTHS_6
        );
    }

    #[test]
    fn a_retired_key_still_verifies_until_removed() {
        let old = ring("k1", 1);
        let value = cookie(Choices::ALL).encode(&old);
        let rotated = KeyRing::new(vec![
            SigningKey::new("k2", vec![2; 32]).unwrap(),
            SigningKey::new("k1", vec![1; 32]).unwrap(),
        ])
        .unwrap();
        assert!(ConsentCookie::decode(&value, &rotated, &shop(), 1_800_000_001).is_ok());
        assert!(cookie(Choices::ALL).encode(&rotated).contains(".k2."));
    }

    fn any_choices() -> impl Strategy<Value = Choices> {
        (0u8..16, any::<u64>(), any::<u64>()).prop_map(|(flags, granted, refused)| Choices {
            services: ServiceChoices { granted, refused },
            ..Choices::from_flags(flags)
        })
    }

    proptest! {
        #[test]
        fn every_choice_round_trips(choices in any_choices(), decided_at in 0i64..4_000_000_000) {
            let keys = ring("k1", 3);
            let mut original = cookie(choices);
            original.decided_at = decided_at;
            let decoded = ConsentCookie::decode(&original.encode(&keys), &keys, &shop(), decided_at);
            prop_assert_eq!(decoded, Ok(original));
        }

        #[test]
        fn arbitrary_values_never_panic_and_never_verify(value in "\\PC{0,300}") {
            prop_assert!(ConsentCookie::decode(&value, &ring("k1", 1), &shop(), 0).is_err());
        }

        #[test]
        fn any_single_byte_change_is_detected(position in 0usize..200, replacement in "[A-Za-z0-9._-]") {
            let keys = ring("k1", 1);
            let value = cookie(Choices::ALL).encode(&keys);
            let position = position % value.len();
            let mut altered = value.clone();
            altered.replace_range(position..=position, &replacement);
            prop_assume!(altered != value);
            prop_assert!(ConsentCookie::decode(&altered, &keys, &shop(), 1_800_000_000).is_err());
        }
    }
}
