//! What the build-time SQL check costs: in this process (the loader with
//! and without the check, built like the proc macro at opt-level 0), in a
//! real build (through `macro_cost`, shapes `pg-checked` and
//! `pg-unchecked`), and the first build of the check's dependencies.
//!
//! Realistic PostgreSQL revisions are the real ones of
//! `tests/sql-corpus/postgres/` (its first three sets), cycled to reach the
//! size wanted; the SQLite chain is generated (the corpus' revisions cannot
//! be applied twice).

use std::fmt::Write as _;
use std::io;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use migraph_core::{GraphPolicy, Migrations};

use super::gen::rev_id;
use super::stats::{time, Samples};

/// The sets cycled, in this order: the first three of the corpus, so that
/// the figures stay comparable as histories are added.
const SETS: &[&str] = &["chirpstack", "hydra", "supabase-auth"];

/// The up and down SQL of every revision of the cycled sets.
fn corpus(workspace: &Path) -> io::Result<Vec<(String, Option<String>, bool)>> {
    let root = workspace.join("tests/sql-corpus/postgres");
    let mut out = Vec::new();
    for set in SETS.iter().map(|name| root.join(name)) {
        let m = Migrations::load(&set)
            .map_err(|e| io::Error::other(format!("{}: {e}", set.display())))?;
        out.extend(m.revisions().iter().map(|r| {
            (
                r.up_sql().to_owned(),
                r.down_sql().map(str::to_owned),
                r.is_transactional(),
            )
        }));
    }
    Ok(out)
}

/// Writes `n` revisions in one chain, their SQL taken from the corpus in
/// turn, with a `migrate.toml` declaring PostgreSQL when `checked`.
pub fn write_pg_dir(workspace: &Path, dir: &Path, n: usize, checked: bool) -> io::Result<u64> {
    let corpus = corpus(workspace)?;
    if dir.exists() {
        std::fs::remove_dir_all(dir)?;
    }
    std::fs::create_dir_all(dir)?;
    if checked {
        std::fs::write(dir.join("migrate.toml"), "dialect = \"postgres\"\n")?;
    }
    let mut bytes = 0;
    let mut text = String::new();
    for i in 0..n {
        let (up, down, transactional) = &corpus[i % corpus.len()];
        text.clear();
        let parent = if i == 0 {
            "none".to_owned()
        } else {
            rev_id(i - 1)
        };
        let _ = writeln!(
            text,
            "-- revision: {}\n-- down_revision: {parent}",
            rev_id(i)
        );
        if !transactional {
            text.push_str("-- transactional: false\n");
        }
        let _ = write!(text, "\n-- migrate:up\n{up}\n");
        match down {
            Some(down) => {
                let _ = write!(text, "-- migrate:down\n{down}");
            }
            None => text.push_str("-- migrate:down irreversible\n"),
        }
        bytes += text.len() as u64;
        std::fs::write(dir.join(format!("{}_pg.sql", rev_id(i))), &text)?;
    }
    Ok(bytes)
}

/// Writes a SQLite chain of `n` revisions that applies: tables, indexes,
/// added columns, a trigger and rows, each undone by its down.
pub fn write_sqlite_dir(dir: &Path, n: usize) -> io::Result<()> {
    if dir.exists() {
        std::fs::remove_dir_all(dir)?;
    }
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("migrate.toml"), "dialect = \"sqlite\"\n")?;
    for i in 0..n {
        let parent = if i == 0 {
            "none".to_owned()
        } else {
            rev_id(i - 1)
        };
        let t = format!("t{i:06}");
        let (up, down) = match i % 4 {
            0 => (
                format!(
                    "CREATE TABLE {t} (\n    id INTEGER PRIMARY KEY,\n    name TEXT NOT NULL,\n    \
                     payload TEXT,\n    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP\n);\n\
                     CREATE INDEX {t}_name ON {t} (name);\n\
                     INSERT INTO {t} (name, payload) VALUES ('a', '{{}}'), ('b', NULL);\n"
                ),
                format!("DROP INDEX {t}_name;\nDROP TABLE {t};\n"),
            ),
            1 => {
                let prev = format!("t{:06}", i - 1);
                (
                    format!(
                        "ALTER TABLE {prev} ADD COLUMN status TEXT NOT NULL DEFAULT 'new';\n\
                         UPDATE {prev} SET status = 'old' WHERE payload IS NULL;\n"
                    ),
                    format!("ALTER TABLE {prev} DROP COLUMN status;\n"),
                )
            }
            2 => {
                let prev = format!("t{:06}", i - 2);
                (
                    format!(
                        "CREATE TABLE {t} (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES {prev} (id), at TEXT);\n\
                         CREATE TRIGGER {t}_stamp AFTER INSERT ON {t} BEGIN\n    \
                         UPDATE {t} SET at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;\n"
                    ),
                    format!("DROP TRIGGER {t}_stamp;\nDROP TABLE {t};\n"),
                )
            }
            _ => {
                let prev = format!("t{:06}", i - 1);
                (
                    format!(
                        "INSERT INTO {prev} (parent_id) SELECT id FROM t{:06};\n",
                        i - 3
                    ),
                    format!("DELETE FROM {prev};\n"),
                )
            }
        };
        let text = format!(
            "-- revision: {}\n-- down_revision: {parent}\n\n-- migrate:up\n{up}\n-- migrate:down\n{down}",
            rev_id(i)
        );
        std::fs::write(dir.join(format!("{}_sqlite.sql", rev_id(i))), text)?;
    }
    Ok(())
}

/// In-process medians of the loader without and with the SQL check.
#[derive(Debug)]
pub struct InProcess {
    pub what: String,
    pub n: usize,
    pub unchecked: Samples,
    pub checked: Samples,
}

fn measure(what: &str, dir: &Path, n: usize, iters: usize) -> Result<InProcess, String> {
    let display = "migrations";
    let policy = GraphPolicy::default();
    let mut unchecked = Samples::default();
    let mut checked = Samples::default();
    for _ in 0..iters {
        let (r, d) = time(|| Migrations::load_from(display, dir, &policy));
        r.map_err(|p| format!("{}: {p}", dir.display()))?;
        unchecked.push(d);
        let (r, d) = time(|| Migrations::load_checked(display, dir, &policy));
        r.map_err(|p| format!("{}: {p}", dir.display()))?;
        checked.push(d);
    }
    Ok(InProcess {
        what: what.to_owned(),
        n,
        unchecked,
        checked,
    })
}

/// The loader with and without the check, in this process, on realistic
/// PostgreSQL sets of each size and a SQLite chain of `sqlite_n`.
pub fn in_process(
    workspace: &Path,
    bench_root: &Path,
    pg_sizes: &[usize],
    sqlite_n: usize,
    iters: usize,
) -> Result<Vec<InProcess>, String> {
    let mut out = Vec::new();
    for &n in pg_sizes {
        let dir = bench_root.join(format!("sql-check-pg-{n}"));
        write_pg_dir(workspace, &dir, n, true).map_err(|e| format!("{}: {e}", dir.display()))?;
        eprintln!("sql check: postgres {n} in process ...");
        out.push(measure("postgres (syntax, context)", &dir, n, iters)?);
    }
    let dir = bench_root.join(format!("sql-check-sqlite-{sqlite_n}"));
    write_sqlite_dir(&dir, sqlite_n).map_err(|e| format!("{}: {e}", dir.display()))?;
    eprintln!("sql check: sqlite chain {sqlite_n} in process ...");
    out.push(measure("sqlite (context, chain)", &dir, sqlite_n, iters)?);
    Ok(out)
}

/// The first build of `migrate-core` in an empty target directory, without
/// and with the `sql-check` feature: what the check's dependencies (squawk's
/// parser, rusqlite and its bundled SQLite) add to a user's first build.
pub fn first_build(workspace: &Path, bench_root: &Path, cargo: &str) -> Result<(f64, f64), String> {
    let mut times = Vec::new();
    for features in [None, Some("sql-check")] {
        let target = bench_root.join("sql-check-first-build");
        let _ = std::fs::remove_dir_all(&target);
        let mut cmd = Command::new(cargo);
        cmd.arg("build")
            .arg("--quiet")
            .arg("--manifest-path")
            .arg(workspace.join("Cargo.toml"))
            .args(["-p", "migraph-core"])
            .env("CARGO_TARGET_DIR", &target);
        if let Some(features) = features {
            cmd.args(["--features", features]);
        }
        eprintln!(
            "sql check: first build of migrate-core{} ...",
            features.map_or(String::new(), |f| format!(" --features {f}"))
        );
        let start = Instant::now();
        let status = cmd
            .status()
            .map_err(|e| format!("cannot run {cargo}: {e}"))?;
        if !status.success() {
            return Err(format!("first build failed: {status}"));
        }
        times.push(start.elapsed().as_secs_f64());
        let _ = std::fs::remove_dir_all(&target);
    }
    Ok((times[0], times[1]))
}
