//! The field layout of each US section of the Global Privacy Platform, as IAB Tech Lab's
//! specification (and its reference library, `@iabgpp/cmpapi` 3.2) defines it: every field is
//! a two-bit integer, or a list of them, after a six-bit version.

/// One US section: its identifier and name in GPP, the version written, whether a GPC
/// segment may follow its core, and the core's fields with how many two-bit values each holds.
#[derive(Debug)]
pub(crate) struct Layout {
    pub(crate) id: u64,
    pub(crate) name: &'static str,
    pub(crate) version: u64,
    pub(crate) gpc: bool,
    pub(crate) core: &'static [(&'static str, usize)],
}

/// The national section's first version, which older strings still carry: 12 sensitive data
/// purposes and 2 child consents where version 2 has 16 and 3.
pub(crate) const USNAT_V1: Layout = Layout {
    id: 7,
    name: "usnat",
    version: 1,
    gpc: true,
    core: &[
        ("Version", 1),
        ("SharingNotice", 1),
        ("SaleOptOutNotice", 1),
        ("SharingOptOutNotice", 1),
        ("TargetedAdvertisingOptOutNotice", 1),
        ("SensitiveDataProcessingOptOutNotice", 1),
        ("SensitiveDataLimitUseNotice", 1),
        ("SaleOptOut", 1),
        ("SharingOptOut", 1),
        ("TargetedAdvertisingOptOut", 1),
        ("SensitiveDataProcessing", 12),
        ("KnownChildSensitiveDataConsents", 2),
        ("PersonalDataConsents", 1),
        ("MspaCoveredTransaction", 1),
        ("MspaOptOutOptionMode", 1),
        ("MspaServiceProviderMode", 1),
    ],
};

/// The core of most state sections after 2024: processing notice, sale and targeted
/// advertising, `sensitive` purposes and `children` consents.
macro_rules! state {
    ($id:expr, $name:expr, $gpc:expr, $sensitive:expr, $children:expr) => {
        Layout {
            id: $id,
            name: $name,
            version: 1,
            gpc: $gpc,
            core: &[
                ("Version", 1),
                ("ProcessingNotice", 1),
                ("SaleOptOutNotice", 1),
                ("TargetedAdvertisingOptOutNotice", 1),
                ("SaleOptOut", 1),
                ("TargetedAdvertisingOptOut", 1),
                ("SensitiveDataProcessing", $sensitive),
                ("KnownChildSensitiveDataConsents", $children),
                ("AdditionalDataProcessingConsent", 1),
                ("MspaCoveredTransaction", 1),
                ("MspaOptOutOptionMode", 1),
                ("MspaServiceProviderMode", 1),
            ],
        }
    };
}

/// The core of the first state sections (Virginia, Colorado, Connecticut): sharing notice,
/// sale and targeted advertising, `sensitive` purposes and `children` consents.
macro_rules! sharing_state {
    ($id:expr, $name:expr, $gpc:expr, $sensitive:expr, $children:expr) => {
        Layout {
            id: $id,
            name: $name,
            version: 1,
            gpc: $gpc,
            core: &[
                ("Version", 1),
                ("SharingNotice", 1),
                ("SaleOptOutNotice", 1),
                ("TargetedAdvertisingOptOutNotice", 1),
                ("SaleOptOut", 1),
                ("TargetedAdvertisingOptOut", 1),
                ("SensitiveDataProcessing", $sensitive),
                ("KnownChildSensitiveDataConsents", $children),
                ("MspaCoveredTransaction", 1),
                ("MspaOptOutOptionMode", 1),
                ("MspaServiceProviderMode", 1),
            ],
        }
    };
}

/// The core of the sections that put the MSPA fields first (Maryland, Indiana, Kentucky,
/// Rhode Island).
const MSPA_FIRST: &[(&str, usize)] = &[
    ("MspaVersion", 1),
    ("MspaCoveredTransaction", 1),
    ("MspaMode", 1),
    ("ProcessingNotice", 1),
    ("SaleOptOutNotice", 1),
    ("TargetedAdvertisingOptOutNotice", 1),
    ("SaleOptOut", 1),
    ("TargetedAdvertisingOptOut", 1),
    ("KnownChildSensitiveDataConsents", 1),
    ("AdditionalDataProcessingConsent", 1),
];

/// Every US section, national first.
pub(crate) const US_SECTIONS: &[Layout] = &[
    Layout {
        id: 7,
        name: "usnat",
        version: 2,
        gpc: true,
        core: &[
            ("Version", 1),
            ("SharingNotice", 1),
            ("SaleOptOutNotice", 1),
            ("SharingOptOutNotice", 1),
            ("TargetedAdvertisingOptOutNotice", 1),
            ("SensitiveDataProcessingOptOutNotice", 1),
            ("SensitiveDataLimitUseNotice", 1),
            ("SaleOptOut", 1),
            ("SharingOptOut", 1),
            ("TargetedAdvertisingOptOut", 1),
            ("SensitiveDataProcessing", 16),
            ("KnownChildSensitiveDataConsents", 3),
            ("PersonalDataConsents", 1),
            ("MspaCoveredTransaction", 1),
            ("MspaOptOutOptionMode", 1),
            ("MspaServiceProviderMode", 1),
        ],
    },
    Layout {
        id: 8,
        name: "usca",
        version: 1,
        gpc: true,
        core: &[
            ("Version", 1),
            ("SaleOptOutNotice", 1),
            ("SharingOptOutNotice", 1),
            ("SensitiveDataLimitUseNotice", 1),
            ("SaleOptOut", 1),
            ("SharingOptOut", 1),
            ("SensitiveDataProcessing", 9),
            ("KnownChildSensitiveDataConsents", 2),
            ("PersonalDataConsents", 1),
            ("MspaCoveredTransaction", 1),
            ("MspaOptOutOptionMode", 1),
            ("MspaServiceProviderMode", 1),
        ],
    },
    sharing_state!(9, "usva", false, 8, 1),
    sharing_state!(10, "usco", true, 7, 1),
    Layout {
        id: 11,
        name: "usut",
        version: 1,
        gpc: false,
        core: &[
            ("Version", 1),
            ("SharingNotice", 1),
            ("SaleOptOutNotice", 1),
            ("TargetedAdvertisingOptOutNotice", 1),
            ("SensitiveDataProcessingOptOutNotice", 1),
            ("SaleOptOut", 1),
            ("TargetedAdvertisingOptOut", 1),
            ("SensitiveDataProcessing", 8),
            ("KnownChildSensitiveDataConsents", 1),
            ("MspaCoveredTransaction", 1),
            ("MspaOptOutOptionMode", 1),
            ("MspaServiceProviderMode", 1),
        ],
    },
    sharing_state!(12, "usct", true, 8, 3),
    state!(13, "usfl", false, 8, 3),
    Layout {
        id: 14,
        name: "usmt",
        version: 1,
        gpc: true,
        core: &[
            ("Version", 1),
            ("SharingNotice", 1),
            ("SaleOptOutNotice", 1),
            ("TargetedAdvertisingOptOutNotice", 1),
            ("SaleOptOut", 1),
            ("TargetedAdvertisingOptOut", 1),
            ("SensitiveDataProcessing", 8),
            ("KnownChildSensitiveDataConsents", 3),
            ("AdditionalDataProcessingConsent", 1),
            ("MspaCoveredTransaction", 1),
            ("MspaOptOutOptionMode", 1),
            ("MspaServiceProviderMode", 1),
        ],
    },
    state!(15, "usor", true, 11, 3),
    state!(16, "ustx", true, 8, 1),
    state!(17, "usde", true, 9, 5),
    Layout {
        id: 18,
        name: "usia",
        version: 1,
        gpc: true,
        core: &[
            ("Version", 1),
            ("ProcessingNotice", 1),
            ("SaleOptOutNotice", 1),
            ("TargetedAdvertisingOptOutNotice", 1),
            ("SensitiveDataOptOutNotice", 1),
            ("SaleOptOut", 1),
            ("TargetedAdvertisingOptOut", 1),
            ("SensitiveDataProcessing", 8),
            ("KnownChildSensitiveDataConsents", 1),
            ("MspaCoveredTransaction", 1),
            ("MspaOptOutOptionMode", 1),
            ("MspaServiceProviderMode", 1),
        ],
    },
    state!(19, "usne", true, 8, 1),
    state!(20, "usnh", true, 8, 3),
    state!(21, "usnj", true, 10, 5),
    state!(22, "ustn", true, 8, 1),
    state!(23, "usmn", true, 8, 1),
    Layout {
        id: 24,
        name: "usmd",
        version: 1,
        gpc: true,
        core: &[
            ("MspaVersion", 1),
            ("MspaCoveredTransaction", 1),
            ("MspaMode", 1),
            ("ProcessingNotice", 1),
            ("SaleOptOutNotice", 1),
            ("TargetedAdvertisingOptOutNotice", 1),
            ("SaleOptOut", 1),
            ("TargetedAdvertisingOptOut", 1),
            ("AdditionalDataProcessingConsent", 1),
        ],
    },
    Layout {
        id: 25,
        name: "usin",
        version: 1,
        gpc: false,
        core: MSPA_FIRST,
    },
    Layout {
        id: 26,
        name: "usky",
        version: 1,
        gpc: false,
        core: MSPA_FIRST,
    },
    Layout {
        id: 27,
        name: "usri",
        version: 1,
        gpc: false,
        core: MSPA_FIRST,
    },
];
