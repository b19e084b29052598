//! The runtime against real databases: SQLite files, and fresh databases on
//! the local PostgreSQL and MariaDB servers (see `tests/common`).

mod common;

use std::path::Path;

use migrate::runtime::Backend;
use migrate::{Direction, Drift, Error, Migrations};
use sqlx::{MySql, Pool, Postgres, Sqlite};

use common::revision;

/// A graph with two labelled branches, a cross-branch `depends_on` (by
/// label) and a merge; portable SQL, so every driver runs the same files.
fn branchy(dir: &Path) -> Migrations {
    revision(
        dir,
        "a1",
        "-- down_revision: none",
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY, name VARCHAR(50));",
        "DROP TABLE accounts;",
    );
    revision(
        dir,
        "b1",
        "-- down_revision: a1\n-- branch_labels: ingest",
        "CREATE TABLE candles (id INTEGER PRIMARY KEY, symbol VARCHAR(20));",
        "DROP TABLE candles;",
    );
    revision(
        dir,
        "b2",
        "-- down_revision: b1",
        "ALTER TABLE candles ADD volume INTEGER;",
        "ALTER TABLE candles DROP COLUMN volume;",
    );
    revision(dir, "c1", "-- down_revision: a1\n-- branch_labels: audit\n-- depends_on: ingest", "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, candle_id INTEGER);\nINSERT INTO audit_log (id, candle_id) VALUES (1, NULL);", "DROP TABLE audit_log;");
    revision(
        dir,
        "m1",
        "-- down_revision: b2, c1\n-- message: consolidate heads",
        "INSERT INTO accounts (id, name) VALUES (1, 'first');",
        "DELETE FROM accounts WHERE id = 1;",
    );
    Migrations::load(dir).unwrap()
}

fn ids(report: &migrate::Report) -> Vec<(&str, Direction)> {
    report
        .steps
        .iter()
        .map(|s| (s.revision.as_str(), s.direction))
        .collect()
}

/// The schema as catalog rows, to compare states.
trait Catalog: Backend {
    fn schema(pool: &Pool<Self>) -> impl std::future::Future<Output = Vec<String>>;
}

impl Catalog for Sqlite {
    async fn schema(pool: &Pool<Self>) -> Vec<String> {
        sqlx::query_scalar(SQLITE_SCHEMA)
            .fetch_all(pool)
            .await
            .unwrap()
    }
}

impl Catalog for Postgres {
    async fn schema(pool: &Pool<Self>) -> Vec<String> {
        sqlx::query_scalar(POSTGRES_SCHEMA)
            .fetch_all(pool)
            .await
            .unwrap()
    }
}

impl Catalog for MySql {
    async fn schema(pool: &Pool<Self>) -> Vec<String> {
        sqlx::query_scalar(MYSQL_SCHEMA)
            .fetch_all(pool)
            .await
            .unwrap()
    }
}

const SQLITE_SCHEMA: &str = "SELECT type || ':' || name || ':' || COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name";
const POSTGRES_SCHEMA: &str = "SELECT table_name || '.' || column_name || ':' || data_type FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1";
const MYSQL_SCHEMA: &str = "SELECT CAST(CONCAT(table_name, '.', column_name, ':', column_type) AS CHAR) FROM information_schema.columns WHERE table_schema = DATABASE() ORDER BY 1";

/// Upgrade, downgrade, stamp and re-upgrade: each step's plan and state,
/// and the schema after a full round trip equals the first.
async fn round_trip<DB: Catalog>(pool: &Pool<DB>) {
    let dir = common::scratch("round_trip");
    let m = branchy(&dir);
    let migrator = m.migrator();

    let up = migrator.upgrade(pool, "heads").await.unwrap();
    assert_eq!(
        ids(&up),
        [
            ("a1", Direction::Up),
            ("b1", Direction::Up),
            ("b2", Direction::Up),
            ("c1", Direction::Up),
            ("m1", Direction::Up)
        ]
    );
    assert_eq!(up.current, ["m1"]);
    assert_eq!(migrator.current(pool).await.unwrap(), ["m1"]);
    let first = DB::schema(pool).await;
    assert!(first.iter().any(|c| c.contains("volume")), "{first:?}");

    // Nothing to do at head.
    assert!(migrator
        .upgrade(pool, "head")
        .await
        .unwrap()
        .steps
        .is_empty());

    // Down to b1 keeps c1: it depends on b1, which stays (as in Alembic).
    let down = migrator.downgrade(pool, "b1").await.unwrap();
    assert_eq!(
        ids(&down),
        [("m1", Direction::Down), ("b2", Direction::Down)]
    );
    assert_eq!(migrator.current(pool).await.unwrap(), ["c1"]);

    // Reverting the ingest branch back to a1 reverts what depends on it too.
    let down = migrator.downgrade(pool, "ingest@a1").await.unwrap();
    assert_eq!(
        ids(&down),
        [("c1", Direction::Down), ("b1", Direction::Down)]
    );
    assert_eq!(migrator.current(pool).await.unwrap(), ["a1"]);

    let all_down = migrator.downgrade(pool, "base").await.unwrap();
    assert_eq!(ids(&all_down), [("a1", Direction::Down)]);
    assert!(migrator.current(pool).await.unwrap().is_empty());

    let again = migrator.upgrade(pool, "heads").await.unwrap();
    assert_eq!(again.steps.len(), 5);
    assert_eq!(DB::schema(pool).await, first);

    // Stamp moves the bookkeeping only: down to b1, then up again for real.
    let stamp = migrator.stamp(pool, "b1", false).await.unwrap();
    assert_eq!(
        ids(&stamp),
        [
            ("m1", Direction::Down),
            ("c1", Direction::Down),
            ("b2", Direction::Down)
        ]
    );
    assert_eq!(migrator.current(pool).await.unwrap(), ["b1"]);
    assert_eq!(DB::schema(pool).await, first, "stamp ran SQL");
    let check = migrator.check(pool).await.unwrap();
    assert_eq!(check.pending, ["b2", "c1", "m1"]);
    assert!(!check.is_up_to_date());
    // Stamp forward again; the bookkeeping now matches the schema.
    migrator.stamp(pool, "heads", false).await.unwrap();
    assert!(migrator.check(pool).await.unwrap().is_up_to_date());
}

/// A clean round trip, without the deliberately inconsistent stamp at the end.
async fn clean_round_trip<DB: Catalog>(pool: &Pool<DB>) {
    let dir = common::scratch("clean_round_trip");
    let m = branchy(&dir);
    let migrator = m.migrator();
    migrator.upgrade(pool, "heads").await.unwrap();
    let first = DB::schema(pool).await;
    migrator.downgrade(pool, "base").await.unwrap();
    // After the merge, `ingest@head` is m1 (as in Alembic); name the branch tip.
    migrator.upgrade(pool, "ingest@b2").await.unwrap();
    assert_eq!(migrator.current(pool).await.unwrap(), ["b2"]);
    migrator.upgrade(pool, "heads").await.unwrap();
    assert_eq!(DB::schema(pool).await, first);
    let check = migrator.check(pool).await.unwrap();
    assert!(check.is_up_to_date(), "{check:?}");
    assert_eq!(check.current, ["m1"]);
}

/// A failing statement in the middle of a plan: earlier revisions stay
/// applied, the failing one is rolled back and absent, the error names the
/// file and the statement's line.
async fn failure_in_the_middle<DB: Backend>(pool: &Pool<DB>) {
    let dir = common::scratch("failure");
    revision(
        &dir,
        "f1",
        "-- down_revision: none",
        "CREATE TABLE t1 (x INTEGER);",
        "DROP TABLE t1;",
    );
    revision(
        &dir,
        "f2",
        "-- down_revision: f1",
        "CREATE TABLE t2 (x INTEGER);\n\nINSERT INTO no_such_table VALUES (1);",
        "DROP TABLE t2;",
    );
    revision(
        &dir,
        "f3",
        "-- down_revision: f2",
        "CREATE TABLE t3 (x INTEGER);",
        "DROP TABLE t3;",
    );
    let m = Migrations::load(&dir).unwrap();
    let err = m.upgrade(pool, "head").await.unwrap_err();
    let Error::Statement(failure) = &err else {
        panic!("{err}");
    };
    assert_eq!(failure.revision, "f2");
    assert!(failure.file.ends_with("f2_m.sql"), "{}", failure.file);
    // Header (2 lines), blank, marker on line 4; the INSERT is on line 7.
    assert_eq!(failure.line, 7, "{err}");
    assert_eq!(failure.applied, ["f1"]);
    let recorded_failed = &failure.recorded_failed;
    let message = err.to_string();
    assert!(message.contains("f2_m.sql:7:"), "{message}");
    let current = m.migrator().current(pool).await.unwrap();
    if *recorded_failed {
        // MySQL: DDL committed implicitly, so the revision is recorded failed.
        assert_eq!(current, ["f1"]);
        let again = m.upgrade(pool, "head").await.unwrap_err();
        assert!(
            matches!(&again, Error::Drift(d) if matches!(&d[0], Drift::Failed { revision, .. } if revision == "f2")),
            "{again}"
        );
    } else {
        assert_eq!(current, ["f1"]);
        // Fix the file; the next run picks up at f2.
        revision(
            &dir,
            "f2",
            "-- down_revision: f1",
            "CREATE TABLE t2 (x INTEGER);",
            "DROP TABLE t2;",
        );
        let fixed = Migrations::load(&dir).unwrap();
        let report = fixed.upgrade(pool, "head").await.unwrap();
        assert_eq!(ids(&report), [("f2", Direction::Up), ("f3", Direction::Up)]);
    }
}

/// Edited, unknown and failed revisions stop a run before anything runs.
async fn drift<DB: Backend>(pool: &Pool<DB>) {
    let dir = common::scratch("drift");
    revision(
        &dir,
        "d1",
        "-- down_revision: none",
        "CREATE TABLE d1 (x INTEGER);",
        "DROP TABLE d1;",
    );
    revision(
        &dir,
        "d2",
        "-- down_revision: d1",
        "CREATE TABLE d2 (x INTEGER);",
        "DROP TABLE d2;",
    );
    let m = Migrations::load(&dir).unwrap();
    m.upgrade(pool, "d1").await.unwrap();
    let recorded = m.get("d1").unwrap().checksum().to_string();

    // Edit d1 after it was applied.
    revision(
        &dir,
        "d1",
        "-- down_revision: none",
        "CREATE TABLE d1 (x INTEGER, y INTEGER);",
        "DROP TABLE d1;",
    );
    let edited = Migrations::load(&dir).unwrap();
    let err = edited.upgrade(pool, "head").await.unwrap_err();
    let Error::Drift(drift) = &err else {
        panic!("{err}")
    };
    assert_eq!(
        drift,
        &[Drift::ChecksumMismatch {
            revision: "d1".into(),
            file: format!("{}/d1_m.sql", dir.display()),
            recorded: recorded.clone(),
            expected: edited.get("d1").unwrap().checksum().to_string(),
        }]
    );
    assert!(err.to_string().contains(&recorded), "{err}");
    assert_eq!(
        edited.migrator().current(pool).await.unwrap(),
        ["d1"],
        "drift changed something"
    );
    // Explicitly allowed, it proceeds.
    let report = edited
        .migrator()
        .dangerous_allow_checksum_mismatch(true)
        .upgrade(pool, "head")
        .await
        .unwrap();
    assert_eq!(ids(&report), [("d2", Direction::Up)]);
    // Repairing the checksum makes it clean.
    assert_eq!(
        edited.migrator().repair_checksums(pool).await.unwrap(),
        ["d1"]
    );
    assert!(edited.migrator().check(pool).await.unwrap().is_up_to_date());

    // A build that lacks d2: the database is ahead of the code.
    std::fs::remove_file(dir.join("d2_m.sql")).unwrap();
    let older = Migrations::load(&dir).unwrap();
    let err = older.upgrade(pool, "head").await.unwrap_err();
    assert!(
        matches!(&err, Error::Drift(d) if d == &[Drift::Unknown { revision: "d2".into() }]),
        "{err}"
    );
    assert_eq!(older.migrator().current(pool).await.unwrap(), ["d1", "d2"]);
    let check = older.migrator().check(pool).await.unwrap();
    assert_eq!(
        check.drift,
        [Drift::Unknown {
            revision: "d2".into()
        }]
    );
}

/// Downgrading across an irreversible revision is refused before anything runs.
async fn irreversible<DB: Backend>(pool: &Pool<DB>) {
    let dir = common::scratch("irreversible");
    revision(
        &dir,
        "i1",
        "-- down_revision: none",
        "CREATE TABLE i1 (x INTEGER);",
        "DROP TABLE i1;",
    );
    std::fs::write(
        dir.join("i2_m.sql"),
        "-- revision: i2\n-- down_revision: i1\n\n-- migrate:up\nINSERT INTO i1 VALUES (1);\n\n-- migrate:down irreversible\n",
    )
    .unwrap();
    revision(
        &dir,
        "i3",
        "-- down_revision: i2",
        "CREATE TABLE i3 (x INTEGER);",
        "DROP TABLE i3;",
    );
    let m = Migrations::load(&dir).unwrap();
    m.upgrade(pool, "head").await.unwrap();
    let err = m.downgrade(pool, "base").await.unwrap_err();
    assert!(
        matches!(&err, Error::Irreversible { revisions, .. } if revisions[0].0 == "i2"),
        "{err}"
    );
    assert_eq!(
        m.migrator().current(pool).await.unwrap(),
        ["i3"],
        "something ran"
    );
    // Down to just above it is fine.
    m.downgrade(pool, "i2").await.unwrap();
    assert_eq!(m.migrator().current(pool).await.unwrap(), ["i2"]);
}

async fn sqlite_pool() -> Pool<Sqlite> {
    let dir = common::scratch("sqlite");
    let url = format!("sqlite://{}?mode=rwc", dir.join("db.sqlite").display());
    Pool::<Sqlite>::connect(&url).await.unwrap()
}

#[tokio::test]
async fn sqlite_round_trip() {
    clean_round_trip(&sqlite_pool().await).await;
    round_trip(&sqlite_pool().await).await;
}

#[tokio::test]
async fn sqlite_failure_drift_irreversible() {
    failure_in_the_middle(&sqlite_pool().await).await;
    drift(&sqlite_pool().await).await;
    irreversible(&sqlite_pool().await).await;
}

#[tokio::test]
async fn sqlite_in_memory() {
    let pool = Pool::<Sqlite>::connect("sqlite::memory:").await.unwrap();
    let dir = common::scratch("memory");
    let m = branchy(&dir);
    // One connection of the caller's: in-memory databases live per connection.
    let mut conn = pool.acquire().await.unwrap();
    let report = m
        .migrator()
        .upgrade_on::<Sqlite>(&mut conn, "heads")
        .await
        .unwrap();
    assert_eq!(report.current, ["m1"]);
    assert_eq!(
        m.migrator().current_on::<Sqlite>(&mut conn).await.unwrap(),
        ["m1"]
    );
}

async fn postgres_pool() -> Option<Pool<Postgres>> {
    let url = common::postgres_database().await?;
    Some(Pool::<Postgres>::connect(&url).await.unwrap())
}

#[tokio::test]
async fn postgres_round_trip() {
    let Some(pool) = postgres_pool().await else {
        return;
    };
    clean_round_trip(&pool).await;
    let Some(pool) = postgres_pool().await else {
        return;
    };
    round_trip(&pool).await;
}

#[tokio::test]
async fn postgres_failure_drift_irreversible() {
    for case in 0..3 {
        let Some(pool) = postgres_pool().await else {
            return;
        };
        match case {
            0 => failure_in_the_middle(&pool).await,
            1 => drift(&pool).await,
            _ => irreversible(&pool).await,
        }
    }
}

async fn mysql_pool() -> Option<Pool<MySql>> {
    let url = common::mysql_database().await?;
    Some(Pool::<MySql>::connect(&url).await.unwrap())
}

#[tokio::test]
async fn mysql_round_trip() {
    let Some(pool) = mysql_pool().await else {
        return;
    };
    clean_round_trip(&pool).await;
    let Some(pool) = mysql_pool().await else {
        return;
    };
    round_trip(&pool).await;
}

#[tokio::test]
async fn mysql_failure_drift_irreversible() {
    for case in 0..3 {
        let Some(pool) = mysql_pool().await else {
            return;
        };
        match case {
            0 => failure_in_the_middle(&pool).await,
            1 => drift(&pool).await,
            _ => irreversible(&pool).await,
        }
    }
}
