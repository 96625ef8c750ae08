//! The back office's door: the login form (throttled per account and per client), the
//! `sessionid` session (a random 256-bit id in the cookie, only its SHA-256 in the database,
//! a new one at each login, idle and absolute expiry), logout here or everywhere, and the
//! list of sites the user may work on. Every unsafe request carries the CSRF token.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use axum::Form;
use axum::extract::{ConnectInfo, OriginalUri, Path, Query, State};
use axum::http::{Extensions, HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use cookie::{Cookie, SameSite};
use cookiewarden_core::{
    Account, Category, ConsentMethod, ConsentRecord, ExportedRecord, Role, SiteDefinition,
    Username, check_new_password, hash_password, verify_password,
};
use minijinja::context;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::consent::{now_ms, random_bytes};
use crate::csrf::{self, CSRF_COOKIE};
use crate::language::{LanguageHints, is_https, request_cookie, safe_next};
use crate::pages::{html_page, not_found_page, view};
use crate::policy::load_site;
use crate::site_body::FieldError;
use cookiewarden_store::AuditEntry;

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

fn now() -> i64 {
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
const HASHING_WAIT: Duration = Duration::from_secs(10);

fn hashing_slots() -> &'static tokio::sync::Semaphore {
    static SLOTS: OnceLock<tokio::sync::Semaphore> = OnceLock::new();
    SLOTS.get_or_init(|| tokio::sync::Semaphore::new(HASHING_SLOTS))
}

/// The client's address: the last one a trusted front proxy added to `X-Forwarded-For`, else
/// the peer.
pub(crate) fn client_address(
    app: &App,
    headers: &HeaderMap,
    extensions: &Extensions,
) -> Option<std::net::IpAddr> {
    let forwarded = app
        .config
        .trust_forwarded_proto
        .then(|| headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()))
        .flatten()
        .and_then(|chain| chain.rsplit(',').next())
        .and_then(|last| last.trim().parse::<std::net::IpAddr>().ok());
    forwarded.or_else(|| {
        extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
    })
}

/// Who is trying to log in, for the per-client count: the client's address, IPv6 addresses by
/// their /64, which one client usually holds whole.
fn client_key(app: &App, headers: &HeaderMap, extensions: &Extensions) -> String {
    match client_address(app, headers, extensions) {
        Some(std::net::IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Some(ip) => ip.to_string(),
        None => "unknown".to_owned(),
    }
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
fn decoy_hash() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy password", &[0; 16]).unwrap_or_default())
}

/// How a session id or an API token is stored: its SHA-256, so a copy of the database opens
/// nothing. A 256-bit random secret needs no slow hash.
pub(crate) fn secret_hash(id: &str) -> String {
    hex::encode(Sha256::digest(id.as_bytes()))
}

/// The logged-in user of this request, if the session is valid; an expired session is deleted.
pub(crate) async fn current_user(
    app: &App,
    headers: &HeaderMap,
) -> Result<Option<(Account, String)>, Error> {
    let Some(id) = request_cookie(headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    let hash = secret_hash(&id);
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

fn cookie_header(cookie: Cookie<'_>) -> Option<HeaderValue> {
    HeaderValue::from_str(&cookie.to_string()).ok()
}

/// A masked token for a form of this page, and the new secret to set when the request had
/// none.
pub(crate) fn csrf_token(headers: &HeaderMap) -> Result<(String, Option<String>), Error> {
    match request_cookie(headers, CSRF_COOKIE).filter(|s| csrf::is_secret(s)) {
        Some(secret) => Ok((csrf::mask(&secret)?, None)),
        None => {
            let secret = csrf::new_secret()?;
            Ok((csrf::mask(&secret)?, Some(secret)))
        }
    }
}

pub(crate) fn set_csrf_cookie(
    app: &App,
    headers: &HeaderMap,
    response: &mut Response,
    secret: &str,
) {
    let cookie = Cookie::build((CSRF_COOKIE, secret.to_owned()))
        .path("/")
        .max_age(cookie::time::Duration::seconds(
            i64::try_from(app.csrf_lifetime_seconds).unwrap_or(i64::MAX),
        ))
        .same_site(SameSite::Lax)
        .secure(is_https(app, headers))
        .build();
    if let Some(value) = cookie_header(cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

/// A back-office page in the visitor's language, with a CSRF token for its forms (and the
/// cookie set when the browser had none), never cached.
pub(crate) fn admin_page(
    app: &App,
    hints: &LanguageHints,
    headers: &HeaderMap,
    uri: &Uri,
    template: &str,
    status: StatusCode,
    page: minijinja::Value,
) -> Result<Response, Error> {
    let translations = app.pages.translations();
    let language = hints.choose(&translations.languages(), translations.default_language());
    let (token, new_secret) = csrf_token(headers)?;
    let html = app.pages.render(
        template,
        &language,
        uri.path(),
        context! { csrf_token => token, ..page },
    )?;
    let mut response = html_page(status, &language, html);
    if let Some(secret) = new_secret {
        set_csrf_cookie(app, headers, &mut response, &secret);
    }
    Ok(no_store(response))
}

/// Where a request without a session goes: the login page, coming back here after.
pub(crate) fn to_login(uri: &Uri) -> Response {
    let target = format!("/admin/login?next={}", uri.path());
    no_store(Redirect::to(&target).into_response())
}

/// Back-office pages are never kept by a cache.
pub(crate) fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[derive(Deserialize)]
pub(crate) struct NextQuery {
    next: Option<String>,
}

#[derive(Deserialize)]
pub(crate) struct LoginForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrfmiddlewaretoken: Option<String>,
    #[serde(default)]
    next: Option<String>,
}

#[derive(Deserialize)]
pub(crate) struct TokenForm {
    #[serde(default)]
    csrfmiddlewaretoken: Option<String>,
}

struct LoginView<'a> {
    status: StatusCode,
    error: Option<String>,
    username: &'a str,
    next: &'a str,
}

fn login_response(
    app: &App,
    hints: &LanguageHints,
    headers: &HeaderMap,
    uri: &Uri,
    view_of: LoginView<'_>,
) -> Result<Response, Error> {
    admin_page(
        app,
        hints,
        headers,
        uri,
        "admin_login.html",
        view_of.status,
        context! {
            error => view_of.error,
            username => view_of.username,
            next => view_of.next,
        },
    )
}

/// A refused unsafe request: 403 with a message in the visitor's language.
fn csrf_refused(app: &App, hints: &LanguageHints) -> Response {
    refusal(app, hints, StatusCode::FORBIDDEN, "admin-csrf-failed")
}

/// `GET /admin/login`.
pub(crate) async fn login_page(
    State(app): State<App>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Query(query): Query<NextQuery>,
) -> Result<Response, Error> {
    if current_user(&app, &headers).await?.is_some() {
        return Ok(no_store(Redirect::to("/admin/").into_response()));
    }
    let next = query
        .next
        .as_deref()
        .map_or("/admin/", |n| safe_next(Some(n)));
    login_response(
        &app,
        &hints,
        &headers,
        &uri,
        LoginView {
            status: StatusCode::OK,
            error: None,
            username: "",
            next,
        },
    )
}

/// `POST /admin/login`: the same answer for an unknown user and a wrong password, slower after
/// a few failures, locked for a while after many.
pub(crate) async fn login(
    State(app): State<App>,
    hints: LanguageHints,
    headers: HeaderMap,
    extensions: Extensions,
    OriginalUri(uri): OriginalUri,
    Form(form): Form<LoginForm>,
) -> Result<Response, Error> {
    if !csrf::check(&app, &headers, form.csrfmiddlewaretoken.as_deref()) {
        return Ok(csrf_refused(&app, &hints));
    }
    let next = form
        .next
        .as_deref()
        .map_or("/admin/", |n| safe_next(Some(n)));
    let translations = app.pages.translations();
    let language = hints.choose(&translations.languages(), translations.default_language());
    let client = client_key(&app, &headers, &extensions);
    let now = now();
    let delay = match app.throttle.attempt(&form.username, &client, now) {
        Attempt::Check(delay) => delay,
        Attempt::Locked(wait) => {
            let minutes = (wait + 59) / 60;
            let message = translations.message(
                &language,
                "admin-login-locked",
                Some(&fluent_bundle::FluentArgs::from_iter([(
                    "minutes", minutes,
                )])),
            );
            let view_of = LoginView {
                status: StatusCode::TOO_MANY_REQUESTS,
                error: Some(message),
                username: &form.username,
                next,
            };
            return login_response(&app, &hints, &headers, &uri, view_of);
        }
    };
    let account = match form.username.parse::<Username>() {
        Ok(name) => app.store.user(&name).await?,
        Err(_) => None,
    };
    let hash = account
        .as_ref()
        .map_or_else(|| decoy_hash().to_owned(), |a| a.password_hash.clone());
    let password = form.password.clone();
    let matches = {
        // Each check takes 19 MiB: only a few run at once, whatever the number of requests,
        // and a request that cannot get a slot soon is answered busy rather than queued.
        let Ok(_slot) = tokio::time::timeout(HASHING_WAIT, hashing_slots().acquire()).await else {
            return Ok(refusal(
                &app,
                &hints,
                StatusCode::SERVICE_UNAVAILABLE,
                "admin-login-busy",
            ));
        };
        tokio::task::spawn_blocking(move || verify_password(&password, &hash))
            .await
            .unwrap_or(false)
    };
    let account = account.filter(|a| matches && !a.disabled);
    let Some(account) = account else {
        tokio::time::sleep(delay).await;
        let view_of = LoginView {
            status: StatusCode::UNAUTHORIZED,
            error: Some(translations.message(&language, "admin-login-failed", None)),
            username: &form.username,
            next,
        };
        return login_response(&app, &hints, &headers, &uri, view_of);
    };
    app.throttle.succeed(&form.username, &client);

    // A new session id at every login: an id planted before it is worth nothing after, and a
    // session this browser had before ends.
    if let Some(previous) = request_cookie(&headers, SESSION_COOKIE) {
        app.store.delete_session(&secret_hash(&previous)).await?;
    }
    let mut id = random_bytes()?.to_vec();
    id.extend_from_slice(&random_bytes()?);
    let id = hex::encode(id);
    app.store
        .create_session(&secret_hash(&id), &account.name, now)
        .await?;
    let mut response = Redirect::to(next).into_response();
    let session = Cookie::build((SESSION_COOKIE, id))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(is_https(&app, &headers))
        .max_age(cookie::time::Duration::seconds(
            i64::try_from(app.session_lifetime_seconds).unwrap_or(i64::MAX),
        ))
        .build();
    if let Some(value) = cookie_header(session) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    // A new CSRF secret too, as Django renews it at login.
    set_csrf_cookie(&app, &headers, &mut response, &csrf::new_secret()?);
    tracing::info!(user = %account.name, "logged in");
    Ok(no_store(response))
}

/// Ends this session (or all of the user's) and expires the cookie.
async fn end_sessions(
    app: App,
    hints: LanguageHints,
    headers: HeaderMap,
    token: Option<&str>,
    everywhere: bool,
) -> Result<Response, Error> {
    if !csrf::check(&app, &headers, token) {
        return Ok(csrf_refused(&app, &hints));
    }
    if let Some((account, hash)) = current_user(&app, &headers).await? {
        if everywhere {
            app.store.delete_user_sessions(&account.name).await?;
        } else {
            app.store.delete_session(&hash).await?;
        }
    }
    let mut response = Redirect::to("/admin/login").into_response();
    let expired = Cookie::build((SESSION_COOKIE, ""))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .max_age(cookie::time::Duration::ZERO)
        .build();
    if let Some(value) = cookie_header(expired) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(no_store(response))
}

/// `POST /admin/logout`.
pub(crate) async fn logout(
    State(app): State<App>,
    hints: LanguageHints,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
) -> Result<Response, Error> {
    end_sessions(
        app,
        hints,
        headers,
        form.csrfmiddlewaretoken.as_deref(),
        false,
    )
    .await
}

/// `POST /admin/logout-everywhere`.
pub(crate) async fn logout_everywhere(
    State(app): State<App>,
    hints: LanguageHints,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
) -> Result<Response, Error> {
    end_sessions(
        app,
        hints,
        headers,
        form.csrfmiddlewaretoken.as_deref(),
        true,
    )
    .await
}

#[derive(Serialize)]
struct SiteRow {
    name: String,
    slug: String,
    role: &'static str,
}

/// `GET /admin/`: the sites this user may work on, with their role on each.
pub(crate) async fn home(
    State(app): State<App>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
) -> Result<Response, Error> {
    let Some((account, _)) = current_user(&app, &headers).await? else {
        return Ok(to_login(&uri));
    };
    let sites: Vec<SiteRow> = app
        .store
        .sites()
        .await?
        .into_iter()
        .filter_map(|site| {
            account.role_on(&site.slug).map(|role| SiteRow {
                name: site.name,
                slug: site.slug.to_string(),
                role: role.as_str(),
            })
        })
        .collect();
    admin_page(
        &app,
        &hints,
        &headers,
        &uri,
        "admin_home.html",
        StatusCode::OK,
        context! {
            user => account.name.as_str(),
            admin => account.admin,
            sites => view(&sites),
        },
    )
}

/// A member's view of a site: the user, the site and their role on it, or the response to
/// send instead (the login page, or 404 for an unknown site and for a non-member alike).
pub(crate) async fn site_member(
    app: &App,
    hints: &LanguageHints,
    headers: &HeaderMap,
    uri: &Uri,
    slug: &str,
) -> Result<Result<(Account, SiteDefinition, Role), Response>, Error> {
    let Some((account, _)) = current_user(app, headers).await? else {
        return Ok(Err(to_login(uri)));
    };
    let Some(definition) = load_site(app, slug).await? else {
        return Ok(Err(not_found_page(app, hints, uri, Some(slug))));
    };
    // A site the user is not a member of looks the same as one that does not exist.
    match account.role_on(&definition.site.slug) {
        Some(role) => Ok(Ok((account, definition, role))),
        None => Ok(Err(not_found_page(app, hints, uri, Some(slug)))),
    }
}

/// Rows shown on the consent log page; the CSV export has them all.
const LOG_PAGE_ROWS: usize = 500;

#[derive(Deserialize, Serialize, Default)]
pub(crate) struct LogQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    method: String,
    #[serde(default)]
    consent_id: String,
    #[serde(default, skip_serializing)]
    format: String,
}

/// The filters of the consent log, read.
pub(crate) struct LogFilter {
    /// Milliseconds since the epoch, inclusive.
    from_ms: Option<i64>,
    /// Milliseconds since the epoch, exclusive (the day after `to`).
    until_ms: Option<i64>,
    method: Option<ConsentMethod>,
    consent_id: Option<String>,
}

/// A `YYYY-MM-DD` day as milliseconds since the epoch at its start (UTC).
pub(crate) fn day_start_ms(day: &str) -> Option<i64> {
    let mut parts = day.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let date = time::Date::from_calendar_date(
        year,
        time::Month::try_from(month).ok()?,
        parts.next()?.parse().ok()?,
    )
    .ok()?;
    Some(date.midnight().assume_utc().unix_timestamp() * 1000)
}

impl LogQuery {
    /// The query of these filters, as the API takes them.
    pub(crate) fn new(from: String, to: String, method: String, consent_id: String) -> LogQuery {
        LogQuery {
            from,
            to,
            method,
            consent_id,
            format: String::new(),
        }
    }

    /// The filters, or the value that is not one.
    pub(crate) fn filter(&self) -> Result<LogFilter, String> {
        let day = |value: &str| match value {
            "" => Ok(None),
            day => day_start_ms(day).map(Some).ok_or_else(|| day.to_owned()),
        };
        Ok(LogFilter {
            from_ms: day(&self.from)?,
            until_ms: day(&self.to)?.map(|start| start + 86_400_000),
            method: match self.method.as_str() {
                "" => None,
                method => Some(method.parse().map_err(|_| method.to_owned())?),
            },
            consent_id: (!self.consent_id.is_empty()).then(|| self.consent_id.clone()),
        })
    }
}

impl LogFilter {
    pub(crate) fn keeps(&self, record: &ConsentRecord) -> bool {
        let c = &record.consent;
        self.from_ms.is_none_or(|from| c.recorded_at_ms >= from)
            && self.until_ms.is_none_or(|until| c.recorded_at_ms < until)
            && self.method.is_none_or(|m| c.method == m)
            && self
                .consent_id
                .as_deref()
                .is_none_or(|id| c.consent_id.as_str() == id)
    }
}

#[derive(Serialize)]
struct LogRow {
    time: String,
    consent_id: String,
    method: &'static str,
    granted: String,
    language: String,
}

/// `GET /admin/sites/{slug}/consents`: the site's consent records, filtered by day, method and
/// consent id, for any member of the site; `?format=csv` downloads them all.
pub(crate) async fn consent_log(
    State(app): State<App>,
    Path(slug): Path<String>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Query(query): Query<LogQuery>,
) -> Result<Response, Error> {
    let (_, definition, _) = match site_member(&app, &hints, &headers, &uri, &slug).await? {
        Ok(member) => member,
        Err(response) => return Ok(response),
    };
    let translations = app.pages.translations();
    let language = hints.choose(&translations.languages(), translations.default_language());
    let filter = match query.filter() {
        Ok(filter) => filter,
        Err(value) => {
            let args = fluent_bundle::FluentArgs::from_iter([("value", value)]);
            let message = translations.message(&language, "admin-bad-filter", Some(&args));
            return Ok((StatusCode::BAD_REQUEST, message).into_response());
        }
    };
    let records: Vec<ConsentRecord> = app
        .store
        .consent_records(&definition.site.slug)
        .await?
        .into_iter()
        .filter(|r| filter.keeps(r))
        .collect();
    if query.format == "csv" {
        let mut out = csv::Writer::from_writer(Vec::new());
        for record in &records {
            if out.serialize(ExportedRecord::from(record)).is_err() {
                return Err(Error::Export);
            }
        }
        let body = out.into_inner().map_err(|_| Error::Export)?;
        let disposition = format!(
            "attachment; filename=\"consents-{}.csv\"",
            definition.site.slug
        );
        let mut response =
            ([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], body).into_response();
        if let Ok(value) = HeaderValue::from_str(&disposition) {
            response
                .headers_mut()
                .insert(header::CONTENT_DISPOSITION, value);
        }
        return Ok(no_store(response));
    }
    let rows: Vec<LogRow> = records
        .iter()
        .rev()
        .take(LOG_PAGE_ROWS)
        .map(|r| {
            let c = &r.consent;
            let granted: Vec<&str> = [
                Category::Preferences,
                Category::Statistics,
                Category::Marketing,
            ]
            .into_iter()
            .filter(|category| c.choices.granted(*category))
            .map(Category::as_str)
            .collect();
            LogRow {
                time: time::OffsetDateTime::from_unix_timestamp(c.recorded_at_ms / 1000)
                    .ok()
                    .and_then(|t| {
                        t.format(&time::format_description::well_known::Rfc3339)
                            .ok()
                    })
                    .unwrap_or_default(),
                consent_id: c.consent_id.to_string(),
                method: c.method.as_str(),
                granted: if granted.is_empty() {
                    "—".to_owned()
                } else {
                    granted.join(", ")
                },
                language: c.language.to_string(),
            }
        })
        .collect();
    let csv_query = serde_urlencoded::to_string(&query).unwrap_or_default();
    admin_page(
        &app,
        &hints,
        &headers,
        &uri,
        "admin_consents.html",
        StatusCode::OK,
        context! {
            site_name => &definition.site.name,
            rows => view(&rows),
            total => records.len(),
            filters => view(&query),
            methods => ConsentMethod::ALL.map(ConsentMethod::as_str).to_vec(),
            csv_url => format!("{}?{csv_query}&format=csv", uri.path()),
        },
    )
}

/// The logged-in administrator, or the response to send instead: the login page for nobody,
/// 403 for a user who is not an administrator.
pub(crate) async fn require_admin(
    app: &App,
    hints: &LanguageHints,
    headers: &HeaderMap,
    uri: &Uri,
) -> Result<Result<Account, Response>, Error> {
    let Some((account, _)) = current_user(app, headers).await? else {
        return Ok(Err(to_login(uri)));
    };
    if !account.admin {
        return Ok(Err(refusal(
            app,
            hints,
            StatusCode::FORBIDDEN,
            "admin-not-admin",
        )));
    }
    Ok(Ok(account))
}

/// A form page's status: 422 when it shows a refused value, 200 otherwise.
pub(crate) fn form_status(refused: bool) -> StatusCode {
    if refused {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    }
}

/// A short refusal in the visitor's language.
pub(crate) fn refusal(
    app: &App,
    hints: &LanguageHints,
    status: StatusCode,
    message: &str,
) -> Response {
    let translations = app.pages.translations();
    let language = hints.choose(&translations.languages(), translations.default_language());
    (status, translations.message(&language, message, None)).into_response()
}

#[derive(Serialize)]
struct UserRow {
    name: String,
    roles: String,
    disabled: bool,
    me: bool,
}

/// The new-user form as sent (sites may repeat).
#[derive(Debug, Default, Serialize)]
struct NewUserForm {
    name: String,
    role: String,
    sites: Vec<String>,
    #[serde(skip)]
    password: String,
}

impl NewUserForm {
    fn from_pairs(pairs: Vec<(String, String)>) -> NewUserForm {
        let mut form = NewUserForm::default();
        for (key, value) in pairs {
            match key.as_str() {
                "name" => form.name = value,
                "role" => form.role = value,
                "sites" => form.sites.push(value),
                "password" => form.password = value,
                _ => {}
            }
        }
        form
    }
}

async fn render_users(
    app: &App,
    hints: &LanguageHints,
    headers: &HeaderMap,
    uri: &Uri,
    me: &Account,
    form: &NewUserForm,
    error: Option<String>,
) -> Result<Response, Error> {
    let rows: Vec<UserRow> = app
        .store
        .users()
        .await?
        .into_iter()
        .map(|a| UserRow {
            roles: if a.admin {
                Role::Admin.as_str().to_owned()
            } else {
                a.memberships
                    .iter()
                    .map(|m| format!("{} ({})", m.site, m.role))
                    .collect::<Vec<_>>()
                    .join(", ")
            },
            disabled: a.disabled,
            me: a.name == me.name,
            name: a.name.to_string(),
        })
        .collect();
    let sites: Vec<String> = app
        .store
        .sites()
        .await?
        .into_iter()
        .map(|s| s.slug.to_string())
        .collect();
    admin_page(
        app,
        hints,
        headers,
        uri,
        "admin_users.html",
        form_status(error.is_some()),
        context! { users => view(&rows), sites, form => view(form), error },
    )
}

/// `GET /admin/users`: every user with their roles, and the form of a new one, for
/// administrators.
pub(crate) async fn users(
    State(app): State<App>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
) -> Result<Response, Error> {
    let me = match require_admin(&app, &hints, &headers, &uri).await? {
        Ok(account) => account,
        Err(response) => return Ok(response),
    };
    let form = NewUserForm {
        role: Role::Viewer.as_str().to_owned(),
        ..NewUserForm::default()
    };
    render_users(&app, &hints, &headers, &uri, &me, &form, None).await
}

/// A new user refused: 409 for a taken name, 422 for a value that breaks a rule (naming the
/// field).
pub(crate) struct UserRefused {
    pub(crate) status: StatusCode,
    pub(crate) error: FieldError,
}

/// Creates a user with the rules of `user add`, recorded in the audit log as done by `actor`;
/// shared by the users page and the API.
pub(crate) async fn add_user(
    app: &App,
    actor: String,
    name: &str,
    role: &str,
    sites: &[String],
    password: String,
) -> Result<Result<Account, UserRefused>, Error> {
    let refused = |field: &str, message: String| {
        Ok(Err(UserRefused {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            error: FieldError {
                field: field.to_owned(),
                message,
            },
        }))
    };
    let name: Username = match name.trim().parse() {
        Ok(name) => name,
        Err(error) => return refused("name", error.to_string()),
    };
    let role: Role = match role.parse() {
        Ok(role) => role,
        Err(error) => return refused("role", error.to_string()),
    };
    let sites = match sites
        .iter()
        .map(|s| s.parse::<cookiewarden_core::Slug>())
        .collect::<Result<Vec<_>, _>>()
    {
        Ok(sites) => sites,
        Err(error) => return refused("sites", error.to_string()),
    };
    let account = match Account::new(name, role, sites, String::new()) {
        Ok(account) => account,
        Err(error) => return refused("sites", error.to_string()),
    };
    let password_hash = match hash_new_password(password).await? {
        Ok(hash) => hash,
        Err(error) => return refused("password", error.to_string()),
    };
    let account = Account {
        password_hash,
        ..account
    };
    let shown = serde_json::json!({
        "admin": account.admin,
        "sites": account.memberships.iter().map(|m| format!("{} ({})", m.site, m.role)).collect::<Vec<_>>(),
    });
    let entry = AuditEntry {
        at_ms: now_ms(),
        actor,
        action: "user.create".to_owned(),
        target: format!("user:{}", account.name),
        before: None,
        after: Some(shown.to_string()),
    };
    match app.store.add_user(&account, Some(&entry)).await {
        Ok(()) => Ok(Ok(account)),
        Err(cookiewarden_store::Error::UserExists(name)) => Ok(Err(UserRefused {
            status: StatusCode::CONFLICT,
            error: FieldError {
                field: "name".to_owned(),
                message: format!("user `{name}` exists already"),
            },
        })),
        Err(cookiewarden_store::Error::UnknownSite(site)) => {
            refused("sites", format!("no site `{site}`"))
        }
        Err(error) => Err(error.into()),
    }
}

/// `POST /admin/users`: creates a user (administrators), audited; or the page again with
/// the refused value's message.
pub(crate) async fn create_user(
    State(app): State<App>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, Error> {
    if !csrf::check(&app, &headers, csrf::form_token(&pairs)) {
        return Ok(csrf_refused(&app, &hints));
    }
    let me = match require_admin(&app, &hints, &headers, &uri).await? {
        Ok(account) => account,
        Err(response) => return Ok(response),
    };
    let mut form = NewUserForm::from_pairs(pairs);
    let password = std::mem::take(&mut form.password);
    let actor = me.name.to_string();
    match add_user(&app, actor, &form.name, &form.role, &form.sites, password).await? {
        Ok(_) => Ok(no_store(Redirect::to("/admin/users").into_response())),
        Err(refused) => {
            let message = format!("{}: {}", refused.error.field, refused.error.message);
            render_users(&app, &hints, &headers, &uri, &me, &form, Some(message)).await
        }
    }
}

/// `POST /admin/users/{name}/disable` and `…/enable`, for administrators, recorded in the
/// audit log in the same transaction.
async fn set_user_state(
    app: App,
    hints: LanguageHints,
    headers: HeaderMap,
    uri: Uri,
    name: String,
    token: Option<String>,
    disabled: bool,
) -> Result<Response, Error> {
    if !csrf::check(&app, &headers, token.as_deref()) {
        return Ok(csrf_refused(&app, &hints));
    }
    let me = match require_admin(&app, &hints, &headers, &uri).await? {
        Ok(account) => account,
        Err(response) => return Ok(response),
    };
    let Some(target) = name.parse::<Username>().ok() else {
        return Ok(refusal(
            &app,
            &hints,
            StatusCode::NOT_FOUND,
            "admin-unknown-user",
        ));
    };
    if target == me.name && disabled {
        return Ok(refusal(
            &app,
            &hints,
            StatusCode::BAD_REQUEST,
            "admin-not-yourself",
        ));
    }
    let Some(before) = app.store.user(&target).await? else {
        return Ok(refusal(
            &app,
            &hints,
            StatusCode::NOT_FOUND,
            "admin-unknown-user",
        ));
    };
    let state = |disabled: bool| serde_json::json!({ "disabled": disabled }).to_string();
    let entry = AuditEntry {
        at_ms: now_ms(),
        actor: me.name.to_string(),
        action: if disabled {
            "user.disable"
        } else {
            "user.enable"
        }
        .to_owned(),
        target: format!("user:{target}"),
        before: Some(state(before.disabled)),
        after: Some(state(disabled)),
    };
    app.store
        .set_disabled_audited(&target, disabled, &entry)
        .await?;
    Ok(no_store(Redirect::to("/admin/users").into_response()))
}

/// `POST /admin/users/{name}/disable` and `POST /admin/users/{name}/enable`.
pub(crate) async fn change_user(
    State(app): State<App>,
    Path((name, action)): Path<(String, String)>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Form(form): Form<TokenForm>,
) -> Result<Response, Error> {
    let disabled = match action.as_str() {
        "disable" => true,
        "enable" => false,
        _ => return Ok(not_found_page(&app, &hints, &uri, None)),
    };
    set_user_state(
        app,
        hints,
        headers,
        uri,
        name,
        form.csrfmiddlewaretoken,
        disabled,
    )
    .await
}

#[derive(Serialize)]
struct AuditRow {
    time: String,
    actor: String,
    action: String,
    target: String,
    before: String,
    after: String,
}

/// Rows of the audit log shown.
const AUDIT_PAGE_ROWS: i64 = 500;

/// `GET /admin/audit`: the newest changes made in the back office, for administrators.
pub(crate) async fn audit(
    State(app): State<App>,
    hints: LanguageHints,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
) -> Result<Response, Error> {
    if let Err(response) = require_admin(&app, &hints, &headers, &uri).await? {
        return Ok(response);
    }
    let entries: Vec<AuditRow> = app
        .store
        .audit_log(AUDIT_PAGE_ROWS)
        .await?
        .into_iter()
        .map(|e| AuditRow {
            time: rfc3339(e.at_ms / 1000),
            actor: e.actor,
            action: e.action,
            target: e.target,
            before: e.before.unwrap_or_default(),
            after: e.after.unwrap_or_default(),
        })
        .collect();
    admin_page(
        &app,
        &hints,
        &headers,
        &uri,
        "admin_audit.html",
        StatusCode::OK,
        context! { entries => view(&entries) },
    )
}

/// A time as `2027-01-15T08:00:00Z`.
pub(crate) fn rfc3339(seconds: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(seconds)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
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
