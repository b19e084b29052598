//! The runtime's guarantees across separate OS processes: racing runners
//! apply each revision once, a runner killed (SIGKILL) or cut off
//! (`pg_terminate_backend`) mid-run leaves a consistent state that the next
//! run completes, and waiting runners do not deadlock `CREATE INDEX
//! CONCURRENTLY`.
//!
//! Each child is this test binary run again with only `child_runner`
//! selected; `MIGRAPH_CHILD_*` variables say what it does. Children write
//! their output to files under the test's scratch directory, every wait on
//! them is bounded, and a child still running when its handle drops (a
//! failed assertion included) is killed.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::str::FromStr;
use std::time::{Duration, Instant};

use migraph::runtime::Backend;
use migraph::{Error, Event, Migrations};
use sqlx::mysql::MySqlPoolOptions;
use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use sqlx::{Database, Executor, FromRow, IntoArguments, MySql, Pool, Postgres, Sqlite};

use common::revision;

// ---- the child side ----

const URL: &str = "MIGRAPH_CHILD_URL";
const DIR: &str = "MIGRAPH_CHILD_DIR";
const TARGET: &str = "MIGRAPH_CHILD_TARGET";
const BARRIER: &str = "MIGRAPH_CHILD_BARRIER";
const NAME: &str = "MIGRAPH_CHILD_NAME";
const BUSY_MS: &str = "MIGRAPH_CHILD_BUSY_MS";

/// Not a test of its own: the entry point of the child processes. Without
/// `MIGRAPH_CHILD_URL` it returns at once; with it, it upgrades that
/// database with the migrations of `MIGRAPH_CHILD_DIR` and exits with 0 (or
/// 1 and the error on stderr).
#[test]
fn child_runner() {
    let Ok(url) = std::env::var(URL) else {
        return;
    };
    let code = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime")
        .block_on(child_main(&url));
    std::process::exit(code);
}

async fn child_main(url: &str) -> i32 {
    let dir = std::env::var(DIR).expect("MIGRAPH_CHILD_DIR");
    let target = std::env::var(TARGET).unwrap_or_else(|_| "heads".to_owned());
    let migrations = match Migrations::load(&dir) {
        Ok(m) => m,
        Err(err) => {
            eprintln!("error: loading {dir}: {err}");
            return 1;
        }
    };
    if url.starts_with("postgres") {
        let pool = PgPoolOptions::new().max_connections(2).connect(url).await;
        child_upgrade(&migrations, pool, &target).await
    } else if url.starts_with("mysql") {
        let pool = MySqlPoolOptions::new()
            .max_connections(2)
            .connect(url)
            .await;
        child_upgrade(&migrations, pool, &target).await
    } else {
        let mut options = SqliteConnectOptions::from_str(url).expect("a SQLite URL");
        if let Some(ms) = std::env::var(BUSY_MS).ok().and_then(|v| v.parse().ok()) {
            options = options.busy_timeout(Duration::from_millis(ms));
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(2)
            .connect_with(options)
            .await;
        child_upgrade(&migrations, pool, &target).await
    }
}

async fn child_upgrade<DB: Backend>(
    migrations: &Migrations,
    pool: Result<Pool<DB>, sqlx::Error>,
    target: &str,
) -> i32 {
    let pool = match pool {
        Ok(pool) => pool,
        Err(err) => {
            eprintln!("error: connect: {err}");
            return 1;
        }
    };
    // Connected: now wait until every sibling is too, then go together.
    if let Err(message) = child_barrier().await {
        eprintln!("error: {message}");
        return 2;
    }
    let migrator = migrations.migrator().on_event(|event| match event {
        Event::LockWaiting { holder, waited } => {
            println!("event lock-waiting holder={holder:?} waited={waited:?}")
        }
        Event::LockAcquired { waited } => println!("event lock-acquired waited={waited:?}"),
        Event::StepFinished { revision, .. } => println!("event step-finished {}", revision.id()),
        Event::StepSkipped { revision, .. } => println!("event step-skipped {}", revision.id()),
        _ => {}
    });
    let result = migrator.upgrade(&pool, target).await;
    pool.close().await;
    match result {
        Ok(report) => {
            let ids: Vec<&str> = report.steps.iter().map(|s| s.revision.as_str()).collect();
            println!("applied: {}", ids.join(" "));
            0
        }
        Err(err) => {
            let kind = match &err {
                Error::Statement(_) => "statement",
                Error::Database { .. } => "database",
                Error::LockTimeout { .. } => "lock-timeout",
                Error::Drift(_) => "drift",
                _ => "other",
            };
            eprintln!("error-kind: {kind}");
            eprintln!("error: {err}");
            eprintln!("debug: {err:?}");
            1
        }
    }
}

/// Announces `ready.<name>` in the barrier directory and waits for `go`.
async fn child_barrier() -> Result<(), String> {
    let (Ok(dir), Ok(name)) = (std::env::var(BARRIER), std::env::var(NAME)) else {
        return Ok(());
    };
    let dir = PathBuf::from(dir);
    std::fs::write(dir.join(format!("ready.{name}")), b"").map_err(|e| e.to_string())?;
    let deadline = Instant::now() + Duration::from_secs(60);
    while !dir.join("go").exists() {
        if Instant::now() > deadline {
            return Err("no 'go' from the parent within 60 s".to_owned());
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    Ok(())
}

// ---- the parent side: children ----

/// A child process; killed if still running when dropped.
struct Kid {
    name: String,
    child: Child,
    out: PathBuf,
    err: PathBuf,
    status: Option<ExitStatus>,
    started: Instant,
}

impl Kid {
    /// Starts a child upgrading `url` with the migrations in `dir`.
    fn spawn(work: &Path, name: &str, url: &str, dir: &Path, extra: &[(&str, String)]) -> Kid {
        let out = work.join(format!("{name}.out"));
        let err = work.join(format!("{name}.err"));
        let mut command = Command::new(std::env::current_exe().expect("the test binary"));
        command
            .args(["child_runner", "--exact", "--nocapture", "--test-threads=1"])
            .env(URL, url)
            .env(DIR, dir)
            .env(NAME, name)
            .env("RUST_BACKTRACE", "1")
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&out).unwrap())
            .stderr(std::fs::File::create(&err).unwrap());
        for (key, value) in extra {
            command.env(key, value);
        }
        let child = command.spawn().expect("start a child process");
        Kid {
            name: name.to_owned(),
            child,
            out,
            err,
            status: None,
            started: Instant::now(),
        }
    }

    fn stdout(&self) -> String {
        std::fs::read_to_string(&self.out).unwrap_or_default()
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(&self.err).unwrap_or_default()
    }

    /// Everything the child wrote, for assertion messages.
    fn log(&self) -> String {
        format!(
            "--- {} ({:?}) stdout:\n{}--- stderr:\n{}",
            self.name,
            self.status,
            self.stdout(),
            self.stderr()
        )
    }

    fn poll(&mut self) -> Option<ExitStatus> {
        if self.status.is_none() {
            self.status = self.child.try_wait().expect("wait for a child");
        }
        self.status
    }

    /// Waits at most `limit` for the child to exit.
    async fn wait_for(&mut self, limit: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.poll() {
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Waits for a successful exit within `limit`, or fails with the child's output.
    async fn expect_success(&mut self, limit: Duration) {
        match self.wait_for(limit).await {
            Some(status) if status.success() => {}
            Some(_) => panic!("child failed:\n{}", self.log()),
            None => {
                self.kill();
                panic!("child still running after {limit:?}:\n{}", self.log())
            }
        }
    }

    /// SIGKILL (on Unix); true if the child was still running.
    fn kill(&mut self) -> bool {
        if self.poll().is_some() {
            return false;
        }
        let _ = self.child.kill();
        self.status = Some(self.child.wait().expect("reap a killed child"));
        true
    }

    /// The revisions the child reports it applied.
    fn applied(&self) -> Vec<String> {
        self.stdout()
            .lines()
            .find_map(|line| line.strip_prefix("applied:"))
            .map(|ids| ids.split_whitespace().map(str::to_owned).collect())
            .unwrap_or_default()
    }
}

impl Drop for Kid {
    fn drop(&mut self) {
        if self.status.is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Starts `n` children that connect, wait for each other, then upgrade at once.
async fn start_together(
    work: &Path,
    n: usize,
    url: &str,
    dir: &Path,
    extra: &[(&str, String)],
) -> Vec<Kid> {
    let barrier = work.join("barrier");
    std::fs::create_dir_all(&barrier).unwrap();
    let mut vars = extra.to_vec();
    vars.push((BARRIER, barrier.display().to_string()));
    let mut kids: Vec<Kid> = (0..n)
        .map(|i| Kid::spawn(work, &format!("kid{i}"), url, dir, &vars))
        .collect();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let ready = std::fs::read_dir(&barrier)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.file_name().to_string_lossy().starts_with("ready."))
            })
            .count();
        if ready == n {
            break;
        }
        for kid in kids.iter_mut() {
            if kid.poll().is_some() {
                panic!("a child exited before the start:\n{}", kid.log());
            }
        }
        assert!(Instant::now() < deadline, "children not ready after 60 s");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    std::fs::write(barrier.join("go"), b"").unwrap();
    kids
}

// ---- migration directories ----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flavor {
    Postgres,
    Mysql,
    Sqlite,
}

impl Flavor {
    /// A statement that takes a while (SQLite has no sleep: it counts).
    fn pause(self, seconds: &str) -> String {
        match self {
            Flavor::Postgres => format!("SELECT pg_sleep({seconds});"),
            Flavor::Mysql => format!("SELECT SLEEP({seconds});"),
            Flavor::Sqlite => "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) SELECT count(*) FROM c;".to_owned(),
        }
    }
}

fn id(i: usize) -> String {
    format!("r{i:02}")
}

/// A chain of `n` revisions `r00`…: `r00` creates `run_log`; each creates
/// `t_<id>`, runs `extra(i)` if any, and logs its id in `run_log`.
fn chain(dir: &Path, n: usize, extra: impl Fn(usize) -> Option<String>) -> Vec<String> {
    std::fs::create_dir_all(dir).unwrap();
    (0..n)
        .map(|i| {
            let me = id(i);
            let parent = if i == 0 { "none".to_owned() } else { id(i - 1) };
            let mut up = String::new();
            if i == 0 {
                up.push_str("CREATE TABLE run_log (revision VARCHAR(64) NOT NULL);\n");
            }
            up.push_str(&format!(
                "CREATE TABLE t_{me} (id INTEGER PRIMARY KEY, note VARCHAR(40));\n"
            ));
            if let Some(sql) = extra(i) {
                up.push_str(&sql);
                up.push('\n');
            }
            up.push_str(&format!("INSERT INTO run_log (revision) VALUES ('{me}');"));
            revision(
                dir,
                &me,
                &format!("-- down_revision: {parent}"),
                &up,
                &format!("DROP TABLE t_{me};"),
            );
            me
        })
        .collect()
}

/// `r00` creates `run_log` and `sleep_flag` (one row); `r01` sleeps 30 s
/// while the flag has a row (so a rerun after the test clears it is fast);
/// `r02` is plain.
fn slow_middle(dir: &Path) -> Vec<String> {
    std::fs::create_dir_all(dir).unwrap();
    revision(
        dir,
        "r00",
        "-- down_revision: none",
        "CREATE TABLE run_log (revision VARCHAR(64) NOT NULL);\n\
         CREATE TABLE sleep_flag (x INTEGER);\n\
         INSERT INTO sleep_flag VALUES (1);\n\
         INSERT INTO run_log (revision) VALUES ('r00');",
        "DROP TABLE sleep_flag; DROP TABLE run_log;",
    );
    revision(
        dir,
        "r01",
        "-- down_revision: r00",
        "CREATE TABLE t_r01 (x INTEGER);\n\
         INSERT INTO run_log (revision) VALUES ('r01');\n\
         SELECT pg_sleep(CASE WHEN EXISTS (SELECT 1 FROM sleep_flag) THEN 30 ELSE 0 END);",
        "DROP TABLE t_r01;",
    );
    revision(
        dir,
        "r02",
        "-- down_revision: r01",
        "CREATE TABLE t_r02 (x INTEGER);\nINSERT INTO run_log (revision) VALUES ('r02');",
        "DROP TABLE t_r02;",
    );
    vec!["r00".into(), "r01".into(), "r02".into()]
}

// ---- checks ----

async fn rows<DB, T>(pool: &Pool<DB>, sql: &str) -> Vec<T>
where
    DB: Database,
    T: for<'r> FromRow<'r, DB::Row> + Send + Unpin,
    for<'q> DB::Arguments<'q>: IntoArguments<'q, DB>,
    for<'c> &'c Pool<DB>: Executor<'c, Database = DB>,
{
    sqlx::query_as::<DB, T>(sql)
        .fetch_all(pool)
        .await
        .unwrap_or_else(|err| panic!("{sql}: {err}"))
}

/// Every revision logged exactly once in `run_log` and recorded `applied`.
async fn assert_each_once<DB>(pool: &Pool<DB>, ids: &[String])
where
    DB: Database,
    for<'r> (String, i64): FromRow<'r, DB::Row>,
    for<'r> (String, String): FromRow<'r, DB::Row>,
    for<'q> DB::Arguments<'q>: IntoArguments<'q, DB>,
    for<'c> &'c Pool<DB>: Executor<'c, Database = DB>,
{
    let counts: Vec<(String, i64)> = rows(
        pool,
        "SELECT revision, COUNT(*) FROM run_log GROUP BY revision ORDER BY revision",
    )
    .await;
    let once: Vec<(String, i64)> = ids.iter().map(|id| (id.clone(), 1)).collect();
    assert_eq!(counts, once, "run_log: a revision ran twice or not at all");
    let records: Vec<(String, String)> = rows(
        pool,
        "SELECT revision, status FROM migrate_revisions ORDER BY revision",
    )
    .await;
    let applied: Vec<(String, String)> = ids
        .iter()
        .map(|id| (id.clone(), "applied".to_owned()))
        .collect();
    assert_eq!(records, applied, "bookkeeping");
}

/// Each revision applied by exactly one of the children, by their own reports.
fn assert_partition(kids: &[Kid], ids: &[String]) {
    let mut by: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for kid in kids {
        for id in kid.applied() {
            by.entry(id).or_default().push(kid.name.clone());
        }
    }
    for id in ids {
        let who = by.remove(id).unwrap_or_default();
        assert_eq!(who.len(), 1, "revision {id} reported applied by {who:?}");
    }
    assert!(by.is_empty(), "unexpected revisions reported: {by:?}");
}

const POSTGRES_SCHEMA: &str = "SELECT table_name || '.' || column_name || ':' || data_type FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1";

async fn postgres_schema(pool: &Pool<Postgres>) -> Vec<String> {
    sqlx::query_scalar(POSTGRES_SCHEMA)
        .fetch_all(pool)
        .await
        .unwrap()
}

async fn postgres_pool(url: &str) -> Pool<Postgres> {
    PgPoolOptions::new()
        .max_connections(1)
        .connect(url)
        .await
        .unwrap()
}

async fn pg_exists(pool: &Pool<Postgres>, table: &str) -> bool {
    sqlx::query_scalar::<_, Option<String>>("SELECT to_regclass($1)::text")
        .bind(table)
        .fetch_one(pool)
        .await
        .unwrap()
        .is_some()
}

/// Waits until no other session is connected to the pool's database.
async fn pg_wait_alone(pool: &Pool<Postgres>, limit: Duration) {
    let deadline = Instant::now() + limit;
    loop {
        let others: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_stat_activity \
             WHERE datname = current_database() AND pid <> pg_backend_pid()",
        )
        .fetch_one(pool)
        .await
        .unwrap();
        if others == 0 {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{others} sessions of a killed runner still connected after {limit:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The pid of the session of this database running `pg_sleep`, waiting at most `limit`.
async fn pg_sleeper(pool: &Pool<Postgres>, limit: Duration, kid: &mut Kid) -> i32 {
    let deadline = Instant::now() + limit;
    loop {
        let pid: Option<i32> = sqlx::query_scalar(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() \
             AND state = 'active' AND query LIKE '%pg_sleep(%' AND pid <> pg_backend_pid() LIMIT 1",
        )
        .fetch_optional(pool)
        .await
        .unwrap();
        if let Some(pid) = pid {
            return pid;
        }
        if kid.poll().is_some() {
            panic!("the child exited before sleeping:\n{}", kid.log());
        }
        assert!(
            Instant::now() < deadline,
            "no session in pg_sleep:\n{}",
            kid.log()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

// ---- 1. racing processes ----

const RACERS: usize = 16;

fn racing_chain(dir: &Path, flavor: Flavor) -> Vec<String> {
    chain(dir, 12, |i| (i % 3 == 1).then(|| flavor.pause("0.05")))
}

#[tokio::test]
async fn postgres_racing_processes_apply_each_revision_once() {
    let Some(url) = common::postgres_database().await else {
        return;
    };
    let work = common::scratch("race_pg");
    let dir = work.join("migrations");
    let ids = racing_chain(&dir, Flavor::Postgres);
    let mut kids = start_together(&work, RACERS, &url, &dir, &[]).await;
    for kid in &mut kids {
        kid.expect_success(Duration::from_secs(60)).await;
    }
    assert_partition(&kids, &ids);
    let pool = postgres_pool(&url).await;
    assert_each_once(&pool, &ids).await;
    pool.close().await;
    common::drop_postgres_database(&url).await;
}

#[tokio::test]
async fn mysql_racing_processes_apply_each_revision_once() {
    let Some(url) = common::mysql_database().await else {
        return;
    };
    let work = common::scratch("race_mysql");
    let dir = work.join("migrations");
    let ids = racing_chain(&dir, Flavor::Mysql);
    let mut kids = start_together(&work, RACERS, &url, &dir, &[]).await;
    for kid in &mut kids {
        kid.expect_success(Duration::from_secs(60)).await;
    }
    assert_partition(&kids, &ids);
    let pool: Pool<MySql> = MySqlPoolOptions::new()
        .max_connections(1)
        .connect(&url)
        .await
        .unwrap();
    assert_each_once(&pool, &ids).await;
    pool.close().await;
    common::drop_mysql_database(&url).await;
}

#[tokio::test]
async fn sqlite_racing_processes_apply_each_revision_once() {
    let work = common::scratch("race_sqlite");
    let dir = work.join("migrations");
    let ids = racing_chain(&dir, Flavor::Sqlite);
    let url = format!("sqlite://{}?mode=rwc", work.join("db.sqlite").display());
    // Create the file before the children race to open it.
    let pool: Pool<Sqlite> = SqlitePoolOptions::new()
        .max_connections(1)
        .connect(&url)
        .await
        .unwrap();
    let mut kids = start_together(&work, RACERS, &url, &dir, &[]).await;
    for kid in &mut kids {
        kid.expect_success(Duration::from_secs(60)).await;
    }
    assert_partition(&kids, &ids);
    assert_each_once(&pool, &ids).await;
    pool.close().await;
}

// ---- 2. CREATE INDEX CONCURRENTLY while others wait ----

#[tokio::test]
async fn postgres_create_index_concurrently_with_waiting_runners() {
    let Some(url) = common::postgres_database().await else {
        return;
    };
    let work = common::scratch("cic");
    let dir = work.join("migrations");
    std::fs::create_dir_all(&dir).unwrap();
    revision(
        &dir,
        "c00",
        "-- down_revision: none",
        "CREATE TABLE run_log (revision VARCHAR(64) NOT NULL);\n\
         CREATE TABLE big (id INTEGER PRIMARY KEY, note TEXT);\n\
         INSERT INTO big SELECT g, md5(g::text) FROM generate_series(1, 100000) AS g;\n\
         INSERT INTO run_log (revision) VALUES ('c00');",
        "DROP TABLE big; DROP TABLE run_log;",
    );
    revision(
        &dir,
        "c01",
        "-- down_revision: c00\n-- transactional: false",
        "SELECT pg_sleep(1);\n\
         CREATE INDEX CONCURRENTLY big_note_idx ON big (note);\n\
         INSERT INTO run_log (revision) VALUES ('c01');",
        "DROP INDEX CONCURRENTLY big_note_idx;",
    );
    revision(
        &dir,
        "c02",
        "-- down_revision: c01",
        "CREATE TABLE after_index (x INTEGER);\nINSERT INTO run_log (revision) VALUES ('c02');",
        "DROP TABLE after_index;",
    );
    let ids: Vec<String> = vec!["c00".into(), "c01".into(), "c02".into()];
    let started = Instant::now();
    let mut kids = start_together(&work, 6, &url, &dir, &[]).await;
    // A deadlock would leave every child waiting: bound the whole race.
    let limit = Duration::from_secs(60);
    for kid in &mut kids {
        let left = limit.saturating_sub(started.elapsed());
        kid.expect_success(left).await;
    }
    assert_partition(&kids, &ids);
    let pool = postgres_pool(&url).await;
    assert_each_once(&pool, &ids).await;
    let valid: bool = sqlx::query_scalar(
        "SELECT indisvalid FROM pg_index WHERE indexrelid = 'big_note_idx'::regclass",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(valid, "the concurrent index is not valid");
    assert!(
        kids.iter()
            .any(|k| k.stdout().contains("event lock-waiting")),
        "no child ever waited for the lock; the race did not happen"
    );
    pool.close().await;
    common::drop_postgres_database(&url).await;
}

// ---- 3. SIGKILL at random points ----

const TRIALS: u64 = 30;
const KILL_REVISIONS: usize = 50;

/// A pseudo-random fraction in [0, 1) from the trial number (splitmix64).
fn fraction(trial: u64) -> f64 {
    let mut z = trial
        .wrapping_add(0x9e37_79b9_7f4a_7c15)
        .wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64
}

#[derive(Debug)]
struct Trial {
    delay: Duration,
    killed_running: bool,
    applied_at_kill: usize,
}

/// One trial: a child killed after a delay; the state it leaves is
/// consistent, and an in-process run completes it to the clean schema.
async fn sigkill_trial(
    trial: u64,
    work: &Path,
    dir: &Path,
    ids: &[String],
    run_time: Duration,
    clean: &[String],
) -> Trial {
    let url = common::postgres_database()
        .await
        .expect("PostgreSQL was reachable a moment ago");
    let delay = run_time.mul_f64(0.95 * fraction(trial));
    let mut kid = Kid::spawn(work, &format!("trial{trial}"), &url, dir, &[]);
    tokio::time::sleep(delay.saturating_sub(kid.started.elapsed())).await;
    let killed_running = kid.kill();
    if !killed_running {
        assert!(
            kid.status.is_some_and(|s| s.success()),
            "trial {trial}: {}",
            kid.log()
        );
    }

    // The killed session goes away (its transaction rolls back, its lock goes).
    let pool = postgres_pool(&url).await;
    pg_wait_alone(&pool, Duration::from_secs(30)).await;

    // What the killed runner left: complete revisions, a prefix of the chain.
    let recorded: Vec<(String, String)> = if pg_exists(&pool, "migrate_revisions").await {
        rows(
            &pool,
            "SELECT revision, status FROM migrate_revisions ORDER BY revision",
        )
        .await
    } else {
        Vec::new()
    };
    let n = recorded.len();
    let prefix: Vec<(String, String)> = ids[..n.min(ids.len())]
        .iter()
        .map(|id| (id.clone(), "applied".to_owned()))
        .collect();
    assert_eq!(
        recorded, prefix,
        "trial {trial}: bookkeeping after the kill"
    );
    let logged: Vec<(String,)> = if pg_exists(&pool, "run_log").await {
        rows(&pool, "SELECT revision FROM run_log ORDER BY revision").await
    } else {
        Vec::new()
    };
    let logged: Vec<String> = logged.into_iter().map(|(r,)| r).collect();
    assert_eq!(logged, ids[..n], "trial {trial}: run_log after the kill");
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(
            pg_exists(&pool, &format!("t_{id}")).await,
            i < n,
            "trial {trial}: table t_{id} vs its bookkeeping row ({n} recorded)"
        );
    }

    // The next run completes, running only what is missing.
    let migrations = Migrations::load(dir).unwrap();
    let migrator = migrations.migrator().lock_timeout(Duration::from_secs(30));
    let report = tokio::time::timeout(Duration::from_secs(40), migrator.upgrade(&pool, "heads"))
        .await
        .unwrap_or_else(|_| panic!("trial {trial}: the run after the kill hangs"))
        .unwrap_or_else(|err| panic!("trial {trial}: the run after the kill failed: {err}"));
    let ran: Vec<&str> = report.steps.iter().map(|s| s.revision.as_str()).collect();
    assert_eq!(ran, ids[n..], "trial {trial}: the run after the kill");
    assert_each_once(&pool, ids).await;
    assert_eq!(
        postgres_schema(&pool).await,
        clean,
        "trial {trial}: schema differs from a clean run"
    );
    pool.close().await;
    common::drop_postgres_database(&url).await;
    Trial {
        delay,
        killed_running,
        applied_at_kill: n,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_sigkill_mid_run() {
    let Some(clean_url) = common::postgres_database().await else {
        return;
    };
    let started = Instant::now();
    let work = common::scratch("sigkill");
    let dir = work.join("migrations");
    let ids = chain(&dir, KILL_REVISIONS, |i| {
        (i % 6 == 3).then(|| Flavor::Postgres.pause("0.02"))
    });

    // A clean run, by a child too: its duration spreads the kill times. A
    // second one on a scratch database, as the first may be slowed by the
    // other tests starting: the shorter one counts.
    let spare_url = common::postgres_database().await.unwrap();
    let mut run_time = Duration::MAX;
    for (name, url) in [("clean", &clean_url), ("spare", &spare_url)] {
        let mut kid = Kid::spawn(&work, name, url, &dir, &[]);
        kid.expect_success(Duration::from_secs(60)).await;
        run_time = run_time.min(kid.started.elapsed());
    }
    common::drop_postgres_database(&spare_url).await;
    let pool = postgres_pool(&clean_url).await;
    assert_each_once(&pool, &ids).await;
    let clean = postgres_schema(&pool).await;
    pool.close().await;
    common::drop_postgres_database(&clean_url).await;

    // Two trials at a time.
    let mut trials = Vec::new();
    let trial = |n| sigkill_trial(n, &work, &dir, &ids, run_time, &clean);
    for pair in (0..TRIALS).step_by(2) {
        let (first, second) = tokio::join!(trial(pair), trial(pair + 1));
        trials.extend([first, second]);
    }
    let mid_run = trials
        .iter()
        .filter(|t| t.killed_running && t.applied_at_kill > 0 && t.applied_at_kill < ids.len())
        .count();
    eprintln!(
        "sigkill: clean run {run_time:?}; {mid_run}/{TRIALS} trials killed mid-run; {:?}; total {:?}",
        trials
            .iter()
            .map(|t| (t.delay.as_millis(), t.killed_running, t.applied_at_kill))
            .collect::<Vec<_>>(),
        started.elapsed()
    );
    assert!(
        mid_run >= 3,
        "only {mid_run} of {TRIALS} kills landed mid-run: the test proves little"
    );
}

// ---- 4. the lock holder is killed ----

#[tokio::test]
async fn postgres_lock_holder_killed_releases_the_lock() {
    let Some(url) = common::postgres_database().await else {
        return;
    };
    let work = common::scratch("holder_killed");
    let dir = work.join("migrations");
    let ids = slow_middle(&dir);
    let pool = postgres_pool(&url).await;

    // A takes the lock and sleeps in r01 (after r00 committed).
    let mut a = Kid::spawn(&work, "holder", &url, &dir, &[]);
    let a_backend = pg_sleeper(&pool, Duration::from_secs(30), &mut a).await;
    // Whoever runs r01 next does not sleep.
    sqlx::query("DELETE FROM sleep_flag")
        .execute(&pool)
        .await
        .unwrap();

    // B waits, polling.
    let mut b = Kid::spawn(&work, "waiter", &url, &dir, &[]);
    let deadline = Instant::now() + Duration::from_secs(30);
    while !b.stdout().contains("event lock-waiting") {
        assert!(b.poll().is_none(), "B did not wait:\n{}", b.log());
        assert!(Instant::now() < deadline, "B never waited:\n{}", b.log());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // The waiter names the holder: A's backend, as a process of the
    // server, with its client's address (not as a pid of this machine).
    let named = format!(
        "holder=Some(\"server process {a_backend} on the database server (client 127.0.0.1"
    );
    assert!(
        b.stdout().contains(&named),
        "expected {named}:\n{}",
        b.log()
    );

    assert!(a.kill(), "A finished before it was killed:\n{}", a.log());
    let killed = Instant::now();
    // A was killed 30 s before its sleep would end; the runner's session
    // setting (client_connection_check_interval) has the server notice the
    // dead client and drop its lock within a second or so.
    b.expect_success(Duration::from_secs(20)).await;
    eprintln!(
        "lock holder killed: B finished {:?} after the kill",
        killed.elapsed()
    );
    // A's r01 rolled back; B applied it.
    assert_eq!(b.applied(), ["r01", "r02"], "{}", b.log());
    assert_each_once(&pool, &ids).await;
    pool.close().await;
    common::drop_postgres_database(&url).await;
}

// ---- 5. the connection is terminated mid-run ----

#[tokio::test]
async fn postgres_connection_terminated_mid_run() {
    let Some(url) = common::postgres_database().await else {
        return;
    };
    let work = common::scratch("terminated");
    let dir = work.join("migrations");
    let ids = slow_middle(&dir);
    let pool = postgres_pool(&url).await;

    let mut kid = Kid::spawn(&work, "victim", &url, &dir, &[]);
    let pid = pg_sleeper(&pool, Duration::from_secs(30), &mut kid).await;
    let terminated: bool = sqlx::query_scalar("SELECT pg_terminate_backend($1)")
        .bind(pid)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert!(terminated);

    // A clear error, promptly: exit code 1 (not a panic's 101, not a hang).
    let status = kid.wait_for(Duration::from_secs(20)).await;
    let log = kid.log();
    assert_eq!(status.and_then(|s| s.code()), Some(1), "{log}");
    let stderr = kid.stderr();
    assert!(stderr.contains("error-kind: statement"), "{log}");
    assert!(stderr.contains("revision 'r01'"), "{log}");
    assert!(
        stderr.contains("terminating connection due to administrator command"),
        "{log}"
    );
    assert!(!stderr.contains("panicked"), "{log}");

    // Consistent: r00 recorded and logged, r01 rolled back entirely.
    pg_wait_alone(&pool, Duration::from_secs(10)).await;
    let recorded: Vec<(String, String)> = rows(
        &pool,
        "SELECT revision, status FROM migrate_revisions ORDER BY revision",
    )
    .await;
    assert_eq!(recorded, [("r00".to_owned(), "applied".to_owned())]);
    let logged: Vec<(String,)> = rows(&pool, "SELECT revision FROM run_log").await;
    assert_eq!(logged, [("r00".to_owned(),)]);
    assert!(!pg_exists(&pool, "t_r01").await);

    // The next run completes.
    sqlx::query("DELETE FROM sleep_flag")
        .execute(&pool)
        .await
        .unwrap();
    let migrations = Migrations::load(&dir).unwrap();
    let migrator = migrations.migrator().lock_timeout(Duration::from_secs(20));
    let report = tokio::time::timeout(Duration::from_secs(30), migrator.upgrade(&pool, "heads"))
        .await
        .expect("the next run hangs")
        .expect("the next run");
    let ran: Vec<&str> = report.steps.iter().map(|s| s.revision.as_str()).collect();
    assert_eq!(ran, ["r01", "r02"]);
    assert_each_once(&pool, &ids).await;
    pool.close().await;
    common::drop_postgres_database(&url).await;
}

// ---- 6. MySQL: a killed transactional revision leaves a trace ----

/// DDL commits implicitly on MySQL, so a runner killed between two DDL
/// statements of a `transactional: true` revision leaves the first applied.
/// The revision's row says `running` from before its first statement, so
/// the next run stops and names it instead of applying it a second time.
#[tokio::test]
async fn mysql_sigkill_between_ddl_statements_leaves_a_running_row() {
    let Some(url) = common::mysql_database().await else {
        return;
    };
    let work = common::scratch("mysql_killed_ddl");
    let dir = work.join("migrations");
    std::fs::create_dir_all(&dir).unwrap();
    revision(
        &dir,
        "r00",
        "-- down_revision: none",
        "CREATE TABLE t_r00 (x INTEGER);",
        "DROP TABLE t_r00;",
    );
    revision(
        &dir,
        "r01",
        "-- down_revision: r00",
        "CREATE TABLE t_r01_a (x INTEGER);\nSELECT SLEEP(30);\nCREATE TABLE t_r01_b (x INTEGER);",
        "DROP TABLE t_r01_b;\nDROP TABLE t_r01_a;",
    );
    let pool = MySqlPoolOptions::new()
        .max_connections(2)
        .connect(&url)
        .await
        .unwrap();
    let mut kid = Kid::spawn(&work, "killed", &url, &dir, &[]);
    let deadline = Instant::now() + Duration::from_secs(30);
    let exists = |table: &'static str| {
        let pool = pool.clone();
        async move {
            let n: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM information_schema.tables \
                 WHERE table_schema = DATABASE() AND table_name = ?",
            )
            .bind(table)
            .fetch_one(&pool)
            .await
            .unwrap();
            n == 1
        }
    };
    while !exists("t_r01_a").await {
        assert!(
            kid.poll().is_none(),
            "the child ended early:\n{}",
            kid.log()
        );
        assert!(
            Instant::now() < deadline,
            "r01 never started:\n{}",
            kid.log()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(
        kid.kill(),
        "the child finished before the kill:\n{}",
        kid.log()
    );

    // The first DDL statement stayed; the second never ran.
    assert!(exists("t_r01_a").await);
    assert!(!exists("t_r01_b").await);
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT revision, status FROM migrate_revisions ORDER BY revision")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(
        rows,
        [
            ("r00".to_owned(), "applied".to_owned()),
            ("r01".to_owned(), "running".to_owned())
        ]
    );
    // The next run refuses before anything runs, naming the revision.
    let migrations = Migrations::load(&dir).unwrap();
    let again = migrations.upgrade(&pool, "heads").await;
    match again {
        Err(Error::Drift(drift)) => assert!(
            matches!(&drift[..], [migraph::Drift::Failed { revision, status: migraph::ledger::Status::Running, .. }] if revision == "r01"),
            "{drift:?}"
        ),
        other => panic!("expected the interrupted revision to stop the run: {other:?}"),
    }
    assert!(!exists("t_r01_b").await, "nothing ran");
    pool.close().await;
    common::drop_mysql_database(&url).await;
}
