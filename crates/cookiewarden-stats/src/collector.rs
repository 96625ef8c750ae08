//! Page views on their way to the store: checked and hashed as they arrive, queued, and
//! written in batches (at least once a second), so a burst of visitors costs one transaction
//! per batch instead of one per view. A visitor sending more than a person could read is cut
//! off for the rest of the minute, and a full queue drops views rather than slowing the site.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use cookiewarden_core::Slug;
use cookiewarden_store::{PageView, Store};
use tokio::sync::{Mutex, mpsc, oneshot};

use crate::hit::{Beacon, Ignored, Sender, page_view};

/// How a [`Collector`] batches.
#[derive(Debug, Clone, Copy)]
pub struct CollectorConfig {
    /// A batch is written at least this often, so a view is durable within about this long.
    pub flush_every: Duration,
    /// A batch is written as soon as it holds this many views.
    pub batch: usize,
    /// Views waiting beyond this many are dropped.
    pub queue: usize,
    /// Page views one visitor may send in one minute; more are refused.
    pub per_visitor_per_minute: u32,
    /// Page views one address (an IPv6 address by its /64) may send in one minute, whatever
    /// the user agent or cookie it claims: a visitor number changes with either, an address
    /// does not come for free. Generous, since many people may share one address.
    pub per_address_per_minute: u32,
}

impl Default for CollectorConfig {
    fn default() -> Self {
        CollectorConfig {
            flush_every: Duration::from_secs(1),
            batch: 5_000,
            queue: 100_000,
            per_visitor_per_minute: 60,
            per_address_per_minute: 600,
        }
    }
}

/// What became of a beacon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Queued, written within a second or so.
    Counted,
    /// Not a page view a person made.
    Ignored(Ignored),
    /// More than a person could read this minute.
    Flooding,
    /// The queue is full: dropped.
    Busy,
}

enum Message {
    View(PageView),
    Flush(oneshot::Sender<()>),
}

/// Visitors' and addresses' views in the current minute, to cut off floods.
struct Flood {
    minute: i64,
    counts: HashMap<i64, u32>,
    addresses: HashMap<u128, u32>,
}

/// What a flood limit counts an address as: IPv4 whole, IPv6 by its /64, which one client
/// usually holds whole.
fn address_key(address: std::net::IpAddr) -> u128 {
    match address {
        std::net::IpAddr::V4(v4) => u128::from(u32::from(v4)),
        std::net::IpAddr::V6(v6) => u128::from(v6) & !u128::from(u64::MAX) | 1 << 127,
    }
}

/// Distinct visitors remembered per minute at most: beyond, new ones are refused until the
/// next minute, so the map stays small.
const FLOOD_CAPACITY: usize = 200_000;

/// Counts of what happened to beacons since start, for `/metrics`.
#[derive(Debug, Default)]
pub struct Counters {
    /// Page views queued.
    pub counted: AtomicU64,
    /// Beacons ignored or refused.
    pub refused: AtomicU64,
    /// Page views dropped: full queue or a failed write.
    pub dropped: AtomicU64,
}

/// Takes beacons in, writes page views out.
#[derive(Clone)]
pub struct Collector {
    queue: mpsc::Sender<Message>,
    store: Arc<dyn Store>,
    config: CollectorConfig,
    salt: Arc<Mutex<Option<(i64, String)>>>,
    flood: Arc<std::sync::Mutex<Flood>>,
    counters: Arc<Counters>,
}

impl Collector {
    /// Starts the writer task on the current Tokio runtime.
    pub fn start(store: Arc<dyn Store>, config: CollectorConfig) -> Collector {
        let (queue, receiver) = mpsc::channel(config.queue.max(1));
        let counters = Arc::new(Counters::default());
        tokio::spawn(write(
            Arc::clone(&store),
            receiver,
            config,
            Arc::clone(&counters),
        ));
        Collector {
            queue,
            store,
            config,
            salt: Arc::default(),
            flood: Arc::new(std::sync::Mutex::new(Flood {
                minute: 0,
                counts: HashMap::new(),
                addresses: HashMap::new(),
            })),
            counters,
        }
    }

    /// What happened to beacons so far.
    pub fn counters(&self) -> &Counters {
        &self.counters
    }

    /// The salt of `day`, shared through the store by every node and destroyed the day after.
    async fn salt(&self, day: i64) -> Result<String, cookiewarden_store::Error> {
        let mut cached = self.salt.lock().await;
        if let Some((cached_day, salt)) = cached.as_ref()
            && *cached_day == day
        {
            return Ok(salt.clone());
        }
        let mut candidate = [0u8; 32];
        // Without randomness the candidate would be predictable; the store's salt is then
        // whatever another node drew, or this weak one for a day: never the address itself.
        if getrandom::fill(&mut candidate).is_err() {
            tracing::error!("no random bytes for the day's statistics salt");
        }
        let salt = self
            .store
            .statistics_salt(day, &hex::encode(candidate))
            .await?;
        *cached = Some((day, salt.clone()));
        Ok(salt)
    }

    /// Whether this visitor, from this address, may send one more view this minute.
    fn within_limit(&self, visitor: i64, address: std::net::IpAddr, minute: i64) -> bool {
        let Ok(mut flood) = self.flood.lock() else {
            return true;
        };
        let flood = &mut *flood;
        if flood.minute != minute {
            flood.minute = minute;
            flood.counts.clear();
            flood.addresses.clear();
        }
        let address = address_key(address);
        if (flood.counts.len() >= FLOOD_CAPACITY && !flood.counts.contains_key(&visitor))
            || (flood.addresses.len() >= FLOOD_CAPACITY && !flood.addresses.contains_key(&address))
        {
            return false;
        }
        let from_address = flood.addresses.entry(address).or_default();
        *from_address += 1;
        let from_visitor = flood.counts.entry(visitor).or_default();
        *from_visitor += 1;
        *from_address <= self.config.per_address_per_minute
            && *from_visitor <= self.config.per_visitor_per_minute
    }

    /// Counts one beacon of `site`.
    pub async fn collect(
        &self,
        site: &Slug,
        beacon: &Beacon,
        sender: Sender<'_>,
        now_ms: i64,
    ) -> Result<Outcome, cookiewarden_store::Error> {
        let salt = self.salt(now_ms.div_euclid(86_400_000)).await?;
        let address = sender.address;
        let outcome = match page_view(site, beacon, sender, salt.as_bytes(), now_ms) {
            Err(ignored) => Outcome::Ignored(ignored),
            Ok(view) if !self.within_limit(view.visitor, address, view.minute) => Outcome::Flooding,
            Ok(view) => match self.queue.try_send(Message::View(view)) {
                Ok(()) => Outcome::Counted,
                Err(_) => Outcome::Busy,
            },
        };
        let counter = match outcome {
            Outcome::Counted => &self.counters.counted,
            Outcome::Busy => &self.counters.dropped,
            Outcome::Ignored(_) | Outcome::Flooding => &self.counters.refused,
        };
        counter.fetch_add(1, Ordering::Relaxed);
        Ok(outcome)
    }

    /// Writes every queued view now, and returns once they are stored.
    pub async fn flush(&self) {
        let (done, wait) = oneshot::channel();
        if self.queue.send(Message::Flush(done)).await.is_ok() {
            let _ = wait.await;
        }
    }
}

/// The writer: a batch at least every `flush_every`, or as soon as it is full.
async fn write(
    store: Arc<dyn Store>,
    mut receiver: mpsc::Receiver<Message>,
    config: CollectorConfig,
    counters: Arc<Counters>,
) {
    let mut batch = Vec::with_capacity(config.batch);
    let mut tick = tokio::time::interval(config.flush_every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            message = receiver.recv() => match message {
                Some(Message::View(view)) => {
                    batch.push(view);
                    if batch.len() >= config.batch {
                        save(&*store, &mut batch, &counters).await;
                    }
                }
                Some(Message::Flush(done)) => {
                    save(&*store, &mut batch, &counters).await;
                    let _ = done.send(());
                }
                None => {
                    save(&*store, &mut batch, &counters).await;
                    return;
                }
            },
            _ = tick.tick() => save(&*store, &mut batch, &counters).await,
        }
    }
}

async fn save(store: &dyn Store, batch: &mut Vec<PageView>, counters: &Counters) {
    if batch.is_empty() {
        return;
    }
    if let Err(error) = store.record_page_views(batch).await {
        tracing::error!(%error, views = batch.len(), "page views not recorded");
        counters
            .dropped
            .fetch_add(batch.len() as u64, Ordering::Relaxed);
    }
    batch.clear();
}

impl std::fmt::Debug for Collector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Collector")
            .field("config", &self.config)
            .field("counters", &self.counters)
            .finish_non_exhaustive()
    }
}

/// Purges raw page views past each site's retention now, then every `every`, for ever.
pub async fn purge_every(store: Arc<dyn Store>, every: Duration) {
    let mut tick = tokio::time::interval(every);
    loop {
        tick.tick().await;
        let now_minute = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs() / 60).unwrap_or(i64::MAX));
        match store.purge_statistics(now_minute).await {
            Ok(0) => {}
            Ok(purged) => tracing::info!(purged, "page views past retention purged"),
            Err(error) => tracing::error!(%error, "page views could not be purged"),
        }
    }
}
