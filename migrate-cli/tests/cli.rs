//! End-to-end tests of the real `migraph` binary: every
//! command, the `--json` shapes, the exit codes, where the database URL
//! comes from, password masking, and the README's quick start.
//!
//! Database commands run on SQLite (a file in the test's scratch directory)
//! and on PostgreSQL (a fresh database per test, see `common`).

mod common;

use common::{
    current_of, ids, sorted, steps, steps_of, strings, Backend, Db, Env, Run, Sandbox, ALL_TABLES,
    HEAD, IDS,
};
use serde_json::json;

common::on_both_backends!(
    upgrade_targets,
    upgrade_atomic,
    failing_revision,
    downgrade_targets,
    offline_sql_scripts,
    current_and_stamp,
    check_exit_codes,
    unknown_revision_in_database,
);

fn bookkeeping_only() -> Vec<String> {
    ids(&["migrate_revisions"])
}

fn upgrade_targets(backend: Backend) {
    let Some(e) = Env::new(backend, "upgrade_targets") else {
        return;
    };
    assert_eq!(e.current(), Vec::<String>::new());

    let run = e.m(&["upgrade", "+1", "--json"]).ok();
    assert_eq!(steps_of(&run), steps("up", &[IDS[0]]));
    assert_eq!(e.current(), ids(&[IDS[0]]));

    // A revision on one side of the branch: only its ancestors (and a
    // flush per commit, which changes how, not what).
    let run = e
        .m(&[
            "upgrade",
            "20251019_0004",
            "--json",
            "--sync-every-revision",
        ])
        .ok();
    assert_eq!(steps_of(&run), steps("up", &[IDS[1], IDS[3]]));
    assert_eq!(e.current(), ids(&["20251019_0004"]));
    let before = e.db.tables();
    assert!(before.contains(&"predictions".to_owned()), "{before:?}");
    assert!(!before.contains(&"backfill_runs".to_owned()), "{before:?}");

    // --dry-run: the plan, in execution order, and nothing run.
    let rest = [IDS[2], IDS[4], IDS[5], IDS[6], IDS[7], IDS[8], IDS[9]];
    let run = e.m(&["upgrade", "--dry-run", "--json"]).ok();
    assert_eq!(steps_of(&run), steps("up", &rest));
    let run = e.m(&["upgrade", "head", "--dry-run"]).ok();
    for id in rest {
        assert!(run.stdout.contains(&format!("would apply {id}")), "{run:?}");
    }
    assert_eq!(e.db.tables(), before, "--dry-run changed the schema");
    assert_eq!(e.current(), ids(&["20251019_0004"]));

    let run = e.m(&["upgrade", "heads", "--json"]).ok();
    assert_eq!(steps_of(&run), steps("up", &rest));
    assert_eq!(e.current(), ids(&[HEAD]));
    assert_eq!(e.db.tables(), ids(&ALL_TABLES));

    // At the head there is nothing to do, and +1 has nowhere to go.
    let run = e.m(&["upgrade", "--json"]).ok();
    assert_eq!(steps_of(&run), vec![]);
    let run = e.m(&["upgrade", "head"]).ok();
    assert!(run.stdout.contains("Nothing to do"), "{run:?}");
    e.m(&["upgrade", "+1"]).code(1);
    let run = e.m(&["upgrade", "no_such_rev"]).code(1);
    assert!(run.stderr.contains("no_such_rev"), "{run:?}");
    let run = e.m(&["upgrade", "20251022"]).code(1);
    assert!(run.stderr.contains("ambiguous"), "{run:?}");
    assert_eq!(e.current(), ids(&[HEAD]));
}

fn upgrade_atomic(backend: Backend) {
    let Some(e) = Env::new(backend, "upgrade_atomic") else {
        return;
    };
    let run = e.m(&["upgrade", "--atomic", "--json"]).ok();
    assert_eq!(steps_of(&run), steps("up", &IDS));
    assert_eq!(e.current(), ids(&[HEAD]));
    assert_eq!(e.db.tables(), ids(&ALL_TABLES));
    let run = e.m(&["downgrade", "base", "--atomic", "--json"]).ok();
    assert_eq!(steps_of(&run).len(), IDS.len());
    assert_eq!(e.db.tables(), bookkeeping_only());
}

/// A second revision that fails: with --atomic nothing stays applied,
/// without it the first revision does.
fn failing_revision(backend: Backend) {
    let Some(e) = Env::new(backend, "failing_revision") else {
        return;
    };
    let s = &e.sandbox;
    s.revision(
        "broken",
        "a1",
        "none",
        "CREATE TABLE t_a (id INTEGER);",
        "DROP TABLE t_a;",
    );
    s.revision(
        "broken",
        "b1",
        "a1",
        "CREATE TABLE t_b (id INTEGER);\nINSERT INTO no_such_table VALUES (1);",
        "DROP TABLE t_b;",
    );
    let current = || current_of(&e.m(&["--dir", "broken", "current", "--json"]).ok());

    let run = e.m(&["--dir", "broken", "upgrade", "--atomic"]).code(1);
    assert!(run.stderr.contains("b1"), "{run:?}");
    assert!(run.stderr.contains("b1_rev.sql"), "{run:?}");
    assert_eq!(current(), Vec::<String>::new());
    let tables = e.db.tables();
    assert!(
        !tables.iter().any(|t| t == "t_a" || t == "t_b"),
        "{tables:?}"
    );

    let run = e.m(&["--dir", "broken", "upgrade"]).code(1);
    assert!(run.stderr.contains("b1_rev.sql"), "{run:?}");
    assert_eq!(current(), ids(&["a1"]));
    let tables = e.db.tables();
    assert!(tables.contains(&"t_a".to_owned()), "{tables:?}");
    assert!(!tables.contains(&"t_b".to_owned()), "{tables:?}");
    e.m(&["--dir", "broken", "check"]).code(3);
}

fn downgrade_targets(backend: Backend) {
    let Some(e) = Env::new(backend, "downgrade_targets") else {
        return;
    };
    e.m(&["upgrade"]).ok();

    let run = e
        .m(&["downgrade", "-1", "--json", "--sync-every-revision"])
        .ok();
    assert_eq!(steps_of(&run), steps("down", &[HEAD]));
    assert_eq!(e.current(), ids(&["20251022_0009"]));
    e.m(&["downgrade", "-1"]).ok();
    assert_eq!(e.current(), ids(&["20251022_0008"]));
    assert!(!e.db.tables().contains(&"kline_gaps".to_owned()));

    // --dry-run: children first, nothing run.
    let merge_down = ["20251022_0008", "20251021_0007", "20251021_0006"];
    let run = e
        .m(&["downgrade", "20251020_0005", "--dry-run", "--json"])
        .ok();
    assert_eq!(steps_of(&run), steps("down", &merge_down));
    let run = e.m(&["downgrade", "20251020_0005", "--dry-run"]).ok();
    for id in merge_down {
        assert!(
            run.stdout.contains(&format!("would revert {id}")),
            "{run:?}"
        );
    }
    assert_eq!(e.current(), ids(&["20251022_0008"]));

    let run = e.m(&["downgrade", "20251020_0005", "--json"]).ok();
    assert_eq!(steps_of(&run), steps("down", &merge_down));
    assert_eq!(e.current(), ids(&["20251020_0005"]));

    // Below the revision that depends_on 0003: two current revisions.
    let run = e.m(&["downgrade", "20251019_0004", "--json"]).ok();
    assert_eq!(steps_of(&run), steps("down", &["20251020_0005"]));
    assert_eq!(e.current(), ids(&["20251019_0003", "20251019_0004"]));
    let run = e.m(&["downgrade", "-1"]).code(1);
    assert!(run.stderr.contains("20251019_0003"), "{run:?}");

    let run = e.m(&["downgrade", "base", "--json"]).ok();
    assert_eq!(
        steps_of(&run),
        steps(
            "down",
            &[
                "20251019_0004",
                "20251019_0003",
                "20251018_0002",
                "20251018_0001"
            ]
        )
    );
    assert_eq!(e.current(), Vec::<String>::new());
    assert_eq!(e.db.tables(), bookkeeping_only());
    let run = e.m(&["downgrade", "base", "--json"]).ok();
    assert_eq!(steps_of(&run), vec![]);

    e.m(&["downgrade", "no_such_rev"]).code(1);
    e.m(&["downgrade", "+1"]).code(1);
}

/// `--sql` prints scripts without touching the database, and the scripts,
/// run by hand, leave the database as the commands would.
fn offline_sql_scripts(backend: Backend) {
    let Some(e) = Env::new(backend, "offline_sql") else {
        return;
    };
    let full = e.m(&["upgrade", "--sql"]).ok().stdout;
    let dialect = match backend {
        Backend::Sqlite => "for SQLite",
        Backend::Postgres => "for PostgreSQL",
    };
    assert!(full.lines().next().unwrap().contains(dialect), "{full}");
    assert!(full.contains("CREATE TABLE IF NOT EXISTS \"migrate_revisions\""));
    let positions: Vec<usize> = IDS
        .iter()
        .map(|id| full.find(&format!("-- Apply {id} ")).expect(id))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    match backend {
        Backend::Sqlite => assert!(!e.sandbox.path("test.db").exists(), "--sql opened the db"),
        Backend::Postgres => assert_eq!(e.db.tables(), Vec::<String>::new()),
    }

    e.db.execute_script(&full);
    assert_eq!(e.current(), ids(&[HEAD]));
    assert_eq!(e.db.tables(), ids(&ALL_TABLES));
    e.m(&["check"]).code(0);

    // A range starts after `start`, and creates no bookkeeping table.
    let part = e
        .m(&["upgrade", "--sql", &format!("20251021_0007:{HEAD}")])
        .ok()
        .stdout;
    assert_eq!(part.matches("-- Apply ").count(), 3, "{part}");
    assert!(part.find("-- Apply 20251022_0008") < part.find("-- Apply 20251022_0009"));
    assert!(part.find("-- Apply 20251022_0009") < part.find(&format!("-- Apply {HEAD}")));
    assert!(!part.contains("CREATE TABLE IF NOT EXISTS"), "{part}");

    let down = e
        .m(&["downgrade", "--sql", &format!("{HEAD}:20251021_0007")])
        .ok()
        .stdout;
    assert_eq!(down.matches("-- Revert ").count(), 3, "{down}");
    let first = down.find("-- Revert 20251022_0009").expect("0009 reverted");
    let second = down.find("-- Revert 20251022_0008").expect("0008 reverted");
    assert!(first < second, "{down}");
    assert!(down.contains("DROP TABLE kline_gaps"), "{down}");

    e.db.execute_script(&down);
    assert_eq!(e.current(), ids(&["20251021_0007"]));
    e.m(&["check"]).code(3);
    e.db.execute_script(&part);
    assert_eq!(e.current(), ids(&[HEAD]));
    e.m(&["check"]).code(0);

    let all_down = e
        .m(&["downgrade", "--sql", &format!("{HEAD}:base")])
        .ok()
        .stdout;
    assert_eq!(
        all_down.matches("-- Revert ").count(),
        IDS.len(),
        "{all_down}"
    );
    e.db.execute_script(&all_down);
    assert_eq!(e.current(), Vec::<String>::new());
    assert_eq!(e.db.tables(), bookkeeping_only());

    // --atomic wraps the whole script in one transaction.
    let atomic = e
        .m(&["upgrade", "--sql", "--atomic", "20251021_0006:head"])
        .ok()
        .stdout;
    assert_eq!(atomic.matches("BEGIN").count(), 1, "{atomic}");
    assert_eq!(atomic.matches("COMMIT").count(), 1, "{atomic}");

    // downgrade --sql needs the state to start from.
    let run = e.m(&["downgrade", "--sql", "base"]).code(1);
    assert!(run.stderr.contains("start:end"), "{run:?}");
}

fn current_and_stamp(backend: Backend) {
    let Some(e) = Env::new(backend, "current_and_stamp") else {
        return;
    };
    assert_eq!(e.current(), Vec::<String>::new());
    let run = e.m(&["current"]).ok();
    assert_eq!(run.stdout.trim(), "base (nothing applied)");

    // stamp runs no SQL: only the bookkeeping table appears.
    let run = e.m(&["stamp", "20251021_0006", "--json"]).ok();
    assert_eq!(steps_of(&run), steps("up", &IDS[..6]));
    assert_eq!(e.current(), ids(&["20251021_0006"]));
    assert_eq!(e.db.tables(), bookkeeping_only());
    let run = e.m(&["current"]).ok();
    assert_eq!(run.stdout.trim(), "20251021_0006, consolidate heads");

    // history marks the current revision when a database is given.
    let run = e.m(&["history"]).ok();
    let marked: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.contains("(current)"))
        .collect();
    assert_eq!(marked.len(), 1, "{run:?}");
    assert!(marked[0].contains("-> 20251021_0006 "), "{run:?}");

    let run = e.m(&["stamp", "20251022_0008"]).ok();
    assert!(
        run.stdout.contains("marked applied: 20251021_0007"),
        "{run:?}"
    );
    assert!(
        run.stdout.contains("marked applied: 20251022_0008"),
        "{run:?}"
    );
    assert_eq!(e.current(), ids(&["20251022_0008"]));

    let run = e.m(&["stamp", "20251021_0007"]).ok();
    assert!(
        run.stdout.contains("marked not applied: 20251022_0008"),
        "{run:?}"
    );
    assert_eq!(e.current(), ids(&["20251021_0007"]));

    e.m(&["stamp", "20251019_0003", "--purge", "--json"]).ok();
    assert_eq!(e.current(), ids(&["20251019_0003"]));
    e.m(&["stamp", "20251019_0004", "--purge"]).ok();
    assert_eq!(e.current(), ids(&["20251019_0004"]));

    let run = e.m(&["stamp", "base", "--json"]).ok();
    assert_eq!(
        steps_of(&run),
        steps("down", &["20251019_0004", "20251018_0002", "20251018_0001"])
    );
    assert_eq!(e.current(), Vec::<String>::new());
    e.m(&["stamp", "no_such_rev"]).code(1);

    // Two current revisions on a graph with two heads, listed sorted.
    let s = &e.sandbox;
    s.revision("forked", "r1", "none", "SELECT 1;", "SELECT 1;");
    s.revision("forked", "r3", "r1", "SELECT 1;", "SELECT 1;");
    s.revision("forked", "r2", "r1", "SELECT 1;", "SELECT 1;");
    let forked = [
        "--dir",
        "forked",
        "--allow-multiple-heads",
        "--table",
        "forked_revisions",
    ];
    let with = |args: &[&str]| e.m(&[&forked[..], args].concat());
    with(&["stamp", "heads"]).ok();
    assert_eq!(
        current_of(&with(&["current", "--json"]).ok()),
        ids(&["r2", "r3"])
    );
    assert_eq!(e.current(), Vec::<String>::new(), "--table kept apart");
}

fn check_exit_codes(backend: Backend) {
    let Some(e) = Env::new(backend, "check") else {
        return;
    };
    let run = e.m(&["check"]).code(3);
    assert!(
        run.stdout.contains(&format!("{} pending", IDS.len())),
        "{run:?}"
    );
    let run = e.m(&["check", "--json"]).code(3);
    assert_eq!(strings(&run.json()["pending"]), ids(&IDS));

    e.m(&["upgrade"]).ok();
    let run = e.m(&["check"]).code(0);
    assert!(run.stdout.contains("up to date"), "{run:?}");

    e.m(&["downgrade", "-1"]).ok();
    let run = e.m(&["check", "--json"]).code(3);
    assert_eq!(strings(&run.json()["pending"]), ids(&[HEAD]));
    e.m(&["upgrade"]).ok();

    // Drift: an applied file's SQL edited.
    let file = e.sandbox.path("migrations/20251022_0009_kline_gaps.sql");
    let original = std::fs::read_to_string(&file).unwrap();
    let edited = original.replace(
        "CREATE INDEX ix_kline_gaps_backfill_run_id ON",
        "CREATE INDEX ix_kline_gaps_backfill ON",
    );
    assert_ne!(edited, original);
    std::fs::write(&file, edited).unwrap();

    let run = e.m(&["check"]).code(1);
    assert!(run.stdout.contains("drift"), "{run:?}");
    assert!(run.stdout.contains("'20251022_0009'"), "{run:?}");
    assert!(
        run.stdout.contains("20251022_0009_kline_gaps.sql"),
        "{run:?}"
    );
    let run = e.m(&["check", "--json"]).code(1);
    assert!(
        !run.json()["drift"].as_array().unwrap().is_empty(),
        "{run:?}"
    );
    let run = e.m(&["downgrade", "-1"]).code(1);
    assert!(run.stderr.contains("'20251022_0009'"), "{run:?}");
    assert_eq!(e.current(), ids(&[HEAD]));

    std::fs::write(&file, original).unwrap();
    e.m(&["check"]).code(0);
}

/// A revision recorded in the database that the directory no longer has.
fn unknown_revision_in_database(backend: Backend) {
    let Some(e) = Env::new(backend, "unknown_revision") else {
        return;
    };
    let s = &e.sandbox;
    s.revision(
        "small",
        "a1",
        "none",
        "CREATE TABLE t_a (id INTEGER);",
        "DROP TABLE t_a;",
    );
    s.revision(
        "small",
        "b1",
        "a1",
        "CREATE TABLE t_b (id INTEGER);",
        "DROP TABLE t_b;",
    );
    e.m(&["--dir", "small", "upgrade"]).ok();
    std::fs::remove_file(s.path("small/b1_rev.sql")).unwrap();

    let run = e.m(&["--dir", "small", "check"]).code(1);
    assert!(run.all().contains("b1"), "{run:?}");
    let run = e.m(&["--dir", "small", "current"]).ok();
    assert!(run.stdout.contains("b1 (not in this build)"), "{run:?}");
    e.m(&["--dir", "small", "upgrade"]).code(1);
}

#[test]
fn graph_commands() {
    let s = Sandbox::with_examples("graph");
    let run = s.run(&["heads"]).ok();
    assert_eq!(run.stdout.trim(), "20251023_0010 (head)");
    assert_eq!(
        s.run(&["heads", "--json"]).ok().json(),
        json!({"heads": [HEAD]})
    );
    let run = s.run(&["--dir", "migrations", "heads", "-v"]).ok();
    assert!(run.stdout.contains("Rev: 20251023_0010 (head)"), "{run:?}");

    let run = s.run(&["branches"]).ok();
    assert!(
        run.stdout.contains("-> 20251018_0002 (branchpoint)"),
        "{run:?}"
    );
    assert!(
        run.stdout.contains("-> 20251018_0002 -> 20251019_0003"),
        "{run:?}"
    );
    assert!(
        run.stdout.contains("-> 20251018_0002 -> 20251019_0004"),
        "{run:?}"
    );
    let value = s.run(&["branches", "--json"]).ok().json();
    let points = value.as_array().expect("a list of branch points");
    assert_eq!(points.len(), 1, "{value}");
    assert_eq!(points[0]["revision"], "20251018_0002");

    // history: newest first, no (current) mark without a database.
    let run = s.run(&["history"]).ok();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 10, "{run:?}");
    assert_eq!(
        lines[0],
        "20251022_0009 -> 20251023_0010 (head), add klines.open_time_dt, the open time as a timestamp"
    );
    assert_eq!(
        lines[9],
        "<base> -> 20251018_0001, create instruments reference table"
    );
    assert!(run
        .stdout
        .contains("20251019_0003, 20251020_0005 -> 20251021_0006 (mergepoint), consolidate heads"));
    assert!(!run.stdout.contains("(current)"), "{run:?}");
    assert!(
        !s.path("migrate.db").exists(),
        "history opened the default db"
    );

    let value = s.run(&["history", "--json"]).ok().json();
    let list = value.as_array().expect("history --json is a list");
    let order: Vec<&str> = list
        .iter()
        .map(|r| r["revision"].as_str().expect("each has a revision"))
        .collect();
    let text_order: Vec<&str> = lines
        .iter()
        .map(|l| {
            l.split(" -> ")
                .nth(1)
                .unwrap()
                .split([' ', ','])
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(order, text_order);
    for (i, r) in list.iter().enumerate() {
        for parent in strings(&r["down_revisions"]) {
            let at = order.iter().position(|id| *id == parent).unwrap();
            assert!(
                at > i,
                "parent {parent} listed before its child {}",
                order[i]
            );
        }
    }

    let range = |r: &str| -> Vec<String> {
        let value = s.run(&["history", "-r", r, "--json"]).ok().json();
        value
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["revision"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        range("20251021_0006:20251022_0008"),
        ids(&["20251022_0008", "20251021_0007", "20251021_0006"])
    );
    assert_eq!(
        range(":20251018_0002"),
        ids(&["20251018_0002", "20251018_0001"])
    );
    assert_eq!(
        range("20251022_0008:"),
        ids(&[HEAD, "20251022_0009", "20251022_0008"])
    );
    let run = s
        .run(&["history", "--rev-range", "20251021_0006:20251021_0007"])
        .ok();
    assert_eq!(run.stdout.lines().count(), 2, "{run:?}");

    let run = s
        .run(&["history", "-v", "-r", "20251020_0005:20251021_0006"])
        .ok();
    for needle in [
        "Rev: 20251021_0006 (mergepoint)",
        "Merges: 20251019_0003, 20251020_0005",
        "Also depends on: 20251019_0003",
        "Path: migrations/20251021_0006_consolidate_heads.sql",
        "Checksum: ",
    ] {
        assert!(run.stdout.contains(needle), "{needle}: {run:?}");
    }
    s.run(&["history", "-r", "20251021_0006"]).code(1);
    s.run(&["history", "-r", "no_such_rev:"]).code(1);

    let run = s.run(&["show", "20251021_0006"]).ok();
    assert!(
        run.stdout.contains("Merges: 20251019_0003, 20251020_0005"),
        "{run:?}"
    );
    assert!(run.stdout.contains("-- migrate:up"), "{run:?}");
    let run = s.run(&["show", "20251019_00"]).code(1);
    assert!(run.stderr.contains("ambiguous"), "{run:?}");
    let run = s.run(&["show", "head"]).ok();
    assert!(run.stdout.contains("ADD COLUMN open_time_dt"), "{run:?}");
    assert!(run.stdout.contains("DROP COLUMN open_time_dt"), "{run:?}");
    let value = s.run(&["show", "20251019_0003", "--json"]).ok().json();
    assert_eq!(value["revision"], "20251019_0003");
    assert!(value["up"]
        .as_str()
        .unwrap()
        .contains("CREATE TABLE backfill_runs"));
    s.run(&["show", "no_such_rev"]).code(1);
}

/// A generated id must look like `YYYYMMDD_HHMMSS_xxxxxx` (six hex digits).
fn well_formed(id: &str) -> bool {
    let b = id.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    id.len() == 22
        && digits(0..8)
        && b[8] == b'_'
        && digits(9..15)
        && b[15] == b'_'
        && b[16..]
            .iter()
            .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(c))
}

#[test]
fn new_revisions() {
    let s = Sandbox::with_examples("new");
    let mut previous = HEAD.to_owned();
    let mut created: Vec<String> = Vec::new();
    let mut files: Vec<String> = Vec::new();
    // Fast runs land in the same second: the id takes the next free second,
    // so ids and file names both keep the order of creation (the random
    // part keeps ids made on other branches apart).
    while created.len() < 6 {
        let message = format!("step {}", created.len());
        let run = s.run(&["new", "-m", &message, "--json"]).ok();
        let value = run.json();
        let id = value["revision"].as_str().expect("revision").to_owned();
        assert!(well_formed(&id), "{id}");
        assert_eq!(strings(&value["down_revisions"]), vec![previous.clone()]);
        let file = s.path(value["file"].as_str().expect("file"));
        let text = std::fs::read_to_string(&file).expect("the new file");
        assert!(
            text.starts_with(&format!(
                "-- revision: {id}\n-- down_revision: {previous}\n"
            )),
            "{text}"
        );
        assert!(text.contains(&format!("-- message: {message}")), "{text}");
        files.push(value["file"].as_str().expect("file").to_owned());
        assert!(
            created.last().is_none_or(|last| *last < id),
            "ids not time-ordered: {created:?} then {id}"
        );
        previous = id.clone();
        created.push(id);
    }
    let mut sorted_files = files.clone();
    sorted_files.sort();
    assert_eq!(sorted_files, files, "file names sort in creation order");
    let mut unique = created.clone();
    unique.dedup();
    assert_eq!(unique, created);
    let heads = s.run(&["heads", "--json"]).ok().json();
    assert_eq!(heads, json!({"heads": [previous]}));
    // The random part's first 4 digits name each revision (new draws
    // again rather than make a short form ambiguous).
    for id in &created {
        let run = s.run(&["show", &id[16..20], "--json"]).ok();
        assert_eq!(run.json()["revision"], id.as_str());
    }
    // `revision` is `new`, as in Alembic.
    let run = s.run(&["revision", "-m", "as alembic", "--json"]).ok();
    assert_eq!(
        strings(&run.json()["down_revisions"]),
        vec![previous.clone()]
    );

    let run = s.run(&["new", "-m", "Add kline volume index!"]).ok();
    assert!(run.stdout.starts_with("Generated migrations/"), "{run:?}");
    assert!(
        run.stdout
            .contains("_add_kline_volume_index.sql (revision "),
        "{run:?}"
    );

    let run = s
        .run(&["new", "-m", "custom", "--rev-id", "custom_1", "--json"])
        .ok();
    assert_eq!(run.json()["revision"], "custom_1");
    assert!(s.path("migrations/custom_1_custom.sql").exists());
    let run = s.run(&["new", "-m", "again", "--rev-id", HEAD]).code(1);
    assert!(run.stderr.contains("already exists"), "{run:?}");
    s.run(&["--dir", "nowhere", "new", "-m", "x"]).code(1);

    // Every generated revision applies.
    s.run(&["upgrade"]).ok();
    let current = current_of(&s.run(&["current", "--json"]).ok());
    assert_eq!(current, ids(&["custom_1"]));
}

#[test]
fn merge_heads() {
    let s = Sandbox::empty("merge");
    s.revision(
        "two",
        "a1",
        "none",
        "CREATE TABLE t_a (id INTEGER);",
        "DROP TABLE t_a;",
    );
    s.revision(
        "two",
        "b1",
        "a1",
        "CREATE TABLE t_b (id INTEGER);",
        "DROP TABLE t_b;",
    );
    s.revision(
        "two",
        "c1",
        "a1",
        "CREATE TABLE t_c (id INTEGER);",
        "DROP TABLE t_c;",
    );
    // The read-only graph commands show two heads, and say what to do.
    let run = s.run(&["--dir", "two", "heads"]).ok();
    assert_eq!(run.stdout, "b1 (head)\nc1 (head)\n", "{run:?}");
    assert!(run.stderr.contains("warning: 2 heads: 'b1'"), "{run:?}");
    assert!(run.stderr.contains("merge"), "{run:?}");
    assert!(run.stderr.contains("will not compile"), "{run:?}");
    let run = s.run(&["--dir", "two", "branches"]).ok();
    assert!(run.stdout.contains("-> b1 (head)"), "{run:?}");
    assert!(run.stdout.contains("-> c1 (head)"), "{run:?}");
    assert!(run.stderr.contains("will not compile"), "{run:?}");
    let run = s.run(&["--dir", "two", "history"]).ok();
    assert!(run.stdout.contains("a1 -> b1 (head)"), "{run:?}");
    assert!(run.stdout.contains("a1 -> c1 (head)"), "{run:?}");
    s.run(&["--dir", "two", "show", "c1"]).ok();
    let run = s.run(&["--dir", "two", "heads", "--json"]).ok();
    assert_eq!(run.json(), json!({"heads": ["b1", "c1"]}));
    // What the macro refuses, check and the database commands refuse too.
    let run = s.run(&["--dir", "two", "check"]).code(1);
    assert!(run.stderr.contains("2 heads"), "{run:?}");
    s.run(&["--dir", "two", "upgrade", "heads"]).code(1);
    let run = s.run(&["--dir", "two", "new", "-m", "more"]).code(1);
    assert!(run.stderr.contains("merge"), "{run:?}");
    assert_eq!(s.files("two").len(), 3);
    let run = s.run(&["--dir", "two", "--allow-multiple-heads", "heads", "--json"]);
    assert_eq!(run.ok().json(), json!({"heads": ["b1", "c1"]}));

    // Without -m, as Alembic allows: a message naming what it joins.
    let run = s.run(&["--dir", "two", "merge", "--json"]).ok();
    let value = run.json();
    let id = value["revision"].as_str().unwrap().to_owned();
    assert_eq!(strings(&value["down_revisions"]), ids(&["b1", "c1"]));
    let text = std::fs::read_to_string(s.path(value["file"].as_str().unwrap())).unwrap();
    assert!(text.contains("-- down_revision: b1, c1\n"), "{text}");
    assert!(text.contains("-- message: merge b1, c1\n"), "{text}");
    assert!(
        value["file"]
            .as_str()
            .unwrap()
            .ends_with("_merge_b1_c1.sql"),
        "{value}"
    );
    assert_eq!(
        s.run(&["--dir", "two", "heads", "--json"]).ok().json(),
        json!({"heads": [id]})
    );
    let run = s.run(&["--dir", "two", "history"]).ok();
    assert!(
        run.stdout
            .contains(&format!("b1, c1 -> {id} (head) (mergepoint)")),
        "{run:?}"
    );
    let run = s.run(&["--dir", "two", "merge", "-m", "again"]).code(1);
    assert!(run.stderr.contains("nothing to merge"), "{run:?}");

    let run = s.run(&["--dir", "two", "upgrade", "--json"]).ok();
    assert_eq!(
        steps_of(&run),
        steps("up", &["a1", "b1", "c1", id.as_str()])
    );

    // Named revisions, with a third head left alone.
    s.revision("three", "a1", "none", "SELECT 1;", "SELECT 1;");
    for id in ["b1", "c1", "d1"] {
        s.revision("three", id, "a1", "SELECT 1;", "SELECT 1;");
    }
    let three = ["--dir", "three", "--allow-multiple-heads"];
    let run = s.run(
        &[
            &three[..],
            &["merge", "b1", "c1", "-m", "two of three", "--json"],
        ]
        .concat(),
    );
    let value = run.ok().json();
    assert_eq!(strings(&value["down_revisions"]), ids(&["b1", "c1"]));
    let merged = value["revision"].as_str().unwrap();
    let heads = s
        .run(&[&three[..], &["heads", "--json"]].concat())
        .ok()
        .json();
    assert_eq!(strings(&heads["heads"]), sorted(&["d1", merged]));
}

/// What reads changes nothing and does not refuse a directory with two
/// unmerged heads (`current`, as Alembic's); `new` suggests `--head` only
/// where the revision it writes would compile, and the suggestion works;
/// `stamp -1` parses as `downgrade -1` does and stamps one step down.
#[test]
fn reading_commands_and_suggestions_with_two_heads() {
    let s = Sandbox::empty("two_heads_reading");
    s.revision("two", "a1", "none", "SELECT 1;", "SELECT 1;");
    s.revision("two", "b1", "a1", "SELECT 1;", "SELECT 1;");
    s.run(&["--dir", "two", "upgrade"]).ok();
    s.run(&["--dir", "two", "stamp", "-1"]).ok();
    assert_eq!(
        s.run(&["--dir", "two", "current", "--json"]).ok().json(),
        json!({"current": ["a1"]})
    );
    let run = s.run(&["--dir", "two", "stamp", "-1"]).ok();
    assert!(run.stdout.contains("marked not applied: a1"), "{run:?}");
    let run = s.run(&["--dir", "two", "stamp", "-1"]).code(1);
    assert!(run.stderr.contains("nothing is applied"), "{run:?}");
    s.run(&["--dir", "two", "upgrade"]).ok();

    // A second, unlabelled head: current still reads, with the warning.
    s.revision("two", "c1", "a1", "SELECT 1;", "SELECT 1;");
    let run = s.run(&["--dir", "two", "current"]).ok();
    assert!(run.stdout.starts_with("b1"), "{run:?}");
    assert!(run.stderr.contains("warning: 2 heads"), "{run:?}");
    // A revision on one of them would leave two unlabelled heads: no
    // `--head` suggested, since it fails.
    let run = s.run(&["--dir", "two", "new", "-m", "more"]).code(1);
    assert!(!run.stderr.contains("--head"), "{run:?}");
    assert!(run.stderr.contains("merge heads"), "{run:?}");
    s.run(&["--dir", "two", "new", "-m", "more", "--head", "b1"])
        .code(1);
    assert_eq!(s.files("two").len(), 3);

    // Labelled branches compile with two heads: `--head` is suggested, and
    // the command it suggests works.
    s.write(
        "labelled/a1_rev.sql",
        "-- revision: a1\n-- down_revision: none\n\n-- migrate:up\nSELECT 1;\n\n-- migrate:down\nSELECT 1;\n",
    );
    for (id, label) in [("b1", "left"), ("c1", "right")] {
        s.write(
            &format!("labelled/{id}_rev.sql"),
            &format!(
                "-- revision: {id}\n-- down_revision: a1\n-- branch_labels: {label}\n\n\
                 -- migrate:up\nSELECT 1;\n\n-- migrate:down\nSELECT 1;\n"
            ),
        );
    }
    let run = s.run(&["--dir", "labelled", "new", "-m", "more"]).code(1);
    let suggested = run
        .stderr
        .split("e.g. ")
        .nth(1)
        .unwrap_or_else(|| panic!("no --head suggested: {run:?}"))
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>();
    assert_eq!(suggested[0], "--head", "{run:?}");
    let mut args = vec!["--dir", "labelled", "new", "-m", "more"];
    args.extend(&suggested);
    s.run(&args).ok();
    assert_eq!(s.files("labelled").len(), 4);
}

/// Help names the command as typed; `init --help` shows only what applies
/// to init.
#[test]
fn help_names_and_init_options() {
    let s = Sandbox::empty("help_names");
    let run = s.run(&["new-migration", "--help"]).ok();
    assert!(
        run.stdout.contains("Usage: migraph new-migration "),
        "{run:?}"
    );
    let run = s.run(&["new-migration"]).code(2);
    assert!(
        run.stderr.contains("Usage: migraph new-migration "),
        "{run:?}"
    );
    for help in [&["init", "--help"][..], &["help", "init"]] {
        let run = s.run(help).ok();
        for shown in ["--dialect", "--path", "--dir", "--database "] {
            assert!(run.stdout.contains(shown), "{shown}: {run:?}");
        }
        for hidden in [
            "--database-url <",
            "--table <",
            "--lock-timeout <",
            "--each <",
            "--jobs <",
            "--json ",
        ] {
            assert!(!run.stdout.contains(hidden), "{hidden}: {run:?}");
        }
    }
    // Other commands keep them.
    let run = s.run(&["upgrade", "--help"]).ok();
    assert!(run.stdout.contains("--database-url"), "{run:?}");
}

/// A reader that stops early (`history | head`) ends the command quietly:
/// no "Broken pipe", exit 0.
#[test]
fn a_closed_pipe_ends_quietly() {
    use std::process::{Command, Stdio};
    let s = Sandbox::with_examples("closed_pipe");
    for args in [&["history"][..], &["history", "--json"], &["heads", "-v"]] {
        let mut child = Command::new(common::binary())
            .args(args)
            .current_dir(s.path(""))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Closed before the program writes a byte: its first write fails.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("Broken pipe"), "{args:?}: {stderr}");
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
    }
}

#[test]
fn completions() {
    let s = Sandbox::empty("completions");
    let run = s.run(&["completions", "bash"]).ok();
    assert!(run.stdout.contains("_migraph()"), "{run:?}");
    assert!(run.stdout.contains("complete -F _migraph"), "{run:?}");
    for command in ["upgrade", "downgrade", "stamp", "history"] {
        assert!(run.stdout.contains(command), "{command}");
    }
    s.run(&["completions", "no_such_shell"]).code(2);
}

#[test]
fn usage_errors_exit_2() {
    let s = Sandbox::with_examples("usage");
    let cases: &[&[&str]] = &[
        &["frobnicate"],
        &[],
        &["--bogus", "current"],
        &["current", "--bogus"],
        &["upgrade", "head", "--bogus"],
        &["downgrade"],
        &["downgrade", "-1", "--bogus"],
        &["stamp"],
        &["new"],
        &["merge", "-m"],
        &["history", "-r"],
        &["--lock-timeout", "soon", "current"],
    ];
    for args in cases {
        let run = s.run(args).code(2);
        assert!(
            run.stderr.contains("error") || run.stderr.contains("Usage"),
            "{run:?}"
        );
    }
    assert!(
        !s.path("migrate.db").exists(),
        "a usage error opened the database"
    );
    let run = s.run(&["--version"]).ok();
    assert!(run.stdout.starts_with("migraph "), "{run:?}");
    let run = s.run(&["--help"]).ok();
    assert!(run.stdout.contains("upgrade"), "{run:?}");
}

/// An unknown flag is a usage error (exit 2). `upgrade` and `downgrade`
/// take their target with `allow_hyphen_values`, so an unknown flag in the
/// target position is read as a target instead (exit 1, after opening the
/// database).
#[test]
fn unknown_flag_in_target_position_exits_2() {
    let s = Sandbox::with_examples("usage_target");
    s.run(&["upgrade", "--bogus"]).code(2);
    s.run(&["downgrade", "--bogus"]).code(2);
    s.run(&["upgrade", "--dry-run", "--bogus"]).code(2);
    assert!(!s.path("migrate.db").exists());
}

#[test]
fn errors_exit_1() {
    let s = Sandbox::with_examples("errors");
    s.run(&["upgrade"]).ok();
    let cases: &[&[&str]] = &[
        &["upgrade", "no_such_rev"],
        &["upgrade", "+1"],
        &["upgrade", "2025"],
        &["upgrade", "+x"],
        &["downgrade", "no_such_rev"],
        &["downgrade", "+1"],
        &["stamp", "no_such_rev"],
        &["show", "no_such_rev"],
        &["history", "-r", "no_colon"],
        &["--dir", "nowhere", "heads"],
        &["--dir", "nowhere", "upgrade"],
        &["--database-url", "oracle://h/db", "current"],
        &["--database", "no_such_set", "current"],
    ];
    for args in cases {
        let run = s.run(args).code(1);
        assert!(run.stderr.starts_with("error: "), "{run:?}");
        assert!(run.stdout.is_empty(), "{run:?}");
    }
    assert_eq!(
        current_of(&s.run(&["current", "--json"]).ok()),
        ids(&[HEAD])
    );
}

#[test]
fn url_precedence_sqlite() {
    let env_url = [("DATABASE_URL", "sqlite://env.db?mode=rwc")];
    let flag = ["--database-url", "sqlite://flag.db?mode=rwc"];

    // Neither flag nor environment: migrate.db in the working directory.
    let s = Sandbox::with_examples("url_default");
    s.run(&["upgrade", "+1"]).ok();
    assert!(s.path("migrate.db").exists());
    assert_eq!(
        current_of(&s.run(&["current", "--json"]).ok()),
        ids(&[IDS[0]])
    );
    s.run_env(&[("DATABASE_URL", "")], &["upgrade", "+1"]).ok();
    assert_eq!(
        current_of(&s.run(&["current", "--json"]).ok()),
        ids(&[IDS[1]])
    );

    // DATABASE_URL beats the default.
    let s = Sandbox::with_examples("url_env");
    s.run_env(&env_url, &["upgrade"]).ok();
    assert!(s.path("env.db").exists());
    assert!(!s.path("migrate.db").exists());
    let run = s.run_env(&env_url, &["current", "--json"]).ok();
    assert_eq!(current_of(&run), ids(&[HEAD]));

    // --database-url beats DATABASE_URL.
    let s = Sandbox::with_examples("url_flag");
    s.run_env(&env_url, &[&flag[..], &["upgrade"]].concat())
        .ok();
    assert!(s.path("flag.db").exists());
    assert!(!s.path("env.db").exists());
    assert!(!s.path("migrate.db").exists());
    let run = s.run(&[&flag[..], &["current", "--json"]].concat()).ok();
    assert_eq!(current_of(&run), ids(&[HEAD]));
}

/// Replaces a URL's scheme.
fn with_scheme(url: &str, scheme: &str) -> String {
    let (_, rest) = url.split_once("://").unwrap();
    format!("{scheme}://{rest}")
}

#[test]
fn url_precedence_and_sqlalchemy_forms_postgres() {
    let Some(db) = Db::postgres() else {
        return;
    };
    let s = Sandbox::with_examples("url_postgres");
    let env_url = [("DATABASE_URL", db.url.as_str())];
    s.run_env(&env_url, &["upgrade"]).ok();
    assert!(!s.path("migrate.db").exists());
    assert_eq!(db.tables(), ids(&ALL_TABLES));

    // The flag beats the environment.
    let flag = ["--database-url", "sqlite://flag.db?mode=rwc"];
    let run = s.run_env(&env_url, &[&flag[..], &["current", "--json"]].concat());
    assert_eq!(current_of(&run.ok()), Vec::<String>::new());
    assert!(s.path("flag.db").exists());

    let asyncpg = with_scheme(&db.url, "postgresql+asyncpg");
    let psycopg2 = with_scheme(&db.url, "postgresql+psycopg2");
    let run = s
        .run(&["--database-url", &asyncpg, "current", "--json"])
        .ok();
    assert_eq!(current_of(&run), ids(&[HEAD]));
    let run = s
        .run(&["--database-url", &psycopg2, "downgrade", "-1", "--json"])
        .ok();
    assert_eq!(steps_of(&run), steps("down", &[HEAD]));
    let run = s.run_env(&[("DATABASE_URL", &psycopg2)], &["current", "--json"]);
    assert_eq!(current_of(&run.ok()), ids(&["20251022_0009"]));
    let run = s
        .run_env(&[("DATABASE_URL", &asyncpg)], &["upgrade", "--json"])
        .ok();
    assert_eq!(steps_of(&run), steps("up", &[HEAD]));
    s.run(&["--database-url", &asyncpg, "check"]).code(0);
    s.run(&["--database-url", &psycopg2, "stamp", "20251022_0008"])
        .ok();
    s.run(&["--database-url", &asyncpg, "stamp", HEAD]).ok();
    s.run_env(&[("DATABASE_URL", &psycopg2)], &["check"])
        .code(0);
}

const SECRET: &str = "s3cr3tpw";

#[track_caller]
fn assert_masked(run: &Run) {
    assert!(!run.all().contains(SECRET), "password shown: {run:?}");
}

/// Every command that connects, to servers that do not answer; the
/// connection errors name the URL with `***` for the password.
#[test]
fn passwords_never_shown_when_unreachable() {
    let s = Sandbox::with_examples("mask_unreachable");
    let urls = [
        format!("postgres://postgres:{SECRET}@127.0.0.1:1/x"),
        format!("postgresql+asyncpg://app:{SECRET}@127.0.0.1:1/x"),
        format!("mysql+pymysql://root:{SECRET}@127.0.0.1:1/x"),
    ];
    let commands: &[&[&str]] = &[
        &["upgrade"],
        &["upgrade", "--dry-run", "--json"],
        &["downgrade", "-1"],
        &["current"],
        &["stamp", "head"],
        &["check"],
        &["history"],
    ];
    // Each waits out the connect timeout, so run them side by side.
    let runs: Vec<Run> = std::thread::scope(|scope| {
        let mut handles = Vec::new();
        for url in &urls {
            for command in commands {
                let s = &s;
                handles.push(scope.spawn(move || {
                    s.run(&[&["--database-url", url.as_str()][..], command].concat())
                }));
                handles.push(scope.spawn(move || s.run_env(&[("DATABASE_URL", url)], command)));
            }
        }
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for run in runs {
        let run = run.code(1);
        assert_masked(&run);
        assert!(run.stderr.contains(":***@127.0.0.1:1"), "{run:?}");
    }
}

/// The same against the live server, which ignores the password: runs that
/// succeed, a failing revision, and a database that does not exist.
#[test]
fn passwords_never_shown_on_server() {
    let Some(db) = Db::postgres() else {
        return;
    };
    let Some((scheme, rest)) = db.url.split_once("://") else {
        panic!("{db:?}")
    };
    let Some((user, host)) = rest.split_once('@').filter(|(u, _)| !u.contains(':')) else {
        migraph_test_support::skip("the server URL already carries a password");
        return;
    };
    let url = format!("{scheme}://{user}:{SECRET}@{host}");
    let s = Sandbox::with_examples("mask_server");
    s.revision(
        "broken",
        "a1",
        "none",
        "INSERT INTO no_such_table VALUES (1);",
        "SELECT 1;",
    );
    let runs = [
        s.run(&["--database-url", &url, "upgrade"]).ok(),
        s.run(&["--database-url", &url, "current"]).ok(),
        s.run(&["--database-url", &url, "downgrade", "-1"]).ok(),
        s.run(&["--database-url", &url, "check"]).code(3),
        s.run(&["--database-url", &url, "stamp", "head"]).ok(),
        s.run(&["--database-url", &url, "history"]).ok(),
        s.run_env(&[("DATABASE_URL", &url)], &["upgrade", "--dry-run"])
            .ok(),
        s.run(&[
            "--database-url",
            &url,
            "--dir",
            "broken",
            "--table",
            "b",
            "upgrade",
        ])
        .code(1),
        s.run(&[
            "--database-url",
            &with_scheme(&url, "postgresql+asyncpg"),
            "check",
        ])
        .code(0),
    ];
    for run in &runs {
        assert_masked(run);
    }
    let (server, _) = url.rsplit_once('/').unwrap();
    let missing = format!("{server}/no_such_db_{}", std::process::id());
    for command in [
        &["current"][..],
        &["upgrade"],
        &["check"],
        &["stamp", "head"],
    ] {
        let run = s
            .run(&[&["--database-url", missing.as_str()][..], command].concat())
            .code(1);
        assert_masked(&run);
        assert!(run.stderr.contains(":***@"), "{run:?}");
    }
}

/// The README's set-up and quick start, with `cargo xtask <command>` run as
/// `migraph <command>` from a directory holding the example `migrations/`.
#[test]
fn readme_quick_start() {
    let s = Sandbox::with_examples("readme");

    // cargo xtask upgrade: every revision onto ./migrate.db, one line each
    // with its duration; again, nothing to do.
    let run = s.run(&["upgrade"]).ok();
    assert!(s.path("migrate.db").exists());
    let done: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("done in"))
        .collect();
    assert_eq!(done.len(), IDS.len(), "{run:?}");
    for (line, id) in done.iter().zip(IDS) {
        assert!(
            line.contains(&format!("applying {id} ... done in ")),
            "{line}"
        );
    }
    let run = s.run(&["upgrade"]).ok();
    assert!(run.stdout.contains("Nothing to do"), "{run:?}");
    assert!(!run.stderr.contains("applying"), "{run:?}");

    // cargo xtask history / current
    assert_eq!(s.run(&["history"]).ok().stdout.lines().count(), IDS.len());
    let run = s.run(&["current"]).ok();
    assert_eq!(
        run.stdout.trim(),
        "20251023_0010, add klines.open_time_dt, the open time as a timestamp"
    );

    // Applying migrations, from the command line.
    assert!(s
        .run(&["upgrade", "head"])
        .ok()
        .stdout
        .contains("Nothing to do"));
    assert!(s
        .run(&["upgrade", "--dry-run"])
        .ok()
        .stdout
        .contains("Nothing to do"));
    let script = s.run(&["upgrade", "--sql", "base:head"]).ok().stdout;
    assert_eq!(script.matches("-- Apply ").count(), IDS.len(), "{script}");
    let run = s.run(&["downgrade", "-1"]).ok();
    assert!(
        run.stderr
            .contains(&format!("reverting {HEAD} ... done in")),
        "{run:?}"
    );
    let run = s.run(&["current", "--json"]).ok();
    assert_eq!(run.json(), json!({"current": ["20251022_0009"]}));
    let run = s.run(&["stamp", "20251021_0006"]).ok();
    assert!(
        run.stdout.contains("marked not applied: 20251021_0007"),
        "{run:?}"
    );
    let run = s.run(&["check"]).code(3);
    assert!(run.stdout.contains("4 pending"), "{run:?}");
    s.run(&["stamp", "20251022_0009"]).ok();
    s.run(&["upgrade"]).ok();
    s.run(&["check"]).code(0);

    // The daily workflow.
    let run = s.run(&["new", "-m", "add kline volume index"]).ok();
    let mine = run
        .stdout
        .split("(revision ")
        .nth(1)
        .and_then(|rest| rest.strip_suffix(")\n"))
        .unwrap_or_else(|| panic!("{run:?}"))
        .to_owned();
    let file = s
        .files("migrations")
        .into_iter()
        .find(|f| f.starts_with(&mine))
        .unwrap();
    let text = std::fs::read_to_string(s.path(&format!("migrations/{file}"))).unwrap();
    assert!(
        text.contains(&format!("-- down_revision: {HEAD}\n")),
        "{text}"
    );
    assert_eq!(
        s.run(&["heads"]).ok().stdout.trim(),
        format!("{mine} (head)")
    );
    let run = s.run(&["history", "-r", "20251019_0003:"]).ok();
    for id in ["20251019_0003", "20251021_0006", HEAD, mine.as_str()] {
        assert!(run.stdout.contains(&format!("-> {id}")), "{id}: {run:?}");
    }
    for id in ["20251018_0001", "20251018_0002", "20251019_0004"] {
        assert!(!run.stdout.contains(&format!("-> {id}")), "{id}: {run:?}");
    }
    let run = s.run(&["show", "20251021_0006"]).ok();
    assert!(
        run.stdout.contains("Merges: 20251019_0003, 20251020_0005"),
        "{run:?}"
    );
    let run = s.run(&["branches"]).ok();
    assert!(
        run.stdout.contains("20251018_0002 (branchpoint)"),
        "{run:?}"
    );

    // Another branch added a revision on the same head (a git merge).
    s.revision(
        "migrations",
        "20251024_0012",
        HEAD,
        "SELECT 1;",
        "SELECT 1;",
    );
    let run = s.run(&["heads"]).ok();
    assert_eq!(run.stdout.lines().count(), 2, "{run:?}");
    assert!(run.stderr.contains("2 heads"), "{run:?}");
    s.run(&["upgrade"]).code(1);
    let run = s
        .run(&["merge", "heads", "-m", "consolidate heads", "--json"])
        .ok();
    let merge = run.json()["revision"].as_str().unwrap().to_owned();
    assert_eq!(
        s.run(&["heads", "--json"]).ok().json(),
        json!({"heads": [merge]})
    );
    let run = s.run(&["upgrade", "--json"]).ok();
    let applied: Vec<String> = steps_of(&run).into_iter().map(|(id, _)| id).collect();
    assert_eq!(applied.len(), 3, "{run:?}");
    assert_eq!(applied[2], merge);
    assert_eq!(
        sorted(&[&applied[0], &applied[1]]),
        sorted(&["20251024_0012", &mine])
    );
    s.run(&["check"]).code(0);
}

/// README: "Passwords are shown as `***` in every message". sqlx also reads
/// a password from the query string, which the masking does not cover.
#[test]
fn password_in_query_string_is_masked() {
    let s = Sandbox::with_examples("mask_query");
    let url = format!("postgres://postgres@127.0.0.1:1/x?password={SECRET}");
    let run = s.run(&["--database-url", &url, "current"]).code(1);
    assert_masked(&run);
}

/// `--database NAME` picks `<dir>/NAME` and `DATABASE_URL_NAME`; each set
/// keeps its own bookkeeping in its own database.
#[test]
fn named_migration_sets() {
    let s = Sandbox::empty("named_sets");
    s.revision(
        "migrations/postgres",
        "p1",
        "none",
        "CREATE TABLE p (x INTEGER);",
        "DROP TABLE p;",
    );
    s.revision(
        "migrations/timescale",
        "t1",
        "none",
        "CREATE TABLE t (x INTEGER);",
        "DROP TABLE t;",
    );
    s.revision(
        "migrations/timescale",
        "t2",
        "t1",
        "ALTER TABLE t ADD y INTEGER;",
        "ALTER TABLE t DROP COLUMN y;",
    );
    let pg_url = format!("sqlite://{}?mode=rwc", s.path("pg.db").display());
    let ts_url = format!("sqlite://{}?mode=rwc", s.path("ts.db").display());
    let env = [
        ("DATABASE_URL_POSTGRES", pg_url.as_str()),
        ("DATABASE_URL_TIMESCALE", ts_url.as_str()),
    ];

    let up = s
        .run_env(&env, &["--database", "timescale", "upgrade", "--json"])
        .ok()
        .json();
    assert_eq!(up["current"], json!(["t2"]));
    let up = s
        .run_env(&env, &["--database", "postgres", "upgrade", "--json"])
        .ok()
        .json();
    assert_eq!(up["current"], json!(["p1"]));
    let current = s
        .run_env(&env, &["--database", "timescale", "current", "--json"])
        .ok()
        .json();
    assert_eq!(current, json!({"current": ["t2"]}));
    let heads = s
        .run_env(&env, &["--database", "postgres", "heads", "--json"])
        .ok()
        .json();
    assert_eq!(heads, json!({"heads": ["p1"]}));
    // No URL for a set: a usage error naming the variable to set.
    let run = s.run(&["--database", "timescale", "current"]).code(2);
    assert!(
        run.stderr.contains("DATABASE_URL_TIMESCALE"),
        "{}",
        run.stderr
    );
}

/// `--verbose` names the database, with the password masked.
#[test]
fn verbose_masks_the_password() {
    let s = Sandbox::with_examples("verbose");
    let url = "postgres://app:s3cr3tpw@127.0.0.1:1/x";
    for command in [&["current"][..], &["upgrade", "--dry-run"], &["check"]] {
        let mut args = vec!["--verbose", "--database-url", url];
        args.extend(command);
        let run = s.run(&args).code(1);
        let all = run.all();
        assert!(all.contains("app:***@127.0.0.1:1/x"), "{all}");
        assert!(!all.contains("s3cr3tpw"), "{all}");
    }
}

/// The URL comes from the first of: `--database-url`, `DATABASE_URL`, the
/// working directory's `.env`, `url` in migrate.toml, and the default SQLite
/// file; `--verbose` names the source. Each is a SQLite file of its own
/// here, so where the revisions went shows which won.
#[test]
fn the_url_comes_from_the_flag_the_environment_dotenv_or_settings() {
    let s = Sandbox::with_examples("url_sources");
    let upgrade = |env: &[(&str, &str)], flag: Option<&str>| {
        let mut args = vec!["--verbose", "upgrade", "20251018_0001"];
        if let Some(url) = flag {
            args.extend(["--database-url", url]);
        }
        s.run_env(env, &args).ok().stderr
    };
    let stderr = upgrade(&[], None);
    assert!(
        stderr.contains("database: sqlite://migrate.db?mode=rwc (from the default SQLite file;"),
        "{stderr}"
    );
    s.write(
        "migrations/migrate.toml",
        "dialect = \"sqlite\"\nurl = \"sqlite://toml.db?mode=rwc\"\n",
    );
    let stderr = upgrade(&[], None);
    assert!(
        stderr.contains("(from migrations/migrate.toml (url);"),
        "{stderr}"
    );
    s.write(
        ".env",
        "# local\nDATABASE_URL=sqlite://dotenv.db?mode=rwc\n",
    );
    let stderr = upgrade(&[], None);
    assert!(stderr.contains("(from .env (DATABASE_URL);"), "{stderr}");
    let env = [("DATABASE_URL", "sqlite://env.db?mode=rwc")];
    let stderr = upgrade(&env, None);
    assert!(
        stderr.contains("(from the environment (DATABASE_URL);"),
        "{stderr}"
    );
    let stderr = upgrade(&env, Some("sqlite://flag.db?mode=rwc"));
    assert!(stderr.contains("(from --database-url;"), "{stderr}");
    for file in ["migrate.db", "toml.db", "dotenv.db", "env.db", "flag.db"] {
        assert!(s.path(file).is_file(), "{file} was not used");
    }
    // A URL of another database than the declared dialect: refused before
    // anything connects (nothing listens on port 1), wherever it came from.
    s.write(".env", "DATABASE_URL=postgres://app:pw@127.0.0.1:1/app\n");
    let run = s.run(&["upgrade"]).code(2);
    assert!(
        run.stderr.contains(
            "postgres://app:***@127.0.0.1:1/app is a PostgreSQL database, but \
             migrations/migrate.toml declares dialect 'sqlite' (SQLite); give a SQLite URL"
        ),
        "{run:?}"
    );
    assert!(!run.stderr.contains("pw@"), "{run:?}");
    // A broken .env is an error naming it.
    s.write(".env", "DATABASE_URL='unterminated\n");
    let run = s.run(&["current"]).code(1);
    assert!(run.stderr.contains("cannot read .env"), "{run:?}");
}

/// `--atomic` refuses a `transactional: false` revision offline as online:
/// the same message, exit 1, and no script.
#[test]
fn atomic_refuses_non_transactional_revisions_offline_too() {
    let s = Sandbox::empty("atomic_offline");
    s.revision(
        "migrations",
        "a1",
        "none",
        "CREATE TABLE t (x INTEGER);",
        "DROP TABLE t;",
    );
    s.write(
        "migrations/b1_index.sql",
        "-- revision: b1\n-- down_revision: a1\n-- transactional: false\n\n\
         -- migrate:up\nCREATE INDEX t_x ON t (x);\n\n-- migrate:down\nDROP INDEX t_x;\n",
    );
    let offline = s.run(&["upgrade", "--sql", "--atomic"]).code(1);
    assert_eq!(offline.stdout, "", "{offline:?}");
    assert!(
        offline.stderr.contains(
            "this transactional: false revision cannot join: 'b1' (migrations/b1_index.sql)"
        ),
        "{offline:?}"
    );
    let online = s.run(&["upgrade", "--atomic"]).code(1);
    assert_eq!(online.stderr, offline.stderr);
    // Without the transactional: false revision it renders.
    let run = s.run(&["upgrade", "--sql", "--atomic", "a1"]).ok();
    assert_eq!(run.stdout.matches("BEGIN;").count(), 1, "{run:?}");
    // And without --atomic, b1 runs on its own.
    s.run(&["upgrade", "--sql"]).ok();
}

/// `history -r current:` and `-r :current`, as in Alembic, read the
/// database's current revisions (here the default SQLite file).
#[test]
fn history_range_from_and_to_current() {
    let s = Sandbox::with_examples("history_current");
    let revisions = |args: &[&str]| -> Vec<String> {
        let value = s.run(&[&["history", "--json"], args].concat()).ok().json();
        value
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["revision"].as_str().unwrap().to_owned())
            .collect()
    };
    // Nothing applied: everything is above the current state, nothing below.
    assert_eq!(revisions(&["-r", "current:"]).len(), IDS.len());
    assert_eq!(revisions(&["-r", ":current"]), Vec::<String>::new());
    s.run(&["upgrade", "20251021_0007"]).ok();
    assert_eq!(
        revisions(&["-r", "current:"]),
        ids(&[HEAD, "20251022_0009", "20251022_0008", "20251021_0007"])
    );
    let below = revisions(&["-r", ":current"]);
    assert_eq!(below.len(), IDS.len() - 3, "{below:?}");
    assert_eq!(below[0], "20251021_0007");
    let run = s.run(&["history", "-r", "current:"]).ok();
    assert!(run.stdout.contains("20251021_0007 (current)"), "{run:?}");
}

/// The commands that apply a set remember that its files passed the build's
/// checks: the next run with the same files skips them (`--verbose` says
/// so), a changed file is checked again, and a set that fails is never
/// remembered. `check` itself checks every time.
#[test]
fn a_set_that_passed_its_checks_is_not_checked_again_until_a_file_changes() {
    let s = Sandbox::empty("check_once");
    s.write("migrations/migrate.toml", "dialect = \"sqlite\"\n");
    s.revision(
        "migrations",
        "a",
        "none",
        "CREATE TABLE a (x INTEGER);",
        "DROP TABLE a;",
    );
    let marks = || s.files(".migraph-cache/checked");
    let url = |name: &str| format!("sqlite://{}", s.path(name).display());
    let first = s
        .run(&["--verbose", "--database-url", &url("1.db"), "upgrade"])
        .ok();
    assert!(
        !first.stderr.contains("passed the build's checks before"),
        "{}",
        first.stderr
    );
    assert_eq!(marks().len(), 1);
    let again = s
        .run(&["--verbose", "--database-url", &url("2.db"), "upgrade"])
        .ok();
    assert!(
        again.stderr.contains("passed the build's checks before"),
        "{}",
        again.stderr
    );
    let check = s.run(&["--verbose", "check"]);
    assert!(
        !check.stderr.contains("passed the build's checks before"),
        "{}",
        check.stderr
    );

    // A statement SQLite refuses, in a new revision: checked, refused, not
    // remembered, and no database touched.
    s.revision(
        "migrations",
        "b",
        "a",
        "CREATE TABLEX b (x INTEGER);",
        "DROP TABLE b;",
    );
    for _ in 0..2 {
        let refused = s.run(&["--database-url", &url("3.db"), "upgrade"]).code(1);
        assert!(refused.stderr.contains("b_"), "{}", refused.stderr);
        assert!(
            refused.stderr.contains("syntax error"),
            "{}",
            refused.stderr
        );
        assert!(!s.path("3.db").exists());
    }
    assert_eq!(marks().len(), 1);
}

/// A SQLite URL naming a file that is not there yet makes it, as the sqlite3
/// shell and Alembic do; one whose `mode` forbids that still refuses.
#[test]
fn a_sqlite_file_not_there_yet_is_made_unless_the_url_says_otherwise() {
    let s = Sandbox::empty("sqlite_made");
    s.revision(
        "migrations",
        "a",
        "none",
        "CREATE TABLE a (x INTEGER);",
        "DROP TABLE a;",
    );
    let url = format!("sqlite://{}", s.path("fresh.db").display());
    let up = s
        .run(&["--database-url", &url, "upgrade", "--json"])
        .ok()
        .json();
    assert_eq!(up["current"], json!(["a"]));
    assert!(s.path("fresh.db").exists());
    let url = format!("sqlite://{}?mode=rw", s.path("absent.db").display());
    s.run(&["--database-url", &url, "current"]).code(1);
    assert!(!s.path("absent.db").exists());
}
