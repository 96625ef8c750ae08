//! IAB's consent strings: the Global Privacy Platform string this platform writes for
//! visitors under US opt-out rules, and the decoding of GPP and TCF strings that other
//! consent tools leave on a page, for the scanner's report.
//!
//! The platform is a CMP without an IAB registration, which the GPP specification allows
//! under CMP id 1. The string it writes holds the US national section and, where the visitor's
//! state has one, that state's section; both say the same thing: notice given, and whether
//! the visitor opted out of the sale and sharing of their data and of targeted advertising
//! (the marketing category off), with their Global Privacy Control signal.

mod bits;
mod layouts;
mod tcf;

use serde::Serialize;
use serde_json::{Map, Value};

use self::bits::{BitReader, BitWriter};
use self::layouts::{Layout, US_SECTIONS, USNAT_V1};
use crate::{Error, Region};

pub use self::tcf::{TcfString, decode_tcf};

/// The CMP id GPP reserves for a CMP that is not registered with IAB.
pub const GPP_CMP_ID: u16 = 1;

/// The header section's id and version.
const HEADER_ID: u64 = 3;
const HEADER_VERSION: u64 = 1;

/// The longest consent string read from a page; real ones are a few hundred characters, TCF
/// strings with many vendors a few thousand.
const MAX_STRING: usize = 64 * 1024;

/// The GPP sections that apply to a visitor in a US region: the national one, and their
/// state's when it has one.
#[derive(Debug, Clone, Copy)]
pub struct GppSections {
    national: &'static Layout,
    state: Option<&'static Layout>,
}

/// What the GPP string says of one visitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GppSignal {
    /// Whether the visitor opted out of sale, sharing and targeted advertising (marketing
    /// off).
    pub opted_out: bool,
    /// Whether their browser sent Global Privacy Control.
    pub gpc: bool,
}

impl GppSections {
    /// The sections for `region`, or `None` outside the United States, where no GPP section
    /// applies to this platform's choices.
    pub fn for_region(region: &Region) -> Option<GppSections> {
        if region.country() != "US" {
            return None;
        }
        let state = region.as_str().strip_prefix("US-").and_then(|code| {
            let name = format!("us{}", code.to_ascii_lowercase());
            US_SECTIONS.iter().find(|layout| layout.name == name)
        });
        Some(GppSections {
            national: &US_SECTIONS[0],
            state,
        })
    }

    /// The section that applies to this visitor (`applicableSections` of the GPP API): their
    /// state's, else the national one.
    pub fn applicable(&self) -> u64 {
        self.state.unwrap_or(self.national).id
    }

    /// The sections in the string, in GPP's order (by id).
    fn layouts(&self) -> impl Iterator<Item = &'static Layout> {
        std::iter::once(self.national).chain(self.state)
    }

    /// The ids of the sections in the string, as `sectionList` gives them.
    pub fn ids(&self) -> Vec<u64> {
        self.layouts().map(|layout| layout.id).collect()
    }

    /// The names of the sections in the string, as `supportedAPIs` and `getSection` use them.
    pub fn names(&self) -> Vec<&'static str> {
        self.layouts().map(|layout| layout.name).collect()
    }

    /// The GPP string: the header naming the sections, then each section's core and GPC
    /// segments.
    pub fn encode(&self, signal: GppSignal) -> String {
        let mut header = BitWriter::default();
        header.int(HEADER_ID, 6);
        header.int(HEADER_VERSION, 6);
        header.fibonacci_range(&self.ids());
        let mut parts = vec![header.to_base64url()];
        for layout in self.layouts() {
            let mut core = BitWriter::default();
            for (field, count) in layout.core {
                let (value, width) = field_value(layout, field, signal.opted_out);
                for _ in 0..*count {
                    core.int(value, width);
                }
            }
            let mut section = core.to_base64url();
            if layout.gpc {
                let mut gpc = BitWriter::default();
                gpc.int(1, 2);
                gpc.bool(signal.gpc);
                section.push('.');
                section.push_str(&gpc.to_base64url());
            }
            parts.push(section);
        }
        parts.join("~")
    }

    /// Each section's fields as the GPP API's `getSection` returns them, by section name.
    pub fn parsed(&self, signal: GppSignal) -> Map<String, Value> {
        self.layouts()
            .map(|layout| {
                let mut fields = Map::new();
                for (field, count) in layout.core {
                    let (value, _) = field_value(layout, field, signal.opted_out);
                    fields.insert((*field).to_owned(), field_json(vec![value; *count]));
                }
                if layout.gpc {
                    fields.insert("GpcSegmentType".into(), 1.into());
                    fields.insert("Gpc".into(), signal.gpc.into());
                }
                (layout.name.to_owned(), Value::Object(fields))
            })
            .collect()
    }
}

/// What this platform writes in one field, and on how many bits: the version; notice given of
/// sharing, sale and targeted advertising (the banner's note and the "Your privacy choices"
/// page); opted out (1) or not (2) of each; not a transaction covered by IAB's MSPA (2); and
/// "not applicable" (0) for sensitive data and children, which no category here processes.
fn field_value(layout: &Layout, field: &str, opted_out: bool) -> (u64, u32) {
    let value = match field {
        "Version" | "MspaVersion" => return (layout.version, 6),
        "SharingNotice"
        | "SaleOptOutNotice"
        | "SharingOptOutNotice"
        | "TargetedAdvertisingOptOutNotice"
        | "ProcessingNotice" => 1,
        "SaleOptOut" | "SharingOptOut" | "TargetedAdvertisingOptOut" => {
            if opted_out {
                1
            } else {
                2
            }
        }
        "MspaCoveredTransaction" => 2,
        _ => 0,
    };
    (value, 2)
}

/// One value, or a list of them when the field holds several.
fn field_json(values: Vec<u64>) -> Value {
    match values[..] {
        [one] => one.into(),
        _ => values.into(),
    }
}

/// A GPP string as read from a page: the sections its header names and what each says.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GppString {
    /// The section ids the header lists.
    pub section_ids: Vec<u64>,
    /// Each section, in the string's order.
    pub sections: Vec<GppSection>,
}

/// One section of a GPP string.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GppSection {
    /// Its id.
    pub id: u64,
    /// Its name (`usnat`, `usca`, `tcfeuv2`…), when this platform knows the id.
    pub name: Option<&'static str>,
    /// Its fields by name, when this platform reads the section; else its text as is.
    pub fields: Value,
}

/// Reads a GPP string, such as another consent tool's `__gpp('ping')` returns. Sections of
/// an id this platform does not know are kept as text; a malformed string is an error naming
/// it, never a panic.
pub fn decode_gpp(text: &str) -> Result<GppString, Error> {
    let invalid = |why: &str| Error::InvalidGpp(format!("{}: {why}", excerpt(text)));
    if text.len() > MAX_STRING {
        return Err(invalid("longer than 64 KiB"));
    }
    let mut parts = text.split('~');
    let header = parts.next().unwrap_or_default();
    let mut reader = BitReader::new(header).ok_or_else(|| invalid("not base64url"))?;
    let (id, version) = (reader.int(6), reader.int(6));
    if id != Ok(HEADER_ID) || version != Ok(HEADER_VERSION) {
        return Err(invalid("not a GPP version 1 header"));
    }
    let section_ids = reader
        .fibonacci_range(64)
        .map_err(|_| invalid("its header's section list is cut short"))?;
    let texts: Vec<&str> = parts.collect();
    if texts.len() != section_ids.len() {
        return Err(invalid("its header names a different number of sections"));
    }
    let sections = section_ids
        .iter()
        .zip(texts)
        .map(|(id, text)| decode_section(*id, text).map_err(|why| invalid(&why)))
        .collect::<Result<_, _>>()?;
    Ok(GppString {
        section_ids,
        sections,
    })
}

/// One section's fields, by its id.
fn decode_section(id: u64, text: &str) -> Result<GppSection, String> {
    let section = |name, fields| GppSection { id, name, fields };
    match id {
        2 => {
            let tcf = decode_tcf(text).map_err(|e| e.to_string())?;
            Ok(section(
                Some("tcfeuv2"),
                serde_json::to_value(tcf).unwrap_or_default(),
            ))
        }
        6 => {
            let chars: Vec<char> = text.chars().collect();
            if chars.len() != 4 {
                return Err(format!(
                    "section uspv1 `{}` is not 4 characters",
                    excerpt(text)
                ));
            }
            let mut fields = Map::new();
            for (name, c) in ["Version", "Notice", "OptOutSale", "LspaCovered"]
                .into_iter()
                .zip(chars)
            {
                fields.insert(name.into(), c.to_string().into());
            }
            Ok(section(Some("uspv1"), Value::Object(fields)))
        }
        _ => match US_SECTIONS.iter().find(|layout| layout.id == id) {
            Some(layout) => Ok(section(Some(layout.name), decode_us(layout, text)?)),
            None => Ok(section(None, text.into())),
        },
    }
}

/// A US section's core and optional GPC segment.
fn decode_us(layout: &'static Layout, text: &str) -> Result<Value, String> {
    let cut = || format!("section {} is cut short", layout.name);
    let mut segments = text.split('.');
    let core = segments.next().unwrap_or_default();
    let mut reader =
        BitReader::new(core).ok_or_else(|| format!("section {} is not base64url", layout.name))?;
    let version = reader.int(6).map_err(|_| cut())?;
    // The national section's first version had shorter lists; strings of it still circulate.
    let layout = if layout.id == 7 && version == 1 {
        &USNAT_V1
    } else {
        layout
    };
    let mut fields = Map::new();
    fields.insert(layout.core[0].0.to_owned(), version.into());
    for (field, count) in &layout.core[1..] {
        let values = (0..*count)
            .map(|_| reader.int(2))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|_| cut())?;
        fields.insert((*field).to_owned(), field_json(values));
    }
    for segment in segments {
        let mut reader = BitReader::new(segment).ok_or_else(cut)?;
        // A segment's first two bits say what it is; 1 is the GPC segment.
        if reader.int(2).map_err(|_| cut())? == 1 && layout.gpc {
            fields.insert("Gpc".into(), reader.bool().map_err(|_| cut())?.into());
        }
    }
    Ok(Value::Object(fields))
}

/// The start of a string from a page, short enough for an error message and without control
/// characters (a page could otherwise write terminal escapes into a report).
pub(crate) fn excerpt(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sections(region: &str) -> GppSections {
        GppSections::for_region(&region.parse().unwrap()).unwrap()
    }

    #[test]
    fn a_state_with_a_section_gets_it_beside_the_national_one() {
        let california = sections("US-CA");
        assert_eq!(california.names(), ["usnat", "usca"]);
        assert_eq!(california.applicable(), 8);
        let wyoming = sections("US-WY");
        assert_eq!(wyoming.names(), ["usnat"]);
        assert_eq!(wyoming.applicable(), 7);
        assert!(GppSections::for_region(&"FR".parse().unwrap()).is_none());
    }

    #[test]
    fn what_is_written_reads_back_with_the_opt_out_and_gpc() {
        for region in ["US-CA", "US-VA", "US-MD", "US-RI", "US-NJ", "US"] {
            for (opted_out, gpc) in [(false, false), (true, false), (true, true)] {
                let signal = GppSignal { opted_out, gpc };
                let text = sections(region).encode(signal);
                let read = decode_gpp(&text).unwrap();
                assert_eq!(read.sections.len(), read.section_ids.len());
                let parsed = sections(region).parsed(signal);
                for section in &read.sections {
                    let name = section.name.unwrap();
                    let expected = &parsed[name];
                    for (field, value) in section.fields.as_object().unwrap() {
                        assert_eq!(&expected[field], value, "{region} {name} {field}");
                    }
                    assert_eq!(section.fields["SaleOptOut"], if opted_out { 1 } else { 2 });
                }
            }
        }
    }

    #[test]
    fn the_reference_library_s_own_strings_read() {
        // A version 1 national section with its GPC segment, and a US Privacy String in GPP,
        // with the values `@iabgpp/cmpapi` 3.2 reads in them.
        let read = decode_gpp("DBABL~BVVqAAEABCA.QA").unwrap();
        assert_eq!(read.section_ids, [7]);
        assert_eq!(read.sections[0].fields["Version"], 1);
        assert_eq!(
            read.sections[0].fields["SensitiveDataProcessing"]
                .as_array()
                .unwrap()
                .len(),
            12
        );
        assert_eq!(read.sections[0].fields["Gpc"], false);
        assert_eq!(read.sections[0].fields["SensitiveDataProcessing"][7], 1);
        assert_eq!(read.sections[0].fields["PersonalDataConsents"], 1);
        assert_eq!(read.sections[0].fields["MspaServiceProviderMode"], 2);
        let usp = decode_gpp("DBABTA~1YNN").unwrap();
        assert_eq!(usp.sections[0].fields["OptOutSale"], "N");
    }

    #[test]
    fn a_california_opt_out_by_gpc_is_the_string_iab_s_library_reads_so() {
        // Read by `new GppModel(…)` of `@iabgpp/cmpapi` 3.2: usnat and usca, every opt-out 1,
        // notices 1, Gpc true (the web crate's tests decode the served strings with it too).
        let signal = GppSignal {
            opted_out: true,
            gpc: true,
        };
        assert_eq!(
            sections("US-CA").encode(signal),
            "DBABrw~CVQVAAAAAACA.YA~BUUAAACA.YA"
        );
    }

    #[test]
    fn malformed_strings_are_errors() {
        for bad in [
            "",
            "DBABL",
            "DBABL~",
            "DBABL~!!",
            "DBABL~BV",
            "~~~",
            "DBACNY~a~b",
            "AAAA~x",
        ] {
            assert!(decode_gpp(bad).is_err(), "{bad}");
        }
        assert!(decode_gpp(&"D".repeat(70_000)).is_err());
    }
}
