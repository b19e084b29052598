//! `cargo xtask bench fanout`: a fleet brought to the head in one command
//! against a shell loop, on a local PostgreSQL.
//!
//! Two fleets, each given chirpstack's real 31-revision history
//! (`tests/sql-corpus/postgres/chirpstack`, `pg_trgm` in `public`): N
//! tenant schemas in one database (default 1,000) and M tenant databases
//! (default 100). Each is migrated from empty, on a fresh copy, by
//! `migraph upgrade heads --each-schema|--each` at `--jobs` 1, 4 and 8,
//! by a shell loop of our own CLI (one process per target), and by a shell
//! loop of `sqlx migrate run` (the history converted to its format; a
//! schema is reached with `options=-c search_path=...`); then each fleet is
//! confirmed up to date by the same commands at head. Reported: wall
//! time, the peak memory of any one process (GNU time's `%M`), and the
//! most sessions open on the fleet's databases at once (polled from
//! `pg_stat_activity`).
//!
//! `--quick` runs 20 schemas and 5 databases. `MIGRATE_BENCH_FLEET` sets
//! the sizes (`schemas,databases`), `MIGRATE_BENCH_PG` the server
//! (loopback only). sqlx-cli comes from `target/tools/bin` (`cargo xtask
//! test` installs it); without it its rows are left out.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use migraph_core::sqlx::{self, Connection, PgConnection};
use migraph_core::Migrations;

use super::stats::{fmt_secs, print_table};

const DEFAULT_SERVER: &str = "postgres://postgres@127.0.0.1:5432";

type Res<T> = Result<T, String>;

/// What runs a fleet.
#[derive(Clone, Copy, PartialEq)]
enum Tool {
    Ours(u16),
    OursLoop,
    SqlxLoop,
}

impl Tool {
    fn name(self) -> String {
        match self {
            Tool::Ours(jobs) => format!("migraph --each --jobs {jobs}"),
            Tool::OursLoop => "loop of migraph upgrade".to_owned(),
            Tool::SqlxLoop => "loop of sqlx migrate run".to_owned(),
        }
    }
}

/// The two shapes of fleet.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Schemas,
    Databases,
}

struct Env {
    server: String,
    ours: PathBuf,
    sqlx: Option<PathBuf>,
    history: PathBuf,
    sqlx_history: PathBuf,
    work: PathBuf,
}

/// One measured run.
struct Row {
    shape: &'static str,
    n: usize,
    tool: String,
    phase: &'static str,
    wall: Duration,
    peak_kib: Option<u64>,
    sessions: i64,
    tables: i64,
}

pub fn run(root: &Path, bench_root: &Path, cargo: &str, quick: bool) -> Res<()> {
    let server = std::env::var("MIGRATE_BENCH_PG").unwrap_or_else(|_| DEFAULT_SERVER.to_owned());
    let (schemas, databases) = sizes(quick)?;
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    eprintln!("fanout: cargo build ({profile}) -p migraph-cli ...");
    let mut build = Command::new(cargo);
    build
        .current_dir(root)
        .args(["build", "--quiet", "-p", "migraph-cli", "--bin", "migraph"]);
    if profile == "release" {
        build.arg("--release");
    }
    status(&mut build)?;
    let work = bench_root.join("fanout");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let history = root.join("tests/sql-corpus/postgres/chirpstack");
    let sqlx_history = work.join("sqlx");
    convert_for_sqlx(&history, &sqlx_history)?;
    let sqlx = Some(root.join("target/tools/bin/sqlx")).filter(|p| p.exists());
    if sqlx.is_none() {
        eprintln!("fanout: no sqlx-cli in target/tools/bin (run cargo xtask test once); its rows are left out");
    }
    let env = Env {
        server,
        ours: root.join("target").join(profile).join("migraph"),
        sqlx,
        history,
        sqlx_history,
        work,
    };
    let mut tools = vec![Tool::Ours(1), Tool::Ours(4), Tool::Ours(8), Tool::OursLoop];
    if env.sqlx.is_some() {
        tools.push(Tool::SqlxLoop);
    }
    let mut rows = Vec::new();
    for (shape, n) in [(Shape::Schemas, schemas), (Shape::Databases, databases)] {
        for &tool in &tools {
            eprintln!("fanout: {} of {n}, {} ...", label(shape), tool.name());
            let fleet = Fleet::create(&env.server, shape, n, &env.work)?;
            rows.push(measure(&env, &fleet, tool, "from empty")?);
            rows.push(measure(&env, &fleet, tool, "at head")?);
        }
    }
    report(&rows);
    Ok(())
}

fn sizes(quick: bool) -> Res<(usize, usize)> {
    if let Ok(value) = std::env::var("MIGRATE_BENCH_FLEET") {
        let parse = |s: &str| {
            s.trim()
                .parse::<usize>()
                .map_err(|e| format!("MIGRATE_BENCH_FLEET={value}: {e}"))
        };
        let (a, b) = value
            .split_once(',')
            .ok_or("MIGRATE_BENCH_FLEET is 'schemas,databases'")?;
        return Ok((parse(a)?, parse(b)?));
    }
    Ok(if quick { (20, 5) } else { (1_000, 100) })
}

fn label(shape: Shape) -> &'static str {
    match shape {
        Shape::Schemas => "tenant schemas",
        Shape::Databases => "tenant databases",
    }
}

/// The history in sqlx-cli's format: `<n>_<slug>.sql`, up sections in
/// canonical order (each in its own transaction, as sqlx runs them).
fn convert_for_sqlx(history: &Path, out: &Path) -> Res<()> {
    let migrations = Migrations::load(history).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
    for (i, revision) in migrations.revisions().iter().enumerate() {
        let path = out.join(format!("{}_{}.sql", i + 1, revision.id()));
        std::fs::write(&path, revision.up_sql()).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// A fresh fleet on the server, dropped on drop.
struct Fleet {
    server: String,
    shape: Shape,
    /// The databases made (one for schemas).
    databases: Vec<String>,
    /// One target a line: schema names, or database URLs.
    list: PathBuf,
}

impl Fleet {
    fn create(server: &str, shape: Shape, n: usize, work: &Path) -> Res<Fleet> {
        let prefix = format!("mbench_fleet_{}", std::process::id());
        let mut fleet = Fleet {
            server: server.to_owned(),
            shape,
            databases: Vec::new(),
            list: work.join("targets.txt"),
        };
        block_on(async {
            let mut admin = connect(&format!("{server}/postgres")).await?;
            let names: Vec<String> = match shape {
                Shape::Schemas => vec![format!("{prefix}_s")],
                Shape::Databases => (0..n).map(|i| format!("{prefix}_d{i:04}")).collect(),
            };
            for name in &names {
                execute(
                    &mut admin,
                    &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
                )
                .await?;
                execute(&mut admin, &format!("CREATE DATABASE {name}")).await?;
                fleet.databases.push(name.clone());
                let mut conn = connect(&format!("{server}/{name}")).await?;
                let mut setup = String::from("CREATE EXTENSION pg_trgm SCHEMA public;");
                if shape == Shape::Schemas {
                    for i in 0..n {
                        setup.push_str(&format!("CREATE SCHEMA tenant_{i:04};"));
                    }
                }
                execute(&mut conn, &setup).await?;
                let _ = conn.close().await;
            }
            let _ = admin.close().await;
            Ok::<(), String>(())
        })?;
        let list: String = match shape {
            Shape::Schemas => (0..n).map(|i| format!("tenant_{i:04}\n")).collect(),
            Shape::Databases => fleet
                .databases
                .iter()
                .map(|d| format!("{server}/{d}\n"))
                .collect(),
        };
        std::fs::write(&fleet.list, list).map_err(|e| e.to_string())?;
        Ok(fleet)
    }

    fn url(&self) -> String {
        format!("{}/{}", self.server, self.databases[0])
    }

    /// Tables of the history in the fleet (bookkeeping left out), to check
    /// that every tool built the same.
    fn tables(&self) -> Res<i64> {
        block_on(async {
            let mut total = 0;
            for name in &self.databases {
                let mut conn = connect(&format!("{}/{name}", self.server)).await?;
                let n: i64 = sqlx::query_scalar(
                    "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') \
                     AND tablename NOT IN ('migrate_revisions', '_sqlx_migrations')",
                )
                .fetch_one(&mut conn)
                .await
                .map_err(|e| e.to_string())?;
                total += n;
                let _ = conn.close().await;
            }
            Ok(total)
        })
    }
}

impl Drop for Fleet {
    fn drop(&mut self) {
        let (server, names) = (self.server.clone(), self.databases.clone());
        let _ = block_on(async move {
            let mut admin = connect(&format!("{server}/postgres")).await?;
            for name in names {
                execute(
                    &mut admin,
                    &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
                )
                .await?;
            }
            Ok::<(), String>(())
        });
    }
}

/// One run of `tool` over the fleet: wall time, peak memory, sessions.
fn measure(env: &Env, fleet: &Fleet, tool: Tool, phase: &'static str) -> Res<Row> {
    let list = fleet.list.display().to_string();
    let ours = env.ours.display().to_string();
    let history = env.history.display().to_string();
    let quote = |s: &str| format!("'{}'", s.replace('\'', "'\\''"));
    // A schema's URL: the schema first on search_path, then public.
    let schema_url = format!("{}?options=-c%20search_path%3D$t%2Cpublic", fleet.url());
    let script = match (tool, fleet.shape) {
        (Tool::Ours(jobs), Shape::Schemas) => format!(
            "{} --dir {} --database-url {} --each-schema 'tenant\\_%' upgrade heads --jobs {jobs}",
            quote(&ours), quote(&history), quote(&fleet.url())
        ),
        (Tool::Ours(jobs), Shape::Databases) => format!(
            "{} --dir {} --each {} upgrade heads --jobs {jobs}",
            quote(&ours), quote(&history), quote(&list)
        ),
        (Tool::OursLoop, Shape::Schemas) => format!(
            "while read t; do {} --dir {} --database-url \"{schema_url}\" --table-schema \"$t\" upgrade heads || exit 1; done < {}",
            quote(&ours), quote(&history), quote(&list)
        ),
        (Tool::OursLoop, Shape::Databases) => format!(
            "while read t; do {} --dir {} --database-url \"$t\" upgrade heads || exit 1; done < {}",
            quote(&ours), quote(&history), quote(&list)
        ),
        (Tool::SqlxLoop, shape) => {
            let sqlx = env.sqlx.as_ref().ok_or("no sqlx-cli")?.display().to_string();
            let url = if shape == Shape::Schemas { schema_url.clone() } else { "$t".to_owned() };
            format!(
                "while read t; do {} migrate run --source {} --database-url \"{url}\" || exit 1; done < {}",
                quote(&sqlx), quote(&env.sqlx_history.display().to_string()), quote(&list)
            )
        }
    };
    let peak_file = env.work.join("peak.txt");
    let watch = Sessions::start(
        &fleet.server,
        &format!("mbench_fleet_{}%", std::process::id()),
    );
    let started = Instant::now();
    let output = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(&peak_file)
        .args(["bash", "-c", &script])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("cannot run /usr/bin/time: {e}"))?;
    let wall = started.elapsed();
    let sessions = watch.stop();
    if !output.status.success() {
        let err = String::from_utf8_lossy(&output.stderr);
        let tail: Vec<&str> = err.lines().rev().take(6).collect();
        return Err(format!(
            "{} failed:\n{}",
            tool.name(),
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        ));
    }
    let peak_kib = std::fs::read_to_string(&peak_file)
        .ok()
        .and_then(|text| text.lines().last().and_then(|l| l.trim().parse().ok()));
    Ok(Row {
        shape: label(fleet.shape),
        n: std::fs::read_to_string(&fleet.list)
            .map(|l| l.lines().count())
            .unwrap_or(0),
        tool: tool.name(),
        phase,
        wall,
        peak_kib,
        sessions,
        tables: fleet.tables()?,
    })
}

/// The most sessions open at once on databases named like a pattern,
/// polled from `pg_stat_activity` on a thread of its own.
struct Sessions {
    stop: Arc<AtomicBool>,
    most: Arc<AtomicI64>,
    thread: std::thread::JoinHandle<()>,
}

impl Sessions {
    fn start(server: &str, like: &str) -> Sessions {
        let (stop, most) = (
            Arc::new(AtomicBool::new(false)),
            Arc::new(AtomicI64::new(0)),
        );
        let (s, m, url, like) = (
            stop.clone(),
            most.clone(),
            format!("{server}/postgres"),
            like.to_owned(),
        );
        let thread = std::thread::spawn(move || {
            let _ = block_on(async move {
                let mut conn = connect(&url).await?;
                while !s.load(Ordering::SeqCst) {
                    let n: i64 = sqlx::query_scalar(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname LIKE $1 AND pid <> pg_backend_pid()",
                    )
                    .bind(&like)
                    .fetch_one(&mut conn)
                    .await
                    .map_err(|e| e.to_string())?;
                    m.fetch_max(n, Ordering::SeqCst);
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
                Ok::<(), String>(())
            });
        });
        Sessions { stop, most, thread }
    }

    fn stop(self) -> i64 {
        self.stop.store(true, Ordering::SeqCst);
        let _ = self.thread.join();
        self.most.load(Ordering::SeqCst)
    }
}

fn report(rows: &[Row]) {
    println!();
    println!("== Fleet: chirpstack's 31 revisions on every target (PostgreSQL, one run each) ==");
    let mut table = Vec::new();
    for row in rows {
        // The ratio against the loop of sqlx migrate run of the same fleet and phase.
        let baseline = rows
            .iter()
            .find(|r| {
                r.shape == row.shape && r.phase == row.phase && r.tool == Tool::SqlxLoop.name()
            })
            .map(|r| r.wall.as_secs_f64());
        let ratio = baseline.map_or("-".to_owned(), |b| {
            format!("{:.2}x", row.wall.as_secs_f64() / b)
        });
        table.push(vec![
            format!("{} {}", row.n, row.shape),
            row.phase.to_owned(),
            row.tool.clone(),
            fmt_secs(row.wall.as_secs_f64()),
            ratio,
            row.peak_kib
                .map_or("?".to_owned(), |k| format!("{:.1} MiB", k as f64 / 1024.0)),
            row.sessions.to_string(),
            row.tables.to_string(),
        ]);
    }
    print_table(
        &[
            "fleet",
            "phase",
            "tool",
            "wall",
            "vs sqlx loop",
            "peak RSS (one process)",
            "sessions at once",
            "tables",
        ],
        &table,
    );
    println!(
        "  tables: the history's tables across the fleet after the run (the same for every tool)."
    );
}

fn status(cmd: &mut Command) -> Res<()> {
    let status = cmd
        .status()
        .map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{:?} failed ({status})", cmd.get_program()))
    }
}

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
        .block_on(future)
}

async fn connect(url: &str) -> Res<PgConnection> {
    PgConnection::connect(url)
        .await
        .map_err(|e| format!("cannot reach {url}: {e}"))
}

async fn execute(conn: &mut PgConnection, sql: &str) -> Res<()> {
    sqlx::raw_sql(sql)
        .execute(conn)
        .await
        .map(|_| ())
        .map_err(|e| format!("{sql}: {e}"))
}
