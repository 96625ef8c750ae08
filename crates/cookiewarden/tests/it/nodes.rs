//! Several nodes on one PostgreSQL database, as a deployment past one machine runs them.

use sqlx::{AnyConnection, Connection, Executor};

use crate::server::Server;

/// The PostgreSQL server of the test suite, or `None` (a skip, refused when `CI=true`).
fn postgres() -> Option<String> {
    match std::env::var("COOKIEWARDEN_TEST_POSTGRES_URL") {
        Ok(url) => Some(url),
        Err(_) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but COOKIEWARDEN_TEST_POSTGRES_URL is not set"
            );
            eprintln!("skipping: set COOKIEWARDEN_TEST_POSTGRES_URL to run the multi-node tests");
            None
        }
    }
}

/// A schema of its own on the test database (so tests side by side never meet), dropped at
/// the end; the URL that opens it.
struct Schema {
    base: String,
    name: String,
    runtime: tokio::runtime::Runtime,
}

impl Schema {
    fn create(base: &str) -> Schema {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let mut suffix = [0u8; 6];
        getrandom::fill(&mut suffix).unwrap();
        let name = format!("nodes_{}", hex::encode(suffix));
        runtime.block_on(async {
            sqlx::any::install_default_drivers();
            let mut admin = AnyConnection::connect(base).await.unwrap();
            admin
                .execute(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {name}")))
                .await
                .unwrap();
        });
        Schema {
            base: base.to_owned(),
            name,
            runtime,
        }
    }

    fn url(&self) -> String {
        let separator = if self.base.contains('?') { '&' } else { '?' };
        format!("{}{separator}options[search_path]={}", self.base, self.name)
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        self.runtime.block_on(async {
            if let Ok(mut admin) = AnyConnection::connect(&self.base).await {
                let _ = admin
                    .execute(sqlx::AssertSqlSafe(format!(
                        "DROP SCHEMA {} CASCADE",
                        self.name
                    )))
                    .await;
            }
        });
    }
}

/// The key ring every node of one deployment shares.
const KEYS: &str = "node:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

#[test]
fn nodes_started_together_on_one_empty_database_all_come_up() {
    let Some(base) = postgres() else { return };
    // The race is in the first start on an empty database: tried several times.
    for _ in 0..4 {
        let schema = Schema::create(&base);
        let url = schema.url();
        let starting: Vec<std::thread::JoinHandle<Server>> = (0..3)
            .map(|_| {
                let url = url.clone();
                std::thread::spawn(move || {
                    Server::start_with_env(
                        "serve",
                        &url,
                        &["--demo"],
                        &[("COOKIEWARDEN_KEYS", KEYS)],
                    )
                })
            })
            .collect();
        let servers: Vec<Server> = starting
            .into_iter()
            .map(|start| start.join().expect("every node prints its address"))
            .collect();
        for server in &servers {
            let health = server.get("/healthz", "");
            assert!(health.starts_with("HTTP/1.1 200"), "{health}");
        }
    }
}

/// Posts `count` consents to a running `serve` and returns their ids.
fn post_consents(server: &Server, count: usize) -> Vec<String> {
    let config = server.get("/sites/shop/config.json", "");
    let body = &config[config.find("\r\n\r\n").unwrap() + 4..];
    let version = body
        .split("\"policy_version\":\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    (0..count)
        .map(|i| {
            let method = if i % 2 == 0 {
                "accept_all"
            } else {
                "reject_all"
            };
            let answer = server.post(
                "/sites/shop/consent",
                "application/json",
                &format!(r#"{{"method":"{method}","policy_version":"{version}"}}"#),
            );
            assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
            answer
                .split("\"consent_id\":\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap()
                .to_owned()
        })
        .collect()
}

#[test]
fn a_backup_taken_while_serving_moves_to_postgres_with_its_chain_intact() {
    let Some(base) = postgres() else { return };
    let dir = tempfile::tempdir().unwrap();
    let sqlite = crate::shop_database(dir.path());
    let server = Server::start(&sqlite, &[]);
    let ids = post_consents(&server, 30);

    // An online backup, while the server runs, with its key file beside it.
    let backup = dir.path().join("backup.db");
    let output = crate::run(
        crate::cookiewarden()
            .args(["backup", "--database", &sqlite])
            .arg(&backup),
    );
    assert!(output.status.success(), "{}", crate::stderr(&output));
    let keys = dir.path().join("backup.db.keys.toml");
    assert!(keys.exists());
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&keys).unwrap().permissions().mode() & 0o777,
        0o600
    );
    drop(server);
    let again = crate::run(
        crate::cookiewarden()
            .args(["backup", "--database", &sqlite])
            .arg(&backup),
    );
    assert!(!again.status.success(), "a backup never overwrites a file");

    // The backup moves to a new PostgreSQL database, ledger verified there.
    let schema = Schema::create(&base);
    let backup_url = format!("sqlite://{}", backup.display());
    let moved = crate::run(crate::cookiewarden().args([
        "migrate",
        "--database",
        &backup_url,
        "--to",
        &schema.url(),
    ]));
    let text = crate::stdout(&moved);
    assert!(moved.status.success(), "{text}{}", crate::stderr(&moved));
    assert!(text.contains("consent_records: 30 rows"), "{text}");
    assert!(
        text.contains("shop: 30 consent records, chain intact"),
        "{text}"
    );
    let export = crate::run(crate::cookiewarden().args([
        "ledger",
        "export",
        "--database",
        &schema.url(),
        "--site",
        "shop",
    ]));
    let exported = crate::stdout(&export);
    for id in &ids {
        assert!(exported.contains(id.as_str()), "{id} moved");
    }

    // A second move into the same database is refused, and leaves it as it was.
    let twice = crate::run(crate::cookiewarden().args([
        "migrate",
        "--database",
        &backup_url,
        "--to",
        &schema.url(),
    ]));
    assert!(!twice.status.success());
    assert!(
        crate::stderr(&twice).contains("not empty"),
        "{}",
        crate::stderr(&twice)
    );

    // The moved database serves: a node on it shows the same policy and takes new consents.
    let node = Server::start_with_env("serve", &schema.url(), &[], &[("COOKIEWARDEN_KEYS", KEYS)]);
    assert_eq!(post_consents(&node, 2).len(), 2);
}
