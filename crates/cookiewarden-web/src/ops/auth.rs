//! Sessions and logins: the login throttle (per account and client, per client, and a slow
//! lane per account under attack), password hashing in a few slots, and the user behind a
//! session id (idle and absolute expiry).

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use cookiewarden_core::{Account, check_new_password, hash_password};
use sha2::{Digest, Sha256};

use crate::ops::{now_ms, random_bytes};
use crate::{App, Error};

/// The session cookie's name (Django's).
pub(crate) const SESSION_COOKIE: &str = "sessionid";

/// A session unused for this long ends, whatever its absolute lifetime.
const IDLE_SECONDS: i64 = 12 * 3600;

/// A session's last use is written at most this often, not at every request.
const TOUCH_AFTER_SECONDS: i64 = 60;

/// Failed logins allowed before answers slow down.
const FREE_FAILURES: u32 = 3;

/// Failed logins of one account from one client after which that client is locked out of
/// that account for [`LOCK_SECONDS`]. The owner, from another address, is not.
const PAIR_LOCK_AFTER: u32 = 10;

/// Failed logins from one client, on any accounts, after which it is locked out.
const CLIENT_LOCK_AFTER: u32 = 30;

/// Failed logins of one account from all clients after which the account slows down: a
/// client that already failed on it may try once per [`SLOW_SECONDS`] (shared by all such
/// clients), while a client with no failure on it (the owner, mostly) still tries at once.
const ACCOUNT_SLOW_AFTER: u32 = 100;

/// The pace of the slow lane of an account under attack.
const SLOW_SECONDS: i64 = 10;

/// How long a lock lasts, and how long failures are remembered.
const LOCK_SECONDS: i64 = 15 * 60;

/// Entries remembered at most: beyond, the oldest go, so made-up names cannot grow memory.
const THROTTLE_CAPACITY: usize = 100_000;

pub(crate) fn now() -> i64 {
    now_ms() / 1000
}

/// Failed logins per account and client, per client and per account, in this process.
#[derive(Default)]
pub(crate) struct Throttle(Mutex<ThrottleState>);

#[derive(Default)]
struct ThrottleState {
    failures: HashMap<String, Failures>,
    purged_at: i64,
}

#[derive(Clone, Copy)]
struct Failures {
    count: u32,
    last: i64,
    /// For an account: when its slow lane last let an attempt through.
    slow_at: i64,
}

/// What the throttle says of one login attempt.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Attempt {
    /// Refused without checking the password, for this many more seconds.
    Locked(i64),
    /// Checked, the answer to a failure delayed by this much.
    Check(Duration),
}

impl ThrottleState {
    /// The live count of `key` (a count older than [`LOCK_SECONDS`] is forgotten).
    fn count(&self, key: &str, now: i64) -> u32 {
        self.failures
            .get(key)
            .filter(|f| now - f.last < LOCK_SECONDS)
            .map_or(0, |f| f.count)
    }

    fn entry(&mut self, key: String, now: i64) -> &mut Failures {
        let entry = self.failures.entry(key).or_insert(Failures {
            count: 0,
            last: now,
            slow_at: 0,
        });
        if now - entry.last >= LOCK_SECONDS {
            entry.count = 0;
        }
        entry
    }

    /// Forgets what is old, at most every few seconds; past the capacity, the oldest entries.
    fn purge(&mut self, now: i64) {
        if now - self.purged_at < 5 && self.failures.len() < THROTTLE_CAPACITY {
            return;
        }
        self.purged_at = now;
        self.failures.retain(|_, f| now - f.last < LOCK_SECONDS);
        if self.failures.len() >= THROTTLE_CAPACITY {
            // The half with the fewest and oldest failures goes; locks in force stay.
            let mut entries: Vec<(u32, i64, String)> = self
                .failures
                .iter()
                .map(|(key, f)| (f.count, f.last, key.clone()))
                .collect();
            entries.sort_unstable();
            for (_, _, key) in entries.into_iter().take(THROTTLE_CAPACITY / 2) {
                self.failures.remove(&key);
            }
        }
    }
}

impl Throttle {
    /// Decides on one attempt and counts it as a failure, in one step under one lock, so
    /// attempts sent side by side cannot all pass a check made before any of them is counted;
    /// a success takes its count back ([`Throttle::succeed`]).
    pub(crate) fn attempt(&self, account: &str, client: &str, now: i64) -> Attempt {
        let mut state = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        state.purge(now);
        let (pair_key, client_key, account_key) = keys(account, client);
        let pair = state.count(&pair_key, now);
        let wait = |key: &str| {
            state
                .failures
                .get(key)
                .map_or(LOCK_SECONDS, |f| LOCK_SECONDS - (now - f.last))
        };
        if pair >= PAIR_LOCK_AFTER {
            return Attempt::Locked(wait(&pair_key));
        }
        if state.count(&client_key, now) >= CLIENT_LOCK_AFTER {
            return Attempt::Locked(wait(&client_key));
        }
        let account_failures = state.count(&account_key, now);
        let account_entry = state.entry(account_key, now);
        if account_failures >= ACCOUNT_SLOW_AFTER && pair > 0 {
            let next = account_entry.slow_at + SLOW_SECONDS;
            if now < next {
                return Attempt::Locked(next - now);
            }
            account_entry.slow_at = now;
        }
        account_entry.count += 1;
        account_entry.last = now;
        let mut worst = 0;
        for key in [pair_key, client_key] {
            let entry = state.entry(key, now);
            entry.count += 1;
            entry.last = now;
            worst = worst.max(entry.count);
        }
        Attempt::Check(Duration::from_millis(
            u64::from(worst.saturating_sub(FREE_FAILURES)).min(6) * 500,
        ))
    }

    /// A successful login: the account and this client's tries on it start afresh, and the
    /// client's attempt, counted before the check, is taken back.
    pub(crate) fn succeed(&self, account: &str, client: &str) {
        if let Ok(mut state) = self.0.lock() {
            let (pair_key, client_key, account_key) = keys(account, client);
            state.failures.remove(&pair_key);
            state.failures.remove(&account_key);
            if let Some(failures) = state.failures.get_mut(&client_key) {
                failures.count = failures.count.saturating_sub(1);
            }
        }
    }
}

/// The throttle's keys for an attempt: the pair, the client, the account. The account is
/// kept as a digest of its lower-cased name, so a 16 KiB made-up name costs what a short one
/// does in the throttle's memory.
fn keys(account: &str, client: &str) -> (String, String, String) {
    let digest = Sha256::digest(account.to_lowercase().as_bytes());
    let account = hex::encode(&digest[..16]);
    (
        format!("pair:{account}\n{client}"),
        format!("client:{client}"),
        format!("account:{account}"),
    )
}

/// Password checks running at once, at most.
const HASHING_SLOTS: usize = 4;

/// How long a login waits for a hashing slot before it is answered busy.
pub(crate) const HASHING_WAIT: Duration = Duration::from_secs(10);

pub(crate) fn hashing_slots() -> &'static tokio::sync::Semaphore {
    static SLOTS: OnceLock<tokio::sync::Semaphore> = OnceLock::new();
    SLOTS.get_or_init(|| tokio::sync::Semaphore::new(HASHING_SLOTS))
}

/// Checks a new password's rules and hashes it with a fresh salt, in one of the few hashing
/// slots; the inner error is a refused password, for the person who chose it.
pub(crate) async fn hash_new_password(
    password: String,
) -> Result<Result<String, cookiewarden_core::Error>, Error> {
    if let Err(refused) = check_new_password(&password) {
        return Ok(Err(refused));
    }
    let salt = random_bytes()?;
    let _slot = hashing_slots().acquire().await;
    Ok(
        tokio::task::spawn_blocking(move || hash_password(&password, &salt))
            .await
            .unwrap_or_else(|e| Err(cookiewarden_core::Error::WeakPassword(e.to_string()))),
    )
}

/// A hash to verify against when the user does not exist, so an unknown name costs the same
/// time as a wrong password.
pub(crate) fn decoy_hash() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy password", &[0; 16]).unwrap_or_default())
}

/// How a session id or an API token is stored: its SHA-256, so a copy of the database opens
/// nothing. A 256-bit random secret needs no slow hash.
pub(crate) fn secret_hash(id: &str) -> String {
    hex::encode(Sha256::digest(id.as_bytes()))
}

/// The user of a session id (the cookie's value) and the session's stored hash, if the
/// session is valid and its user is not disabled; an expired session is deleted.
pub(crate) async fn session_user(app: &App, id: &str) -> Result<Option<(Account, String)>, Error> {
    let hash = secret_hash(id);
    let Some(session) = app.store.session(&hash).await? else {
        return Ok(None);
    };
    let now = now();
    let lifetime = i64::try_from(app.session_lifetime_seconds).unwrap_or(i64::MAX);
    if now - session.created_at >= lifetime || now - session.last_seen >= IDLE_SECONDS {
        app.store.delete_session(&hash).await?;
        return Ok(None);
    }
    let Some(account) = app.store.user(&session.user).await?.filter(|a| !a.disabled) else {
        return Ok(None);
    };
    if now - session.last_seen >= TOUCH_AFTER_SECONDS {
        app.store.touch_session(&hash, now).await?;
    }
    Ok(Some((account, hash)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_under_a_distributed_attack_slows_down_only_for_those_who_failed() {
        let throttle = Throttle::default();
        let now = 1_000_000;
        for i in 0..ACCOUNT_SLOW_AFTER {
            let client = format!("10.0.{}.{}", i / 250, i % 250);
            assert!(matches!(
                throttle.attempt("vera", &client, now),
                Attempt::Check(_)
            ));
        }
        // A client that failed already gets one try per slow period, shared by all of them.
        assert!(matches!(
            throttle.attempt("vera", "10.0.0.1", now),
            Attempt::Check(_)
        ));
        assert_eq!(
            throttle.attempt("vera", "10.0.0.2", now + 1),
            Attempt::Locked(SLOW_SECONDS - 1)
        );
        // Someone with no failure on the account, the owner mostly, still tries at once.
        assert!(matches!(
            throttle.attempt("vera", "192.0.2.1", now + 1),
            Attempt::Check(_)
        ));
        // The owner's success lifts the slowdown.
        throttle.succeed("vera", "192.0.2.1");
        assert!(matches!(
            throttle.attempt("vera", "10.0.0.2", now + 2),
            Attempt::Check(_)
        ));
    }

    #[test]
    fn made_up_accounts_cannot_grow_the_throttle_without_bound() {
        let throttle = Throttle::default();
        for i in 0..(THROTTLE_CAPACITY + 10) {
            let _ = throttle.attempt(&format!("user{i}"), &format!("client{i}"), 1_000_000);
        }
        {
            let state = throttle.0.lock().unwrap();
            assert!(
                state.failures.len() <= THROTTLE_CAPACITY,
                "{}",
                state.failures.len()
            );
        }
        // A lock in force survives the eviction.
        for _ in 0..PAIR_LOCK_AFTER {
            let _ = throttle.attempt("vera", "10.9.9.9", 1_000_001);
        }
        for i in 0..THROTTLE_CAPACITY {
            let _ = throttle.attempt(&format!("other{i}"), &format!("elsewhere{i}"), 1_000_002);
        }
        assert!(matches!(
            throttle.attempt("vera", "10.9.9.9", 1_000_003),
            Attempt::Locked(_)
        ));
    }
}
