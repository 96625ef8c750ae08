use crate::server::Server;
use crate::sqlite_url;

#[test]
fn the_demo_serves_every_policy_and_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Server::start(&sqlite_url(dir.path()), &["--demo"]);
    assert!(
        server
            .banner
            .iter()
            .any(|l| l.contains("/sites/shop/cookies-policy")),
        "{:?}",
        server.banner
    );
    assert!(
        server
            .banner
            .iter()
            .any(|l| l.contains("/sites/opendata-portal/cookies-policy"))
    );

    let platform = server.get("/cookies-policy", "");
    assert!(platform.starts_with("HTTP/1.1 200"), "{platform}");
    for cookie in [
        "sessionid",
        "csrftoken",
        "django_language",
        "cookies_preferences",
    ] {
        assert!(
            platform.contains(&format!("<code>{cookie}</code>")),
            "{cookie}"
        );
    }
    let french = server.get(
        "/sites/opendata-portal/cookies-policy",
        "Cookie: django_language=fr\r\n",
    );
    assert!(french.contains(r#"<html lang="fr" dir="ltr">"#) && french.contains("2 semaines"));
    assert!(server.get("/healthz", "").ends_with("ok\n"));

    // On SQLite the signing keys are created next to the database, readable by the owner only.
    let key_file = dir.path().join("cookiewarden-keys.toml");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&key_file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let keys = std::fs::read_to_string(&key_file).unwrap();

    assert!(server.terminate().success());

    // A restart keeps the keys and the sites.
    let server = Server::start(&sqlite_url(dir.path()), &[]);
    assert_eq!(std::fs::read_to_string(&key_file).unwrap(), keys);
    assert!(
        server
            .get("/sites/shop/cookies-policy", "")
            .starts_with("HTTP/1.1 200")
    );
}

/// The number in the element with `id` of a page (the dashboard's totals).
fn total(html: &str, id: &str) -> u64 {
    html.split(&format!("id=\"{id}\">"))
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no number #{id}"))
}

#[test]
fn the_demo_opens_on_a_month_of_made_up_data_marked_as_such_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Server::start(&sqlite_url(dir.path()), &["--demo"]);
    let session = server.demo_admin_session();
    let dashboard = server.get("/admin/sites/shop/statistics", &session);
    assert!(
        dashboard.starts_with("HTTP/1.1 200"),
        "{}",
        &dashboard[..200]
    );
    let views = total(&dashboard, "total-views");
    let decisions = total(&dashboard, "total-decisions");
    assert!(
        views > 1000 && decisions > 500,
        "{views} views, {decisions} decisions"
    );
    assert!(
        dashboard.contains("synthetic demo data"),
        "the dashboard says so"
    );
    let log = server.get("/admin/sites/opendata-portal/consents", &session);
    assert!(
        log.contains("records match; 50 on this page."),
        "the log has pages"
    );
    let empty = server.get("/admin/sites/platform/statistics", &session);
    assert!(
        total(&empty, "total-views") == 0 && !empty.contains("synthetic demo data"),
        "the platform's own site gets nothing made up"
    );
    assert!(server.terminate().success());

    // Made up once: a second start finds the month there and adds nothing.
    let server = Server::start(&sqlite_url(dir.path()), &["--demo"]);
    let session = server.demo_admin_session();
    let again = server.get("/admin/sites/shop/statistics", &session);
    assert_eq!(total(&again, "total-decisions"), decisions);
}

/// A configuration file with tight connection bounds, so the tests need not wait long.
fn tight_limits(dir: &std::path::Path, extra: &str) -> String {
    let path = dir.join("limits.toml");
    std::fs::write(
        &path,
        format!("header_read_timeout = 1\nidle_timeout = 1\nshutdown_grace = 2\n{extra}"),
    )
    .unwrap();
    path.display().to_string()
}

/// Whether the server closes `stream` (end of file, or a reset) within `bound`.
fn closed_within(stream: &mut std::net::TcpStream, bound: std::time::Duration) -> bool {
    use std::io::Read;
    stream.set_read_timeout(Some(bound)).unwrap();
    let mut sink = Vec::new();
    match stream.read_to_end(&mut sink) {
        Ok(_) => true,
        Err(error) => error.kind() == std::io::ErrorKind::ConnectionReset,
    }
}

#[test]
fn half_open_and_idle_connections_are_closed_and_a_slow_client_does_not_hold_the_shutdown() {
    use std::io::Write;
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().unwrap();
    let config = tight_limits(dir.path(), "");
    let mut server = Server::start(&sqlite_url(dir.path()), &["--config", &config]);

    // Headers that never end, sent slowly or not at all: closed by the header-read timeout.
    let mut half_open = std::net::TcpStream::connect(&server.address).unwrap();
    half_open
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    assert!(closed_within(&mut half_open, Duration::from_secs(30)));

    // A keep-alive connection left idle after its answer: closed by the idle timeout.
    let mut idle = std::net::TcpStream::connect(&server.address).unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    assert!(closed_within(&mut idle, Duration::from_secs(30)));

    // One more left half open: SIGTERM still stops the server within its grace.
    let mut slow = std::net::TcpStream::connect(&server.address).unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHo").unwrap();
    let asked = Instant::now();
    let status = server.terminate();
    assert!(status.success(), "{status}");
    assert!(
        asked.elapsed() < Duration::from_secs(20),
        "stopped after {:?}",
        asked.elapsed()
    );
}

#[test]
fn connections_beyond_the_limit_wait_for_a_free_slot() {
    use std::io::{Read, Write};
    use std::time::Duration;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limits.toml");
    std::fs::write(&path, "max_connections = 1\nidle_timeout = 60\n").unwrap();
    let config = path.display().to_string();
    let server = Server::start(&sqlite_url(dir.path()), &["--config", &config]);
    let request = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    let mut holder = std::net::TcpStream::connect(&server.address).unwrap();
    holder.write_all(request).unwrap();
    let mut status = [0u8; 12];
    holder.read_exact(&mut status).unwrap();
    assert_eq!(&status, b"HTTP/1.1 200");
    // The one slot is taken: the next client waits in the listen queue, unanswered...
    let mut waiting = std::net::TcpStream::connect(&server.address).unwrap();
    waiting.write_all(request).unwrap();
    waiting
        .set_read_timeout(Some(Duration::from_millis(500)))
        .unwrap();
    assert!(
        waiting.read_exact(&mut status).is_err(),
        "answered beyond the limit"
    );
    // ...and is served as soon as the slot is free, never refused.
    drop(holder);
    waiting
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    waiting.read_exact(&mut status).unwrap();
    assert_eq!(&status, b"HTTP/1.1 200");
}

#[test]
fn a_platform_site_from_an_earlier_release_gains_the_new_languages_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let database = sqlite_url(dir.path());
    let applied = crate::run(
        crate::cookiewarden()
            .args(["site", "apply", "--database", &database])
            .arg(crate::test_data("platform-older.toml")),
    );
    assert!(applied.status.success(), "{}", crate::stderr(&applied));
    let server = Server::start(&database, &[]);
    let german = server.get("/cookies-policy?lang=de", "");
    assert!(german.contains(r#"<html lang="de" dir="ltr">"#), "{german}");
    assert!(
        !german.contains("Keeps you signed in"),
        "the cookies are described in German"
    );
}
