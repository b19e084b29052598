//! `cargo xtask bench compare`: whole-process comparisons against peers on a
//! local PostgreSQL, held against the budgets in BENCHMARKS.md.
//!
//! 1. Apply ~300 realistic revisions from empty, each run on a fresh
//!    database: `migraph upgrade head` against the floor (one `psql` session
//!    running `BEGIN; \i up.sql; COMMIT;` per revision) and `sqlx migrate run`.
//!    Ours commits all but a run's last revision without waiting for the
//!    disk, so two like-for-like rows come with it: ours with
//!    `--sync-every-revision`, and psql with `synchronous_commit=off`.
//! 2. Start-up at head (nothing to do): `migraph upgrade head` and a binary
//!    that embeds the set (`bench/embedded.rs`) against `sqlx migrate run`
//!    and `alembic upgrade head`, at ~300 and 10,000 revisions.
//! 3. 10,000 trivial revisions applied from empty, the same tools as 1.
//!
//! Peers are optional: sqlx-cli is installed into `target/bench/tools`
//! (`cargo install sqlx-cli --version 0.8.6`), Alembic into
//! `target/bench/venv`; a peer that cannot be installed is skipped. Every
//! database is fresh (`mbench_<pid>_<n>`) and dropped afterwards.
//! `MIGRAPH_BENCH_PG` overrides the server URL (loopback only, default
//! `postgres://postgres@127.0.0.1:5432`); `MIGRAPH_BENCH_TRIVIAL` the
//! number of trivial revisions (default 10000).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::stats::{fmt_secs, print_table, Samples};

const DEFAULT_SERVER: &str = "postgres://postgres@127.0.0.1:5432";
const REAL_N: usize = 300;
const APPLY_REPEATS: usize = 9;
const HEAD_REPEATS: usize = 21;
const TRIVIAL_REPEATS: usize = 3;

pub(super) type Res<T> = Result<T, String>;

pub(super) struct Env {
    root: PathBuf,
    pub(super) work: PathBuf,
    pub(super) server: String,
    pub(super) ours: PathBuf,
    sqlx: Option<PathBuf>,
    alembic: Option<PathBuf>,
}

/// A fresh database, dropped when this value is.
pub(super) struct Db {
    server: String,
    name: String,
}

static DB_COUNTER: AtomicUsize = AtomicUsize::new(0);

impl Db {
    fn create(server: &str) -> Res<Db> {
        let name = format!(
            "mbench_{}_{}",
            std::process::id(),
            DB_COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let db = Db {
            server: server.to_owned(),
            name,
        };
        psql_admin(server, &format!("DROP DATABASE IF EXISTS {}", db.name))?;
        psql_admin(server, &format!("CREATE DATABASE {}", db.name))?;
        Ok(db)
    }

    fn url(&self) -> String {
        format!("{}/{}", self.server, self.name)
    }

    fn alembic_url(&self) -> String {
        self.url()
            .replacen("postgres://", "postgresql+psycopg2://", 1)
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        if let Err(e) = psql_admin(
            &self.server,
            &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name),
        ) {
            eprintln!("warning: cannot drop database {}: {e}", self.name);
        }
    }
}

fn psql_admin(server: &str, sql: &str) -> Res<()> {
    run(Command::new("psql")
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d"])
        .arg(format!("{server}/postgres"))
        .args(["-c", sql]))
    .map(|_| ())
}

/// Counts of what the realistic set creates, to check that every tool
/// produced the same schema.
fn fingerprint(db: &Db) -> Res<String> {
    let q =
        "SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE nspname = 'public' AND relname ~ '^[et][0-9]') || ' relations, ' || \
             (SELECT count(*) FROM pg_enum) || ' enum values, ' || \
             (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace \
             WHERE nspname = 'public') || ' functions, ' || \
             (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal) || ' triggers, ' || \
             (SELECT count(*) FROM pg_index WHERE NOT indisvalid) || ' invalid indexes'";
    let out = Command::new("psql")
        .args(["-X", "-tA", "-v", "ON_ERROR_STOP=1", "-d"])
        .arg(db.url())
        .args(["-c", q])
        .output()
        .map_err(|e| format!("psql: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).trim().to_owned());
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// Prints the schema fingerprint of each tool's database; says so when they differ.
fn check_same_schema(what: &str, dbs: &[(Tool, Option<&Db>)]) {
    let prints: Vec<(Tool, String)> = dbs
        .iter()
        .filter_map(|(t, db)| db.map(|db| (*t, fingerprint(db).unwrap_or_else(|e| e))))
        .collect();
    if prints.windows(2).all(|w| w[0].1 == w[1].1) {
        if let Some((_, p)) = prints.first() {
            println!("  {what}: same schema from every tool ({p})");
        }
    } else {
        println!("  WARNING {what}: the tools' schemas differ:");
        for (t, p) in prints {
            println!("    {}: {p}", t.name());
        }
    }
}

/// Runs a command to completion, stdout discarded; returns its wall time.
fn run(cmd: &mut Command) -> Res<Duration> {
    let start = Instant::now();
    let out = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    let elapsed = start.elapsed();
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let tail: String = err
            .lines()
            .rev()
            .take(8)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n");
        return Err(format!(
            "{:?} failed ({}):\n{tail}",
            cmd.get_program(),
            out.status
        ));
    }
    Ok(elapsed)
}

// ---------------------------------------------------------------------------
// Generated revision sets

pub(super) struct Rev {
    up: String,
    /// For non-transactional revisions: the statements, which peers must be
    /// given one by one (a multi-statement simple query is one implicit
    /// transaction, where `CREATE INDEX CONCURRENTLY` fails: sqlx#3693).
    statements: Vec<String>,
    down: String,
    transactional: bool,
    slug: String,
}

/// A realistic schema history: tables, indexes, foreign keys, plpgsql
/// functions and triggers (dollar quotes), an enum grown with
/// `ALTER TYPE ... ADD VALUE`, data backfills, and a few
/// `CREATE INDEX CONCURRENTLY` revisions outside a transaction.
fn real_revisions(n: usize) -> Vec<Rev> {
    let mut out = Vec::with_capacity(n);
    let mut added_values: Vec<String> = Vec::new();
    let mut i = 0;
    while out.len() < n {
        let m = i / 10;
        let e = format!("e{m:03}");
        let rev = match i % 10 {
            0 => Rev {
                up: format!(
                    "CREATE TABLE {e} (\n    id bigserial PRIMARY KEY,\n    name text NOT NULL,\n    \
                     status text NOT NULL DEFAULT 'new',\n    amount numeric(12, 2) NOT NULL DEFAULT 0,\n    \
                     parent_id bigint,\n    created_at timestamptz NOT NULL DEFAULT now()\n);\n\
                     COMMENT ON TABLE {e} IS 'entity {m}: it''s generated';\n"
                ),
                down: format!("DROP TABLE {e};\n"),
                transactional: true,
                statements: Vec::new(),
                slug: format!("create_{e}"),
            },
            1 => Rev {
                up: format!(
                    "CREATE INDEX {e}_name_idx ON {e} (name);\n\
                     CREATE INDEX {e}_created_idx ON {e} (created_at DESC);\n"
                ),
                down: format!("DROP INDEX {e}_created_idx;\nDROP INDEX {e}_name_idx;\n"),
                transactional: true,
                statements: Vec::new(),
                slug: format!("index_{e}"),
            },
            2 => Rev {
                up: format!(
                    "CREATE TABLE {e}_items (\n    id bigserial PRIMARY KEY,\n    \
                     {e}_id bigint NOT NULL REFERENCES {e} (id) ON DELETE CASCADE,\n    \
                     qty integer NOT NULL CHECK (qty > 0),\n    note text\n);\n\
                     CREATE INDEX {e}_items_parent_idx ON {e}_items ({e}_id);\n"
                ),
                down: format!("DROP TABLE {e}_items;\n"),
                transactional: true,
                statements: Vec::new(),
                slug: format!("create_{e}_items"),
            },
            3 => Rev {
                up: format!(
                    "ALTER TABLE {e} ADD COLUMN updated_at timestamptz;\n\n\
                     CREATE FUNCTION {e}_touch() RETURNS trigger\nLANGUAGE plpgsql AS $$\nBEGIN\n    \
                     -- a comment; with a semicolon\n    NEW.updated_at := now();\n    \
                     IF NEW.name = '' THEN\n        RAISE EXCEPTION 'empty name; id=%', NEW.id;\n    \
                     END IF;\n    RETURN NEW;\nEND;\n$$;\n\n\
                     CREATE TRIGGER {e}_touch BEFORE UPDATE ON {e}\n    \
                     FOR EACH ROW EXECUTE FUNCTION {e}_touch();\n"
                ),
                down: format!(
                    "DROP TRIGGER {e}_touch ON {e};\nDROP FUNCTION {e}_touch();\n\
                     ALTER TABLE {e} DROP COLUMN updated_at;\n"
                ),
                transactional: true,
                statements: Vec::new(),
                slug: format!("touch_trigger_{e}"),
            },
            4 => Rev {
                up: format!(
                    "INSERT INTO {e} (name, status, amount)\nSELECT 'item ' || g,\n       \
                     CASE WHEN g % 3 = 0 THEN 'active' ELSE 'new' END,\n       \
                     (g * 1.5)::numeric(12, 2)\nFROM generate_series(1, 500) AS g;\n\n\
                     INSERT INTO {e}_items ({e}_id, qty, note)\nSELECT id, 1 + (id % 5)::integer, \
                     'seeded: ' || name FROM {e};\n"
                ),
                down: format!("DELETE FROM {e}_items;\nDELETE FROM {e};\n"),
                transactional: true,
                statements: Vec::new(),
                slug: format!("backfill_{e}"),
            },
            5 => Rev {
                up: format!(
                    "UPDATE {e} SET status = 'archived' WHERE amount > 600;\n\
                     ALTER TABLE {e} ADD CONSTRAINT {e}_status_chk\n    \
                     CHECK (status IN ('new', 'active', 'archived'));\n"
                ),
                down: format!(
                    "ALTER TABLE {e} DROP CONSTRAINT {e}_status_chk;\n\
                     UPDATE {e} SET status = 'new' WHERE status = 'archived';\n"
                ),
                transactional: true,
                statements: Vec::new(),
                slug: format!("archive_{e}"),
            },
            6 => Rev {
                up: format!(
                    "CREATE FUNCTION {e}_total(p_id bigint) RETURNS numeric\nLANGUAGE plpgsql STABLE AS $body$\n\
                     DECLARE\n    total numeric := 0;\nBEGIN\n    \
                     SELECT coalesce(sum(i.qty * e.amount), 0) INTO total\n    \
                     FROM {e} e JOIN {e}_items i ON i.{e}_id = e.id\n    WHERE e.id = p_id;\n    \
                     RETURN total; -- a $$ in here is just text\nEND;\n$body$;\n\n\
                     CREATE VIEW {e}_summary AS\nSELECT status, count(*) AS n, sum(amount) AS amount\n\
                     FROM {e} GROUP BY status;\n"
                ),
                down: format!("DROP VIEW {e}_summary;\nDROP FUNCTION {e}_total(bigint);\n"),
                transactional: true,
                statements: Vec::new(),
                slug: format!("total_{e}"),
            },
            7 => {
                let up = if m == 0 {
                    format!(
                        "ALTER TABLE {e} ADD CONSTRAINT {e}_parent_fk\n    \
                         FOREIGN KEY (parent_id) REFERENCES {e} (id);\n"
                    )
                } else {
                    let prev = format!("e{:03}", m - 1);
                    format!(
                        "ALTER TABLE {e} ADD CONSTRAINT {e}_parent_fk\n    \
                         FOREIGN KEY (parent_id) REFERENCES {prev} (id) ON DELETE SET NULL;\n\
                         UPDATE {e} SET parent_id = (SELECT min(id) FROM {prev}) WHERE id % 10 = 0;\n"
                    )
                };
                Rev {
                    up,
                    down: format!("ALTER TABLE {e} DROP CONSTRAINT {e}_parent_fk;\n"),
                    transactional: true,
                statements: Vec::new(),
                    slug: format!("parent_fk_{e}"),
                }
            }
            8 if m % 4 == 3 => Rev {
                up: format!(
                    "-- transactional: false needs each statement on its own\n\
                     CREATE INDEX CONCURRENTLY IF NOT EXISTS {e}_amount_idx ON {e} (amount);\n\
                     CREATE INDEX CONCURRENTLY IF NOT EXISTS {e}_items_note_idx ON {e}_items (note);\n"
                ),
                statements: vec![
                    format!("CREATE INDEX CONCURRENTLY IF NOT EXISTS {e}_amount_idx ON {e} (amount);\n"),
                    format!("CREATE INDEX CONCURRENTLY IF NOT EXISTS {e}_items_note_idx ON {e}_items (note);\n"),
                ],
                down: format!(
                    "DROP INDEX CONCURRENTLY IF EXISTS {e}_items_note_idx;\n\
                     DROP INDEX CONCURRENTLY IF EXISTS {e}_amount_idx;\n"
                ),
                transactional: false,
                slug: format!("concurrent_index_{e}"),
            },
            8 => Rev {
                up: format!(
                    "ALTER TABLE {e} ADD COLUMN score integer NOT NULL DEFAULT 0;\n\
                     UPDATE {e} SET score = length(name) * 10 WHERE status <> 'archived';\n"
                ),
                down: format!("ALTER TABLE {e} DROP COLUMN score;\n"),
                transactional: true,
                statements: Vec::new(),
                slug: format!("score_{e}"),
            },
            _ => {
                if m == 0 {
                    Rev {
                        up: "CREATE TYPE lifecycle AS ENUM ('draft', 'live');\n\
                             ALTER TABLE e000 ADD COLUMN phase lifecycle NOT NULL DEFAULT 'draft';\n"
                            .to_owned(),
                        down: "ALTER TABLE e000 DROP COLUMN phase;\nDROP TYPE lifecycle;\n"
                            .to_owned(),
                        transactional: true,
                statements: Vec::new(),
                        slug: "lifecycle_enum".to_owned(),
                    }
                } else if m % 5 == 0 {
                    let value = format!("stage_{m}");
                    added_values.push(value.clone());
                    Rev {
                        up: format!(
                            "ALTER TYPE lifecycle ADD VALUE IF NOT EXISTS '{value}' BEFORE 'live';\n"
                        ),
                        down: "-- enum values cannot be dropped\nSELECT 1;\n".to_owned(),
                        transactional: true,
                statements: Vec::new(),
                        slug: format!("lifecycle_{value}"),
                    }
                } else {
                    // Uses a value added by an earlier revision (another transaction).
                    let value = added_values.last().map_or("live", String::as_str);
                    Rev {
                        up: format!(
                            "ALTER TABLE {e} ADD COLUMN phase lifecycle NOT NULL DEFAULT 'draft';\n\
                             UPDATE {e} SET phase = '{value}' WHERE id % 7 = 0;\n"
                        ),
                        down: format!("ALTER TABLE {e} DROP COLUMN phase;\n"),
                        transactional: true,
                statements: Vec::new(),
                        slug: format!("phase_{e}"),
                    }
                }
            }
        };
        out.push(rev);
        i += 1;
    }
    out
}

pub(super) fn trivial_revisions(n: usize) -> Vec<Rev> {
    (0..n)
        .map(|i| Rev {
            up: format!("CREATE TABLE t{:05} (id integer);\n", i + 1),
            down: format!("DROP TABLE t{:05};\n", i + 1),
            transactional: true,
            statements: Vec::new(),
            slug: format!("create_t{:05}", i + 1),
        })
        .collect()
}

/// The per-tool directories of one revision set.
pub(super) struct Set {
    name: String,
    n: usize,
    ours: PathBuf,
    floor_script: PathBuf,
    sqlx: PathBuf,
    alembic: PathBuf,
    /// The binary embedding `ours`, once built.
    embedded: Option<PathBuf>,
}

pub(super) fn write_set(work: &Path, name: &str, revs: &[Rev]) -> Res<Set> {
    let io = |what: &Path, e: std::io::Error| format!("{}: {e}", what.display());
    let base = work.join(name);
    if base.exists() {
        std::fs::remove_dir_all(&base).map_err(|e| io(&base, e))?;
    }
    let set = Set {
        name: name.to_owned(),
        n: revs.len(),
        ours: base.join("ours"),
        floor_script: base.join("floor.sql"),
        sqlx: base.join("sqlx"),
        alembic: base.join("alembic"),
        embedded: None,
    };
    let up_dir = base.join("up");
    let versions = set.alembic.join("versions");
    for d in [&set.ours, &set.sqlx, &up_dir, &versions] {
        std::fs::create_dir_all(d).map_err(|e| io(d, e))?;
    }
    let width = revs.len().to_string().len().max(4);
    let mut floor = String::new();
    for (i, r) in revs.iter().enumerate() {
        let id = format!("r{:0width$}", i + 1);
        let down = if i == 0 {
            "none".to_owned()
        } else {
            format!("r{:0width$}", i)
        };
        let write = |p: PathBuf, text: &str| std::fs::write(&p, text).map_err(|e| io(&p, e));

        // Ours.
        let mut text = format!("-- revision: {id}\n-- down_revision: {down}\n");
        if !r.transactional {
            text.push_str("-- transactional: false\n");
        }
        let _ = write!(
            text,
            "\n-- migrate:up\n{}\n-- migrate:down\n{}",
            r.up, r.down
        );
        write(set.ours.join(format!("{id}_{}.sql", r.slug)), &text)?;

        // The psql floor.
        let up_file = up_dir.join(format!("{id}_up.sql"));
        write(up_file.clone(), &r.up)?;
        if r.transactional {
            let _ = writeln!(floor, "BEGIN;\n\\i {}\nCOMMIT;", up_file.display());
        } else {
            let _ = writeln!(floor, "\\i {}", up_file.display());
        }

        // sqlx-cli: `<i64 version>_<description>.sql`.
        // A non-transactional revision becomes one file per statement.
        let version = (i as i64 + 1) * 10;
        if r.transactional {
            write(set.sqlx.join(format!("{version}_{}.sql", r.slug)), &r.up)?;
        } else {
            for (k, stmt) in r.statements.iter().enumerate() {
                write(
                    set.sqlx
                        .join(format!("{}_{}_{k}.sql", version + k as i64, r.slug)),
                    &format!("-- no-transaction\n{stmt}"),
                )?;
            }
        }

        // Alembic: `op.execute(sa.text(...))`, colons escaped for text().
        let lit = |sql: &str| -> String {
            sql.replace(':', "\\:")
                .chars()
                .flat_map(|c| match c {
                    '\\' => vec!['\\', '\\'],
                    '"' => vec!['\\', '"'],
                    '\n' => vec!['\\', 'n'],
                    c => vec![c],
                })
                .collect()
        };
        let down_py = if i == 0 {
            "None".to_owned()
        } else {
            format!("\"{down}\"")
        };
        let body = if r.transactional {
            format!("    op.execute(sa.text(\"{}\"))\n", lit(&r.up))
        } else {
            let mut b = "    with op.get_context().autocommit_block():\n".to_owned();
            for stmt in &r.statements {
                let _ = writeln!(b, "        op.execute(sa.text(\"{}\"))", lit(stmt));
            }
            b
        };
        write(
            versions.join(format!("{id}_{}.py", r.slug)),
            &format!(
                "\"\"\"{}\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n\
                 revision = \"{id}\"\ndown_revision = {down_py}\nbranch_labels = None\n\
                 depends_on = None\n\n\ndef upgrade():\n{body}\n\ndef downgrade():\n    pass\n",
                r.slug
            ),
        )?;
    }
    std::fs::write(&set.floor_script, floor).map_err(|e| io(&set.floor_script, e))?;
    let ini = set.alembic.join("alembic.ini");
    std::fs::write(
        &ini,
        format!(
            "[alembic]\nscript_location = {}\n\n[loggers]\nkeys = root\n\n[handlers]\nkeys = null\n\n\
             [formatters]\nkeys =\n\n[logger_root]\nlevel = WARN\nhandlers = null\n\n\
             [handler_null]\nclass = NullHandler\nargs = ()\n",
            set.alembic.display()
        ),
    )
    .map_err(|e| io(&ini, e))?;
    let env_py = set.alembic.join("env.py");
    std::fs::write(
        &env_py,
        "import os\nfrom alembic import context\nfrom sqlalchemy import create_engine\n\n\
         engine = create_engine(os.environ[\"BENCH_ALEMBIC_URL\"])\n\
         with engine.connect() as connection:\n    \
         context.configure(connection=connection, target_metadata=None,\n                      \
         transaction_per_migration=True)\n    \
         with context.begin_transaction():\n        context.run_migrations()\n",
    )
    .map_err(|e| io(&env_py, e))?;
    Ok(set)
}

// ---------------------------------------------------------------------------
// The tools

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Tool {
    Ours,
    /// Ours with `--sync-every-revision`: every commit waits for the disk.
    OursSync,
    /// A binary embedding the set; at head only.
    Embedded,
    Psql,
    /// The floor with `synchronous_commit=off`, like ours by default.
    PsqlAsync,
    Sqlx,
    Alembic,
}

impl Tool {
    pub(super) fn name(self) -> &'static str {
        match self {
            Tool::Ours => "migraph (ours)",
            Tool::OursSync => "ours --sync-every-revision",
            Tool::Embedded => "ours, embedded in a binary",
            Tool::Psql => "psql, one session",
            Tool::PsqlAsync => "psql, synchronous_commit=off",
            Tool::Sqlx => "sqlx migrate run",
            Tool::Alembic => "alembic upgrade head",
        }
    }
}

impl Env {
    fn available(&self, tool: Tool) -> bool {
        match tool {
            // The embedding binary is built per set, before any run.
            Tool::Ours | Tool::OursSync | Tool::Embedded | Tool::Psql | Tool::PsqlAsync => true,
            Tool::Sqlx => self.sqlx.is_some(),
            Tool::Alembic => self.alembic.is_some(),
        }
    }

    /// `upgrade head` (or its equivalent) of `set` on `db`, timed.
    fn upgrade(&self, tool: Tool, set: &Set, db: &Db) -> Res<Duration> {
        let mut cmd;
        match tool {
            Tool::Ours | Tool::OursSync => {
                cmd = Command::new(&self.ours);
                cmd.arg("--dir")
                    .arg(&set.ours)
                    .arg("--database-url")
                    .arg(db.url())
                    .args(["upgrade", "head"]);
                if tool == Tool::OursSync {
                    cmd.arg("--sync-every-revision");
                }
            }
            Tool::Embedded => {
                cmd = Command::new(set.embedded.as_ref().ok_or("no embedding binary")?);
                cmd.arg("--database-url")
                    .arg(db.url())
                    .args(["upgrade", "head"]);
            }
            Tool::Psql | Tool::PsqlAsync => {
                cmd = Command::new("psql");
                cmd.args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d"])
                    .arg(db.url())
                    .arg("-f")
                    .arg(&set.floor_script);
                if tool == Tool::PsqlAsync {
                    cmd.env("PGOPTIONS", "-c synchronous_commit=off");
                }
            }
            Tool::Sqlx => {
                cmd = Command::new(self.sqlx.as_ref().ok_or("no sqlx-cli")?);
                cmd.args(["migrate", "run", "--source"])
                    .arg(&set.sqlx)
                    .arg("--database-url")
                    .arg(db.url());
            }
            Tool::Alembic => {
                cmd = Command::new(self.alembic.as_ref().ok_or("no alembic")?);
                cmd.arg("-c")
                    .arg(set.alembic.join("alembic.ini"))
                    .args(["upgrade", "head"])
                    .env("BENCH_ALEMBIC_URL", db.alembic_url());
            }
        }
        cmd.current_dir(&self.work).env_remove("DATABASE_URL");
        run(&mut cmd)
    }

    fn alembic_stamp(&self, set: &Set, db: &Db) -> Res<Duration> {
        run(Command::new(self.alembic.as_ref().ok_or("no alembic")?)
            .arg("-c")
            .arg(set.alembic.join("alembic.ini"))
            .args(["stamp", "head"])
            .env("BENCH_ALEMBIC_URL", db.alembic_url()))
    }
}

// ---------------------------------------------------------------------------
// Setup

fn setup(root: &Path, bench_root: &Path, cargo: &str) -> Res<Env> {
    let server = std::env::var("MIGRAPH_BENCH_PG").unwrap_or_else(|_| DEFAULT_SERVER.to_owned());
    let host = server
        .split('@')
        .nth(1)
        .unwrap_or(&server)
        .split([':', '/'])
        .next()
        .unwrap_or("");
    if !["127.0.0.1", "localhost", "[::1]", "::1"].contains(&host) {
        return Err(format!("{server}: only loopback servers are used"));
    }
    psql_admin(&server, "SELECT 1").map_err(|e| format!("PostgreSQL at {server}: {e}"))?;

    eprintln!("compare: cargo build --release -p migraph-cli ...");
    run(Command::new(cargo).current_dir(root).args([
        "build",
        "--quiet",
        "--release",
        "-p",
        "migraph-cli",
    ]))?;
    let ours = root.join("target/release/migraph");

    let tools = bench_root.join("tools");
    let mut sqlx = Some(tools.join("bin/sqlx"));
    if !sqlx.as_ref().is_some_and(|p| p.exists()) {
        eprintln!(
            "compare: installing sqlx-cli 0.8.6 into {} (about 2 minutes) ...",
            tools.display()
        );
        let r = run(Command::new(cargo)
            .current_dir(root)
            .args([
                "install",
                "--quiet",
                "sqlx-cli",
                "--version",
                "0.8.6",
                "--no-default-features",
                "--features",
                "postgres,rustls",
                "--locked",
                "--root",
            ])
            .arg(&tools));
        if let Err(e) = r {
            println!(
                "sqlx-cli: skipped, cannot install: {}",
                e.lines().last().unwrap_or("")
            );
            sqlx = None;
        }
    }

    let venv = bench_root.join("venv");
    let mut alembic = Some(venv.join("bin/alembic"));
    if !alembic.as_ref().is_some_and(|p| p.exists()) {
        eprintln!(
            "compare: installing alembic + psycopg2-binary into {} ...",
            venv.display()
        );
        let r = run(Command::new("python3").args(["-m", "venv"]).arg(&venv)).and_then(|_| {
            run(Command::new(venv.join("bin/pip")).args([
                "install",
                "--quiet",
                "alembic",
                "psycopg2-binary",
            ]))
        });
        if let Err(e) = r {
            println!(
                "alembic: skipped, cannot install: {}",
                e.lines().last().unwrap_or("")
            );
            alembic = None;
        }
    }

    let work = bench_root.join("compare");
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    Ok(Env {
        root: root.to_owned(),
        work,
        server,
        ours,
        sqlx,
        alembic,
    })
}

/// What `bench floors` needs: the CLI built in xtask's own profile (a
/// release build but for `--quick`'s smoke run) and, where it is already
/// installed (by this bench or `cargo xtask test`), sqlx-cli; no Alembic.
pub(super) fn setup_light(root: &Path, bench_root: &Path, cargo: &str) -> Res<Env> {
    let server = std::env::var("MIGRAPH_BENCH_PG").unwrap_or_else(|_| DEFAULT_SERVER.to_owned());
    psql_admin(&server, "SELECT 1").map_err(|e| format!("PostgreSQL at {server}: {e}"))?;
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    eprintln!("floors: cargo build ({profile}) -p migraph-cli ...");
    let mut build = Command::new(cargo);
    build
        .current_dir(root)
        .args(["build", "--quiet", "-p", "migraph-cli", "--bin", "migraph"]);
    if profile == "release" {
        build.arg("--release");
    }
    run(&mut build)?;
    let sqlx = [
        bench_root.join("tools/bin/sqlx"),
        root.join("target/tools/bin/sqlx"),
    ]
    .into_iter()
    .find(|p| p.exists());
    if sqlx.is_none() {
        println!("sqlx-cli: skipped (run `cargo xtask bench compare` or `cargo xtask test` to install it)");
    }
    let work = bench_root.join("compare");
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    Ok(Env {
        root: root.to_owned(),
        work,
        server,
        // Another build's binary, for an A/B of two commits.
        ours: std::env::var_os("MIGRAPH_BENCH_OURS").map_or_else(
            || root.join("target").join(profile).join("migraph"),
            PathBuf::from,
        ),
        sqlx,
        alembic: None,
    })
}

// ---------------------------------------------------------------------------
// The measurements

/// Applies `set` from empty `repeats` times per tool (interleaved, fresh
/// database each time); keeps the last database of each tool, at head.
pub(super) fn apply_from_empty(
    env: &Env,
    set: &Set,
    tools: &[Tool],
    repeats: usize,
) -> Res<Vec<(Tool, Samples, Option<Db>)>> {
    let mut out: Vec<(Tool, Samples, Option<Db>)> = tools
        .iter()
        .filter(|&&t| env.available(t))
        .map(|&t| (t, Samples::default(), None))
        .collect();
    for k in 0..repeats {
        for (tool, samples, keep) in &mut out {
            eprintln!(
                "compare: {} {} from empty, run {} ...",
                set.name,
                tool.name(),
                k + 1
            );
            let db = Db::create(&env.server)?;
            let d = env
                .upgrade(*tool, set, &db)
                .map_err(|e| format!("{} on {}: {e}", tool.name(), set.name))?;
            samples.push(d);
            *keep = Some(db);
        }
    }
    Ok(out)
}

/// Whole-process `upgrade head` with nothing to do: one warm-up run per
/// tool, then the tools in turn (so that other work on the machine spreads
/// over all of them), each up to its number of repeats.
fn at_head(env: &Env, set: &Set, runs: &[(Tool, &Db, usize)]) -> Res<Vec<(Tool, Samples)>> {
    let mut out: Vec<(Tool, Samples)> = Vec::new();
    let mut live: Vec<(Tool, &Db, usize)> = Vec::new();
    for &(tool, db, repeats) in runs {
        eprintln!("compare: {} {} at head ...", set.name, tool.name());
        match env.upgrade(tool, set, db) {
            Ok(_) => {
                live.push((tool, db, repeats));
                out.push((tool, Samples::default()));
            }
            Err(e) if tool == Tool::Alembic => println!("alembic at head failed: {e}"),
            Err(e) => return Err(format!("{} at head on {}: {e}", tool.name(), set.name)),
        }
    }
    let most = live.iter().map(|r| r.2).max().unwrap_or(0);
    for k in 0..most {
        for (i, &(tool, db, repeats)) in live.iter().enumerate() {
            if k < repeats {
                out[i].1.push(env.upgrade(tool, set, db)?);
            }
        }
    }
    Ok(out)
}

fn ratio(a: &Samples, b: Option<&Samples>) -> String {
    match b {
        Some(b) if !b.is_empty() && !a.is_empty() => format!("{:.2}x", a.median() / b.median()),
        _ => "-".to_owned(),
    }
}

/// Ratio of medians, with the ratio of minima (the runs least disturbed by
/// other work on the machine) in parentheses.
fn ratio_min(a: &Samples, b: Option<&Samples>) -> String {
    match b {
        Some(b) if !b.is_empty() && !a.is_empty() => format!(
            "{:.2}x (min {:.2}x)",
            a.median() / b.median(),
            a.min() / b.min()
        ),
        _ => "-".to_owned(),
    }
}

/// Ratios between runs that wait for the disk equally often: each commit
/// (ours `--sync-every-revision` / psql), or not (ours / psql with
/// `synchronous_commit=off`).
fn like_for_like(what: &str, results: &[(Tool, Samples)]) -> Vec<(Option<bool>, String)> {
    let pairs = [
        (Tool::OursSync, Tool::Psql, "every commit waits"),
        (Tool::Ours, Tool::PsqlAsync, "commits do not wait"),
    ];
    pairs
        .iter()
        .filter_map(|&(ours, floor, how)| {
            let (o, f) = (find(results, ours)?, find(results, floor)?);
            Some((
                None,
                format!(
                    "{what}, {how}: {} / {} = {}",
                    ours.name(),
                    floor.name(),
                    ratio_min(o, Some(f))
                ),
            ))
        })
        .collect()
}

/// The databases to time `upgrade head` on once they are at head: ours
/// (also for the embedding binary, which keeps the same bookkeeping) and
/// sqlx-cli's.
fn at_head_dbs(applied: &[(Tool, Samples, Option<Db>)]) -> Vec<(Tool, &Db)> {
    let mut dbs = Vec::new();
    for (tool, _, db) in applied {
        match (tool, db) {
            (Tool::Ours, Some(db)) => dbs.extend([(Tool::Ours, db), (Tool::Embedded, db)]),
            (Tool::Sqlx, Some(db)) => dbs.push((Tool::Sqlx, db)),
            _ => {}
        }
    }
    dbs
}

fn find(v: &[(Tool, Samples)], t: Tool) -> Option<&Samples> {
    v.iter().find(|(x, _)| *x == t).map(|(_, s)| s)
}

/// Runs the comparisons; returns whether a budget was missed.
pub fn run_all(root: &Path, bench_root: &Path, cargo: &str) -> Res<bool> {
    let env = setup(root, bench_root, cargo)?;
    let trivial_n: usize = std::env::var("MIGRAPH_BENCH_TRIVIAL")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    println!();
    println!(
        "== Compare: whole processes on PostgreSQL ({}) ==",
        env.server
    );
    println!(
        "peers: sqlx-cli {}, alembic {}",
        if env.sqlx.is_some() {
            "0.8.6"
        } else {
            "skipped"
        },
        if env.alembic.is_some() {
            "(venv)"
        } else {
            "skipped"
        }
    );
    let mut real = write_set(&env.work, "real", &real_revisions(REAL_N))?;
    let mut trivial = write_set(&env.work, "trivial", &trivial_revisions(trivial_n))?;
    for set in [&mut real, &mut trivial] {
        eprintln!(
            "compare: building a binary that embeds the {} set ...",
            set.name
        );
        let dir = env.work.join(&set.name).join("embedded");
        let name = format!("bench_embedded_{}", set.name);
        set.embedded = Some(super::embedded::build(&env.root, cargo, &dir, &name)?);
    }

    // Budget lines: Some(met) for a budget, None for context.
    let mut lines: Vec<(Option<bool>, String)> = Vec::new();
    let apply_tools = [
        Tool::Psql,
        Tool::PsqlAsync,
        Tool::Ours,
        Tool::OursSync,
        Tool::Sqlx,
    ];

    // 1. Apply the realistic set from empty.
    let applied = apply_from_empty(&env, &real, &apply_tools, APPLY_REPEATS)?;
    let apply: Vec<(Tool, Samples)> = applied.iter().map(|(t, s, _)| (*t, s.clone())).collect();
    let floor = find(&apply, Tool::Psql);
    let ours = find(&apply, Tool::Ours).cloned().unwrap_or_default();
    // Alembic from empty: once, to bring its database to head.
    let mut alembic_real: Option<(Samples, Db)> = None;
    if env.alembic.is_some() {
        eprintln!("compare: real alembic from empty (once) ...");
        let db = Db::create(&env.server)?;
        match env.upgrade(Tool::Alembic, &real, &db) {
            Ok(d) => {
                let mut s = Samples::default();
                s.push(d);
                alembic_real = Some((s, db));
            }
            Err(e) => println!("alembic upgrade from empty failed: {e}"),
        }
    }
    println!();
    println!(
        "-- 1. apply {} realistic revisions from empty (fresh database per run, {} runs) --",
        real.n, APPLY_REPEATS
    );
    let mut rows: Vec<Vec<String>> = apply
        .iter()
        .map(|(t, s)| {
            vec![
                t.name().to_owned(),
                s.summary(),
                ratio_min(s, floor),
                ratio(&ours, Some(s)),
            ]
        })
        .collect();
    if let Some((s, _)) = &alembic_real {
        rows.push(vec![
            format!("{} (1 run)", Tool::Alembic.name()),
            s.summary(),
            ratio_min(s, floor),
            ratio(&ours, Some(s)),
        ]);
    }
    print_table(&["tool", "time", "/ psql floor", "ours / this"], &rows);
    let mut dbs: Vec<(Tool, Option<&Db>)> =
        applied.iter().map(|(t, _, db)| (*t, db.as_ref())).collect();
    dbs.push((Tool::Alembic, alembic_real.as_ref().map(|(_, db)| db)));
    check_same_schema("check", &dbs);
    if let Some(f) = floor {
        let r = ours.median() / f.median();
        lines.push((
            Some(r <= 1.1),
            format!(
                "apply {} real revisions <= 1.1x one psql session: {r:.2}x (minima: {:.2}x)",
                real.n,
                ours.min() / f.min()
            ),
        ));
    }
    lines.extend(like_for_like(&format!("apply {} real", real.n), &apply));

    // 2. Start-up at head, ~300 realistic revisions.
    let mut head_rows = Vec::new();
    let mut head = |set: &Set,
                    dbs: Vec<(Tool, &Db)>,
                    alembic_db: Option<&Db>,
                    repeats_alembic: usize|
     -> Res<Vec<(Tool, Samples)>> {
        let mut runs: Vec<(Tool, &Db, usize)> = dbs
            .into_iter()
            .map(|(t, db)| (t, db, HEAD_REPEATS))
            .collect();
        if let Some(db) = alembic_db {
            runs.push((Tool::Alembic, db, repeats_alembic));
        }
        let res = at_head(&env, set, &runs)?;
        let ours = find(&res, Tool::Ours).cloned().unwrap_or_default();
        for (t, s) in &res {
            head_rows.push(vec![
                set.n.to_string(),
                t.name().to_owned(),
                s.summary(),
                ratio(&ours, Some(s)),
            ]);
        }
        Ok(res)
    };
    let real_head = head(
        &real,
        at_head_dbs(&applied),
        alembic_real.as_ref().map(|(_, db)| db),
        7,
    )?;

    // 3. Trivial revisions from empty (and their databases for 2. at 10,000).
    let trivial_applied = apply_from_empty(&env, &trivial, &apply_tools, TRIVIAL_REPEATS)?;
    let mut alembic_trivial_db = None;
    if env.alembic.is_some() {
        eprintln!("compare: trivial alembic stamp head ...");
        let db = Db::create(&env.server)?;
        match env.alembic_stamp(&trivial, &db) {
            Ok(_) => alembic_trivial_db = Some(db),
            Err(e) => println!("alembic stamp failed: {e}"),
        }
    }
    let trivial_head = head(
        &trivial,
        at_head_dbs(&trivial_applied),
        alembic_trivial_db.as_ref(),
        3,
    )?;

    println!();
    println!(
        "-- 2. whole-process upgrade head with the database at head ({HEAD_REPEATS} runs after a warm-up, tools in turn; alembic 7 / 3) --"
    );
    print_table(&["revisions", "tool", "time", "ours / this"], &head_rows);
    if let (Some(o), Some(s)) = (find(&real_head, Tool::Ours), find(&real_head, Tool::Sqlx)) {
        lines.push((
            Some(o.median() <= s.median()),
            format!(
                "at head, {} real revisions, no slower than sqlx-cli: {} vs {}",
                real.n,
                fmt_secs(o.median()),
                fmt_secs(s.median())
            ),
        ));
    }
    for tool in [Tool::Embedded, Tool::Ours] {
        if let Some(o) = find(&trivial_head, tool) {
            lines.push((
                Some(trivial.n < 10_000 || o.median() < 0.050),
                format!(
                    "at head, {} revisions < 50 ms, {}: {}",
                    trivial.n,
                    tool.name(),
                    fmt_secs(o.median())
                ),
            ));
        }
    }

    println!();
    println!(
        "-- 3. apply {} trivial revisions from empty ({TRIVIAL_REPEATS} runs) --",
        trivial.n
    );
    let trivial_apply: Vec<(Tool, Samples)> = trivial_applied
        .iter()
        .map(|(t, s, _)| (*t, s.clone()))
        .collect();
    let ours_t = find(&trivial_apply, Tool::Ours)
        .cloned()
        .unwrap_or_default();
    let floor_t = find(&trivial_apply, Tool::Psql);
    let rows: Vec<Vec<String>> = trivial_apply
        .iter()
        .map(|(t, s)| {
            vec![
                t.name().to_owned(),
                s.summary(),
                ratio_min(s, floor_t),
                ratio(&ours_t, Some(s)),
            ]
        })
        .collect();
    print_table(&["tool", "time", "/ psql floor", "ours / this"], &rows);
    let dbs: Vec<(Tool, Option<&Db>)> = trivial_applied
        .iter()
        .map(|(t, _, db)| (*t, db.as_ref()))
        .collect();
    check_same_schema("check", &dbs);
    lines.push((
        Some(ours_t.median() < 5.0),
        format!(
            "apply {} trivial revisions < 5 s{}: {} (one psql session: {})",
            trivial.n,
            if trivial.n == 10_000 {
                ""
            } else {
                " (budget is for 10,000)"
            },
            fmt_secs(ours_t.median()),
            floor_t.map_or("-".to_owned(), |f| fmt_secs(f.median()))
        ),
    ));
    lines.extend(like_for_like(
        &format!("apply {} trivial", trivial.n),
        &trivial_apply,
    ));

    println!();
    println!("== budgets (compare) ==");
    let mut missed = false;
    for (met, text) in lines {
        missed |= met == Some(false);
        let mark = match met {
            Some(true) => " ok ",
            Some(false) => "MISS",
            None => "info",
        };
        println!("  [{mark}] {text}");
    }
    drop(trivial_applied);
    drop(applied);
    Ok(missed)
}
