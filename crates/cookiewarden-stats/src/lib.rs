//! Audience measurement that needs no consent, and the numbers of consent itself.
//!
//! A page view is counted from a beacon the banner script sends: no cookie, no address kept,
//! no user agent kept, only families and a visitor number hashed with the day's salt. Robots
//! are not counted. Page views reach the store in batches ([`Collector`]); raw data is purged
//! past each site's retention. The consent records give the decisions per day and method and
//! the acceptance of each category ([`ConsentRates`]). Both are drawn as SVG by the server
//! ([`chart`]), with no script.

mod agent;
pub mod chart;
mod collector;
mod hit;
mod rates;

pub use agent::{Agent, classify};
pub use collector::{Collector, CollectorConfig, Counters, Outcome, purge_every};
pub use hit::{
    Beacon, Ignored, MAX_PATH_CHARS, Sender, clean_path, page_view, referrer_host, visitor_number,
};
pub use rates::{Acceptance, ConsentRates, DecisionDay};
