//! Real databases for tests: a fresh, uniquely named database per test on
//! the local PostgreSQL and MariaDB servers (dropped again with the value
//! that holds it), scratch directories, and migration files written in a
//! line.
//!
//! A database test skips (with a message) when its server is unreachable,
//! unless `MIGRAPH_REQUIRE_DB=1` is set, as `.ci/run` does: then it fails.

use std::path::{Path, PathBuf};

use crate::unique;

use sqlx::{Connection, Executor};

/// Whether `MIGRAPH_REQUIRE_DB=1` asks database tests to fail rather than skip.
pub fn required() -> bool {
    migraph_core::env::is_on("REQUIRE_DB")
}

/// Skips (with a message) or, under `MIGRAPH_REQUIRE_DB=1`, fails a test
/// whose server is unreachable.
pub fn unreachable<T>(what: &str, err: impl std::fmt::Display) -> Option<T> {
    if required() {
        panic!("MIGRAPH_REQUIRE_DB=1 but {what} is unreachable: {err}");
    }
    crate::skip(&format!(
        "{what} is unreachable ({err}); set MIGRAPH_REQUIRE_DB=1 to fail instead"
    ));
    None
}

/// The PostgreSQL server (without a database) from `MIGRAPH_TEST_POSTGRES`
/// or the local default.
pub fn postgres_server() -> String {
    migraph_core::env::var("TEST_POSTGRES")
        .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432".to_owned())
        .trim_end_matches('/')
        .to_owned()
}

/// The server URL without a database, from `MIGRAPH_TEST_MYSQL` or the local default.
pub fn mysql_server() -> String {
    migraph_core::env::var("TEST_MYSQL").unwrap_or_else(|| "mysql://root@127.0.0.1:3306".to_owned())
}

/// A database made for one test: derefs to its URL, and is dropped from its
/// server when this value is, also when the test fails (a panic unwinds
/// through it), so no run leaves `migrate_test_*` databases behind.
#[derive(Debug)]
pub struct TestDatabase {
    url: String,
    mysql: bool,
}

impl std::ops::Deref for TestDatabase {
    type Target = str;

    fn deref(&self) -> &str {
        &self.url
    }
}

impl std::fmt::Display for TestDatabase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.url)
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        // On a thread of its own with its own runtime: the test's runtime
        // may be the one running this drop, and cannot be blocked on.
        let (url, mysql) = (self.url.clone(), self.mysql);
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime to drop the test database");
            runtime.block_on(async {
                if mysql {
                    drop_mysql_database(&url).await
                } else {
                    drop_postgres_database(&url).await
                }
            })
        });
        let _ = dropped.join();
    }
}

/// Creates a fresh PostgreSQL database; dropped with the returned value.
pub async fn postgres_database() -> Option<TestDatabase> {
    let server = postgres_server();
    let mut admin = match sqlx::PgConnection::connect(&format!("{server}/postgres")).await {
        Ok(conn) => conn,
        Err(err) => return unreachable("PostgreSQL", err),
    };
    let name = unique("migrate_test");
    admin
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .expect("create a test database");
    let _ = admin.close().await;
    Some(TestDatabase {
        url: format!("{server}/{name}"),
        mysql: false,
    })
}

/// Creates a fresh MySQL/MariaDB database; dropped with the returned value.
pub async fn mysql_database() -> Option<TestDatabase> {
    let server = mysql_server();
    let mut admin = match sqlx::MySqlConnection::connect(&server).await {
        Ok(conn) => conn,
        Err(err) => return unreachable("MariaDB/MySQL", err),
    };
    let name = unique("migrate_test");
    admin
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .expect("create a test database");
    let _ = admin.close().await;
    Some(TestDatabase {
        url: format!("{server}/{name}"),
        mysql: true,
    })
}

/// A scratch directory under the workspace's `target/`, removed first if
/// it exists.
pub fn scratch(name: &str) -> PathBuf {
    let dir = crate::workspace_root()
        .join("target/test-scratch")
        .join(unique(name));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes a migration file.
pub fn revision(dir: &Path, id: &str, header: &str, up: &str, down: &str) {
    let text =
        format!("-- revision: {id}\n{header}\n\n-- migrate:up\n{up}\n\n-- migrate:down\n{down}\n");
    std::fs::write(dir.join(format!("{id}_m.sql")), text).unwrap();
}

/// Drops a database made by [`postgres_database`] (best effort, `WITH (FORCE)`).
pub async fn drop_postgres_database(url: &str) {
    let Some((server, name)) = url.rsplit_once('/') else {
        return;
    };
    if let Ok(mut admin) = sqlx::PgConnection::connect(&format!("{server}/postgres")).await {
        let _ = admin
            .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
            .await;
        let _ = admin.close().await;
    }
}

/// Drops a database made by [`mysql_database`] (best effort).
pub async fn drop_mysql_database(url: &str) {
    let Some((server, name)) = url.rsplit_once('/') else {
        return;
    };
    if let Ok(mut admin) = sqlx::MySqlConnection::connect(server).await {
        let _ = admin
            .execute(format!("DROP DATABASE IF EXISTS {name}").as_str())
            .await;
        let _ = admin.close().await;
    }
}
