use cookiewarden_store::SqlStore;
use sqlx::{AnyConnection, Connection, Executor};

/// A store on a fresh, empty database, and whatever keeps that database alive.
pub(crate) struct TestStore {
    pub(crate) name: &'static str,
    pub(crate) store: SqlStore,
    pub(crate) url: String,
    schema: Option<(String, String)>,
    _dir: Option<tempfile::TempDir>,
}

impl TestStore {
    /// Drops the PostgreSQL schema of a test that passed, so the shared database stays clean.
    pub(crate) async fn finish(self) {
        self.store.close().await;
        if let Some((base, schema)) = self.schema {
            let mut admin = AnyConnection::connect(&base)
                .await
                .expect("PostgreSQL answers");
            admin
                .execute(sqlx::AssertSqlSafe(format!("DROP SCHEMA {schema} CASCADE")))
                .await
                .expect("the test schema drops");
        }
    }
}

fn random_suffix() -> String {
    let mut bytes = [0u8; 6];
    getrandom::fill(&mut bytes).expect("the OS random source works");
    hex::encode(bytes)
}

/// One fresh store per available backend. Each PostgreSQL store lives in a schema of its own,
/// so tests running in parallel on one database never see each other's rows.
pub(crate) async fn fresh_stores() -> Vec<TestStore> {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    let sqlite = SqlStore::connect(&url).await.expect("SQLite opens");
    let mut stores = vec![TestStore {
        name: "sqlite",
        store: sqlite,
        url,
        schema: None,
        _dir: Some(dir),
    }];
    match std::env::var("COOKIEWARDEN_TEST_POSTGRES_URL") {
        Ok(base) => {
            let schema = format!("test_{}", random_suffix());
            sqlx::any::install_default_drivers();
            let mut admin = AnyConnection::connect(&base)
                .await
                .expect("PostgreSQL answers");
            admin
                .execute(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
                .await
                .expect("a fresh schema");
            let separator = if base.contains('?') { '&' } else { '?' };
            let url = format!("{base}{separator}options[search_path]={schema}");
            let store = SqlStore::connect(&url)
                .await
                .expect("PostgreSQL opens in its schema");
            stores.push(TestStore {
                name: "postgres",
                store,
                url,
                schema: Some((base, schema)),
                _dir: None,
            });
        }
        Err(_) if std::env::var("CI").as_deref() == Ok("true") => {
            panic!(
                "CI=true but COOKIEWARDEN_TEST_POSTGRES_URL is not set: the PostgreSQL half of the store contract cannot be skipped in CI"
            )
        }
        Err(_) => eprintln!(
            "skipping PostgreSQL: set COOKIEWARDEN_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test to run the store contract on it"
        ),
    }
    stores
}
