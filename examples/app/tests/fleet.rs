//! The application's embedded CLI on a schema per tenant:
//! `example-app migrate upgrade heads --each-schema 'tenant_%'` applies
//! the embedded set, its Rust backfill included, in every tenant schema of
//! one PostgreSQL database, each with its own bookkeeping.

use std::process::Command;

use migraph::sqlx::{self, Connection};

fn server() -> String {
    migraph::env::var("TEST_POSTGRES")
        .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432".to_owned())
}

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(future)
}

async fn execute(url: &str, sql: &str) -> Result<(), sqlx::Error> {
    let mut conn = sqlx::PgConnection::connect(url).await?;
    sqlx::raw_sql(sql).execute(&mut conn).await?;
    conn.close().await
}

async fn scalar(url: &str, sql: &str) -> i64 {
    let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
    let value = sqlx::query_scalar(sql).fetch_one(&mut conn).await.unwrap();
    conn.close().await.unwrap();
    value
}

/// A database of its own, dropped on drop.
struct Database(String);

impl Drop for Database {
    fn drop(&mut self) {
        let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.0);
        let _ = block_on(execute(&format!("{}/postgres", server()), &sql));
    }
}

#[test]
fn upgrade_each_tenant_schema() {
    let name = format!("example_fleet_{}", std::process::id());
    let admin = format!("{}/postgres", server());
    if let Err(err) = block_on(execute(&admin, &format!("CREATE DATABASE {name}"))) {
        if migraph::env::is_on("REQUIRE_DB") {
            panic!("MIGRAPH_REQUIRE_DB=1 but PostgreSQL is unreachable: {err}");
        }
        migraph_test_support::skip(&format!("PostgreSQL is unreachable ({err})"));
        return;
    }
    let database = Database(name);
    let url = format!("{}/{}", server(), database.0);
    let tenants = ["tenant_a", "tenant_b", "tenant_c"];
    let schemas: String = tenants
        .iter()
        .map(|t| format!("CREATE SCHEMA {t};"))
        .collect();
    block_on(execute(&url, &format!("{schemas} CREATE SCHEMA other;"))).unwrap();
    let dir = std::env::temp_dir().join(format!("example-fleet-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();

    let app = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_example-app"))
            .args(args)
            .current_dir(&dir)
            .env("DATABASE_URL", &url)
            .output()
            .expect("the binary runs")
    };
    let run = app(&[
        "migrate",
        "upgrade",
        "heads",
        "--each-schema",
        "tenant_%",
        "--json",
    ]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let value: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    let targets = value["targets"].as_array().unwrap();
    assert_eq!(targets.len(), 3, "{stdout}");
    for target in targets {
        assert_eq!(target["status"], "applied", "{target}");
        assert_eq!(target["current"][0], "20251023_0011", "{target}");
    }
    for tenant in tenants {
        let rows = block_on(scalar(
            &url,
            &format!("SELECT count(*) FROM {tenant}.migrate_revisions WHERE status = 'applied'"),
        ));
        assert_eq!(rows, 11, "{tenant}");
        let klines = block_on(scalar(
            &url,
            &format!("SELECT count(*) FROM pg_tables WHERE schemaname = '{tenant}' AND tablename = 'klines'"),
        ));
        assert_eq!(klines, 1, "{tenant}");
    }
    let other = block_on(scalar(
        &url,
        "SELECT count(*) FROM pg_tables WHERE schemaname IN ('other', 'public')",
    ));
    assert_eq!(other, 0, "only the matching schemas were touched");

    let check = app(&["migrate", "check", "--each-schema", "tenant_%"]);
    let stdout = String::from_utf8_lossy(&check.stdout);
    assert!(check.status.success(), "{stdout}");
    assert!(stdout.contains("3 targets: 3 up to date"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}
