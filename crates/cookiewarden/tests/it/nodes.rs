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
