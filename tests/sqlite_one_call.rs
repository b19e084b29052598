//! SQLite: a revision going up is one call to sqlx's worker (its savepoint
//! or transaction, the change counters, its row, its statements, its
//! execution time, the counters after). Statements that return rows of any
//! type run as any other; a failing statement after a held revision still
//! names its line and rolls back alone; rows record an execution time.

mod common;

use migraph::{Error, Migrations};
use sqlx::{Pool, Sqlite};

use common::revision;

#[tokio::test]
async fn sqlite_one_call_revisions_with_rows_and_a_failure() {
    let work = common::scratch("sqlite_one_call");
    let dir = work.join("migrations");
    std::fs::create_dir_all(&dir).unwrap();
    revision(
        &dir,
        "a",
        "-- down_revision: none",
        "CREATE TABLE t (x TEXT);\nINSERT INTO t VALUES ('text');\nSELECT x, 1.5, NULL FROM t;",
        "DROP TABLE t;",
    );
    // Changes nothing (its transaction is held for what follows).
    revision(
        &dir,
        "b",
        "-- down_revision: a",
        "SELECT x FROM t;\nCREATE INDEX IF NOT EXISTS t_x ON t (x);\nCREATE INDEX IF NOT EXISTS t_x ON t (x);",
        "SELECT 1;",
    );
    // Lines: 1 revision, 2 down_revision, 3 blank, 4 marker, 5 the first statement.
    revision(
        &dir,
        "c",
        "-- down_revision: b",
        "SELECT 'one';\nINSERT INTO t VALUES ('two');\nINSERT INTO no_such_table VALUES (1);",
        "SELECT 1;",
    );
    let file = work.join("one_call.db");
    let url = format!("sqlite://{}?mode=rwc", file.display());
    let pool = Pool::<Sqlite>::connect(&url).await.unwrap();
    let m = Migrations::load(&dir).unwrap();
    let err = m.upgrade(&pool, "heads").await.unwrap_err();
    let Error::Statement(failure) = &err else {
        panic!("{err}");
    };
    assert_eq!((failure.revision.as_str(), failure.line), ("c", 7), "{err}");
    assert!(failure.message.contains("no_such_table"), "{err}");
    assert_eq!(failure.applied, ["a", "b"]);
    let rows: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT revision, status, execution_ms FROM migrate_revisions ORDER BY revision",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let found: Vec<(&str, &str)> = rows
        .iter()
        .map(|(r, s, _)| (r.as_str(), s.as_str()))
        .collect();
    assert_eq!(found, [("a", "applied"), ("b", "applied")]);
    assert!(rows.iter().all(|(_, _, ms)| *ms >= 0), "{rows:?}");
    // c's insert rolled back with it; a's stayed.
    let texts: Vec<String> = sqlx::query_scalar("SELECT x FROM t")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(texts, ["text"]);
    pool.close().await;
}
