//! `serve --demo`'s synthetic month: thirty days of page views and consent decisions for a demo
//! site that has none, so its dashboard, consent log and charts show the product at work from
//! the first start. The numbers are made up but shaped like a real site's (more visits by day
//! than by night and in the week than at the weekend, most visitors on phones, about half of
//! them deciding, some changing their mind later). Every made-up consent record points at the
//! demo snapshot ([`DEMO_SNAPSHOT`]) instead of texts a visitor saw, so the proof itself marks
//! them, and the dashboard says so.

use cookiewarden_core::{
    Choices, ConsentId, ConsentMethod, DEMO_SNAPSHOT, Language, NewConsent, SiteDefinition,
    demo_texts_hash,
};
use cookiewarden_store::{ConsentFilter, ConsentPage, PageView, Store};

/// Days of data made up, ending today.
const DAYS: i64 = 30;

/// Page views written per call to the store.
const VIEW_BATCH: usize = 2000;

const MINUTES_PER_DAY: i64 = 1440;

/// What was made up for one site.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Seeded {
    pub(crate) page_views: usize,
    pub(crate) consents: usize,
}

/// A small deterministic generator (SplitMix64): the same demo every time, so screenshots made
/// again after a change differ only by what changed.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One of `choices`, each as likely as its weight.
    fn pick<T: Copy>(&mut self, choices: &[(T, u64)]) -> T {
        let total: u64 = choices.iter().map(|(_, w)| w).sum();
        let mut roll = self.below(total);
        for (choice, weight) in choices {
            if roll < *weight {
                return *choice;
            }
            roll -= weight;
        }
        choices[0].0
    }
}

/// The pages of the demo sites, weighted by how often they are read.
fn pages(slug: &str) -> &'static [(&'static str, u64)] {
    match slug {
        "shop" => &[
            ("/", 30),
            ("/products/", 18),
            ("/products/rain-jacket", 9),
            ("/products/wool-socks", 7),
            ("/products/canvas-bag", 5),
            ("/cart", 8),
            ("/checkout", 4),
            ("/account", 3),
            ("/cookies-policy", 1),
        ],
        "opendata-portal" => &[
            ("/", 25),
            ("/datasets/", 20),
            ("/datasets/air-quality", 11),
            ("/datasets/bus-stops", 9),
            ("/datasets/budget-2026", 5),
            ("/api/", 7),
            ("/about", 3),
            ("/cookies-policy", 1),
        ],
        _ => &[("/", 3), ("/about", 1)],
    }
}

const REFERRERS: [(&str, u64); 7] = [
    ("", 44),
    ("www.google.com", 31),
    ("duckduckgo.com", 7),
    ("www.bing.com", 6),
    ("www.linkedin.com", 5),
    ("news.ycombinator.com", 4),
    ("www.qwant.com", 3),
];

/// How much of a day's traffic comes in each hour (UTC), from quiet nights to busy evenings.
const HOURS: [(i64, u64); 24] = [
    (0, 2),
    (1, 1),
    (2, 1),
    (3, 1),
    (4, 1),
    (5, 2),
    (6, 4),
    (7, 6),
    (8, 8),
    (9, 9),
    (10, 9),
    (11, 9),
    (12, 10),
    (13, 9),
    (14, 9),
    (15, 9),
    (16, 9),
    (17, 10),
    (18, 11),
    (19, 12),
    (20, 11),
    (21, 8),
    (22, 6),
    (23, 3),
];

/// One made-up visitor: what they browse with, for one day.
struct Visitor {
    number: i64,
    device: &'static str,
    browser: &'static str,
    os: &'static str,
}

impl Visitor {
    fn draw(dice: &mut Dice) -> Visitor {
        let device = dice.pick(&[("mobile", 58), ("desktop", 37), ("tablet", 5)]);
        let (browser, os) = match device {
            "desktop" => (
                dice.pick(&[
                    ("Chrome", 55),
                    ("Firefox", 16),
                    ("Edge", 16),
                    ("Safari", 13),
                ]),
                dice.pick(&[("Windows", 62), ("macOS", 29), ("Linux", 9)]),
            ),
            _ => {
                let os = dice.pick(&[("Android", 55), ("iOS", 45)]);
                let browser = if os == "iOS" {
                    "Safari"
                } else {
                    dice.pick(&[("Chrome", 84), ("Firefox", 9), ("Opera", 7)])
                };
                (browser, os)
            }
        };
        Visitor {
            number: i64::from_ne_bytes(dice.next().to_ne_bytes()),
            device,
            browser,
            os,
        }
    }
}

/// How a made-up visitor decides, and what they grant.
fn decision(dice: &mut Dice) -> (ConsentMethod, Choices) {
    let method = dice.pick(&[
        (ConsentMethod::AcceptAll, 46),
        (ConsentMethod::RejectAll, 31),
        (ConsentMethod::Custom, 14),
        (ConsentMethod::Close, 6),
        (ConsentMethod::Gpc, 3),
    ]);
    let choices = match method {
        ConsentMethod::AcceptAll => Choices::ALL,
        ConsentMethod::Custom => Choices {
            preferences: dice.chance(70),
            statistics: dice.chance(60),
            marketing: dice.chance(20),
            exempt_opt_out: false,
            ..Choices::NONE
        },
        _ => Choices::NONE,
    };
    (method, choices)
}

/// Makes up a month for `definition`, a demo site this start created, unless its ledger holds a
/// record already: made-up records never join real proof.
pub(crate) async fn seed(
    store: &dyn Store,
    definition: &SiteDefinition,
    now_ms: i64,
) -> anyhow::Result<Option<Seeded>> {
    let site = &definition.site;
    let any = store
        .consent_page(
            &site.slug,
            &ConsentFilter::default(),
            ConsentPage::Newer(None),
            1,
        )
        .await?;
    if !any.is_empty() {
        return Ok(None);
    }
    let mut dice = Dice(site.slug.as_str().bytes().fold(0x5eed, |seed: u64, b| {
        seed.wrapping_mul(31).wrapping_add(u64::from(b))
    }));
    let now_minute = now_ms.div_euclid(60_000);
    let today = now_minute.div_euclid(MINUTES_PER_DAY);
    let pages = pages(site.slug.as_str());
    let languages: Vec<(&Language, u64)> = site
        .languages
        .iter()
        .map(|l| (l, if *l == site.default_language { 3 } else { 1 }))
        .collect();
    let policy_version = definition.policy_version().to_string();
    let texts_hash = demo_texts_hash();
    let services = definition.listed_services();
    // The demo has no front to locate anyone: every visitor is in the site's default region.
    let jurisdiction = definition.site.jurisdiction(None);
    store.put_snapshot(&texts_hash, DEMO_SNAPSHOT).await?;

    let mut views = Vec::new();
    let mut consents = Vec::new();
    // Visitors who decided on an earlier day: the ones who may come back and decide again.
    let mut decided: Vec<ConsentId> = Vec::new();
    for day in today - (DAYS - 1)..=today {
        let mut today_decided = Vec::new();
        // Busier in the week, a little busier every week, never the same twice.
        let weekday = (day + 3).rem_euclid(7); // 0 is Monday
        let base: u64 = if weekday >= 5 { 130 } else { 180 };
        let growth = u64::try_from(day - (today - DAYS)).unwrap_or(0) * 2;
        let visitors = base + growth + dice.below(40);
        for _ in 0..visitors {
            let visitor = Visitor::draw(&mut dice);
            let hour = dice.pick(&HOURS);
            let mut minute = day * MINUTES_PER_DAY + hour * 60 + i64::try_from(dice.below(60))?;
            if minute > now_minute {
                continue;
            }
            let language = dice.pick(&languages);
            let referrer = dice.pick(&REFERRERS);
            let reads = 1 + dice.below(4);
            for read in 0..reads {
                views.push(PageView {
                    site: site.slug.clone(),
                    minute,
                    path: dice.pick(pages).to_owned(),
                    referrer: if read == 0 { referrer } else { "" }.to_owned(),
                    browser: visitor.browser.to_owned(),
                    os: visitor.os.to_owned(),
                    device: visitor.device.to_owned(),
                    language: language.as_str().to_owned(),
                    visitor: visitor.number,
                });
                minute = (minute + 1 + i64::try_from(dice.below(3))?).min(now_minute);
            }
            // About half decide; a few of those are earlier visitors changing their mind.
            if !dice.chance(52) {
                continue;
            }
            let returning = !decided.is_empty() && dice.chance(9);
            let consent_id = if returning {
                let index = usize::try_from(dice.below(decided.len() as u64))?;
                decided[index].clone()
            } else {
                let mut bytes = [0u8; 16];
                bytes[..8].copy_from_slice(&dice.next().to_be_bytes());
                bytes[8..].copy_from_slice(&dice.next().to_be_bytes());
                let id = ConsentId::from_random(bytes);
                today_decided.push(id.clone());
                id
            };
            let (method, choices) = if returning && dice.chance(15) {
                (ConsentMethod::Withdraw, Choices::NONE)
            } else {
                decision(&mut dice)
            };
            // Every service follows its kind: what the proof names for each listed service.
            let (_, states) = services.choose_services(
                choices,
                &Default::default(),
                method == ConsentMethod::Gpc,
            )?;
            consents.push(NewConsent {
                site: site.slug.clone(),
                consent_id,
                recorded_at_ms: (minute * 60_000 + i64::try_from(dice.below(60_000))?).min(now_ms),
                method,
                choices,
                policy_version: policy_version.clone(),
                texts_hash: texts_hash.clone(),
                language: language.clone(),
                gpc: method == ConsentMethod::Gpc,
                browser_family: visitor.browser.to_owned(),
                region: Some(jurisdiction.region.clone()),
                rule_set: Some(jurisdiction.rules),
                gpp: None,
                services: states,
            });
        }
        decided.append(&mut today_decided);
    }
    for batch in views.chunks(VIEW_BATCH) {
        store.record_page_views(batch).await?;
    }
    // In time order, as they would have come, so the chain and the clock agree.
    consents.sort_by_key(|c| c.recorded_at_ms);
    let count = consents.len();
    store.append_consents(consents).await?;
    Ok(Some(Seeded {
        page_views: views.len(),
        consents: count,
    }))
}
