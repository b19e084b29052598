//! `migraph verify` end to end: its exit codes, its `--json` shape, its
//! words for each difference, and the scratch database gone after every
//! run, a failing one and one stopped by Ctrl-C included.

mod common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{scratch_databases, scratch_sleeping, Db, Sandbox};
use serde_json::{json, Value};

/// `migraph verify` in the sandbox; returns the child's pid (which names
/// its scratch databases), its exit code, stdout and stderr.
fn verify(sandbox: &Sandbox, url: &str, extra: &[&str]) -> (u32, Option<i32>, String, String) {
    let child = Command::new(env!("CARGO_BIN_EXE_migraph"))
        .args(["verify", "--database-url", url])
        .args(extra)
        .current_dir(&sandbox.root)
        .env_remove("DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let output = child.wait_with_output().unwrap();
    (
        pid,
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn set(sandbox: &Sandbox, revisions: &[(&str, &str)]) {
    for (i, (up, down)) in revisions.iter().enumerate() {
        let parent = match i {
            0 => "none".to_owned(),
            _ => format!("r{i}"),
        };
        sandbox.revision("migrations", &format!("r{}", i + 1), &parent, up, down);
    }
}

#[test]
fn postgres_names_a_forgotten_column_as_json_and_exits_1() {
    let Some(db) = Db::postgres() else { return };
    let sandbox = Sandbox::empty("verify_pg_json");
    set(
        &sandbox,
        &[
            (
                "CREATE TABLE trades (id integer PRIMARY KEY, qty integer);",
                "DROP TABLE trades;",
            ),
            (
                "ALTER TABLE trades ADD COLUMN fee_bp integer;\nCREATE TABLE fees (x integer);",
                "DROP TABLE fees;",
            ),
        ],
    );
    let (pid, code, stdout, stderr) = verify(&sandbox, &db.url, &["--json"]);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    let value: Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(
        value,
        json!({
            "revisions": 2,
            "not_restored": [
                {"revision": "r2", "differences": ["table trades: column fee_bp remains"]}
            ],
            "skipped": [],
        })
    );
    assert_eq!(scratch_databases(&db.url, pid), Vec::<String>::new());

    // The same in words.
    let (_, code, stdout, _) = verify(&sandbox, &db.url, &[]);
    assert_eq!(code, Some(1));
    assert_eq!(
        stdout,
        "revision r2: down does not restore the schema:\n  - table trades: column fee_bp remains\n"
    );
}

#[test]
fn postgres_correct_set_exits_0() {
    let Some(db) = Db::postgres() else { return };
    let sandbox = Sandbox::empty("verify_pg_ok");
    set(
        &sandbox,
        &[
            (
                "CREATE TABLE trades (id integer PRIMARY KEY, qty integer DEFAULT 0);",
                "DROP TABLE trades;",
            ),
            (
                "ALTER TABLE trades DROP COLUMN qty;",
                "ALTER TABLE trades ADD COLUMN qty integer DEFAULT 0;",
            ),
        ],
    );
    let (pid, code, stdout, stderr) = verify(&sandbox, &db.url, &["--json"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    let value: Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(
        value,
        json!({"revisions": 2, "not_restored": [], "skipped": []})
    );
    assert_eq!(scratch_databases(&db.url, pid), Vec::<String>::new());
    let (_, code, stdout, _) = verify(&sandbox, &db.url, &[]);
    assert_eq!(code, Some(0));
    assert_eq!(
        stdout,
        "every down restores the schema (2 revisions checked)\n"
    );
}

#[test]
fn postgres_failing_up_is_reported_and_the_scratch_dropped() {
    let Some(db) = Db::postgres() else { return };
    let sandbox = Sandbox::empty("verify_pg_fail");
    set(
        &sandbox,
        &[
            ("CREATE TABLE t (x integer);", "DROP TABLE t;"),
            (
                "ALTER TABLE t ADD COLUMN y nosuchtype;",
                "ALTER TABLE t DROP COLUMN y;",
            ),
        ],
    );
    let (pid, code, stdout, stderr) = verify(&sandbox, &db.url, &["--json"]);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    let value: Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(value["revisions"], 2);
    assert_eq!(value["not_restored"], json!([]));
    assert_eq!(value["failed"]["revision"], "r2");
    assert_eq!(value["failed"]["direction"], "up");
    let error = value["failed"]["error"].as_str().unwrap();
    assert!(error.contains("nosuchtype"), "{error}");
    assert_eq!(scratch_databases(&db.url, pid), Vec::<String>::new());
}

#[test]
fn postgres_ctrl_c_drops_the_scratch() {
    let Some(db) = Db::postgres() else { return };
    // A database of its own: verify works in a scratch one (an empty one
    // it would walk in one transaction).
    db.execute_script("CREATE TABLE kept (x integer);");
    let sandbox = Sandbox::empty("verify_pg_interrupt");
    set(
        &sandbox,
        &[(
            "CREATE TABLE t (x integer);\nSELECT pg_sleep(60);",
            "DROP TABLE t;",
        )],
    );
    let child = spawn_verify(&sandbox, &db.url);
    let pid = child.id();
    let started = Instant::now();
    while scratch_databases(&db.url, pid).is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no scratch database"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // Into the up's pg_sleep, then Ctrl-C.
    while !scratch_sleeping(&db.url, pid) {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no scratch database"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let stderr = interrupt(child);
    assert!(stderr.contains("was dropped"), "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(30));
    assert_eq!(scratch_databases(&db.url, pid), Vec::<String>::new());
}

/// `migraph verify` on `url`, running in the background.
fn spawn_verify(sandbox: &Sandbox, url: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_migraph"))
        .args(["verify", "--database-url", url])
        .current_dir(&sandbox.root)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Ctrl-C to `child`, which must end with 130; its stderr.
fn interrupt(child: Child) -> String {
    let signal = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(signal.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    stderr
}

/// Ctrl-C while `verify` walks an empty database in one transaction: the
/// connection goes, the server rolls the transaction back, and the database
/// has nothing of the walk.
#[test]
fn postgres_ctrl_c_in_one_transaction_leaves_the_database_empty() {
    let Some(db) = Db::postgres() else { return };
    let sandbox = Sandbox::empty("verify_pg_interrupt_one_transaction");
    set(
        &sandbox,
        &[(
            "CREATE TABLE t (x integer);\nSELECT pg_sleep(60);",
            "DROP TABLE t;",
        )],
    );
    let child = spawn_verify(&sandbox, &db.url);
    let pid = child.id();
    let started = Instant::now();
    // Into the up's pg_sleep, in the database itself, then Ctrl-C.
    let sleeping = |url: &str| {
        common::block_on(async {
            use migraph_core::sqlx::{self, Connection};
            let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
            let sleeping: bool = sqlx::query_scalar(
                "SELECT EXISTS (SELECT FROM pg_stat_activity \
                 WHERE datname = current_database() AND wait_event = 'PgSleep')",
            )
            .fetch_one(&mut conn)
            .await
            .unwrap();
            let _ = conn.close().await;
            sleeping
        })
    };
    while !sleeping(&db.url) {
        assert!(started.elapsed() < Duration::from_secs(30), "no walk");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(scratch_databases(&db.url, pid), Vec::<String>::new());
    let stderr = interrupt(child);
    assert!(stderr.contains("rolled back"), "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(30));
    assert_eq!(db.tables(), Vec::<String>::new());
}

#[test]
fn sqlite_names_a_forgotten_default_and_leaves_the_url_file_alone() {
    let sandbox = Sandbox::empty("verify_sqlite");
    set(
        &sandbox,
        &[
            (
                "CREATE TABLE t (x INTEGER NOT NULL DEFAULT 0, y TEXT);",
                "DROP TABLE t;",
            ),
            (
                "CREATE TABLE t2 (x INTEGER NOT NULL DEFAULT 1, y TEXT);\n\
                 INSERT INTO t2 SELECT x, y FROM t;\nDROP TABLE t;\nALTER TABLE t2 RENAME TO t;",
                "SELECT 1;",
            ),
        ],
    );
    let url = format!("sqlite://{}?mode=rwc", sandbox.path("app.db").display());
    let (_, code, stdout, stderr) = verify(&sandbox, &url, &["--json"]);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    let value: Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(
        value["not_restored"],
        json!([{"revision": "r2", "differences": ["table t: column x default changed from 0 to 1"]}])
    );
    assert!(!sandbox.path("app.db").exists());
}

#[test]
fn a_bad_url_is_a_clear_error() {
    let sandbox = Sandbox::empty("verify_bad_url");
    set(
        &sandbox,
        &[("CREATE TABLE t (x INTEGER);", "DROP TABLE t;")],
    );
    let (_, code, _, stderr) = verify(&sandbox, "oracle://db", &[]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("unsupported database URL scheme 'oracle'")
            || stderr.contains("cannot verify on 'oracle'"),
        "{stderr}"
    );
}

/// Three downs that fail are three findings of one run, each with its
/// error; the words name the file and line, and give no advice about the
/// bookkeeping of a scratch database that is gone.
#[test]
fn postgres_reports_every_failing_down_in_one_run() {
    let Some(db) = Db::postgres() else { return };
    let sandbox = Sandbox::empty("verify_pg_failing_downs");
    set(
        &sandbox,
        &[
            ("CREATE TABLE a (x integer);", "DROP TABLE a;"),
            ("CREATE TABLE b (x integer);", "DROP TABLE no_such_b;"),
            ("CREATE TABLE c (x integer);", "DROP TABLE no_such_c;"),
            ("CREATE TABLE d (x integer);", "DROP TABLE no_such_d;"),
            ("CREATE TABLE e (x integer);", "DROP TABLE e;"),
        ],
    );
    let (pid, code, stdout, stderr) = verify(&sandbox, &db.url, &["--json"]);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    let value: Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(value["revisions"], 5);
    assert!(value.get("failed").is_none(), "{value}");
    let found = value["not_restored"].as_array().unwrap();
    assert_eq!(found.len(), 3, "{value}");
    for (entry, (id, table)) in found.iter().zip([("r2", "b"), ("r3", "c"), ("r4", "d")]) {
        assert_eq!(entry["revision"], id, "{value}");
        assert_eq!(
            entry["differences"],
            json!([format!("table {table} remains")])
        );
        let error = entry["error"].as_str().unwrap();
        assert!(
            error.starts_with(&format!(
                "migrations/{id}_rev.sql:9: reverting revision '{id}' failed:"
            )),
            "{error}"
        );
        assert!(error.contains(&format!("no_such_{table}")), "{error}");
    }
    assert_eq!(scratch_databases(&db.url, pid), Vec::<String>::new());

    let (_, code, stdout, _) = verify(&sandbox, &db.url, &[]);
    assert_eq!(code, Some(1));
    assert!(
        stdout.starts_with(
            "revision r2: down does not restore the schema: it failed: \
             migrations/r2_rev.sql:9: reverting revision 'r2' failed:"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("  - table d remains\n"), "{stdout}");
    assert!(!stdout.contains("repair"), "{stdout}");
}

/// A failing `transactional: false` up is recorded as failed in the
/// scratch database, which is dropped: the report names the statement and
/// says nothing of `repair`, which applies to real databases only.
#[test]
fn a_failing_step_gives_no_repair_advice() {
    let sandbox = Sandbox::empty("verify_no_repair_advice");
    set(
        &sandbox,
        &[("CREATE TABLE t (x INTEGER);", "DROP TABLE t;")],
    );
    sandbox.write(
        "migrations/r2_rev.sql",
        "-- revision: r2\n-- down_revision: r1\n-- transactional: false\n\n\
         -- migrate:up\nCREATE TABLE u (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n\n\
         -- migrate:down\nDROP TABLE u;\n",
    );
    let url = format!("sqlite://{}?mode=rwc", sandbox.path("app.db").display());
    let (_, code, stdout, stderr) = verify(&sandbox, &url, &[]);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert!(
        stdout.contains(
            "revision r2: up failed: migrations/r2_rev.sql:7: applying revision 'r2' failed: \
             no such table: no_such_table"
        ),
        "{stdout}"
    );
    assert!(!stdout.contains("repair"), "{stdout}");
    assert!(!stdout.contains("recorded as failed"), "{stdout}");
    let (_, code, stdout, _) = verify(&sandbox, &url, &["--json"]);
    assert_eq!(code, Some(1));
    let value: Value = serde_json::from_str(stdout.trim()).unwrap();
    let error = value["failed"]["error"].as_str().unwrap();
    assert!(
        error.contains("no_such_table") && !error.contains("repair"),
        "{error}"
    );
}
