//! Scaffolding for the end-to-end tests of the `migraph` binary: a scratch
//! directory per test, the binary run in it with a clean environment, and a
//! fresh database (a SQLite file, or a uniquely named PostgreSQL database
//! that is dropped again afterwards).
//!
//! A PostgreSQL test skips with a message when the server is unreachable,
//! unless `MIGRAPH_REQUIRE_DB=1` is set: then it fails.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use migraph_core::sqlx::{self, Connection};

use crate::db::postgres_server;
use crate::unique;
use serde_json::Value;

/// The example set's SQL revisions, in upgrade order (its Rust code
/// revision, 20251023_0011, runs only in a binary that embeds the set).
pub const IDS: [&str; 10] = [
    "20251018_0001",
    "20251018_0002",
    "20251019_0003",
    "20251019_0004",
    "20251020_0005",
    "20251021_0006",
    "20251021_0007",
    "20251022_0008",
    "20251022_0009",
    "20251023_0010",
];

/// The head of the example set's SQL revisions.
pub const HEAD: &str = "20251023_0010";

/// Every table the example set creates, with the bookkeeping table, sorted.
pub const ALL_TABLES: [&str; 7] = [
    "backfill_runs",
    "instruments",
    "kline_gaps",
    "klines",
    "migrate_revisions",
    "prediction_inputs",
    "predictions",
];

/// The repository's example set.
fn examples() -> PathBuf {
    crate::workspace_root().join("migrations")
}

/// One finished run of the binary.
pub struct Run {
    pub line: String,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "`{}` exited {:?}\n--- stdout\n{}--- stderr\n{}",
            self.line, self.code, self.stdout, self.stderr
        )
    }
}

impl Run {
    fn from_output(line: String, output: Output) -> Run {
        Run {
            line,
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// Asserts the exit code, and returns the run for more checks.
    #[track_caller]
    pub fn code(self, expected: i32) -> Run {
        assert_eq!(self.code, Some(expected), "{self:?}");
        self
    }

    /// Asserts exit code 0.
    #[track_caller]
    pub fn ok(self) -> Run {
        self.code(0)
    }

    /// Stdout parsed as one JSON document.
    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(self.stdout.trim())
            .unwrap_or_else(|err| panic!("stdout is not JSON ({err}): {self:?}"))
    }

    /// Both streams.
    pub fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

/// A scratch directory, the working directory of every run in a test.
#[derive(Debug)]
pub struct Sandbox {
    pub root: PathBuf,
}

impl Drop for Sandbox {
    /// Keeps the directory of a failed test for a look, removes the others.
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.root);
        }
    }
}

impl Sandbox {
    /// An empty scratch directory.
    pub fn empty(name: &str) -> Sandbox {
        let root = crate::target_dir().join("tmp/cli").join(unique(name));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).expect("create the scratch directory");
        Sandbox { root }
    }

    /// A scratch directory holding a copy of the example set's SQL
    /// revisions as `migrations/`: the directory CLI runs SQL; the set's
    /// Rust code revision runs in the binaries that embed it
    /// (`examples/app`, the facade's tests).
    pub fn with_examples(name: &str) -> Sandbox {
        let sandbox = Sandbox::empty(name);
        let target = sandbox.path("migrations");
        std::fs::create_dir_all(&target).unwrap();
        for entry in std::fs::read_dir(examples()).expect("the example migrations") {
            let entry = entry.unwrap();
            let sql = entry.path().extension().is_some_and(|e| e == "sql");
            if entry.file_type().unwrap().is_file() && sql {
                std::fs::copy(entry.path(), target.join(entry.file_name())).unwrap();
            }
        }
        sandbox
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.root.join(relative)
    }

    /// Writes a file (creating its directory).
    pub fn write(&self, relative: &str, text: &str) {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// Writes the revision `id` into `dir` as `<id>_<slug>.sql`.
    pub fn revision(&self, dir: &str, id: &str, down: &str, up: &str, downsql: &str) {
        self.write(
            &format!("{dir}/{id}_rev.sql"),
            &format!(
                "-- revision: {id}\n-- down_revision: {down}\n-- message: revision {id}\n\n\
                 -- migrate:up\n{up}\n\n-- migrate:down\n{downsql}\n"
            ),
        );
    }

    /// The one file `revision --autogenerate` wrote into `dir` (a name not
    /// in `before`): its path and text, and whether it held `-- review:`
    /// lines, which are taken out of the file, as a person deciding would.
    pub fn take_generated(&self, dir: &str, before: &[String]) -> (PathBuf, String, bool) {
        let written: Vec<String> = self
            .files(dir)
            .into_iter()
            .filter(|f| !before.contains(f))
            .collect();
        assert_eq!(written.len(), 1, "written into {dir}: {written:?}");
        let path = self.path(&format!("{dir}/{}", written[0]));
        let text = std::fs::read_to_string(&path).unwrap();
        let reviewed = text.contains("-- review:");
        if reviewed {
            let kept: Vec<&str> = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("-- review:"))
                .collect();
            std::fs::write(&path, kept.join("\n") + "\n").unwrap();
        }
        (path, text, reviewed)
    }

    /// The file names in a directory of the sandbox, sorted.
    pub fn files(&self, relative: &str) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.path(relative))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// Runs the binary here without `DATABASE_URL`.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_env(&[], args)
    }

    /// Runs the binary here with these environment variables (and no other
    /// `DATABASE_URL`).
    pub fn run_env(&self, env: &[(&str, &str)], args: &[&str]) -> Run {
        let mut command = Command::new(binary());
        command
            .args(args)
            .current_dir(&self.root)
            .env_remove("DATABASE_URL")
            // Checks passed are remembered here, not in the user's cache.
            .env("MIGRAPH_CACHE_DIR", self.root.join(".migraph-cache"));
        for (key, value) in env {
            command.env(key, value);
        }
        let output = command.output().expect("the migraph binary runs");
        let mut line = String::from("migraph");
        for arg in args {
            line.push(' ');
            line.push_str(arg);
        }
        for (key, value) in env {
            line = format!("{key}={value} {line}");
        }
        Run::from_output(line, output)
    }
}

/// Runs a future to completion on a runtime of its own.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
        .block_on(future)
}

/// The scratch databases (of `verify` and autogenerate) that the process
/// `pid` has on `url`'s server at this moment.
pub fn scratch_databases(url: &str, pid: u32) -> Vec<String> {
    block_on(async {
        let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
        let names: Vec<String> =
            sqlx::query_scalar("SELECT datname::text FROM pg_database WHERE datname LIKE $1")
                .bind(scratch_pattern(pid))
                .fetch_all(&mut conn)
                .await
                .unwrap();
        let _ = conn.close().await;
        names
    })
}

/// Whether a session in one of `pid`'s scratch databases is inside
/// `pg_sleep` (a revision written to hold the run there).
pub fn scratch_sleeping(url: &str, pid: u32) -> bool {
    block_on(async {
        let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
        let sleeping: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM pg_stat_activity \
             WHERE datname LIKE $1 AND wait_event = 'PgSleep')",
        )
        .bind(scratch_pattern(pid))
        .fetch_one(&mut conn)
        .await
        .unwrap();
        let _ = conn.close().await;
        sleeping
    })
}

/// The scratch databases the process `pid` has on the MySQL/MariaDB server
/// of `url` at this moment.
pub fn mysql_scratch_databases(url: &str, pid: u32) -> Vec<String> {
    block_on(async {
        let mut conn = sqlx::MySqlConnection::connect(url).await.unwrap();
        let names: Vec<String> = sqlx::query_scalar(
            "SELECT CAST(SCHEMA_NAME AS CHAR) FROM information_schema.SCHEMATA \
             WHERE SCHEMA_NAME LIKE ?",
        )
        .bind(scratch_pattern(pid))
        .fetch_all(&mut conn)
        .await
        .unwrap();
        let _ = conn.close().await;
        names
    })
}

/// The tables of the MySQL/MariaDB database at `url`, sorted.
pub fn mysql_tables(url: &str) -> Vec<String> {
    block_on(async {
        let mut conn = sqlx::MySqlConnection::connect(url).await.unwrap();
        let names: Vec<String> = sqlx::query_scalar(
            "SELECT CAST(TABLE_NAME AS CHAR) FROM information_schema.TABLES \
             WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1",
        )
        .fetch_all(&mut conn)
        .await
        .unwrap();
        let _ = conn.close().await;
        names
    })
}

/// A LIKE pattern for the scratch databases of the process `pid`.
fn scratch_pattern(pid: u32) -> String {
    format!("migrate\\_verify\\_{pid:x}\\_%")
}

/// Which database a test runs against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A fresh database for one test; a PostgreSQL one is dropped on drop.
pub struct Db {
    pub backend: Backend,
    pub url: String,
    postgres: Option<(String, String)>,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} database {}", self.backend, self.url)
    }
}

impl Db {
    /// A SQLite file (created on first use) in the sandbox.
    pub fn sqlite(sandbox: &Sandbox) -> Db {
        let path = sandbox.path("test.db");
        Db {
            backend: Backend::Sqlite,
            url: format!("sqlite://{}?mode=rwc", path.display()),
            postgres: None,
        }
    }

    /// A fresh PostgreSQL database, or `None` (after a message) when the
    /// server is unreachable and `MIGRAPH_REQUIRE_DB=1` is not set.
    pub fn postgres() -> Option<Db> {
        let server = postgres_server();
        let name = unique("migraph_cli");
        let created = block_on(async {
            let connect = sqlx::PgConnection::connect(&format!("{server}/postgres"));
            let mut admin = tokio::time::timeout(std::time::Duration::from_secs(10), connect)
                .await
                .map_err(|_| "timed out connecting".to_owned())?
                .map_err(|err| err.to_string())?;
            sqlx::raw_sql(&format!("CREATE DATABASE {name}"))
                .execute(&mut admin)
                .await
                .map_err(|err| err.to_string())?;
            admin.close().await.map_err(|err| err.to_string())
        });
        match created {
            Ok(()) => Some(Db {
                backend: Backend::Postgres,
                url: format!("{server}/{name}"),
                postgres: Some((server, name)),
            }),
            Err(err) => {
                if crate::db::required() {
                    panic!("MIGRAPH_REQUIRE_DB=1 but PostgreSQL at {server} is unreachable: {err}");
                }
                crate::skip(&format!(
                    "PostgreSQL at {server} is unreachable ({err}); \
                     set MIGRAPH_REQUIRE_DB=1 to fail instead"
                ));
                None
            }
        }
    }

    /// The name of the PostgreSQL database.
    pub fn postgres_name(&self) -> Option<&str> {
        self.postgres.as_ref().map(|(_, name)| name.as_str())
    }

    /// The tables in the database (public schema on PostgreSQL), sorted.
    pub fn tables(&self) -> Vec<String> {
        block_on(async {
            match self.backend {
                Backend::Sqlite => {
                    let mut conn = sqlx::SqliteConnection::connect(&self.url).await.unwrap();
                    sqlx::query_scalar::<_, String>(
                        "SELECT name FROM sqlite_master WHERE type = 'table' \
                         AND name NOT LIKE 'sqlite_%' ORDER BY name",
                    )
                    .fetch_all(&mut conn)
                    .await
                    .unwrap()
                }
                Backend::Postgres => {
                    let mut conn = sqlx::PgConnection::connect(&self.url).await.unwrap();
                    sqlx::query_scalar::<_, String>(
                        "SELECT tablename::text FROM pg_tables \
                         WHERE schemaname = 'public' ORDER BY 1",
                    )
                    .fetch_all(&mut conn)
                    .await
                    .unwrap()
                }
            }
        })
    }

    /// Runs a SQL script (several statements) on the database.
    pub fn execute_script(&self, script: &str) {
        block_on(async {
            match self.backend {
                Backend::Sqlite => {
                    let mut conn = sqlx::SqliteConnection::connect(&self.url).await.unwrap();
                    sqlx::raw_sql(script).execute(&mut conn).await.unwrap();
                }
                Backend::Postgres => {
                    let mut conn = sqlx::PgConnection::connect(&self.url).await.unwrap();
                    sqlx::raw_sql(script).execute(&mut conn).await.unwrap();
                }
            }
        });
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        let Some((server, name)) = self.postgres.take() else {
            return;
        };
        let _ = block_on(async {
            let mut admin = sqlx::PgConnection::connect(&format!("{server}/postgres")).await?;
            sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&mut admin)
                .await?;
            admin.close().await
        });
    }
}

/// A test's sandbox (with the example set) and database; `m` runs the binary
/// with `--database-url` pointing at the database.
#[derive(Debug)]
pub struct Env {
    pub sandbox: Sandbox,
    pub db: Db,
}

impl Env {
    /// `None` when PostgreSQL is wanted and unreachable (the test skips).
    pub fn new(backend: Backend, name: &str) -> Option<Env> {
        let sandbox = Sandbox::with_examples(name);
        let db = match backend {
            Backend::Sqlite => Db::sqlite(&sandbox),
            Backend::Postgres => Db::postgres()?,
        };
        Some(Env { sandbox, db })
    }

    /// Runs `migraph --database-url <db> <args>` in the sandbox.
    pub fn m(&self, args: &[&str]) -> Run {
        let mut all = vec!["--database-url", self.db.url.as_str()];
        all.extend_from_slice(args);
        self.sandbox.run(&all)
    }

    /// `current --json`, checked to be exactly `{"current": [sorted ids]}`.
    #[track_caller]
    pub fn current(&self) -> Vec<String> {
        current_of(&self.m(&["current", "--json"]).ok())
    }
}

/// The ids of a `current --json` output, checked to be exactly
/// `{"current": [ids]}` with the ids sorted.
#[track_caller]
pub fn current_of(run: &Run) -> Vec<String> {
    let value = run.json();
    let object = value.as_object().unwrap_or_else(|| panic!("{run:?}"));
    assert_eq!(
        object.keys().collect::<Vec<_>>(),
        ["current"],
        "current --json has exactly one key: {run:?}"
    );
    let ids = strings(&value["current"]);
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "current ids are sorted: {run:?}");
    ids
}

/// A JSON list of strings.
#[track_caller]
pub fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {value}"))
        .iter()
        .map(|v| {
            v.as_str()
                .unwrap_or_else(|| panic!("not a string: {v}"))
                .to_owned()
        })
        .collect()
}

/// The `steps` of an upgrade/downgrade `--json` output as
/// `(revision, direction)`, checking their shape.
#[track_caller]
pub fn steps_of(run: &Run) -> Vec<(String, String)> {
    let value = run.json();
    let steps = value["steps"]
        .as_array()
        .unwrap_or_else(|| panic!("no \"steps\" list: {run:?}"));
    steps
        .iter()
        .map(|step| {
            let revision = step["revision"].as_str();
            let direction = step["direction"].as_str();
            match (revision, direction) {
                (Some(r), Some(d @ ("up" | "down"))) => (r.to_owned(), d.to_owned()),
                _ => panic!("step without revision/direction: {step} in {run:?}"),
            }
        })
        .collect()
}

/// Steps all in one direction over these revisions, in this order.
pub fn steps(direction: &str, ids: &[&str]) -> Vec<(String, String)> {
    ids.iter()
        .map(|id| ((*id).to_owned(), direction.to_owned()))
        .collect()
}

/// Owned ids.
pub fn ids(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| (*id).to_owned()).collect()
}

/// The strings as owned, sorted.
pub fn sorted(items: &[&str]) -> Vec<String> {
    let mut items = ids(items);
    items.sort();
    items
}

/// Turns each listed `fn name(backend: Backend)` of the invoking test file
/// into two tests, `sqlite::name` and `postgres::name`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[test] fn $name() { super::$name(super::Backend::Sqlite) })*
        }
        mod postgres {
            $(#[test] fn $name() { super::$name(super::Backend::Postgres) })*
        }
    };
}

/// The `migraph` binary cargo built beside the running test (the test's
/// own executable is in `target/<profile>/deps/`, the binary one level up).
pub fn binary() -> PathBuf {
    let exe = std::env::current_exe().expect("the test's own path");
    let profile = exe
        .parent()
        .and_then(Path::parent)
        .expect("the test runs from target/<profile>/deps");
    profile.join(format!("migraph{}", std::env::consts::EXE_SUFFIX))
}
