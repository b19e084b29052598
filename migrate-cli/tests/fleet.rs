//! The `migraph` binary on many databases at once (`--each`,
//! `--each-schema`): tenant schemas on PostgreSQL with a real history
//! (chirpstack's 31 revisions), a broken tenant among them, canaries,
//! fail-fast, a list read from standard input with an unreachable and a
//! silent server in it, MariaDB databases, SQLite files, the JSON and the
//! exit codes, the connections a run holds, and a run killed with SIGKILL
//! part-way that the next run finishes, each revision applied once.

mod common;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{block_on, Db, Run, Sandbox};
use migraph_core::sqlx::{self, Connection};
use serde_json::Value;

/// chirpstack's PostgreSQL history: 31 revisions, `pg_trgm` indexes.
const CHIRPSTACK: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/sql-corpus/postgres/chirpstack"
);
const CHIRPSTACK_REVISIONS: usize = 31;

/// banzaicloud/pipeline's MySQL history: 90 revisions.
const PIPELINE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/sql-corpus/mysql/pipeline"
);

/// The repository's example set's SQL revisions, as the sandbox of
/// `Sandbox::with_examples` holds them (its Rust code revision runs only in
/// a binary that embeds the set).
const EXAMPLES: &str = "migrations";

// ---- helpers ----

fn pg_execute(url: &str, sql: &str) {
    block_on(async {
        let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
        sqlx::raw_sql(sql).execute(&mut conn).await.unwrap();
        conn.close().await.unwrap();
    });
}

fn pg_scalar(url: &str, sql: &str) -> i64 {
    block_on(async {
        let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
        let value: i64 = sqlx::query_scalar(sql).fetch_one(&mut conn).await.unwrap();
        conn.close().await.unwrap();
        value
    })
}

/// A PostgreSQL database with `pg_trgm` in `public` (where a schema per
/// tenant finds it) and the schemas `tnt_00` .. `tnt_<n-1>`.
fn tenant_schemas(n: usize) -> Option<(Db, Vec<String>)> {
    let db = Db::postgres()?;
    let names: Vec<String> = (0..n).map(|i| format!("tnt_{i:02}")).collect();
    let mut sql = String::from("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;\n");
    for name in &names {
        sql.push_str(&format!("CREATE SCHEMA {name};\n"));
    }
    pg_execute(&db.url, &sql);
    Some((db, names))
}

/// Runs the binary with `args`, writing `stdin` to it.
fn run_with_stdin(sandbox: &Sandbox, args: &[&str], stdin: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_migraph"))
        .args(args)
        .current_dir(&sandbox.root)
        .env_remove("DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    Run {
        line: format!("migraph {} < stdin", args.join(" ")),
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// The targets of a fleet's `--json`, by name: (status, steps, error).
#[track_caller]
fn targets(run: &Run) -> BTreeMap<String, (String, usize, String)> {
    let value = run.json();
    let list = value["targets"]
        .as_array()
        .unwrap_or_else(|| panic!("no targets list: {run:?}"));
    let mut out = BTreeMap::new();
    for t in list {
        let name = t["target"].as_str().unwrap().to_owned();
        let status = t["status"].as_str().unwrap().to_owned();
        assert!(
            ["applied", "up_to_date", "behind", "failed", "skipped"].contains(&status.as_str()),
            "{t}"
        );
        let steps = t["steps"].as_array().unwrap().len();
        let error = match &t["error"] {
            Value::Null => String::new(),
            e => e.as_str().unwrap().to_owned(),
        };
        assert_eq!(status == "failed", !error.is_empty(), "{t}");
        assert!(
            out.insert(name, (status, steps, error)).is_none(),
            "a target listed twice: {run:?}"
        );
    }
    out
}

fn statuses(run: &Run) -> BTreeMap<String, String> {
    targets(run)
        .into_iter()
        .map(|(name, (status, _, _))| (name, status))
        .collect()
}

/// Watches the server's sessions in `database` while a run goes; returns
/// the most seen at once when stopped.
struct SessionWatch {
    stop: Arc<AtomicBool>,
    most: Arc<AtomicI64>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl SessionWatch {
    fn start(admin_url: &str, database_like: &str) -> SessionWatch {
        let (stop, most) = (
            Arc::new(AtomicBool::new(false)),
            Arc::new(AtomicI64::new(0)),
        );
        let (url, like) = (admin_url.to_owned(), database_like.to_owned());
        let (s, m) = (stop.clone(), most.clone());
        let thread = std::thread::spawn(move || {
            block_on(async move {
                let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
                while !s.load(Ordering::SeqCst) {
                    let n: i64 = sqlx::query_scalar(
                        "SELECT count(*) FROM pg_stat_activity \
                         WHERE datname LIKE $1 AND pid <> pg_backend_pid()",
                    )
                    .bind(&like)
                    .fetch_one(&mut conn)
                    .await
                    .unwrap();
                    m.fetch_max(n, Ordering::SeqCst);
                    tokio::time::sleep(Duration::from_millis(2)).await;
                }
            })
        });
        SessionWatch {
            stop,
            most,
            thread: Some(thread),
        }
    }

    fn most(mut self) -> i64 {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            thread.join().unwrap();
        }
        self.most.load(Ordering::SeqCst)
    }
}

fn server_of(db: &Db) -> String {
    db.url.rsplit_once('/').unwrap().0.to_owned()
}

// ---- PostgreSQL: a schema per tenant ----

/// Twelve tenants, one broken by a table of the same name as the history's
/// first: the others reach the head, the summary and the JSON name exactly
/// the broken one, the run holds at most --jobs connections (one more for
/// the listing of a page of schemas), and once fixed the same command
/// finishes it.
#[test]
fn postgres_tenant_schemas_with_a_broken_one() {
    let Some((db, names)) = tenant_schemas(12) else {
        return;
    };
    pg_execute(&db.url, "CREATE TABLE tnt_07.tenant (id int);");
    let sandbox = Sandbox::empty("fleet_pg_schemas");
    let url = db.url.as_str();
    let fleet = |extra: &[&'static str]| {
        let mut args = vec![
            "--dir",
            CHIRPSTACK,
            "--database-url",
            url,
            "--each-schema",
            "tnt\\_%",
        ];
        args.extend_from_slice(extra);
        args
    };

    let watch = SessionWatch::start(
        &format!("{}/postgres", server_of(&db)),
        db.postgres_name().unwrap(),
    );
    let run = sandbox
        .run(&fleet(&["upgrade", "heads", "--jobs", "3", "--json"]))
        .code(1);
    let most = watch.most();
    assert!(most <= 4, "{most} sessions at once with --jobs 3: {run:?}");
    assert!(most >= 2, "the run did go in parallel ({most} sessions)");
    let all = targets(&run);
    assert_eq!(all.keys().cloned().collect::<Vec<_>>(), names, "{run:?}");
    for (name, (status, steps, error)) in &all {
        if name == "tnt_07" {
            assert_eq!(status, "failed");
            assert!(error.contains("\"tenant\" already exists"), "{error}");
            assert!(error.contains("v00000000000000_initial.sql"), "{error}");
        } else {
            assert_eq!(
                (status.as_str(), *steps),
                ("applied", CHIRPSTACK_REVISIONS),
                "{name}"
            );
        }
    }
    assert!(run.stderr.contains("failed: tnt_07:"), "{run:?}");
    // Each tenant's tables and bookkeeping are in its own schema.
    for name in &names {
        let rows = pg_scalar(url, &format!(
            "SELECT count(*) FROM pg_tables WHERE schemaname = '{name}' AND tablename = 'migrate_revisions'"
        ));
        let applied = if rows == 1 {
            pg_scalar(
                url,
                &format!("SELECT count(*) FROM {name}.migrate_revisions"),
            )
        } else {
            0
        };
        let devices = pg_scalar(
            url,
            &format!(
            "SELECT count(*) FROM pg_tables WHERE schemaname = '{name}' AND tablename = 'device'"
        ),
        );
        if name == "tnt_07" {
            assert_eq!((applied, devices), (0, 0), "{name}");
        } else {
            assert_eq!(
                (applied, devices),
                (CHIRPSTACK_REVISIONS as i64, 1),
                "{name}"
            );
        }
    }
    assert_eq!(
        pg_scalar(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'spatial_ref_sys'"),
        0,
        "nothing landed in public"
    );

    // The text summary: counts, and one line naming the failed tenant.
    let run = sandbox.run(&fleet(&["upgrade", "heads"])).code(1);
    assert!(
        run.stdout.contains("12 targets: 11 up to date, 1 failed"),
        "{run:?}"
    );
    assert!(run.stdout.contains("\n  tnt_07: "), "{run:?}");

    // check: the broken tenant is behind (its first revision rolled back).
    let run = sandbox.run(&fleet(&["check", "--json"])).code(3);
    let check = targets(&run);
    assert_eq!(
        check["tnt_07"],
        ("behind".to_owned(), CHIRPSTACK_REVISIONS, String::new())
    );
    assert_eq!(check.values().filter(|t| t.0 == "up_to_date").count(), 11);
    let run = sandbox.run(&fleet(&["current", "--json"])).ok();
    assert_eq!(run.json()["targets"].as_array().unwrap().len(), 12);

    // Fixed, the same command finishes what is left.
    pg_execute(url, "DROP TABLE tnt_07.tenant;");
    let run = sandbox.run(&fleet(&["upgrade", "heads", "--json"])).ok();
    let all = statuses(&run);
    assert_eq!(all["tnt_07"], "applied");
    assert_eq!(all.values().filter(|s| *s == "up_to_date").count(), 11);
    sandbox.run(&fleet(&["check"])).ok();

    // stamp and downgrade on every tenant.
    let run = sandbox
        .run(&fleet(&["downgrade", "-1", "--jobs", "6"]))
        .ok();
    assert!(run.stdout.contains("12 targets: 12 reverted"), "{run:?}");
    sandbox.run(&fleet(&["check"])).code(3);
    let run = sandbox.run(&fleet(&["stamp", "heads", "--json"])).ok();
    assert!(statuses(&run).values().all(|s| s == "applied"), "{run:?}");
    sandbox.run(&fleet(&["check"])).ok();
}

/// --canary 3 with the second tenant broken: the three canaries run, the
/// rest never start. --fail-fast --jobs 1: nothing starts after the failure.
#[test]
fn postgres_canary_and_fail_fast() {
    let Some((db, names)) = tenant_schemas(8) else {
        return;
    };
    pg_execute(&db.url, "CREATE TABLE tnt_01.tenant (id int);");
    let sandbox = Sandbox::empty("fleet_pg_canary");
    let base = [
        "--dir",
        CHIRPSTACK,
        "--database-url",
        &db.url,
        "--each-schema",
        "tnt%",
    ];
    let with = |extra: &[&'static str]| [&base[..], extra].concat();

    // One job: the canaries run in order, and the failing second one stops
    // the run before the third starts.
    let run = sandbox
        .run(&with(&[
            "upgrade", "heads", "--canary", "3", "--jobs", "1", "--json",
        ]))
        .code(1);
    let all = statuses(&run);
    assert_eq!(all["tnt_00"], "applied");
    assert_eq!(all["tnt_01"], "failed");
    for name in &names[2..] {
        assert_eq!(all[name], "skipped", "{run:?}");
        let tables = pg_scalar(
            &db.url,
            &format!("SELECT count(*) FROM pg_tables WHERE schemaname = '{name}'"),
        );
        assert_eq!(tables, 0, "{name} was never touched");
    }
    // Four jobs, three canaries: at most the three run, then the run stops.
    let run = sandbox
        .run(&with(&[
            "upgrade", "heads", "--canary", "3", "--jobs", "4", "--json",
        ]))
        .code(1);
    let all = statuses(&run);
    assert_eq!(all["tnt_01"], "failed");
    assert!(names[3..].iter().all(|n| all[n] == "skipped"), "{run:?}");
    pg_execute(&db.url, "DROP TABLE tnt_01.tenant;");
    let run = sandbox
        .run(&with(&["upgrade", "heads", "--canary", "1"]))
        .ok();
    assert!(
        run.stdout.contains("8 targets: 6 applied, 2 up to date"),
        "{run:?}"
    );

    pg_execute(
        &db.url,
        "DROP SCHEMA tnt_05 CASCADE; CREATE SCHEMA tnt_05; CREATE TABLE tnt_05.tenant (id int);",
    );
    let run = sandbox
        .run(&with(&[
            "upgrade",
            "heads",
            "--fail-fast",
            "--jobs",
            "1",
            "--json",
        ]))
        .code(1);
    let all = statuses(&run);
    assert!(names[..5].iter().all(|n| all[n] == "up_to_date"), "{run:?}");
    assert_eq!(
        (
            all["tnt_05"].as_str(),
            all["tnt_06"].as_str(),
            all["tnt_07"].as_str()
        ),
        ("failed", "skipped", "skipped")
    );

    // Canaries that succeed let the rest go on.
    pg_execute(&db.url, "DROP TABLE tnt_05.tenant;");
    let run = sandbox
        .run(&with(&["upgrade", "heads", "--canary", "2", "--json"]))
        .ok();
    assert_eq!(
        statuses(&run).values().filter(|s| *s == "applied").count(),
        1
    );
}

/// Databases listed on standard input, with comments, a blank line, a
/// server that refuses and one that accepts and never answers: those two
/// fail with named errors (the password masked), the others finish.
#[test]
fn postgres_databases_from_stdin_with_unreachable_ones() {
    let dbs: Vec<Db> = match (0..3).map(|_| Db::postgres()).collect::<Option<Vec<_>>>() {
        Some(dbs) => dbs,
        None => return,
    };
    // Accepts connections and never says a word.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_port = silent.local_addr().unwrap().port();
    let held = Arc::new(std::sync::Mutex::new(Vec::new()));
    let keep = held.clone();
    std::thread::spawn(move || {
        for stream in silent.incoming().flatten() {
            keep.lock().unwrap().push(stream);
        }
    });
    // Refuses: a port that was just free.
    let refused_port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap().port()
    };
    let silent_url = format!("postgres://app:s3cret@127.0.0.1:{silent_port}/nowhere");
    let refused_url = format!("postgres://app@127.0.0.1:{refused_port}/nowhere");
    let mut list = String::from("# tenants\n\n");
    list.push_str(&format!("{}\n{silent_url}\n", dbs[0].url));
    list.push_str(&format!(
        "postgresql+asyncpg://{}\n",
        dbs[1].url.trim_start_matches("postgres://")
    ));
    list.push_str(&format!("   {refused_url}  \n# done\n{}\n", dbs[2].url));
    let sandbox = Sandbox::with_examples("fleet_pg_stdin");
    let started = Instant::now();
    let run = run_with_stdin(
        &sandbox,
        &[
            "--dir",
            EXAMPLES,
            "upgrade",
            "heads",
            "--each",
            "-",
            "--connect-timeout",
            "2",
            "--json",
        ],
        &list,
    )
    .code(1);
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "the silent server held the run"
    );
    assert!(!run.all().contains("s3cret"), "{run:?}");
    let all = targets(&run);
    assert_eq!(all.len(), 5, "{run:?}");
    let silent = &all[&format!("postgres://app:***@127.0.0.1:{silent_port}/nowhere")];
    assert_eq!(silent.0, "failed");
    assert!(
        silent.2.contains("could not connect") && silent.2.contains("timed out"),
        "{}",
        silent.2
    );
    let refused = &all[&refused_url];
    assert_eq!(refused.0, "failed");
    assert!(refused.2.contains("could not connect"), "{}", refused.2);
    assert_eq!(
        all.values()
            .filter(|t| t.0 == "applied" && t.1 == common::IDS.len())
            .count(),
        3,
        "{run:?}"
    );

    // Again, as text: the summary names both by their masked URLs.
    let run = run_with_stdin(
        &sandbox,
        &[
            "--dir",
            EXAMPLES,
            "upgrade",
            "heads",
            "--each",
            "-",
            "--connect-timeout",
            "1",
        ],
        &list,
    )
    .code(1);
    assert!(
        run.stdout.contains("5 targets: 3 up to date, 2 failed"),
        "{run:?}"
    );
    assert!(
        run.stdout.contains(&format!(
            "  postgres://app:***@127.0.0.1:{silent_port}/nowhere: could not connect"
        )),
        "{run:?}"
    );
    drop(held);
}

/// A run killed with SIGKILL while two tenants wait inside a revision:
/// every tenant is left as a single-database run would leave it, and the
/// next run applies each revision exactly once (a log row per application
/// proves it), the schema of every tenant complete.
#[test]
fn postgres_killed_fleet_resumes() {
    let Some((db, names)) = tenant_schemas(10) else {
        return;
    };
    let url = db.url.as_str();
    // A shared log of applications, and a gate row per tenant that r3 updates.
    let mut setup = String::from(
        "CREATE TABLE public.applied_log (tenant text, revision text);\n\
         CREATE TABLE public.gate (tenant text PRIMARY KEY, passed int NOT NULL DEFAULT 0);\n",
    );
    for name in &names {
        setup.push_str(&format!(
            "INSERT INTO public.gate (tenant) VALUES ('{name}');\n"
        ));
    }
    pg_execute(url, &setup);
    let sandbox = Sandbox::empty("fleet_pg_kill");
    let log =
        |rev: &str| format!("INSERT INTO public.applied_log SELECT current_schema(), '{rev}';");
    sandbox.revision(
        "set",
        "r1",
        "none",
        &format!("CREATE TABLE items (id int PRIMARY KEY);\n{}", log("r1")),
        "DROP TABLE items;",
    );
    sandbox.revision(
        "set",
        "r2",
        "r1",
        &format!("ALTER TABLE items ADD name text;\n{}", log("r2")),
        "ALTER TABLE items DROP name;",
    );
    sandbox.revision(
        "set",
        "r3",
        "r2",
        &format!(
            "UPDATE public.gate SET passed = passed + 1 WHERE tenant = current_schema();\n{}",
            log("r3")
        ),
        "SELECT 1;",
    );
    sandbox.revision(
        "set",
        "r4",
        "r3",
        &format!("CREATE INDEX items_name ON items (name);\n{}", log("r4")),
        "DROP INDEX items_name;",
    );
    let args = [
        "--dir",
        "set",
        "--database-url",
        url,
        "--each-schema",
        "tnt%",
        "upgrade",
        "heads",
        "--jobs",
        "2",
    ];

    // Hold the gate of two tenants: their r3 waits on the row lock.
    // (One runtime for the connection's whole life.)
    let gate_runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut gate = gate_runtime
        .block_on(sqlx::PgConnection::connect(url))
        .unwrap();
    gate_runtime
        .block_on(
            sqlx::raw_sql(
                "BEGIN; SELECT * FROM public.gate WHERE tenant IN ('tnt_03', 'tnt_06') FOR UPDATE",
            )
            .execute(&mut gate),
        )
        .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_migraph"))
        .args(args)
        .current_dir(&sandbox.root)
        .env_remove("DATABASE_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The event: both jobs wait on the gate (tenants before them done).
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let waiting = pg_scalar(
            url,
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
             AND wait_event_type = 'Lock' AND query LIKE 'UPDATE public.gate%'",
        );
        if waiting == 2 {
            break;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before the gate"
        );
        assert!(Instant::now() < deadline, "the run never reached the gate");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    gate_runtime
        .block_on(sqlx::raw_sql("ROLLBACK").execute(&mut gate))
        .unwrap();
    gate_runtime.block_on(gate.close()).unwrap();

    // Left as single runs would be: whole revisions, none half-recorded.
    let applied_before: i64 = pg_scalar(url, "SELECT count(*) FROM public.applied_log");
    assert!(
        applied_before >= 2 * 4 + 2 * 2,
        "tenants before the gate were done: {applied_before}"
    );
    assert!(
        applied_before < 10 * 4,
        "the run was killed part-way: {applied_before}"
    );
    for name in &names {
        let has_table = pg_scalar(url, &format!(
            "SELECT count(*) FROM pg_tables WHERE schemaname = '{name}' AND tablename = 'migrate_revisions'"
        )) == 1;
        let rows = if has_table {
            pg_scalar(
                url,
                &format!("SELECT count(*) FROM {name}.migrate_revisions"),
            )
        } else {
            0
        };
        let logged = pg_scalar(
            url,
            &format!("SELECT count(*) FROM public.applied_log WHERE tenant = '{name}'"),
        );
        assert_eq!(
            rows, logged,
            "{name}: every logged revision is recorded and no other"
        );
    }

    // The same command again finishes the rest.
    let run = sandbox.run(&args).ok();
    assert!(run.stdout.contains("10 targets: "), "{run:?}");
    let twice = pg_scalar(
        url,
        "SELECT count(*) FROM (SELECT 1 FROM public.applied_log GROUP BY tenant, revision HAVING count(*) > 1) t",
    );
    assert_eq!(twice, 0, "a revision applied twice");
    assert_eq!(
        pg_scalar(url, "SELECT count(*) FROM public.applied_log"),
        40
    );
    for name in &names {
        assert_eq!(
            pg_scalar(
                url,
                &format!("SELECT count(*) FROM {name}.migrate_revisions WHERE status = 'applied'")
            ),
            4,
            "{name}"
        );
        assert_eq!(pg_scalar(url, &format!("SELECT count(*) FROM pg_indexes WHERE schemaname = '{name}' AND indexname = 'items_name'")), 1);
        assert_eq!(
            pg_scalar(
                url,
                &format!("SELECT passed::bigint FROM public.gate WHERE tenant = '{name}'")
            ),
            1
        );
    }
}

// ---- MariaDB: a database per tenant ----

fn mysql_server() -> String {
    migraph_core::env::var("TEST_MYSQL").unwrap_or_else(|| "mysql://root@127.0.0.1:3306".to_owned())
}

/// MariaDB databases named alike, dropped on drop.
struct MysqlTenants {
    server: String,
    names: Vec<String>,
}

impl MysqlTenants {
    fn create(prefix: &str, n: usize) -> Option<MysqlTenants> {
        let server = mysql_server();
        let names: Vec<String> = (0..n).map(|i| format!("{prefix}_{i}")).collect();
        let made = block_on(async {
            let mut conn = sqlx::MySqlConnection::connect(&server).await?;
            for name in &names {
                sqlx::raw_sql(&format!("CREATE DATABASE {name}"))
                    .execute(&mut conn)
                    .await?;
            }
            conn.close().await
        });
        match made {
            Ok(()) => Some(MysqlTenants { server, names }),
            Err(err) => {
                if migraph_core::env::is_on("REQUIRE_DB") {
                    panic!("MIGRAPH_REQUIRE_DB=1 but MariaDB is unreachable: {err}");
                }
                migraph_test_support::skip(&format!("MariaDB is unreachable ({err})"));
                None
            }
        }
    }

    fn url(&self, name: &str) -> String {
        format!("{}/{name}", self.server)
    }

    fn scalar(&self, sql: &str) -> i64 {
        block_on(async {
            let mut conn = sqlx::MySqlConnection::connect(&self.server).await.unwrap();
            let value: i64 = sqlx::query_scalar(sql).fetch_one(&mut conn).await.unwrap();
            conn.close().await.unwrap();
            value
        })
    }
}

impl Drop for MysqlTenants {
    fn drop(&mut self) {
        let _ = block_on(async {
            let mut conn = sqlx::MySqlConnection::connect(&self.server).await?;
            for name in &self.names {
                sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS {name}"))
                    .execute(&mut conn)
                    .await?;
            }
            conn.close().await
        });
    }
}

/// Tenant databases on MariaDB with a real history (pipeline's 90
/// revisions): --each-schema lists the server's databases by pattern, one
/// broken tenant fails alone, and a list file of their URLs checks them.
#[test]
fn mariadb_tenant_databases() {
    let prefix = common::unique("fleetmy");
    let Some(tenants) = MysqlTenants::create(&prefix, 4) else {
        return;
    };
    let broken = &tenants.names[2];
    block_on(async {
        let mut conn = sqlx::MySqlConnection::connect(&tenants.url(broken))
            .await
            .unwrap();
        sqlx::raw_sql("CREATE TABLE alibaba_acsk_clusters (id int)")
            .execute(&mut conn)
            .await
            .unwrap();
    });
    let sandbox = Sandbox::empty("fleet_mariadb");
    let pattern = format!("{}\\_%", prefix.replace('_', "\\_"));
    let server = tenants.server.clone();
    let args = |extra: &[&str]| -> Vec<String> {
        let mut args: Vec<String> = [
            "--dir",
            PIPELINE,
            "--database-url",
            &server,
            "--each-schema",
            &pattern,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        args.extend(extra.iter().map(|s| s.to_string()));
        args
    };
    let run = |extra: &[&str]| {
        let args = args(extra);
        sandbox.run(&args.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let result = run(&["upgrade", "heads", "--jobs", "2", "--json"]).code(1);
    let all = targets(&result);
    assert_eq!(
        all.keys().cloned().collect::<Vec<_>>(),
        tenants.names,
        "{result:?}"
    );
    for (name, (status, steps, error)) in &all {
        if name == broken {
            assert_eq!(status, "failed");
            assert!(error.contains("already exists"), "{error}");
        } else {
            assert_eq!((status.as_str(), *steps), ("applied", 90), "{name}");
            let rows = tenants.scalar(&format!("SELECT count(*) FROM {name}.migrate_revisions"));
            assert_eq!(rows, 90);
        }
    }
    // A list of their URLs: check names the broken one, whose first
    // revision MySQL recorded as failed (its DDL commits implicitly).
    let list: String = tenants
        .names
        .iter()
        .map(|n| format!("{}\n", tenants.url(n)))
        .collect();
    sandbox.write("tenants.txt", &list);
    let result = sandbox
        .run(&[
            "--dir",
            PIPELINE,
            "check",
            "--each",
            "tenants.txt",
            "--json",
        ])
        .code(1);
    let all = targets(&result);
    let (status, _, error) = &all[&tenants.url(broken)];
    assert_eq!(status, "failed");
    assert!(error.contains("failed part-way"), "{error}");
    assert_eq!(all.values().filter(|t| t.0 == "up_to_date").count(), 3);
}

// ---- SQLite: a file per tenant ----

/// SQLite files listed in a file: one broken, the others reach the head;
/// --each-schema is refused with what to do instead.
#[test]
fn sqlite_files() {
    let sandbox = Sandbox::with_examples("fleet_sqlite");
    let urls: Vec<String> = (0..6)
        .map(|i| {
            format!(
                "sqlite://{}?mode=rwc",
                sandbox.path(&format!("t{i}.db")).display()
            )
        })
        .collect();
    block_on(async {
        let mut conn = sqlx::SqliteConnection::connect(&urls[4]).await.unwrap();
        sqlx::raw_sql("CREATE TABLE klines (x INTEGER)")
            .execute(&mut conn)
            .await
            .unwrap();
    });
    let list = format!("# six tenants\n{}\n", urls.join("\n"));
    sandbox.write("tenants.txt", &list);
    let base = ["--dir", EXAMPLES, "--each", "tenants.txt"];
    let with = |extra: &[&'static str]| [&base[..], extra].concat();
    let run = sandbox
        .run(&with(&["upgrade", "heads", "--jobs", "3"]))
        .code(1);
    assert!(
        run.stdout.contains("6 targets: 5 applied, 1 failed"),
        "{run:?}"
    );
    assert!(run.stdout.contains(&format!("  {}: ", urls[4])), "{run:?}");
    assert!(
        run.stdout.contains("\"klines\" already exists")
            || run.stdout.contains("klines already exists"),
        "{run:?}"
    );
    let run = sandbox.run(&with(&["current"])).ok();
    assert_eq!(run.stdout.matches(common::HEAD).count(), 5, "{run:?}");
    let run = sandbox.run(&with(&["check", "--json"])).code(3);
    assert_eq!(statuses(&run)[&urls[4]], "behind");

    // Another kind of URL in the list fails that line only.
    sandbox.write(
        "mixed.txt",
        &format!("{}\npostgres://nobody@127.0.0.1:1/x\n", urls[0]),
    );
    let run = sandbox
        .run(&["--dir", EXAMPLES, "check", "--each", "mixed.txt", "--json"])
        .code(1);
    let all = targets(&run);
    assert!(
        all["postgres://nobody@127.0.0.1:1/x"]
            .2
            .contains("same kind of database"),
        "{run:?}"
    );

    let run = sandbox
        .run(&[
            "--dir",
            EXAMPLES,
            "--database-url",
            &urls[0],
            "upgrade",
            "--each-schema",
            "x%",
        ])
        .code(1);
    assert!(run.stderr.contains("--each"), "{run:?}");
    let run = sandbox
        .run(&["--dir", EXAMPLES, "heads", "--each", "tenants.txt"])
        .code(1);
    assert!(run.stderr.contains("work with upgrade"), "{run:?}");
    let run = sandbox
        .run(&[
            "--dir",
            EXAMPLES,
            "upgrade",
            "--dry-run",
            "--each",
            "tenants.txt",
        ])
        .code(1);
    assert!(run.stderr.contains("--dry-run"), "{run:?}");
    let missing: PathBuf = sandbox.path("nope.txt");
    let run = sandbox
        .run(&[
            "--dir",
            EXAMPLES,
            "upgrade",
            "--each",
            missing.to_str().unwrap(),
        ])
        .code(1);
    assert!(run.stderr.contains("nope.txt"), "{run:?}");
}
