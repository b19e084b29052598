//! Rust code revisions end to end: compiled into this test crate by
//! `migrations!()`, run by the runtime on PostgreSQL, SQLite and MariaDB,
//! inside the revision's transaction or, with `transactional: false`, with
//! batches that commit on their own; a failing one, a killed process and
//! racing processes; and the refusal of a set loaded from a directory.
//!
//! The sets are under `tests/code/`. Their code revisions use
//! [`ITEM_NAMES`] from this crate: a code revision is type-checked against
//! the application it is part of.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use migraph::ledger::Status;
use migraph::{migrations, Error, Migrations, Target};

/// The names `b2_fill.rs` inserts.
pub const ITEM_NAMES: [&str; 5] = ["ada", "grace", "edsger", "barbara", "ken"];

static OK: Migrations = migrations!("tests/code/ok");
static FAILING: Migrations = migrations!("tests/code/failing");
static FAILING_OUTSIDE: Migrations = migrations!("tests/code/failing_outside");

/// The three databases, each fresh: PostgreSQL, MariaDB, and a SQLite file.
async fn databases(name: &str) -> Vec<(String, Option<common::TestDatabase>)> {
    let sqlite = common::scratch(name).join("db.sqlite");
    let mut all = vec![(format!("sqlite://{}?mode=rwc", sqlite.display()), None)];
    if let Some(db) = common::postgres_database().await {
        all.push((db.to_string(), Some(db)));
    }
    if let Some(db) = common::mysql_database().await {
        all.push((db.to_string(), Some(db)));
    }
    all
}

/// Runs `set`'s migrator operation on the database at `url`.
macro_rules! on_url {
    ($url:expr, $pool:ident => $body:expr) => {{
        let url: &str = $url;
        if url.starts_with("postgres") {
            let $pool = sqlx::PgPool::connect(url).await.unwrap();
            $body
        } else if url.starts_with("mysql") {
            let $pool = sqlx::MySqlPool::connect(url).await.unwrap();
            $body
        } else {
            let $pool = sqlx::SqlitePool::connect(url).await.unwrap();
            $body
        }
    }};
}

async fn count(url: &str, sql: &str) -> i64 {
    on_url!(url, pool => {
        let n: i64 = sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap();
        pool.close().await;
        n
    })
}

#[tokio::test]
async fn code_revisions_apply_and_revert_on_every_database() {
    for (url, _db) in databases("code_ok").await {
        let report = on_url!(&url, pool => OK.upgrade(&pool, Target::HEADS).await).unwrap();
        assert_eq!(report.current, ["c3"], "{url}");
        assert_eq!(count(&url, "SELECT COUNT(*) FROM items").await, 5, "{url}");
        assert_eq!(
            count(&url, "SELECT COUNT(*) FROM items WHERE label = name").await,
            5,
            "the backfill labels every item, two per batch ({url})"
        );
        assert_eq!(count(&url, "SELECT COUNT(*) FROM code_runs").await, 1);

        let records = on_url!(&url, pool => OK.migrator().records(&pool).await).unwrap();
        for id in ["b2", "c3"] {
            let record = records.iter().find(|r| r.revision == id).unwrap();
            assert_eq!(record.status, Status::Applied, "{url}");
            let revision = OK.revisions().iter().find(|r| r.id() == id).unwrap();
            assert_eq!(record.checksum, revision.checksum().to_string());
        }

        on_url!(&url, pool => OK.downgrade(&pool, "a1").await).unwrap();
        assert_eq!(count(&url, "SELECT COUNT(*) FROM items").await, 0, "{url}");
        assert_eq!(count(&url, "SELECT COUNT(*) FROM code_runs").await, 0);
        on_url!(&url, pool => OK.downgrade(&pool, "base").await).unwrap();
        let again = on_url!(&url, pool => OK.upgrade(&pool, Target::HEADS).await).unwrap();
        assert_eq!(again.steps.len(), 3, "{url}");
    }
}

#[tokio::test]
async fn a_failing_code_revision_leaves_nothing_of_its_transaction() {
    for (url, _db) in databases("code_failing").await {
        let err = on_url!(&url, pool => FAILING.upgrade(&pool, Target::HEADS).await).unwrap_err();
        let Error::Statement(failure) = &err else {
            panic!("{url}: {err}");
        };
        assert_eq!(failure.file, "tests/code/failing/b2_fails.rs");
        assert_eq!(failure.line, 9, "the line of 'pub async fn up'");
        assert!(failure.message.contains("duplicate"), "{err}");
        assert_eq!(failure.applied, ["a1"]);
        assert_eq!(
            count(&url, "SELECT COUNT(*) FROM items").await,
            0,
            "{url}: the row the function wrote is rolled back with its transaction"
        );
        let records = on_url!(&url, pool => FAILING.migrator().records(&pool).await).unwrap();
        let b2 = records.iter().find(|r| r.revision == "b2");
        if url.starts_with("mysql") {
            // MySQL writes the row first (its DDL commits implicitly).
            assert_eq!(b2.map(|r| r.status), Some(Status::Failed), "{url}");
        } else {
            assert!(
                b2.is_none(),
                "{url}: no bookkeeping row without the revision"
            );
        }
    }
}

#[tokio::test]
async fn a_failing_code_revision_outside_a_transaction_is_recorded_failed() {
    for (url, _db) in databases("code_failing_outside").await {
        let err =
            on_url!(&url, pool => FAILING_OUTSIDE.upgrade(&pool, Target::HEADS).await).unwrap_err();
        assert!(err.to_string().contains("recorded as failed"), "{err}");
        assert_eq!(
            count(&url, "SELECT COUNT(*) FROM items").await,
            1,
            "{url}: what committed on its own stays"
        );
        let records =
            on_url!(&url, pool => FAILING_OUTSIDE.migrator().records(&pool).await).unwrap();
        let b2 = records.iter().find(|r| r.revision == "b2").unwrap();
        assert_eq!(b2.status, Status::Failed, "{url}");
        assert!(b2.detail.as_deref().unwrap_or("").contains("duplicate"));
        // The next run stops at the failed row instead of running it again.
        let again =
            on_url!(&url, pool => FAILING_OUTSIDE.upgrade(&pool, Target::HEADS).await).unwrap_err();
        assert!(again.to_string().contains("b2"), "{again}");
    }
}

#[tokio::test]
async fn a_set_loaded_from_its_directory_plans_but_does_not_run_code_revisions() {
    let loaded = Migrations::load("tests/code/ok").unwrap();
    let kinds: Vec<(&str, bool)> = loaded
        .revisions()
        .iter()
        .map(|r| (r.id(), r.is_code()))
        .collect();
    assert_eq!(kinds, [("a1", false), ("b2", true), ("c3", true)]);
    // The directory and the embedded set agree, checksums included.
    assert_eq!(loaded.revisions(), OK.revisions());
    let none: [&str; 0] = [];
    assert_eq!(loaded.plan_upgrade(&none, "heads").unwrap().len(), 3);

    let dir = common::scratch("code_loaded");
    let url = format!("sqlite://{}?mode=rwc", dir.join("db.sqlite").display());
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    let err = loaded.upgrade(&pool, Target::HEADS).await.unwrap_err();
    let Error::CodeNotCompiled { revisions } = &err else {
        panic!("{err}");
    };
    assert_eq!(revisions.len(), 2);
    assert!(
        err.to_string().contains("'b2' (tests/code/ok/b2_fill.rs)"),
        "{err}"
    );
    assert!(err.to_string().contains("myapp migrate upgrade"), "{err}");
    // Refused before anything ran: not even the SQL base is applied.
    assert!(loaded.migrator().records(&pool).await.unwrap().is_empty());
    // Up to the SQL revision before them, the loaded set runs.
    loaded.upgrade(&pool, "a1").await.unwrap();
}

#[test]
fn the_checksum_covers_the_code_revision_source() {
    let dir = common::scratch("code_checksum");
    for entry in std::fs::read_dir("tests/code/ok").unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    let edited = std::fs::read_to_string(dir.join("b2_fill.rs"))
        .unwrap()
        .replace("INSERT INTO code_runs", "INSERT INTO  code_runs");
    std::fs::write(dir.join("b2_fill.rs"), edited).unwrap();
    let loaded = Migrations::load(&dir).unwrap();
    let checksum = |m: &Migrations, id: &str| {
        m.revisions()
            .iter()
            .find(|r| r.id() == id)
            .unwrap()
            .checksum()
    };
    assert_ne!(checksum(&loaded, "b2"), checksum(&OK, "b2"));
    assert_eq!(checksum(&loaded, "c3"), checksum(&OK, "c3"));
}

// ---- across processes ----

const CHILD_URL: &str = "MIGRAPH_CODE_CHILD_URL";

/// Not a test of its own: the child processes' entry point. With
/// `MIGRAPH_CODE_CHILD_URL` it upgrades that database with [`OK`] and exits.
#[test]
fn child_runner() {
    let Ok(url) = std::env::var(CHILD_URL) else {
        return;
    };
    let result = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            on_url!(&url, pool => OK.upgrade(&pool, Target::HEADS).await.map(drop))
        });
    match result {
        Ok(()) => std::process::exit(0),
        Err(err) => {
            eprintln!("{err}");
            std::process::exit(1)
        }
    }
}

/// A child upgrading `url`; inside b2 it creates `inside` (when given) and
/// waits `sleep_ms`.
fn child(url: &str, sleep_ms: u64, inside: Option<&std::path::Path>) -> std::process::Child {
    let mut command = Command::new(std::env::current_exe().unwrap());
    if let Some(path) = inside {
        command.env("MIGRAPH_CODE_INSIDE", path);
    }
    command
        .args(["child_runner", "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_URL, url)
        .env("MIGRAPH_CODE_SLEEP_MS", sleep_ms.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Kills the child on drop, so a failed assertion leaves no process behind.
struct Kid(std::process::Child);

impl Drop for Kid {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn a_process_killed_inside_a_code_revision_runs_it_exactly_once_next_time() {
    for (url, _db) in databases("code_killed").await {
        let inside = common::scratch("code_killed_marker").join("inside");
        let mut kid = Kid(child(&url, 60_000, Some(&inside)));
        // Wait until the child is inside b2, past its first insert.
        let deadline = Instant::now() + Duration::from_secs(60);
        while !inside.exists() {
            assert!(
                Instant::now() < deadline,
                "{url}: the child never reached b2"
            );
            if let Ok(Some(status)) = kid.0.try_wait() {
                panic!("{url}: the child exited early: {status}");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        kid.0.kill().unwrap();
        kid.0.wait().unwrap();

        if url.starts_with("mysql") {
            // The `running` row MySQL writes first stops the next run until
            // a person says what happened; here, nothing of b2 stayed.
            let err = on_url!(&url, pool => OK.upgrade(&pool, Target::HEADS).await).unwrap_err();
            assert!(err.to_string().contains("b2"), "{err}");
            on_url!(&url, pool => OK.migrator().repair(&pool, &["b2"], migraph::Repair::MarkNotApplied).await)
                .unwrap();
        }
        on_url!(&url, pool => OK.upgrade(&pool, Target::HEADS).await).unwrap();
        assert_eq!(
            count(&url, "SELECT COUNT(*) FROM code_runs").await,
            1,
            "{url}: b2 ran once in all"
        );
        assert_eq!(count(&url, "SELECT COUNT(*) FROM items").await, 5, "{url}");
    }
}

#[tokio::test]
async fn racing_processes_run_a_code_revision_once() {
    for (url, _db) in databases("code_racing").await {
        let kids: Vec<Kid> = (0..3).map(|_| Kid(child(&url, 300, None))).collect();
        for mut kid in kids {
            let status = kid.0.wait().unwrap();
            let mut err = String::new();
            if let Some(mut stderr) = kid.0.stderr.take() {
                std::io::Read::read_to_string(&mut stderr, &mut err).unwrap();
            }
            assert!(status.success(), "{url}: a runner failed: {err}");
        }
        assert_eq!(
            count(&url, "SELECT COUNT(*) FROM code_runs").await,
            1,
            "{url}"
        );
        assert_eq!(count(&url, "SELECT COUNT(*) FROM items").await, 5, "{url}");
    }
}
