//! SQLite: the row of a revision whose statements changed nothing is not
//! committed on its own; its transaction stays open, the next revision runs
//! under a savepoint in it, and both commit together. A failing next
//! revision rolls back alone (the one before stays recorded); a killed
//! runner loses both, and both run again.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use migraph::{Error, Event, Migrations};
use sqlx::{Pool, Sqlite};

use common::revision;

const URL: &str = "MIGRAPH_HELD_CHILD_URL";
const DIR: &str = "MIGRAPH_HELD_CHILD_DIR";

/// `a` creates a table and an index, `b` creates the index again only if it
/// does not exist (changing nothing), `c` runs `c_up`.
fn noop_then(dir: &Path, c_up: &str) -> Migrations {
    std::fs::create_dir_all(dir).unwrap();
    revision(
        dir,
        "a",
        "-- down_revision: none",
        "CREATE TABLE t (x INTEGER);\nCREATE INDEX t_x ON t (x);",
        "DROP TABLE t;",
    );
    revision(
        dir,
        "b",
        "-- down_revision: a",
        "CREATE INDEX IF NOT EXISTS t_x ON t (x);",
        "SELECT 1;",
    );
    revision(dir, "c", "-- down_revision: b", c_up, "DROP TABLE c;");
    Migrations::load(dir).unwrap()
}

async fn pool(dir: &Path) -> (Pool<Sqlite>, String) {
    let url = format!("sqlite://{}?mode=rwc", dir.join("db.sqlite").display());
    (Pool::<Sqlite>::connect(&url).await.unwrap(), url)
}

async fn recorded(pool: &Pool<Sqlite>) -> Vec<(String, String)> {
    sqlx::query_as("SELECT revision, status FROM migrate_revisions ORDER BY revision")
        .fetch_all(pool)
        .await
        .unwrap()
}

async fn has_table(pool: &Pool<Sqlite>, name: &str) -> bool {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
            .bind(name)
            .fetch_optional(pool)
            .await
            .unwrap();
    found.is_some()
}

fn applied(ids: &[&str]) -> Vec<(String, String)> {
    ids.iter()
        .map(|id| ((*id).to_owned(), "applied".to_owned()))
        .collect()
}

#[tokio::test]
async fn a_failing_revision_after_one_that_changed_nothing_rolls_back_alone() {
    let work = common::scratch("held_fail");
    let m = noop_then(
        &work.join("migrations"),
        "CREATE TABLE c (x INTEGER);\nINSERT INTO missing VALUES (1);",
    );
    let (pool, _) = pool(&work).await;
    let err = m.upgrade(&pool, "heads").await.unwrap_err();
    let Error::Statement(failure) = &err else {
        panic!("{err}");
    };
    assert_eq!(failure.revision, "c");
    // The file: revision, header, blank, `-- migrate:up`, then the statements.
    assert_eq!(failure.line, 6, "{err}");
    assert!(failure.message.contains("missing"), "{err}");
    assert_eq!(failure.applied, ["a", "b"]);
    assert_eq!(recorded(&pool).await, applied(&["a", "b"]));
    assert!(!has_table(&pool, "c").await, "c's first statement stayed");
    // Nothing is left open: the next run applies c once it can.
    sqlx::query("CREATE TABLE missing (x INTEGER)")
        .execute(&pool)
        .await
        .unwrap();
    let report = m.upgrade(&pool, "heads").await.unwrap();
    let ran: Vec<&str> = report.steps.iter().map(|s| s.revision.as_str()).collect();
    assert_eq!(ran, ["c"]);
    assert_eq!(recorded(&pool).await, applied(&["a", "b", "c"]));
    pool.close().await;
}

/// A `transactional: false` revision after one that changed nothing: its
/// `running` row commits with that one's transaction, and a failure still
/// leaves it `failed`, naming the statement.
#[tokio::test]
async fn a_revision_outside_a_transaction_after_one_that_changed_nothing() {
    let work = common::scratch("held_outside");
    let dir = work.join("migrations");
    let m = noop_then(&dir, "SELECT 1;");
    revision(
        &dir,
        "d",
        "-- down_revision: c\n-- transactional: false",
        "CREATE TABLE d (x INTEGER);\nINSERT INTO missing VALUES (1);",
        "DROP TABLE d;",
    );
    drop(m);
    let m = Migrations::load(&dir).unwrap();
    let (pool, _) = pool(&work).await;
    let err = m.upgrade(&pool, "heads").await.unwrap_err();
    let Error::Statement(failure) = &err else {
        panic!("{err}");
    };
    assert_eq!((failure.revision.as_str(), failure.line), ("d", 7), "{err}");
    assert_eq!(failure.applied, ["a", "b", "c"]);
    let mut rows = applied(&["a", "b", "c"]);
    rows.push(("d".to_owned(), "failed".to_owned()));
    assert_eq!(recorded(&pool).await, rows);
    // Statements outside a transaction stay: the first one ran.
    assert!(has_table(&pool, "d").await);
    pool.close().await;
}

/// The child: upgrades `URL` with `DIR`'s revisions, and stops for good
/// (to be killed) as `c` starts.
#[test]
fn held_child() {
    let (Ok(url), Ok(dir)) = (std::env::var(URL), std::env::var(DIR)) else {
        return;
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let migrations = Migrations::load(&dir).unwrap();
        let pool = Pool::<Sqlite>::connect(&url).await.unwrap();
        let migrator = migrations.migrator().on_event(|event| {
            if let Event::StepStarted { revision, .. } = event {
                if revision.id() == "c" {
                    println!("at c");
                    std::io::stdout().flush().unwrap();
                    std::thread::sleep(Duration::from_secs(600));
                }
            }
        });
        let _ = migrator.upgrade(&pool, "heads").await;
    });
    std::process::exit(3);
}

#[tokio::test]
async fn a_runner_killed_after_a_revision_that_changed_nothing_runs_it_again() {
    let work = common::scratch("held_kill");
    let dir = work.join("migrations");
    let m = noop_then(&dir, "CREATE TABLE c (x INTEGER);");
    // Stopped between b and c: b's row waits in the open transaction.
    killed_at_c(&work, &dir, &m).await.close().await;
}

/// A revision that changed something, followed by a transactional SQL one:
/// its `COMMIT` rides at the head of the next revision's call to the
/// database instead of in a call of its own, so a runner stopped before
/// that call has not committed it (before, it had: the row was there), and
/// a killed one runs it again with the next. The revision and its row
/// still commit together.
#[tokio::test]
async fn a_runner_killed_before_the_call_that_commits_the_revision_before_runs_it_again() {
    let work = common::scratch("due_kill");
    let dir = work.join("migrations");
    std::fs::create_dir_all(&dir).unwrap();
    revision(
        &dir,
        "a",
        "-- down_revision: none",
        "CREATE TABLE t (x INTEGER);",
        "DROP TABLE t;",
    );
    revision(
        &dir,
        "b",
        "-- down_revision: a",
        "CREATE TABLE b (x INTEGER);",
        "DROP TABLE b;",
    );
    revision(
        &dir,
        "c",
        "-- down_revision: b",
        "CREATE TABLE c (x INTEGER);",
        "DROP TABLE c;",
    );
    let m = Migrations::load(&dir).unwrap();
    // Stopped between b and c: b's commit waits for c's call.
    killed_at_c(&work, &dir, &m).await.close().await;
}

/// Runs `m` in a child stopped as `c` starts; checks that only `a` is
/// recorded before and after the child is killed, and that the next run
/// runs `b` and `c`.
async fn killed_at_c(work: &Path, dir: &Path, m: &Migrations) -> Pool<Sqlite> {
    let (pool, url) = pool(work).await;
    let out = work.join("child.out");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["held_child", "--exact", "--nocapture", "--test-threads=1"])
        .env(URL, &url)
        .env(DIR, dir)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !std::fs::read_to_string(&out)
        .unwrap_or_default()
        .contains("at c")
    {
        if started.elapsed() > Duration::from_secs(120) || child.try_wait().unwrap().is_some() {
            let _ = child.kill();
            panic!(
                "the child never reached c: {:?}",
                std::fs::read_to_string(&out)
            );
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(recorded(&pool).await, applied(&["a"]), "before the kill");
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(recorded(&pool).await, applied(&["a"]), "after the kill");
    assert!(has_table(&pool, "t").await);
    assert!(!has_table(&pool, "c").await);
    // The next run runs both.
    let report = m.upgrade(&pool, "heads").await.unwrap();
    let ran: Vec<&str> = report.steps.iter().map(|s| s.revision.as_str()).collect();
    assert_eq!(ran, ["b", "c"]);
    assert_eq!(recorded(&pool).await, applied(&["a", "b", "c"]));
    pool
}
