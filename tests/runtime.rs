//! The runtime against real databases: SQLite files, and fresh databases on
//! the local PostgreSQL and MariaDB servers (see `tests/common`).

mod common;

use std::path::Path;

use migraph::runtime::Backend;
use migraph::{Direction, Drift, Error, Migrations};
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

fn ids(report: &migraph::Report) -> Vec<(&str, Direction)> {
    report
        .steps
        .iter()
        .map(|s| (s.revision.as_str(), s.direction))
        .collect()
}

/// The schema as catalog rows, to compare states.
trait Catalog: Backend {
    fn schema(pool: &Pool<Self>) -> impl std::future::Future<Output = Vec<String>>;
    /// Runs a statement (test set-up).
    fn exec(pool: &Pool<Self>, sql: &str) -> impl std::future::Future<Output = ()>;
    /// A one-column query of text.
    fn strings(pool: &Pool<Self>, sql: &str) -> impl std::future::Future<Output = Vec<String>>;
}

impl Catalog for Sqlite {
    async fn exec(pool: &Pool<Self>, sql: &str) {
        sqlx::query(sql).execute(pool).await.unwrap();
    }
    async fn strings(pool: &Pool<Self>, sql: &str) -> Vec<String> {
        sqlx::query_scalar(sql).fetch_all(pool).await.unwrap()
    }
    async fn schema(pool: &Pool<Self>) -> Vec<String> {
        sqlx::query_scalar(SQLITE_SCHEMA)
            .fetch_all(pool)
            .await
            .unwrap()
    }
}

impl Catalog for Postgres {
    async fn exec(pool: &Pool<Self>, sql: &str) {
        sqlx::query(sql).execute(pool).await.unwrap();
    }
    async fn strings(pool: &Pool<Self>, sql: &str) -> Vec<String> {
        sqlx::query_scalar(sql).fetch_all(pool).await.unwrap()
    }
    async fn schema(pool: &Pool<Self>) -> Vec<String> {
        sqlx::query_scalar(POSTGRES_SCHEMA)
            .fetch_all(pool)
            .await
            .unwrap()
    }
}

impl Catalog for MySql {
    async fn exec(pool: &Pool<Self>, sql: &str) {
        sqlx::query(sql).execute(pool).await.unwrap();
    }
    async fn strings(pool: &Pool<Self>, sql: &str) -> Vec<String> {
        sqlx::query_scalar(sql).fetch_all(pool).await.unwrap()
    }
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
    let report = m.migrator().upgrade(&mut *conn, "heads").await.unwrap();
    assert_eq!(report.current, ["m1"]);
    assert_eq!(m.migrator().current(&mut *conn).await.unwrap(), ["m1"]);
}

/// A pool on a fresh database, and the guard that drops the database.
async fn postgres_pool() -> Option<(Pool<Postgres>, common::TestDatabase)> {
    let url = common::postgres_database().await?;
    let pool = Pool::<Postgres>::connect(&url).await.unwrap();
    Some((pool, url))
}

#[tokio::test]
async fn postgres_round_trip() {
    let Some((pool, _db)) = postgres_pool().await else {
        return;
    };
    clean_round_trip(&pool).await;
    let Some((pool, _db)) = postgres_pool().await else {
        return;
    };
    round_trip(&pool).await;
}

#[tokio::test]
async fn postgres_failure_drift_irreversible() {
    for case in 0..3 {
        let Some((pool, _db)) = postgres_pool().await else {
            return;
        };
        match case {
            0 => failure_in_the_middle(&pool).await,
            1 => drift(&pool).await,
            _ => irreversible(&pool).await,
        }
    }
}

/// A pool on a fresh database, and the guard that drops the database.
async fn mysql_pool() -> Option<(Pool<MySql>, common::TestDatabase)> {
    let url = common::mysql_database().await?;
    let pool = Pool::<MySql>::connect(&url).await.unwrap();
    Some((pool, url))
}

#[tokio::test]
async fn mysql_round_trip() {
    let Some((pool, _db)) = mysql_pool().await else {
        return;
    };
    clean_round_trip(&pool).await;
    let Some((pool, _db)) = mysql_pool().await else {
        return;
    };
    round_trip(&pool).await;
}

#[tokio::test]
async fn mysql_failure_drift_irreversible() {
    for case in 0..3 {
        let Some((pool, _db)) = mysql_pool().await else {
            return;
        };
        match case {
            0 => failure_in_the_middle(&pool).await,
            1 => drift(&pool).await,
            _ => irreversible(&pool).await,
        }
    }
}

/// A `transactional: false` revision that fails part-way is recorded as
/// failed, naming the statement; later runs stop until it is resolved.
#[tokio::test]
async fn postgres_non_transactional_failure_is_recorded() {
    let Some((pool, _db)) = postgres_pool().await else {
        return;
    };
    let dir = common::scratch("non_tx");
    revision(
        &dir,
        "n0",
        "-- down_revision: none",
        "CREATE TABLE n (x INTEGER);",
        "DROP TABLE n;",
    );
    revision(
        &dir,
        "n1",
        "-- down_revision: n0\n-- transactional: false",
        "CREATE INDEX CONCURRENTLY n_x ON n (x);\nINSERT INTO missing_table VALUES (1);\nCREATE INDEX CONCURRENTLY n_y ON n (x);",
        "DROP INDEX CONCURRENTLY n_x;",
    );
    let m = Migrations::load(&dir).unwrap();
    let err = m.upgrade(&pool, "head").await.unwrap_err();
    let Error::Statement(failure) = &err else {
        panic!("{err}")
    };
    assert!(failure.recorded_failed);
    assert_eq!(
        (failure.revision.as_str(), failure.line),
        ("n1", 7),
        "{err}"
    );
    assert!(failure.message.contains("missing_table"), "{err}");
    // The first statement ran and stays: PostgreSQL cannot undo it.
    let indexes: Vec<String> = sqlx::query_scalar(
        "SELECT indexname::text FROM pg_indexes WHERE tablename = 'n' ORDER BY 1",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(indexes, ["n_x"]);

    let again = m.upgrade(&pool, "head").await.unwrap_err();
    let Error::Drift(drift) = &again else {
        panic!("{again}")
    };
    let text = again.to_string();
    assert!(
        matches!(&drift[..], [Drift::Failed { revision, .. }] if revision == "n1"),
        "{text}"
    );
    assert!(
        text.contains("n1_m.sql:7") && text.contains("missing_table"),
        "{text}"
    );
    assert_eq!(
        m.migrator().current(&pool).await.unwrap(),
        ["n0"],
        "a failed revision is not current"
    );

    // A person finishes the revision by hand and stamps it.
    sqlx::query("CREATE INDEX n_y ON n (x)")
        .execute(&pool)
        .await
        .unwrap();
    m.migrator().stamp(&pool, "n1", false).await.unwrap();
    let check = m.migrator().check(&pool).await.unwrap();
    assert!(check.is_up_to_date(), "{check:?}");
}

fn atomic_fixture(dir: &Path, third_fails: bool) -> Migrations {
    revision(
        dir,
        "t1",
        "-- down_revision: none",
        "CREATE TABLE t1 (x INTEGER);",
        "DROP TABLE t1;",
    );
    revision(
        dir,
        "t2",
        "-- down_revision: t1",
        "CREATE TABLE t2 (x INTEGER);",
        "DROP TABLE t2;",
    );
    let bad = if third_fails {
        "INSERT INTO nowhere VALUES (1);"
    } else {
        "CREATE TABLE t3 (x INTEGER);"
    };
    revision(dir, "t3", "-- down_revision: t2", bad, "DROP TABLE t3;");
    Migrations::load(dir).unwrap()
}

async fn atomic_mode<DB: Catalog>(pool: &Pool<DB>) {
    let before = DB::schema(pool).await;
    let m = atomic_fixture(&common::scratch("atomic"), true);
    let err = m
        .migrator()
        .atomic(true)
        .upgrade(pool, "head")
        .await
        .unwrap_err();
    let Error::Statement(failure) = &err else {
        panic!("{err}")
    };
    assert_eq!(failure.revision, "t3");
    assert!(failure.applied.is_empty(), "{err}");
    // Nothing of the run stays (the bookkeeping table is created first, on its own).
    let after: Vec<String> = DB::schema(pool)
        .await
        .into_iter()
        .filter(|c| !c.contains("migrate_revisions"))
        .collect();
    assert_eq!(after, before);
    assert!(m.migrator().current(pool).await.unwrap().is_empty());

    let m = atomic_fixture(&common::scratch("atomic_ok"), false);
    let report = m
        .migrator()
        .atomic(true)
        .upgrade(pool, "head")
        .await
        .unwrap();
    assert_eq!(report.steps.len(), 3);
    assert_eq!(m.migrator().current(pool).await.unwrap(), ["t3"]);
    let down = m
        .migrator()
        .atomic(true)
        .downgrade(pool, "base")
        .await
        .unwrap();
    assert_eq!(down.steps.len(), 3);
}

#[tokio::test]
async fn atomic_mode_all_or_nothing() {
    atomic_mode(&sqlite_pool().await).await;
    let Some((pool, _db)) = postgres_pool().await else {
        return;
    };
    atomic_mode(&pool).await;
}

#[tokio::test]
async fn atomic_mode_refusals() {
    let dir = common::scratch("atomic_refused");
    revision(
        &dir,
        "r1",
        "-- down_revision: none",
        "CREATE TABLE r1 (x INTEGER);",
        "DROP TABLE r1;",
    );
    revision(
        &dir,
        "r2",
        "-- down_revision: r1\n-- transactional: false",
        "VACUUM;",
        "SELECT 1;",
    );
    let m = Migrations::load(&dir).unwrap();
    let pool = sqlite_pool().await;
    let err = m
        .migrator()
        .atomic(true)
        .upgrade(&pool, "head")
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::AtomicRefused { revisions } if revisions[0].0 == "r2"),
        "{err}"
    );
    assert!(
        m.migrator().current(&pool).await.unwrap().is_empty(),
        "something ran"
    );

    let Some((pool, _db)) = mysql_pool().await else {
        return;
    };
    let m = atomic_fixture(&common::scratch("atomic_mysql"), false);
    let err = m
        .migrator()
        .atomic(true)
        .upgrade(&pool, "head")
        .await
        .unwrap_err();
    assert!(err.to_string().contains("DDL commits implicitly"), "{err}");
}

/// Several applications (or tenants) share one database through their own
/// bookkeeping tables or schemas.
#[tokio::test]
async fn postgres_tables_and_schemas_share_a_database() {
    let Some((pool, _db)) = postgres_pool().await else {
        return;
    };
    let app_a = common::scratch("app_a");
    revision(
        &app_a,
        "a1",
        "-- down_revision: none",
        "CREATE TABLE app_a_items (x INTEGER);",
        "DROP TABLE app_a_items;",
    );
    let app_b = common::scratch("app_b");
    revision(
        &app_b,
        "b1",
        "-- down_revision: none",
        "CREATE TABLE app_b_items (x INTEGER);",
        "DROP TABLE app_b_items;",
    );
    revision(
        &app_b,
        "b2",
        "-- down_revision: b1",
        "ALTER TABLE app_b_items ADD y INTEGER;",
        "ALTER TABLE app_b_items DROP COLUMN y;",
    );
    let a = Migrations::load(&app_a).unwrap();
    let b = Migrations::load(&app_b).unwrap();

    let a_migrator = a.migrator().schema("tenant_a").unwrap();
    let b_migrator = b.migrator().table("app_b_revisions").unwrap();
    assert_eq!(
        a_migrator.upgrade(&pool, "head").await.unwrap().current,
        ["a1"]
    );
    assert_eq!(
        b_migrator.upgrade(&pool, "head").await.unwrap().current,
        ["b2"]
    );
    // Each sees only its own revisions: no drift, no unknown ids.
    assert!(a_migrator.check(&pool).await.unwrap().is_up_to_date());
    assert!(b_migrator.check(&pool).await.unwrap().is_up_to_date());
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_schema || '.' || table_name FROM information_schema.tables \
         WHERE table_name LIKE '%revisions' ORDER BY 1",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        tables,
        ["public.app_b_revisions", "tenant_a.migrate_revisions"]
    );
}

/// A bad table name is refused before any SQL is built from it.
#[test]
fn table_names_are_checked() {
    let m = Migrations::load("migrations").unwrap();
    let err = m.migrator().table("revs; DROP TABLE x").unwrap_err();
    assert!(
        err.to_string().contains("not a valid table or schema name"),
        "{err}"
    );
}

/// The lock-table strategy: a live lease blocks (and the timeout names its
/// holder), an expired one is taken over, a finished run leaves no row.
async fn lease_lock<DB: Catalog>(pool: &Pool<DB>) {
    use migraph::LockStrategy;
    use std::time::{Duration, SystemTime, UNIX_EPOCH};

    let dir = common::scratch("lease");
    let m = branchy(&dir);
    let lease = LockStrategy::Table {
        lease: Duration::from_secs(60),
    };
    let migrator = m
        .migrator()
        .lock_strategy(lease)
        .lock_timeout(Duration::from_millis(600))
        .lock_poll_interval(Duration::from_millis(50));

    let now_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    DB::exec(pool, "CREATE TABLE migrate_revisions_lock (name VARCHAR(64) NOT NULL PRIMARY KEY, holder VARCHAR(200) NOT NULL, expires_at BIGINT NOT NULL)").await;
    let insert = format!(
        "INSERT INTO migrate_revisions_lock VALUES ('migrate', 'other-host:42:abc', {})",
        now_ms + 60_000
    );
    DB::exec(pool, &insert).await;
    let err = migrator.upgrade(pool, "heads").await.unwrap_err();
    assert!(
        matches!(&err, migraph::Error::LockTimeout { holder: Some(h), .. } if h == "other-host:42:abc"),
        "{err}"
    );
    assert!(
        migrator.current(pool).await.unwrap().is_empty(),
        "ran without the lock"
    );

    // The other runner died long ago: its lease expired.
    let expire = format!(
        "UPDATE migrate_revisions_lock SET expires_at = {}",
        now_ms - 1
    );
    DB::exec(pool, &expire).await;
    let report = migrator.upgrade(pool, "heads").await.unwrap();
    assert_eq!(report.current, ["m1"]);
    let rows = DB::strings(pool, "SELECT holder FROM migrate_revisions_lock").await;
    assert!(rows.is_empty(), "lease left behind: {rows:?}");
}

#[tokio::test]
async fn lease_lock_strategy() {
    lease_lock(&sqlite_pool().await).await;
    let Some((pool, _db)) = postgres_pool().await else {
        return;
    };
    lease_lock(&pool).await;
    let Some((pool, _db)) = mysql_pool().await else {
        return;
    };
    lease_lock(&pool).await;
}

/// SQLite: a runner waits for another writer as long as the lock timeout,
/// even when the connection's busy timeout is much shorter.
#[tokio::test]
async fn sqlite_waits_for_another_writer_beyond_the_busy_timeout() {
    use sqlx::sqlite::SqliteConnectOptions;
    use sqlx::{Connection, SqliteConnection};
    use std::str::FromStr;
    use std::time::{Duration, Instant};

    let dir = common::scratch("sqlite_busy");
    let url = format!("sqlite://{}?mode=rwc", dir.join("db.sqlite").display());
    let options = SqliteConnectOptions::from_str(&url)
        .unwrap()
        .busy_timeout(Duration::from_millis(50));
    let mut writer = SqliteConnection::connect_with(&options).await.unwrap();
    let mut runner = SqliteConnection::connect_with(&options).await.unwrap();
    let m = branchy(&common::scratch("sqlite_busy_migrations"));
    // Create the bookkeeping table first, so the wait happens at a revision.
    m.migrator().upgrade(&mut runner, "a1").await.unwrap();

    sqlx::Executor::execute(&mut writer, "BEGIN IMMEDIATE")
        .await
        .unwrap();
    let hold = Duration::from_millis(800);
    let release = tokio::spawn(async move {
        tokio::time::sleep(hold).await;
        sqlx::Executor::execute(&mut writer, "COMMIT")
            .await
            .unwrap();
    });
    let started = Instant::now();
    let report = m
        .migrator()
        .lock_poll_interval(Duration::from_millis(20))
        .upgrade(&mut runner, "heads")
        .await
        .unwrap();
    assert!(started.elapsed() >= hold, "did not wait for the writer");
    assert_eq!(report.current, ["m1"]);
    release.await.unwrap();
}

/// With `dangerous_retry_failed`, a failed non-transactional revision is
/// forgotten and run again from its first statement.
#[tokio::test]
async fn postgres_retry_failed_reruns_an_idempotent_revision() {
    let Some((pool, _db)) = postgres_pool().await else {
        return;
    };
    let dir = common::scratch("retry_failed");
    revision(
        &dir,
        "g0",
        "-- down_revision: none",
        "CREATE TABLE g (x INTEGER);\nCREATE TABLE gate (open INTEGER);",
        "DROP TABLE gate;\nDROP TABLE g;",
    );
    revision(
        &dir,
        "g1",
        "-- down_revision: g0\n-- transactional: false",
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS g_x ON g (x);\nSELECT 1 / (SELECT count(*) FROM gate);",
        "DROP INDEX CONCURRENTLY IF EXISTS g_x;",
    );
    let m = Migrations::load(&dir).unwrap();
    let err = m.upgrade(&pool, "head").await.unwrap_err();
    assert!(err.to_string().contains("division by zero"), "{err}");
    // Without the option the failed revision blocks the run.
    assert!(matches!(
        m.upgrade(&pool, "head").await.unwrap_err(),
        Error::Drift(_)
    ));
    sqlx::query("INSERT INTO gate VALUES (1)")
        .execute(&pool)
        .await
        .unwrap();
    let report = m
        .migrator()
        .dangerous_retry_failed(true)
        .upgrade(&pool, "head")
        .await
        .unwrap();
    assert_eq!(ids(&report), [("g1", Direction::Up)]);
    assert!(m.migrator().check(&pool).await.unwrap().is_up_to_date());
}

/// PostgreSQL's error position inside a multi-line statement becomes the
/// file line of the error, not just of the statement's start.
#[tokio::test]
async fn postgres_error_position_maps_to_the_file_line() {
    let Some((pool, _db)) = postgres_pool().await else {
        return;
    };
    let dir = common::scratch("position");
    // Lines: 1-2 header, 3 blank, 4 marker, 5 CREATE TABLE, 6 a, 7 b NOSUCHTYPE.
    revision(
        &dir,
        "p1",
        "-- down_revision: none",
        "CREATE TABLE p1 (\n    a INTEGER,\n    b NOSUCHTYPE\n);",
        "DROP TABLE p1;",
    );
    let m = Migrations::load(&dir).unwrap();
    let err = m.upgrade(&pool, "head").await.unwrap_err();
    let Error::Statement(failure) = &err else {
        panic!("{err}")
    };
    assert_eq!(failure.line, 7, "{err}");
    assert!(failure.message.contains("nosuchtype"), "{err}");
}

/// Cancelling a run (dropping its future) releases the lock: the run's
/// connection is its own and closes, and the server drops its session lock.
#[tokio::test]
async fn postgres_cancelled_run_releases_the_lock() {
    use std::time::Duration;
    let Some((pool, _db)) = postgres_pool().await else {
        return;
    };
    let dir = common::scratch("cancel");
    revision(
        &dir,
        "c0",
        "-- down_revision: none",
        "CREATE TABLE sleep_gate (x INTEGER);\nINSERT INTO sleep_gate VALUES (1);",
        "DROP TABLE sleep_gate;",
    );
    revision(
        &dir,
        "c1",
        "-- down_revision: c0",
        "SELECT pg_sleep(CASE WHEN EXISTS (SELECT 1 FROM sleep_gate) THEN 60 ELSE 0 END);",
        "SELECT 1;",
    );
    let m: &'static Migrations = Box::leak(Box::new(Migrations::load(&dir).unwrap()));
    let background = pool.clone();
    let run = tokio::spawn(async move { m.upgrade(&background, "head").await });
    // Wait until the run is inside c1's sleep, holding the lock.
    loop {
        let sleeping: i64 = sqlx::query_scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'SELECT pg_sleep(CASE%' AND state = 'active'")
            .fetch_one(&pool)
            .await
            .unwrap();
        if sleeping > 0 {
            break;
        }
        assert!(!run.is_finished(), "the run ended early: {:?}", run.await);
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    run.abort();
    assert!(run.await.unwrap_err().is_cancelled());
    sqlx::query("DELETE FROM sleep_gate")
        .execute(&pool)
        .await
        .unwrap();
    // Well before the cancelled run's 60 s sleep would end.
    let report = m
        .migrator()
        .lock_timeout(Duration::from_secs(15))
        .upgrade(&pool, "head")
        .await
        .unwrap();
    assert_eq!(ids(&report), [("c1", Direction::Up)]);
}

/// By default only a run's last commit waits for the disk (PostgreSQL):
/// earlier revisions commit with `synchronous_commit = off`, and the last
/// commit flushes the WAL past all of them before the call returns.
/// `sync_every_revision` makes each commit wait.
#[tokio::test]
async fn postgres_only_the_last_commit_of_a_run_waits_for_the_disk() {
    let Some((pool, _db)) = postgres_pool().await else {
        return;
    };
    let dir = common::scratch("relaxed_commits");
    // Each revision notes the setting its transaction commits with: a
    // deferred trigger reads it at the commit.
    let mark =
        |id: &str| format!("INSERT INTO marks VALUES ('{id}', NULL, pg_current_wal_insert_lsn());");
    revision(
        &dir,
        "s0",
        "-- down_revision: none",
        &format!(
            "CREATE TABLE marks (rev TEXT PRIMARY KEY, sync TEXT, lsn PG_LSN);\n\
             CREATE FUNCTION mark_sync() RETURNS trigger LANGUAGE plpgsql AS $$\n\
             BEGIN UPDATE marks SET sync = current_setting('synchronous_commit') \
             WHERE rev = NEW.rev; RETURN NULL; END $$;\n\
             CREATE CONSTRAINT TRIGGER mark_sync AFTER INSERT ON marks \
             DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mark_sync();\n{}",
            mark("s0")
        ),
        "DROP TABLE marks;\nDROP FUNCTION mark_sync();",
    );
    for (id, parent) in [("s1", "s0"), ("s2", "s1"), ("s3", "s2")] {
        revision(
            &dir,
            id,
            &format!("-- down_revision: {parent}"),
            &mark(id),
            &format!("DELETE FROM marks WHERE rev = '{id}';"),
        );
    }
    let m = Migrations::load(&dir).unwrap();

    m.upgrade(&pool, "head").await.unwrap();
    assert_eq!(
        sync_marks(&pool).await,
        "s0 off, s1 off, s2 off, s3 on",
        "the last commit waits"
    );
    let flushed: bool = sqlx::query_scalar(
        "SELECT pg_current_wal_flush_lsn() >= (SELECT lsn FROM marks WHERE rev = 's3')",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(flushed, "the WAL is on disk past the last revision");

    m.downgrade(&pool, "s0").await.unwrap();
    sqlx::query("DELETE FROM marks")
        .execute(&pool)
        .await
        .unwrap();
    m.migrator()
        .sync_every_revision(true)
        .upgrade(&pool, "head")
        .await
        .unwrap();
    assert_eq!(sync_marks(&pool).await, "s1 on, s2 on, s3 on");
}

async fn sync_marks(pool: &Pool<Postgres>) -> String {
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT rev, sync FROM marks ORDER BY rev")
        .fetch_all(pool)
        .await
        .unwrap();
    let marks: Vec<String> = rows
        .iter()
        .map(|(rev, sync)| format!("{rev} {sync}"))
        .collect();
    marks.join(", ")
}

/// Where and how a revision sent as one message failed: the error's file
/// line, and what the database was left with.
async fn one_message_failure(
    pool: &Pool<Postgres>,
    name: &str,
    up: &str,
) -> (Error, Vec<String>, Vec<String>) {
    let dir = common::scratch(name);
    // f1 goes first, so f2 is not the run's last revision: its message
    // starts with the settings (relaxed commit, table lock timeout).
    revision(
        &dir,
        "f1",
        "-- down_revision: none",
        "SELECT 1;",
        "SELECT 1;",
    );
    revision(&dir, "f2", "-- down_revision: f1", up, "SELECT 1;");
    revision(&dir, "f3", "-- down_revision: f2", "SELECT 1;", "SELECT 1;");
    let m = Migrations::load(&dir).unwrap();
    let err = m
        .migrator()
        .table_lock_timeout(Some(std::time::Duration::from_secs(5)))
        .upgrade(pool, "heads")
        .await
        .unwrap_err();
    let current = m.migrator().current(pool).await.unwrap();
    (err, current, Postgres::schema(pool).await)
}

/// A transactional revision goes to PostgreSQL as one message (settings,
/// statements, bookkeeping row): a failure still names its statement's
/// line, whether the server gives a position (syntax, unknown names) or
/// not (an error at run time, found by counting the statements that
/// completed), and nothing of the revision stays, row included.
#[tokio::test]
async fn postgres_one_message_revision_names_the_failing_line() {
    let Some((pool, _db)) = postgres_pool().await else {
        return;
    };
    // Lines: 1-2 header, 3 blank, 4 marker, 5 the first statement.
    let cases = [
        // No position: the third statement fails at run time.
        (
            "runtime",
            "CREATE TABLE one (x INTEGER);\nINSERT INTO one VALUES (1);\n\n-- a comment\nSELECT 1 / 0;\nCREATE TABLE two (x INTEGER);",
            9,
            "division by zero",
        ),
        // A syntax error after statements that would succeed: the server
        // reads the whole message first, and gives a position in it.
        (
            "syntax",
            "CREATE TABLE one (x INTEGER);\nINSERT INTO one\n  VALUES (1);\nINSERT INTO one VALUES (2) RETURNS x;",
            8,
            "syntax error",
        ),
        // A position inside a later multi-line statement.
        (
            "position",
            "CREATE TABLE one (x INTEGER);\nCREATE TABLE two (\n    a INTEGER,\n    b NOSUCHTYPE\n);",
            8,
            "nosuchtype",
        ),
        // A unique violation in a statement without `;` that ends in a comment.
        (
            "unique",
            "CREATE TABLE one (x INTEGER PRIMARY KEY);\nINSERT INTO one VALUES (1);\nINSERT INTO one VALUES (1) -- again",
            7,
            "duplicate key",
        ),
        // An error inside a `DO` block: the line of the RAISE.
        (
            "do_block",
            "CREATE TABLE one (x INTEGER);\nDO $$\nBEGIN\n  PERFORM 1;\n  RAISE EXCEPTION 'stop here';\nEND\n$$;",
            9,
            "stop here",
        ),
    ];
    for (name, up, line, message) in cases {
        let (err, current, schema) = one_message_failure(&pool, name, up).await;
        let Error::Statement(failure) = &err else {
            panic!("{name}: {err}");
        };
        assert_eq!((name, failure.revision.as_str()), (name, "f2"), "{err}");
        assert_eq!((name, failure.line), (name, line), "{err}");
        assert!(failure.message.contains(message), "{name}: {err}");
        assert!(!failure.recorded_failed, "{name}: {err}");
        assert_eq!(failure.applied, ["f1"], "{name}");
        assert_eq!(current, ["f1"], "{name}");
        assert!(
            !schema
                .iter()
                .any(|c| c.starts_with("one.") || c.starts_with("two.")),
            "{name}: {schema:?}"
        );
        // The session is usable and the revision can be fixed and rerun.
        sqlx::query("DELETE FROM migrate_revisions")
            .execute(&pool)
            .await
            .unwrap();
    }
}

/// The bookkeeping row and the commit are part of the revision's message:
/// when the commit fails (a deferred constraint) or the row cannot be
/// written, the revision's statements roll back with it.
#[tokio::test]
async fn postgres_one_message_revision_commits_with_its_row_or_not_at_all() {
    let Some((pool, _db)) = postgres_pool().await else {
        return;
    };
    let deferred = "CREATE TABLE parent (id INTEGER PRIMARY KEY);\n\
         CREATE TABLE child (p INTEGER REFERENCES parent DEFERRABLE INITIALLY DEFERRED);\n\
         INSERT INTO child VALUES (1);";
    let (err, current, schema) = one_message_failure(&pool, "deferred", deferred).await;
    assert!(
        matches!(&err, Error::Database { doing, .. } if doing.contains("commit")),
        "{err}"
    );
    assert_eq!(current, ["f1"]);
    assert!(
        !schema.iter().any(|c| c.starts_with("parent.")),
        "{schema:?}"
    );
    sqlx::query("DELETE FROM migrate_revisions")
        .execute(&pool)
        .await
        .unwrap();
    // A trigger the revision puts on the bookkeeping table refuses its row.
    let refuse_row = "CREATE TABLE kept (x INTEGER);\n\
         CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$\n\
         BEGIN RAISE EXCEPTION 'no row'; END $$;\n\
         CREATE TRIGGER refuse BEFORE INSERT ON migrate_revisions\n\
         FOR EACH ROW EXECUTE FUNCTION refuse();";
    let (err, current, schema) = one_message_failure(&pool, "refuse_row", refuse_row).await;
    assert!(
        matches!(&err, Error::Database { doing, .. } if doing.contains("bookkeeping row")),
        "{err}"
    );
    assert_eq!(current, ["f1"]);
    assert!(!schema.iter().any(|c| c.starts_with("kept.")), "{schema:?}");
}

/// A chain with blank revisions (nothing but comments): a-b-c-d-e, where b,
/// c and e are blank. Each blank revision's row rides in the transaction
/// of the revision before it; nothing else changes: every row is written,
/// in order, and a revision that fails takes the blank ones after it down
/// with it.
async fn blank_revisions<DB: Catalog>(pool: &Pool<DB>) -> Migrations {
    let dir = common::scratch("blank");
    let blank = "-- nothing for this database\n";
    revision(
        &dir,
        "a",
        "-- down_revision: none",
        "CREATE TABLE a (x INTEGER);",
        "DROP TABLE a;",
    );
    revision(&dir, "b", "-- down_revision: a", blank, blank);
    revision(&dir, "c", "-- down_revision: b", blank, blank);
    revision(
        &dir,
        "d",
        "-- down_revision: c",
        "CREATE TABLE d (x INTEGER);",
        "DROP TABLE d;",
    );
    revision(&dir, "e", "-- down_revision: d", blank, blank);
    let m = Migrations::load(&dir).unwrap();
    let report = m.upgrade(pool, "heads").await.unwrap();
    let up: Vec<_> = ["a", "b", "c", "d", "e"]
        .map(|id| (id, Direction::Up))
        .into();
    assert_eq!(ids(&report), up);
    assert!(m.migrator().check(pool).await.unwrap().is_up_to_date());
    let report = m.downgrade(pool, "a").await.unwrap();
    let down: Vec<_> = ["e", "d", "c", "b"].map(|id| (id, Direction::Down)).into();
    assert_eq!(ids(&report), down);
    assert_eq!(m.migrator().current(pool).await.unwrap(), ["a"]);
    // d fails: e, riding in its transaction, is not applied either.
    DB::exec(pool, "CREATE TABLE d (x INTEGER)").await;
    let err = m.upgrade(pool, "heads").await.unwrap_err();
    let Error::Statement(failure) = &err else {
        panic!("{err}");
    };
    assert_eq!(
        (failure.revision.as_str(), failure.applied.clone()),
        ("d", vec!["b".to_owned(), "c".to_owned()])
    );
    assert_eq!(m.migrator().current(pool).await.unwrap(), ["c"]);
    DB::exec(pool, "DROP TABLE d").await;
    m
}

#[tokio::test]
async fn sqlite_blank_revisions_ride_with_the_revision_before() {
    let pool = sqlite_pool().await;
    let m = blank_revisions(&pool).await;
    let report = m.upgrade(&pool, "heads").await.unwrap();
    assert_eq!(ids(&report), [("d", Direction::Up), ("e", Direction::Up)]);
}

/// On PostgreSQL the rows show it: a row's `xmin` is the transaction that
/// wrote it, and b and c share a's, e shares d's.
#[tokio::test]
async fn postgres_blank_revisions_ride_with_the_revision_before() {
    let Some((pool, _db)) = postgres_pool().await else {
        return;
    };
    let m = blank_revisions(&pool).await;
    m.downgrade(&pool, "base").await.unwrap();
    m.upgrade(&pool, "heads").await.unwrap();
    let groups = Postgres::strings(
        &pool,
        "SELECT string_agg(revision, ',' ORDER BY revision) FROM migrate_revisions \
         GROUP BY xmin::text ORDER BY 1",
    )
    .await;
    assert_eq!(groups, ["a,b,c", "d,e"]);
}

/// A revision whose last statement is followed by comments ending in a `;`
/// of their own (commented-out SQL for the operator): the `;` ends nothing,
/// and the statement still ends before the bookkeeping row that follows
/// it in the revision's message.
async fn commented_semicolon<DB: Catalog>(pool: &Pool<DB>) {
    let dir = common::scratch("commented_semicolon");
    revision(
        &dir,
        "a",
        "-- down_revision: none",
        "CREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (x INTEGER)\n\n\
         -- by hand afterwards:\n-- UPDATE a SET x = 1;\n",
        "DROP TABLE b;\nDROP TABLE a -- and done;\n",
    );
    let m = Migrations::load(&dir).unwrap();
    m.upgrade(pool, "heads").await.unwrap();
    assert_eq!(m.migrator().current(pool).await.unwrap(), ["a"]);
    m.downgrade(pool, "base").await.unwrap();
    assert!(m.migrator().current(pool).await.unwrap().is_empty());
}

#[tokio::test]
async fn sqlite_a_commented_semicolon_ends_nothing() {
    commented_semicolon(&sqlite_pool().await).await;
}

#[tokio::test]
async fn postgres_a_commented_semicolon_ends_nothing() {
    let Some((pool, _db)) = postgres_pool().await else {
        return;
    };
    commented_semicolon(&pool).await;
}

/// A revision that sets the session's `search_path` (a `pg_dump` baseline
/// sets it empty) keeps it to itself: its own row is written, and the next
/// revision's unqualified names go where they would in a process of its own,
/// on the one-message path and statement by statement alike.
#[tokio::test]
async fn postgres_a_revisions_search_path_does_not_outlive_it() {
    let Some((pool, _db)) = postgres_pool().await else {
        return;
    };
    let dir = common::scratch("search_path_kept");
    let empty = "SELECT pg_catalog.set_config('search_path', '', false);";
    revision(
        &dir,
        "a",
        "-- down_revision: none",
        &format!("{empty}\nCREATE TABLE public.a (x integer);"),
        &format!("{empty}\nDROP TABLE public.a;"),
    );
    revision(
        &dir,
        "b",
        "-- down_revision: a",
        "CREATE TABLE b (x integer);",
        "DROP TABLE b;",
    );
    revision(
        &dir,
        "c",
        "-- down_revision: b\n-- transactional: false",
        "SET SCHEMA '';\nCREATE TABLE public.c (x integer);",
        "SET SESSION SCHEMA '';\nDROP TABLE public.c;",
    );
    revision(
        &dir,
        "d",
        "-- down_revision: c",
        "CREATE TABLE d (x integer);",
        "DROP TABLE d;",
    );
    let m = Migrations::load(&dir).unwrap();
    m.upgrade(&pool, "heads").await.unwrap();
    assert_eq!(m.migrator().current(&pool).await.unwrap(), ["d"]);
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' \
         AND tablename IN ('a', 'b', 'c', 'd') ORDER BY 1",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(tables, ["a", "b", "c", "d"]);
    m.downgrade(&pool, "base").await.unwrap();
    assert!(m.migrator().current(&pool).await.unwrap().is_empty());
}
