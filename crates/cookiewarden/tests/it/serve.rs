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
    assert!(french.contains(r#"<html lang="fr">"#) && french.contains("2 semaines"));
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
