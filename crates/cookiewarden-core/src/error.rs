use thiserror::Error;

/// Why a value of the domain was refused. Each variant names the offending input so a CLI or an
/// HTTP handler can show it as is.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Error {
    /// A site slug that does not match `[a-z0-9][a-z0-9-]{0,62}`.
    #[error(
        "invalid site slug `{0}`: use 1 to 63 lowercase letters, digits or dashes, starting with a letter or digit"
    )]
    InvalidSlug(String),
    /// A slug that would collide with a route of the platform.
    #[error("site slug `{0}` is reserved")]
    ReservedSlug(String),
    /// A category name other than `necessary`, `preferences`, `statistics`, `marketing`.
    #[error("unknown category `{0}`: expected necessary, preferences, statistics or marketing")]
    UnknownCategory(String),
    /// A service key the site does not list.
    #[error("`{0}` is not one of the services this site lists")]
    UnknownService(String),
    /// A party other than `first` or `third`.
    #[error("unknown party `{0}`: expected first or third")]
    UnknownParty(String),
    /// A declaration status other than `active` or `draft`.
    #[error("unknown status `{0}`: expected active or draft")]
    UnknownStatus(String),
    /// A lifetime that is not `session` nor `N unit`.
    #[error(
        "invalid duration `{0}`: expected `session` or a number and a unit, as in `2 weeks` or `13 months`"
    )]
    InvalidDuration(String),
    /// A cookie name or prefix that is empty or holds characters a cookie name cannot hold.
    #[error(
        "invalid cookie name `{0}`: a name is printable ASCII without spaces, `;`, `=` or `,`; end it with `*` to declare a prefix"
    )]
    InvalidCookieName(String),
    /// A language tag that is not of the form `xx` or `xx-YY`.
    #[error("invalid language tag `{0}`")]
    InvalidLanguage(String),
    /// A region that is not an ISO 3166-1 country or ISO 3166-2 subdivision code.
    #[error(
        "invalid region `{0}`: use an ISO 3166 code in capitals, a country as in `FR` or a subdivision as in `US-CA`"
    )]
    InvalidRegion(String),
    /// A rule set other than `opt-in`, `opt-out`, `notice`.
    #[error("unknown rule set `{0}`: expected opt-in, opt-out or notice")]
    UnknownRuleSet(String),
    /// A Global Privacy Platform string that cannot be read.
    #[error("invalid GPP string `{0}`")]
    InvalidGpp(String),
    /// A TCF string that cannot be read.
    #[error("invalid TCF string `{0}`")]
    InvalidTcf(String),
    /// A signing key that cannot be used.
    #[error("invalid signing key `{id}`: {reason}")]
    InvalidKey {
        /// The key id as written.
        id: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A consent method other than the six the platform records.
    #[error("unknown consent method `{0}`")]
    UnknownMethod(String),
    /// A consent id that is not 22 base64url characters.
    #[error("invalid consent id `{0}`")]
    InvalidConsentId(String),
    /// A key ring file that cannot be read.
    #[error("invalid key ring: {0}")]
    InvalidKeyFile(String),
    /// A role other than `admin`, `editor`, `viewer`.
    #[error("unknown role `{0}`: expected admin, editor or viewer")]
    UnknownRole(String),
    /// An administrator given sites: they work on every site.
    #[error("an admin works on every site: name no sites")]
    AdminWithSites,
    /// An editor or viewer given no site.
    #[error("an {0} needs at least one site")]
    MemberWithoutSites(crate::Role),
    /// A token access other than `read` or `write`.
    #[error("unknown access `{0}`: expected read or write")]
    UnknownAccess(String),
    /// A login name outside the allowed characters or length.
    #[error("invalid user name `{0}`: use 1 to 64 lowercase letters, digits, `.`, `_`, `-` or `@`")]
    InvalidUsername(String),
    /// A password that breaks a rule (the message says which), or that cannot be hashed.
    #[error("password refused: {0}")]
    WeakPassword(String),
    /// A site definition that cannot be read; see [`crate::DefinitionError`].
    #[error(transparent)]
    Definition(#[from] crate::DefinitionError),
}
