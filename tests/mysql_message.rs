//! MySQL/MariaDB: a transactional revision goes to the server, after its
//! `running` row, as multi-statement messages, one of its statements in
//! each, `BEGIN` riding with the first and its row's `applied` update and
//! `COMMIT` with the last. The server stops at the first failing
//! statement, and the count of those completed before it names the
//! statement's file line; a runner killed inside the revision still leaves
//! its `running` row, and one killed in its last statement leaves it
//! applied with its row; what the count could get wrong goes statement by
//! statement.

mod common;

use std::time::{Duration, Instant};

use migraph::{Drift, Error, Migrations};
use sqlx::{MySql, Pool};

use common::revision;

/// Whether a table exists in the pool's database.
async fn exists(pool: &Pool<MySql>, table: &str) -> bool {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM information_schema.tables \
         WHERE table_schema = DATABASE() AND table_name = ?",
    )
    .bind(table)
    .fetch_one(pool)
    .await
    .unwrap();
    n == 1
}

/// Each bookkeeping row's revision, status and detail, in order.
async fn rows(pool: &Pool<MySql>) -> Vec<(String, String, Option<String>)> {
    sqlx::query_as("SELECT revision, status, detail FROM migrate_revisions ORDER BY revision")
        .fetch_all(pool)
        .await
        .unwrap()
}

/// Runs f1 (fine), f2 (`up`) and f3 (fine) on a fresh database, with a
/// table lock timeout so that f2's message starts with its two settings.
/// Returns the error, the rows, and which of `one` and `two` exist.
async fn failing(
    name: &str,
    up: &str,
) -> Option<(Error, Vec<(String, String, Option<String>)>, [bool; 2])> {
    let db = common::mysql_database().await?;
    let pool = Pool::<MySql>::connect(&db).await.unwrap();
    let dir = common::scratch(name);
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
        .table_lock_timeout(Some(Duration::from_secs(5)))
        .upgrade(&pool, "heads")
        .await
        .unwrap_err();
    let tables = [exists(&pool, "one").await, exists(&pool, "two").await];
    let rows = rows(&pool).await;
    pool.close().await;
    Some((err, rows, tables))
}

#[tokio::test]
async fn mysql_one_message_revision_names_the_failing_line() {
    // Lines: 1 revision, 2 down_revision, 3 blank, 4 marker, 5 the first statement.
    let cases = [
        // The third statement fails; the first (DDL) committed as it ran.
        (
            "middle",
            "CREATE TABLE one (x INTEGER);\nINSERT INTO one VALUES (1);\n\n-- a comment\nINSERT INTO no_such_table VALUES (1);\nCREATE TABLE two (x INTEGER);",
            9,
            "no_such_table",
            [true, false],
        ),
        // Statements that return rows count once each, as the others.
        (
            "rows",
            "CREATE TABLE one (x INTEGER);\nSELECT 1;\nINSERT INTO one VALUES (1), (2);\nSELECT x FROM one;\nSELECT x FROM one WHERE x = 1;\nINSERT INTO one VALUES (1) RETURNS x;\nCREATE TABLE two (x INTEGER);",
            10,
            "syntax",
            [true, false],
        ),
        // The first statement: nothing of the revision ran.
        (
            "first",
            "INSERT INTO no_such_table VALUES (1);\nCREATE TABLE one (x INTEGER);",
            5,
            "no_such_table",
            [false, false],
        ),
        // The last, without `;`, ending in a comment.
        (
            "last",
            "CREATE TABLE one (x INTEGER PRIMARY KEY);\nINSERT INTO one VALUES (1);\nINSERT INTO one VALUES (1) -- again",
            7,
            "Duplicate entry",
            [true, false],
        ),
    ];
    for (name, up, line, message, tables) in cases {
        let Some((err, rows, found)) = failing(name, up).await else {
            return;
        };
        let Error::Statement(failure) = &err else {
            panic!("{name}: {err}");
        };
        assert_eq!((name, failure.revision.as_str()), (name, "f2"), "{err}");
        assert_eq!((name, failure.line), (name, line), "{err}");
        assert!(failure.message.contains(message), "{name}: {err}");
        assert!(failure.recorded_failed, "{name}: {err}");
        assert_eq!(failure.applied, ["f1"], "{name}");
        assert_eq!((name, found), (name, tables));
        // f2's `running` row became `failed`, naming the line.
        let [(f1, s1, _), (f2, s2, detail)] = &rows[..] else {
            panic!("{name}: {rows:?}");
        };
        assert_eq!(
            (name, f1.as_str(), s1.as_str(), f2.as_str(), s2.as_str()),
            (name, "f1", "applied", "f2", "failed")
        );
        let at = format!("f2_m.sql:{line}:");
        assert!(
            detail.as_deref().is_some_and(|d| d.contains(&at)),
            "{name}: {detail:?}"
        );
    }
}

/// Runs r00 and then r01 (`up`, one of whose statements waits on a row
/// lock the test holds), drops the run while r01 waits there (its
/// connection closes, as a killed process's does), then lets the server go
/// on and waits until it is done with the run's session. Returns the rows'
/// revisions and statuses, the pool and the migrations.
async fn killed_while_waiting(
    name: &str,
    up: &str,
) -> Option<(
    Vec<(String, String)>,
    Pool<MySql>,
    Migrations,
    common::TestDatabase,
)> {
    let db = common::mysql_database().await?;
    let pool = Pool::<MySql>::connect(&db).await.unwrap();
    // A wait the server does not end when the client goes, unlike `SLEEP`.
    sqlx::raw_sql("CREATE TABLE gate (x INTEGER); INSERT INTO gate VALUES (1)")
        .execute(&pool)
        .await
        .unwrap();
    let mut holder = pool.acquire().await.unwrap().detach();
    sqlx::raw_sql("BEGIN; UPDATE gate SET x = 2")
        .execute(&mut holder)
        .await
        .unwrap();
    let dir = common::scratch(name);
    revision(
        &dir,
        "r00",
        "-- down_revision: none",
        "CREATE TABLE t_r00 (x INTEGER);",
        "DROP TABLE t_r00;",
    );
    revision(&dir, "r01", "-- down_revision: r00", up, "SELECT 1;");
    let m = Migrations::load(&dir).unwrap();
    let runner = {
        let (m, pool) = (m.clone(), pool.clone());
        tokio::spawn(async move { m.upgrade(&pool, "heads").await })
    };
    let session = || async {
        let id: Option<i64> = sqlx::query_scalar(
            "SELECT CAST(ID AS SIGNED) FROM information_schema.PROCESSLIST \
             WHERE ID <> CONNECTION_ID() AND DB = DATABASE() \
             AND INFO LIKE '%UPDATE gate SET x = 3%'",
        )
        .fetch_optional(&pool)
        .await
        .unwrap();
        id
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    let id = loop {
        if let Some(id) = session().await {
            break id;
        }
        assert!(!runner.is_finished(), "the run ended early");
        assert!(Instant::now() < deadline, "r01 never reached the gate");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    runner.abort();
    assert!(runner.await.unwrap_err().is_cancelled());
    // Whatever comes next, r01 is `running` while the server waits.
    let statuses = || async {
        let rows = rows(&pool).await;
        rows.into_iter().map(|(r, s, _)| (r, s)).collect::<Vec<_>>()
    };
    let running = [
        ("r00".to_owned(), "applied".to_owned()),
        ("r01".to_owned(), "running".to_owned()),
    ];
    assert_eq!(statuses().await, running);
    sqlx::raw_sql("COMMIT").execute(&mut holder).await.unwrap();
    loop {
        let alive: Option<i64> = sqlx::query_scalar(
            "SELECT CAST(ID AS SIGNED) FROM information_schema.PROCESSLIST WHERE ID = ?",
        )
        .bind(id)
        .fetch_optional(&pool)
        .await
        .unwrap();
        if alive.is_none() {
            break;
        }
        assert!(Instant::now() < deadline, "the server never let go");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let rows = statuses().await;
    Some((rows, pool, m, db))
}

/// A runner killed inside a revision, before its last statement: the
/// server stops after the statement it was running (each goes in a message
/// of its own), the `running` row stays, and the next run stops at it.
#[tokio::test]
async fn mysql_killed_inside_a_revision_leaves_its_running_row() {
    let up = "CREATE TABLE t_r01_a (x INTEGER);\nUPDATE gate SET x = 3;\nCREATE TABLE t_r01_b (x INTEGER);";
    let Some((rows, pool, m, _db)) = killed_while_waiting("mysql_message_killed", up).await else {
        return;
    };
    assert_eq!(rows[1], ("r01".to_owned(), "running".to_owned()));
    assert!(exists(&pool, "t_r01_a").await);
    assert!(!exists(&pool, "t_r01_b").await, "ran after its runner died");
    match m.upgrade(&pool, "heads").await {
        Err(Error::Drift(drift)) => assert!(
            matches!(&drift[..], [Drift::Failed { revision, status: migraph::ledger::Status::Running, .. }] if revision == "r01"),
            "{drift:?}"
        ),
        other => panic!("expected the interrupted revision to stop the run: {other:?}"),
    }
    pool.close().await;
}

/// A runner killed during a revision's last statement: the row's `applied`
/// update and `COMMIT` went with that statement, so the server finishes
/// the revision with its row (statement by statement, the row stayed
/// `running` over a revision that was whole).
#[tokio::test]
async fn mysql_killed_in_the_last_statement_the_revision_commits_with_its_row() {
    let up = "CREATE TABLE t_r01_a (x INTEGER);\nUPDATE gate SET x = 3;";
    let Some((rows, pool, m, _db)) = killed_while_waiting("mysql_message_last", up).await else {
        return;
    };
    assert_eq!(rows[1], ("r01".to_owned(), "applied".to_owned()));
    let x: i32 = sqlx::query_scalar("SELECT x FROM gate")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(x, 3);
    let report = m.upgrade(&pool, "heads").await.unwrap();
    assert!(report.steps.is_empty());
    pool.close().await;
}

/// A revision that creates a routine and calls it goes statement by
/// statement (a `CALL` answers once per result of the procedure, which
/// would throw the count off): its failing statement is still named.
#[tokio::test]
async fn mysql_routines_and_calls_go_statement_by_statement() {
    let Some((err, rows, found)) = failing(
        "mysql_message_routine",
        "CREATE TABLE one (x INTEGER);\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\nCALL p();\nCALL p();\nINSERT INTO no_such_table VALUES (1);\nCREATE TABLE two (x INTEGER);",
    )
    .await
    else {
        return;
    };
    let Error::Statement(failure) = &err else {
        panic!("{err}");
    };
    assert_eq!(
        (failure.revision.as_str(), failure.line),
        ("f2", 13),
        "{err}"
    );
    assert!(failure.message.contains("no_such_table"), "{err}");
    assert_eq!(found, [true, false]);
    assert_eq!(rows[1].1, "failed", "{rows:?}");
}
