use sqlx::{AnyConnection, Connection, Executor};

use crate::server::Server;
use crate::{cookiewarden, repo_file, run, shop_database, sqlite_url, stderr, stdout, test_data};

#[test]
fn an_applied_site_exports_to_toml_that_applies_back_identically() {
    let dir = tempfile::tempdir().unwrap();
    let database = sqlite_url(dir.path());
    for example in ["examples/shop.toml", "examples/opendata-portal.toml"] {
        let applied = run(cookiewarden()
            .args(["site", "apply", "--database", &database])
            .arg(repo_file(example)));
        assert!(applied.status.success(), "{}", stderr(&applied));
        assert!(
            stdout(&applied).starts_with("created site"),
            "{}",
            stdout(&applied)
        );
    }
    let exported = run(cookiewarden().args(["site", "export", "shop", "--database", &database]));
    assert!(exported.status.success(), "{}", stderr(&exported));
    let export_file = dir.path().join("shop-export.toml");
    std::fs::write(&export_file, &exported.stdout).unwrap();
    let reapplied = run(cookiewarden()
        .args(["site", "apply", "--database", &database])
        .arg(&export_file));
    assert!(
        stdout(&reapplied).starts_with("unchanged site shop"),
        "{}",
        stdout(&reapplied)
    );
    let again = run(cookiewarden().args(["site", "export", "shop", "--database", &database]));
    assert_eq!(stdout(&again), stdout(&exported));
}

#[test]
fn an_invalid_file_names_file_line_and_field_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let database = sqlite_url(dir.path());
    run(cookiewarden()
        .args(["site", "apply", "--database", &database])
        .arg(repo_file("examples/shop.toml")));
    let before = run(cookiewarden().args(["site", "export", "shop", "--database", &database]));

    let broken = test_data("shop-broken.toml");
    let failed = run(cookiewarden()
        .args(["site", "apply", "--database", &database])
        .arg(&broken));
    assert!(!failed.status.success());
    let message = stderr(&failed);
    assert!(
        message.contains(&format!(
            "{}: line 12, column 12, field `cookie[0].duration`",
            broken.display()
        )),
        "{message}"
    );
    assert!(
        message.contains("invalid duration `3 fortnights`"),
        "{message}"
    );

    let after = run(cookiewarden().args(["site", "export", "shop", "--database", &database]));
    assert_eq!(stdout(&after), stdout(&before));
}

#[test]
fn exporting_an_unknown_or_malformed_slug_fails_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let database = sqlite_url(dir.path());
    let unknown = run(cookiewarden().args(["site", "export", "nope", "--database", &database]));
    assert!(!unknown.status.success());
    assert!(
        stderr(&unknown).contains("no site `nope`"),
        "{}",
        stderr(&unknown)
    );
    let malformed =
        run(cookiewarden().args(["site", "export", "Not_A_Slug", "--database", &database]));
    assert!(
        stderr(&malformed).contains("invalid site slug `Not_A_Slug`"),
        "{}",
        stderr(&malformed)
    );
}

#[test]
fn flags_override_the_environment_which_overrides_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name);
    let config = path("cookiewarden.toml");
    std::fs::write(
        &config,
        format!("database = \"sqlite://{}\"\n", path("file.db").display()),
    )
    .unwrap();

    let migrate = |env: Option<&str>, flag: Option<&str>| {
        let mut command = cookiewarden();
        command.arg("migrate").arg("--config").arg(&config);
        if let Some(env) = env {
            command.env(
                "COOKIEWARDEN_DATABASE",
                format!("sqlite://{}", path(env).display()),
            );
        }
        if let Some(flag) = flag {
            command.args(["--database", &format!("sqlite://{}", path(flag).display())]);
        }
        let output = run(&mut command);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(
            stdout(&output).contains("schema version 18"),
            "{}",
            stdout(&output)
        );
    };
    migrate(None, None);
    assert!(path("file.db").exists());
    migrate(Some("env.db"), None);
    assert!(path("env.db").exists());
    migrate(Some("env.db"), Some("flag.db"));
    assert!(path("flag.db").exists());
}

#[test]
fn an_unknown_setting_in_the_configuration_file_is_refused() {
    let output = run(cookiewarden()
        .arg("migrate")
        .arg("--config")
        .arg(test_data("unknown-setting.toml")));
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(
        message.contains("unknown-setting.toml: line 2") && message.contains("listen_address"),
        "{message}"
    );
}

#[test]
fn postgres_without_shared_keys_refuses_to_start() {
    let output = run(cookiewarden().args([
        "serve",
        "--database",
        "postgres://postgres@127.0.0.1:5432/test",
    ]));
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("COOKIEWARDEN_KEYS"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn malformed_keys_are_named() {
    let output = run(cookiewarden()
        .args([
            "serve",
            "--database",
            "postgres://postgres@127.0.0.1:5432/test",
        ])
        .env("COOKIEWARDEN_KEYS", "k1:not-hex"));
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(
        message.contains("COOKIEWARDEN_KEYS") && message.contains("hexadecimal"),
        "{message}"
    );
}

#[tokio::test]
async fn ledger_verify_finds_a_record_altered_in_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let database = shop_database(dir.path());
    let mut server = Server::start(&database, &[]);
    let config = server.get("/sites/shop/config.json", "");
    let body = &config[config.find("\r\n\r\n").unwrap() + 4..];
    let json: serde_json::Value = serde_json::from_str(body).unwrap();
    let version = json["policy"]["policy_version"]
        .as_str()
        .unwrap()
        .to_owned();
    for method in ["accept_all", "reject_all", "accept_all"] {
        let answer = server.post(
            "/sites/shop/consent",
            "application/json",
            &format!(r#"{{"method":"{method}","policy_version":"{version}"}}"#),
        );
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    }
    assert!(server.terminate().success());

    let verified = run(cookiewarden().args(["ledger", "verify", "--database", &database]));
    assert!(verified.status.success(), "{}", stderr(&verified));
    assert!(
        stdout(&verified).contains("shop: 3 consent records, chain intact"),
        "{}",
        stdout(&verified)
    );
    let csv = run(cookiewarden().args([
        "ledger",
        "export",
        "--format",
        "csv",
        "--site",
        "shop",
        "--database",
        &database,
    ]));
    let lines: Vec<&str> = std::str::from_utf8(&csv.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 4);
    assert!(
        lines[0].starts_with("site,sequence,consent_id"),
        "{}",
        lines[0]
    );

    sqlx::any::install_default_drivers();
    let mut raw = AnyConnection::connect(&database).await.unwrap();
    raw.execute("UPDATE consent_records SET method = 'accept_all' WHERE site_slug = 'shop' AND sequence = 2")
        .await
        .unwrap();
    raw.close().await.unwrap();
    let broken = run(cookiewarden().args([
        "ledger",
        "verify",
        "--site",
        "shop",
        "--database",
        &database,
    ]));
    assert!(!broken.status.success());
    assert!(
        stdout(&broken).contains("shop: chain broken at record 2"),
        "{}",
        stdout(&broken)
    );
    assert!(
        stderr(&broken).contains("does not verify"),
        "{}",
        stderr(&broken)
    );
}

#[test]
fn the_cookie_catalogue_imports_and_bad_files_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let database = sqlite_url(dir.path());
    let sample = repo_file("crates/cookiewarden-core/tests/data/catalogue-sample.csv");
    let imported = run(cookiewarden()
        .args(["import-cookie-db", "--database", &database])
        .arg(&sample));
    assert!(imported.status.success(), "{}", stderr(&imported));
    let out = stdout(&imported);
    assert!(out.starts_with("imported 6 known cookies"), "{out}");
    assert!(
        out.contains("left out 2 rows") && out.contains("line 8: invalid cookie name `cart items`"),
        "{out}"
    );

    let broken = dir.path().join("broken.csv");
    std::fs::write(&broken, "name,category\n_ga,Analytics\n").unwrap();
    let failed = run(cookiewarden()
        .args(["import-cookie-db", "--database", &database])
        .arg(&broken));
    assert!(!failed.status.success());
    assert!(
        stderr(&failed).contains(&format!("{}: line 2", broken.display())),
        "{}",
        stderr(&failed)
    );
}

#[test]
fn a_scan_that_cannot_start_exits_2_naming_the_cause() {
    let bad_url = run(cookiewarden().args(["scan", "ftp://example.invalid/"]));
    assert_eq!(bad_url.status.code(), Some(2));
    assert!(
        stderr(&bad_url).contains("ftp://example.invalid/"),
        "{}",
        stderr(&bad_url)
    );
    let no_browser = run(cookiewarden().args([
        "scan",
        "http://127.0.0.1:9/",
        "--chromium",
        "/nonexistent/chromium",
    ]));
    assert_eq!(no_browser.status.code(), Some(2));
    assert!(
        stderr(&no_browser).contains("/nonexistent/chromium"),
        "{}",
        stderr(&no_browser)
    );
    let bad_preset =
        run(cookiewarden().args(["scan", "http://127.0.0.1:9/", "--reject-cookie", "novalue"]));
    assert!(!bad_preset.status.success());
    assert!(
        stderr(&bad_preset).contains("`novalue` is not NAME=VALUE"),
        "{}",
        stderr(&bad_preset)
    );
}

/// A database with the gateway tests' site applied.
fn database_with_test_shop(dir: &std::path::Path) -> String {
    let database = sqlite_url(dir);
    let applied = run(cookiewarden()
        .args(["site", "apply", "--database", &database])
        .arg(repo_file(
            "crates/cookiewarden-gateway/tests/data/upstream-site.toml",
        )));
    assert!(applied.status.success(), "{}", stderr(&applied));
    database
}

#[test]
fn the_gateway_refuses_bad_settings_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    let database = database_with_test_shop(dir.path());
    let up = "http://127.0.0.1:9";
    let not_a_certificate = dir.path().join("ca.pem");
    std::fs::write(&not_a_certificate, "not a certificate").unwrap();
    let cases: [(&[&str], &str); 9] = [
        (&["--site", "nosuch", "--upstream", up], "no site `nosuch`"),
        (&["--site", "Bad Slug", "--upstream", up], "--site Bad Slug"),
        (
            &["--site", "testshop", "--upstream", "ftp://x"],
            "`ftp://x`",
        ),
        (
            &[
                "--site",
                "testshop",
                "--upstream",
                "https://127.0.0.1:9",
                "--upstream-ca",
                "/nonexistent/ca.pem",
            ],
            "--upstream-ca /nonexistent/ca.pem",
        ),
        (
            &[
                "--site",
                "testshop",
                "--upstream",
                "https://127.0.0.1:9",
                "--upstream-ca",
                not_a_certificate.to_str().unwrap(),
            ],
            "cannot use the TLS upstream CA",
        ),
        (
            &[
                "--site",
                "testshop",
                "--upstream",
                up,
                "--max-cookie-lifetime",
                "forever",
            ],
            "--max-cookie-lifetime forever",
        ),
        (
            &[
                "--site",
                "testshop",
                "--upstream",
                up,
                "--max-cookie-lifetime",
                "session",
            ],
            "give a fixed lifetime",
        ),
        (
            &[
                "--site",
                "testshop",
                "--upstream",
                up,
                "--upstream-timeout",
                "0",
            ],
            "--upstream-timeout 0",
        ),
        (
            &[
                "--site",
                "testshop",
                "--upstream",
                up,
                "--tls-cert",
                "/nonexistent/cert.pem",
                "--tls-key",
                "/nonexistent/key.pem",
            ],
            "/nonexistent/cert.pem",
        ),
    ];
    // A --sites file: each refused value named with its entry.
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let entry = |host: &str, site: &str| {
        format!("[[site]]\nhost = \"{host}\"\nsite = \"{site}\"\nupstream = \"{up}\"\n\n")
    };
    let twice = write(
        "twice.toml",
        &(entry("shop.test", "testshop") + &entry("Shop.Test", "testshop")),
    );
    let bad_slug = write(
        "slug.toml",
        &(entry("shop.test", "testshop") + &entry("blog.test", "Bad Slug")),
    );
    let unknown = write(
        "unknown.toml",
        &(entry("shop.test", "testshop") + "colour = \"red\"\n"),
    );
    let with_port = write("port.toml", &entry("shop.test:8080", "testshop"));
    let empty = write("empty.toml", "site = []\n");
    let sites_cases: [(&[&str], String); 6] = [
        (
            &["--sites", &twice],
            "site[1].host `Shop.Test` is named by two sites".into(),
        ),
        (&["--sites", &bad_slug], "site[1].site Bad Slug".into()),
        (&["--sites", &unknown], "unknown field `colour`".into()),
        (&["--sites", &with_port], "without scheme or port".into()),
        (&["--sites", &empty], "list at least one [[site]]".into()),
        (
            &["--sites", &twice, "--site", "testshop"],
            "cannot be used with".into(),
        ),
    ];
    let refused = |args: &[&str], expected: &str| {
        let output = run(cookiewarden()
            .args([
                "gateway",
                "--listen",
                "127.0.0.1:0",
                "--database",
                &database,
            ])
            .args(args));
        assert!(!output.status.success(), "{args:?} was accepted");
        assert!(
            stderr(&output).contains(expected),
            "{args:?}: {}",
            stderr(&output)
        );
    };
    for (args, expected) in &sites_cases {
        refused(args, expected);
    }
    for (args, expected) in cases {
        refused(args, expected);
    }
}

#[tokio::test]
async fn undeclared_cookies_are_listed_per_site() {
    let dir = tempfile::tempdir().unwrap();
    let database = database_with_test_shop(dir.path());
    let listed =
        run(cookiewarden().args(["site", "undeclared", "testshop", "--database", &database]));
    assert!(listed.status.success(), "{}", stderr(&listed));
    assert_eq!(stdout(&listed), "no undeclared cookie seen on testshop\n");

    // What a gateway would have recorded.
    sqlx::any::install_default_drivers();
    let mut raw = AnyConnection::connect(&database).await.unwrap();
    raw.execute(
        "INSERT INTO undeclared_cookies (site, name, domain, path, first_seen, last_seen, sightings) \
         VALUES ('testshop', '_mystery', 'shop.example', '/', 1800000000, 1800000060, 7)",
    )
    .await
    .unwrap();
    raw.execute(
        "INSERT INTO undeclared_scripts (site, host, path, first_seen, last_seen, sightings) \
         VALUES ('testshop', 'cdn.widgets.example', '/w.js', 1800000000, 1800000060, 3)",
    )
    .await
    .unwrap();
    raw.close().await.unwrap();
    let listed =
        run(cookiewarden().args(["site", "undeclared", "testshop", "--database", &database]));
    let text = stdout(&listed);
    let row = text
        .lines()
        .find(|l| l.starts_with("_mystery"))
        .unwrap_or_else(|| panic!("{text}"));
    for expected in [
        "shop.example",
        "2027-01-15T08:00:00Z",
        "2027-01-15T08:01:00Z",
        "7",
    ] {
        assert!(row.contains(expected), "{expected} in {row}");
    }
    let script = text
        .lines()
        .find(|l| l.starts_with("cdn.widgets.example"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        script.contains("/w.js") && script.ends_with('3'),
        "{script}"
    );
    let unknown =
        run(cookiewarden().args(["site", "undeclared", "nosuch", "--database", &database]));
    assert!(!unknown.status.success());
    assert!(
        stderr(&unknown).contains("no site `nosuch`"),
        "{}",
        stderr(&unknown)
    );
}

/// The stored password hash of a user, read straight from the database.
async fn stored_hash(database: &str, user: &str) -> String {
    sqlx::any::install_default_drivers();
    let mut raw = AnyConnection::connect(database).await.unwrap();
    let hash: String = sqlx::query_scalar("SELECT password_hash FROM users WHERE name = $1")
        .bind(user.to_owned())
        .fetch_one(&mut raw)
        .await
        .unwrap();
    raw.close().await.unwrap();
    hash
}

#[tokio::test]
async fn users_are_added_with_hashed_passwords_from_the_environment_or_stdin() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let database = database_with_test_shop(dir.path());
    let added = run(cookiewarden()
        .args([
            "user",
            "add",
            "root",
            "--role",
            "admin",
            "--database",
            &database,
        ])
        .env("COOKIEWARDEN_PASSWORD", "a long enough secret"));
    assert!(added.status.success(), "{}", stderr(&added));
    let hash = stored_hash(&database, "root").await;
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains("a long enough secret"));
    assert!(cookiewarden_core::verify_password(
        "a long enough secret",
        &hash
    ));

    // From standard input, as a script would pipe it.
    let mut child = cookiewarden()
        .args([
            "user",
            "add",
            "eve",
            "--role",
            "editor",
            "--site",
            "testshop",
            "--database",
            &database,
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"another fine secret\n")
        .unwrap();
    let piped = child.wait_with_output().unwrap();
    assert!(piped.status.success(), "{}", stderr(&piped));
    assert!(cookiewarden_core::verify_password(
        "another fine secret",
        &stored_hash(&database, "eve").await
    ));

    let listed = run(cookiewarden().args(["user", "list", "--database", &database]));
    assert_eq!(stdout(&listed), "eve\teditor of testshop\nroot\tadmin\n");

    let disabled = run(cookiewarden().args(["user", "disable", "eve", "--database", &database]));
    assert!(disabled.status.success(), "{}", stderr(&disabled));
    let listed = run(cookiewarden().args(["user", "list", "--database", &database]));
    assert!(stdout(&listed).contains("eve\teditor of testshop (disabled)"));

    let changed = run(cookiewarden()
        .args(["user", "passwd", "root", "--database", &database])
        .env("COOKIEWARDEN_PASSWORD", "a brand new secret"));
    assert!(changed.status.success(), "{}", stderr(&changed));
    let hash = stored_hash(&database, "root").await;
    assert!(cookiewarden_core::verify_password(
        "a brand new secret",
        &hash
    ));
    assert!(!cookiewarden_core::verify_password(
        "a long enough secret",
        &hash
    ));
}

#[test]
fn bad_user_commands_are_refused_naming_the_value() {
    let dir = tempfile::tempdir().unwrap();
    let database = database_with_test_shop(dir.path());
    let secret = ("COOKIEWARDEN_PASSWORD", "a long enough secret");
    run(cookiewarden()
        .args([
            "user",
            "add",
            "root",
            "--role",
            "admin",
            "--database",
            &database,
        ])
        .env(secret.0, secret.1));
    let cases: [(&[&str], &str, &str); 8] = [
        (
            &["add", "root", "--role", "admin"],
            secret.1,
            "user `root` exists already",
        ),
        (
            &["add", "Root!", "--role", "admin"],
            secret.1,
            "invalid user name `Root!`",
        ),
        (&["add", "x", "--role", "boss"], secret.1, "boss"),
        (
            &["add", "x", "--role", "editor"],
            secret.1,
            "needs at least one --site SLUG",
        ),
        (
            &["add", "x", "--role", "viewer", "--site", "nosuch"],
            secret.1,
            "no site `nosuch`",
        ),
        (
            &["add", "x", "--role", "admin", "--site", "testshop"],
            secret.1,
            "leave out --site",
        ),
        (
            &["add", "x", "--role", "admin"],
            "short",
            "at least 10 characters",
        ),
        (&["disable", "nobody"], secret.1, "no user `nobody`"),
    ];
    for (args, password, expected) in cases {
        let output = run(cookiewarden()
            .arg("user")
            .args(args)
            .args(["--database", &database])
            .env("COOKIEWARDEN_PASSWORD", password));
        assert!(!output.status.success(), "{args:?} was accepted");
        assert!(
            stderr(&output).contains(expected),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    let listed = run(cookiewarden().args(["user", "list", "--database", &database]));
    assert_eq!(stdout(&listed), "root\tadmin\n", "nothing half-created");
    // There is no flag for the password.
    let flag = run(cookiewarden().args(["user", "add", "x", "--role", "admin", "--password", "p"]));
    assert!(!flag.status.success());
}

#[tokio::test]
async fn the_demo_prints_a_fresh_admin_password_at_each_start() {
    let dir = tempfile::tempdir().unwrap();
    let database = sqlite_url(dir.path());
    let mut passwords = Vec::new();
    for _ in 0..2 {
        let mut server = Server::start(&database, &["--demo"]);
        let line = |prefix: &str| {
            server
                .banner
                .iter()
                .find_map(|l| l.trim().strip_prefix(prefix).map(str::to_owned))
                .unwrap_or_else(|| panic!("no `{prefix}` in {:?}", server.banner))
        };
        assert_eq!(line("user: "), "admin");
        passwords.push(line("password: "));
        assert!(server.terminate().success());
    }
    assert_ne!(passwords[0], passwords[1]);
    let hash = stored_hash(&database, "admin").await;
    assert!(cookiewarden_core::verify_password(&passwords[1], &hash));
    assert!(!cookiewarden_core::verify_password(&passwords[0], &hash));
}

#[test]
fn a_site_in_a_language_without_texts_is_refused_and_missing_texts_are_warned_of() {
    let dir = tempfile::tempdir().unwrap();
    let database = sqlite_url(dir.path());
    let refused = run(cookiewarden()
        .args(["site", "apply", "--database", &database])
        .arg(test_data("site-unsupported-language.toml")));
    assert!(!refused.status.success());
    let message = stderr(&refused);
    assert!(
        message.contains("`xx` has no texts in this product"),
        "{message}"
    );
    assert!(
        message.contains("ar, bg, ca, cs, da, de, el, en, es, et, fi, fr, ga, hr, hu, is, it, lt, lv, mt, nb, nl, pl, pt, ro, sk, sl, sv, tr, uk"),
        "{message}"
    );
    let applied = run(cookiewarden()
        .args(["site", "apply", "--database", &database])
        .arg(test_data("site-german.toml")));
    assert!(applied.status.success(), "{}", stderr(&applied));
    let warning = stderr(&applied);
    assert!(
        warning.contains("warning:")
            && warning.contains("cookie `_pk_id.*` has no function or purpose in en; visitors reading it see the de text"),
        "{warning}"
    );
}

#[test]
fn one_gateway_serves_the_sites_of_a_file_by_host() {
    let dir = tempfile::tempdir().unwrap();
    let database = database_with_test_shop(dir.path());
    let sites = dir.path().join("sites.toml");
    // The application is down: what answers tells which site the host chose.
    std::fs::write(
        &sites,
        "[[site]]\nhost = [\"shop.test\", \"WWW.shop.test.\"]\nsite = \"testshop\"\n\
         upstream = \"http://127.0.0.1:9\"\n",
    )
    .unwrap();
    let gateway =
        Server::start_command("gateway", &database, &["--sites", sites.to_str().unwrap()]);
    let ask = |path: &str, hosts: &str| {
        gateway.raw(&format!(
            "GET {path} HTTP/1.1\r\n{hosts}Connection: close\r\n\r\n"
        ))
    };
    let shop = ask("/", "Host: www.shop.test\r\n");
    assert!(shop.starts_with("HTTP/1.1 502"), "{shop}");
    let banner = ask("/_cookiewarden/config.json", "Host: shop.test\r\n");
    assert!(
        banner.starts_with("HTTP/1.1 200") && banner.contains("Test shop"),
        "{banner}"
    );
    let other = ask("/", "Host: other.test\r\n");
    assert!(other.starts_with("HTTP/1.1 421"), "{other}");
    // Two Host headers could name two sites to two readers: refused.
    let both = ask("/", "Host: other.test\r\nHost: shop.test\r\n");
    assert!(both.starts_with("HTTP/1.1 400"), "{both}");
}
