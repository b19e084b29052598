//! `cargo xtask bench floors`: ours against each database's floor, like
//! for like, as whole processes on fresh databases, the tools taking turns
//! run by run; every ratio is against the floor of the same run.
//!
//! 1. PostgreSQL, N trivial revisions from empty (10,000; `--quick`: 200;
//!    `MIGRAPH_BENCH_TRIVIAL` overrides): one `psql` session running
//!    `BEGIN; \i up.sql; COMMIT;` per revision with `synchronous_commit=off`
//!    against ours (whose commits but the last do not wait for the disk),
//!    the same two with every commit waiting, and `sqlx migrate run`.
//! 2. SQLite, a real history from empty: ory/kratos's 694 revisions
//!    (`tests/sql-corpus/sqlite-bench/kratos`): one `sqlite3` process
//!    running, after `PRAGMA foreign_keys=ON` (sqlx opens SQLite so), each
//!    revision's up section between `BEGIN;` and `COMMIT;` (alone for a
//!    `transactional: false` one), against `migraph upgrade heads`.
//!    Both leave the same schema (checked).
//! 3. `verify` against `upgrade` of the same history on PostgreSQL, SQLite
//!    and MariaDB ([`verify`]).
//!
//! `MIGRAPH_BENCH_OURS` names another build of the CLI to measure (an A/B
//! of two commits, each against the floor of its own run);
//! `MIGRAPH_BENCH_FLOORS=postgres`, `sqlite` or `verify` runs one part
//! alone.

mod verify;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::compare::{self, trivial_revisions, write_set, Env, Res, Tool};
use super::stats::{print_table, Samples};

/// The SQLite history, from the repository root.
const SQLITE_HISTORY: &str = "tests/sql-corpus/sqlite-bench/kratos";

/// Runs both floors; `quick` is CI's smoke run (small, one run each).
pub fn run_all(root: &Path, bench_root: &Path, cargo: &str, quick: bool) -> Res<()> {
    let env = compare::setup_light(root, bench_root, cargo)?;
    let trivial_n: usize = std::env::var("MIGRAPH_BENCH_TRIVIAL")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if quick { 200 } else { 10_000 });
    let repeats = if quick { 1 } else { 3 };
    let only = std::env::var("MIGRAPH_BENCH_FLOORS").unwrap_or_default();
    if only.is_empty() || only == "postgres" {
        postgres(&env, trivial_n, repeats)?;
    }
    if only.is_empty() || only == "sqlite" {
        sqlite(&env, root, if quick { 1 } else { 7 })?;
    }
    if only.is_empty() || only == "verify" {
        verify::run(&env, root, quick, if quick { 1 } else { 3 })?;
    }
    Ok(())
}

fn postgres(env: &Env, n: usize, repeats: usize) -> Res<()> {
    let set = write_set(&env.work, "floors_trivial", &trivial_revisions(n))?;
    let tools = [
        Tool::PsqlAsync,
        Tool::Ours,
        Tool::Psql,
        Tool::OursSync,
        Tool::Sqlx,
    ];
    let applied = compare::apply_from_empty(env, &set, &tools, repeats)?;
    let find = |tool: Tool| {
        applied
            .iter()
            .find(|(t, _, _)| *t == tool)
            .map(|(_, s, _)| s)
    };
    println!();
    println!("-- PostgreSQL: {n} trivial revisions from empty ({repeats} runs each) --");
    let floor_of = |tool: Tool| match tool {
        Tool::Ours | Tool::PsqlAsync | Tool::Sqlx => find(Tool::PsqlAsync),
        _ => find(Tool::Psql),
    };
    let rows: Vec<Vec<String>> = applied
        .iter()
        .map(|(tool, samples, _)| {
            let floor = floor_of(*tool);
            vec![
                tool.name().to_owned(),
                samples.summary(),
                floor.map_or("-".to_owned(), |f| {
                    format!("{:.2}x", samples.median() / f.median())
                }),
            ]
        })
        .collect();
    print_table(&["tool", "time", "/ psql like for like"], &rows);
    if let (Some(ours), Some(sqlx)) = (find(Tool::Ours), find(Tool::Sqlx)) {
        println!(
            "ours / sqlx-cli: {:.2}x (goal: at most 0.3x); ours / psql, commits not waiting: {}",
            ours.median() / sqlx.median(),
            find(Tool::PsqlAsync).map_or("-".to_owned(), |f| format!(
                "{:.2}x (goal: at most 1.0x)",
                ours.median() / f.median()
            ))
        );
    }
    Ok(())
}

/// One revision of a history as the floor runs it.
struct Up {
    sql: String,
    transactional: bool,
}

/// The up sections of a directory's revisions, in file-name order (the
/// order of its chain).
fn ups(dir: &Path) -> Res<Vec<Up>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            let (header, rest) = text
                .split_once("-- migrate:up\n")
                .ok_or_else(|| format!("{}: no up section", p.display()))?;
            let up = rest.split("-- migrate:down").next().unwrap_or("");
            Ok(Up {
                sql: up.to_owned(),
                transactional: !header.contains("-- transactional: false"),
            })
        })
        .collect()
}

fn sqlite(env: &Env, root: &Path, repeats: usize) -> Res<()> {
    let dir = root.join(SQLITE_HISTORY);
    let ups = ups(&dir)?;
    let mut script = String::from("PRAGMA foreign_keys=ON;\n");
    for up in &ups {
        if up.transactional {
            script.push_str(&format!("BEGIN;\n{}\n;\nCOMMIT;\n", up.sql));
        } else {
            script.push_str(&format!("{}\n;\n", up.sql));
        }
    }
    let work = env.work.join("floors_sqlite");
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let script_path = work.join("floor.sql");
    std::fs::write(&script_path, script).map_err(|e| format!("{}: {e}", script_path.display()))?;
    let (mut floor, mut ours) = (Samples::default(), Samples::default());
    let (floor_db, ours_db) = (work.join("floor.db"), work.join("ours.db"));
    for k in 0..repeats {
        // Alternate which goes first.
        for first in [k % 2 == 0, k % 2 == 1] {
            if first {
                eprintln!(
                    "floors: sqlite3 on {} revisions, run {} ...",
                    ups.len(),
                    k + 1
                );
                fresh(&floor_db)?;
                let file = std::fs::File::open(&script_path).map_err(|e| e.to_string())?;
                floor.push(timed(
                    Command::new("sqlite3")
                        .arg("-bail")
                        .arg(&floor_db)
                        .stdin(file),
                )?);
            } else {
                eprintln!("floors: ours on {} revisions, run {} ...", ups.len(), k + 1);
                fresh(&ours_db)?;
                ours.push(timed(
                    Command::new(&env.ours)
                        .arg("--dir")
                        .arg(&dir)
                        .arg("--database-url")
                        .arg(format!("sqlite://{}?mode=rwc", ours_db.display()))
                        .args(["upgrade", "heads"])
                        .env_remove("DATABASE_URL")
                        .stdin(Stdio::null()),
                )?);
            }
        }
    }
    let same = schema(&floor_db)? == schema(&ours_db)?;
    println!();
    println!(
        "-- SQLite: ory/kratos, {} real revisions from empty ({repeats} runs each) --",
        ups.len()
    );
    print_table(
        &["tool", "time", "/ sqlite3"],
        &[
            vec![
                "sqlite3, one process (the floor)".to_owned(),
                floor.summary(),
                "1.00x".to_owned(),
            ],
            vec![
                Tool::Ours.name().to_owned(),
                ours.summary(),
                format!("{:.2}x", ours.median() / floor.median()),
            ],
        ],
    );
    println!(
        "  {} (goal: at most 1.05x)",
        if same {
            "same schema from both"
        } else {
            "WARNING: the schemas differ"
        }
    );
    Ok(())
}

/// Removes a database file and its journals.
fn fresh(db: &Path) -> Res<()> {
    for suffix in ["", "-journal", "-wal", "-shm"] {
        let path = PathBuf::from(format!("{}{suffix}", db.display()));
        if path.exists() {
            std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// Runs `cmd` to completion; its wall time, or its error output.
fn timed(cmd: &mut Command) -> Res<Duration> {
    let start = Instant::now();
    let out = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    let elapsed = start.elapsed();
    if !out.status.success() {
        return Err(format!(
            "{:?} failed: {}",
            cmd.get_program(),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(elapsed)
}

/// The schema of a SQLite file, the bookkeeping table left out.
fn schema(db: &Path) -> Res<String> {
    let out = Command::new("sqlite3")
        .arg(db)
        .arg(
            "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master \
             WHERE tbl_name NOT LIKE 'migrate_%' ORDER BY type, name",
        )
        .output()
        .map_err(|e| format!("sqlite3: {e}"))?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
