//! `verify` against `upgrade` of the same history, on each database: whole
//! processes, each on a fresh empty database as a user's CI has one (which
//! `verify` walks in one transaction on PostgreSQL, or in a scratch
//! database it makes where the set needs commits; MySQL and SQLite always
//! in a scratch one), the two taking turns run by run. The goal is `verify` at most 3x the upgrade on PostgreSQL (three
//! applies and two catalog reads per revision against one apply).
//!
//! Histories: PostgreSQL ory/hydra (222 revisions; `--quick`: chirpstack),
//! rust-lang/crates.io (285, some `transactional: false`) and docs.rs (33,
//! an enum value added) in the full run, SQLite chirpstack, MariaDB
//! banzaicloud/pipeline, from `tests/sql-corpus`.
//! Their downs are real, findings included: a `verify` exit status of 1
//! with findings printed counts as a run. MariaDB is reached at
//! `MIGRAPH_BENCH_MYSQL` (default `mysql://root@127.0.0.1:3306`); a
//! database whose server does not answer is skipped.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::super::compare::{Env, Res};
use super::super::stats::{print_table, Samples};

/// MariaDB, as the tests reach it.
const MYSQL_SERVER: &str = "mysql://root@127.0.0.1:3306";

/// One history on one database.
struct History {
    database: &'static str,
    dir: &'static str,
    /// What the history expects before its first revision.
    prepare: Option<&'static str>,
}

/// `verify` against `upgrade` on each database whose server answers.
pub(super) fn run(env: &Env, root: &Path, quick: bool, repeats: usize) -> Res<()> {
    let postgres = |dir| History {
        database: "PostgreSQL",
        dir,
        prepare: None,
    };
    let more = if quick {
        vec![]
    } else {
        vec![
            postgres("tests/sql-corpus/postgres/crates-io"),
            postgres("tests/sql-corpus/postgres/docs-rs"),
        ]
    };
    let histories = [
        History {
            database: "PostgreSQL",
            dir: if quick {
                "tests/sql-corpus/postgres/chirpstack"
            } else {
                "tests/sql-corpus/postgres/hydra"
            },
            prepare: quick.then_some("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        },
        History {
            database: "SQLite",
            dir: "tests/sql-corpus/sqlite/chirpstack",
            prepare: None,
        },
        History {
            database: "MariaDB",
            dir: "tests/sql-corpus/mysql/pipeline",
            prepare: None,
        },
    ];
    let mut rows = Vec::new();
    let (first, rest) = histories.split_at(1);
    for history in first.iter().chain(&more).chain(rest) {
        let server = match history.database {
            "PostgreSQL" => env.server.clone(),
            "MariaDB" => {
                std::env::var("MIGRAPH_BENCH_MYSQL").unwrap_or_else(|_| MYSQL_SERVER.to_owned())
            }
            _ => String::new(),
        };
        let dir = root.join(history.dir);
        let revisions = count_revisions(&dir)?;
        let (mut upgrade, mut verify) = (Samples::default(), Samples::default());
        let mut skipped = None;
        for k in 0..repeats {
            for verify_first in [k % 2 == 1, k % 2 == 0] {
                eprintln!(
                    "floors: {} {} on {} revisions, run {} ...",
                    history.database,
                    if verify_first { "verify" } else { "upgrade" },
                    revisions,
                    k + 1
                );
                // A server that does not answer skips its database.
                let fresh = match Fresh::create(history.database, &server, &env.work) {
                    Ok(fresh) => fresh,
                    Err(e) => {
                        skipped = Some(e);
                        break;
                    }
                };
                let outcome = if verify_first {
                    run_ours(env, &dir, &fresh.url, history.prepare, true).map(|d| verify.push(d))
                } else {
                    if let Some(sql) = history.prepare {
                        fresh.run_sql(sql)?;
                    }
                    run_ours(env, &dir, &fresh.url, None, false).map(|d| upgrade.push(d))
                };
                drop(fresh);
                if let Err(e) = outcome {
                    skipped = Some(e);
                    break;
                }
            }
            if skipped.is_some() {
                break;
            }
        }
        let name = format!(
            "{}, {} ({revisions} revisions)",
            history.database,
            history.dir.rsplit('/').next().unwrap_or(history.dir)
        );
        match skipped {
            Some(why) => println!("{name}: skipped ({why})"),
            None => rows.push(vec![
                name,
                upgrade.summary(),
                verify.summary(),
                format!("{:.2}x", verify.median() / upgrade.median()),
            ]),
        }
    }
    println!();
    println!("-- verify against upgrade of the same history ({repeats} runs each) --");
    print_table(&["history", "upgrade", "verify", "verify / upgrade"], &rows);
    println!("  (goal: at most 3x on PostgreSQL)");
    Ok(())
}

/// The `.sql` revisions of a directory.
fn count_revisions(dir: &Path) -> Res<usize> {
    Ok(std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "sql"))
        .count())
}

/// Our CLI's `upgrade heads` or `verify` of `dir` on `url`, timed; a
/// `verify` that reports findings (status 1, findings printed) counts.
fn run_ours(
    env: &Env,
    dir: &Path,
    url: &str,
    prepare: Option<&str>,
    verify: bool,
) -> Res<Duration> {
    let mut cmd = Command::new(&env.ours);
    cmd.arg("--dir")
        .arg(dir)
        .arg("--database-url")
        .arg(url)
        .env_remove("DATABASE_URL")
        .stdin(Stdio::null());
    if verify {
        cmd.arg("verify");
        if let Some(sql) = prepare {
            cmd.args(["--prepare", sql]);
        }
    } else {
        cmd.args(["upgrade", "heads"]);
    }
    let start = Instant::now();
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {}: {e}", env.ours.display()))?;
    let elapsed = start.elapsed();
    let findings = verify
        && out.status.code() == Some(1)
        && String::from_utf8_lossy(&out.stdout).contains("does not restore");
    if out.status.success() || findings {
        Ok(elapsed)
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_owned())
    }
}

/// A fresh database (a new file for SQLite), dropped with this value.
struct Fresh {
    database: &'static str,
    server: String,
    name: String,
    url: String,
}

impl Fresh {
    fn create(database: &'static str, server: &str, work: &Path) -> Res<Fresh> {
        let name = format!("mbench_verify_{}", std::process::id());
        let url = match database {
            "SQLite" => {
                let path = work.join(format!("{name}.db"));
                let _ = std::fs::remove_file(&path);
                format!("sqlite://{}?mode=rwc", path.display())
            }
            _ => format!("{server}/{name}"),
        };
        let fresh = Fresh {
            database,
            server: server.to_owned(),
            name,
            url,
        };
        fresh.admin(&format!("DROP DATABASE IF EXISTS {}", fresh.name))?;
        fresh.admin(&format!("CREATE DATABASE {}", fresh.name))?;
        Ok(fresh)
    }

    /// Runs `sql` on the server (not in the database); nothing for SQLite.
    fn admin(&self, sql: &str) -> Res<()> {
        let mut cmd = match self.database {
            "PostgreSQL" => {
                let mut cmd = Command::new("psql");
                cmd.args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d"])
                    .arg(format!("{}/postgres", self.server))
                    .args(["-c", sql]);
                cmd
            }
            "MariaDB" => {
                // mysql://user[:password]@host[:port]
                let rest = self.server.trim_start_matches("mysql://");
                let (user, host) = rest.split_once('@').unwrap_or(("root", rest));
                let (user, password) = user.split_once(':').unwrap_or((user, ""));
                let (host, port) = host.split_once(':').unwrap_or((host, "3306"));
                let mut cmd = Command::new("mysql");
                cmd.args(["-h", host, "-P", port, "-u", user, "-e", sql]);
                if !password.is_empty() {
                    cmd.env("MYSQL_PWD", password);
                }
                cmd
            }
            _ => return Ok(()),
        };
        let out = cmd
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("{:?}: {e}", cmd.get_program()))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).trim().to_owned())
        }
    }

    /// Runs `sql` in the database (PostgreSQL: what a history expects).
    fn run_sql(&self, sql: &str) -> Res<()> {
        let out = Command::new("psql")
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d"])
            .arg(&self.url)
            .args(["-c", sql])
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("psql: {e}"))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).trim().to_owned())
        }
    }
}

impl Drop for Fresh {
    fn drop(&mut self) {
        if self.database == "SQLite" {
            let path = self
                .url
                .trim_start_matches("sqlite://")
                .trim_end_matches("?mode=rwc");
            for suffix in ["", "-journal", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{path}{suffix}"));
            }
            return;
        }
        let sql = match self.database {
            "PostgreSQL" => format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name),
            _ => format!("DROP DATABASE IF EXISTS {}", self.name),
        };
        if let Err(e) = self.admin(&sql) {
            eprintln!("warning: cannot drop database {}: {e}", self.name);
        }
    }
}
