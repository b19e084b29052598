//! `migraph lint`: its recall of squawk's lock hazards on the real
//! PostgreSQL histories of `tests/sql-corpus/postgres`, its JSON, its exit
//! code, the ranking by table size against a live PostgreSQL and MariaDB,
//! and `upgrade` taking the runner's lock timeout from `migrate.toml`.
//!
//! squawk comes from `cargo xtask test` (`target/tools/venv/bin`, or
//! `MIGRAPH_TOOLS_BIN`, else `PATH`). When it is missing the recall test
//! skips with a message, unless `MIGRAPH_REQUIRE_DB=1` or `CI` is set: then
//! it fails.

mod common;

use std::path::{Path, PathBuf};

use common::{Db, Sandbox};
use migraph_cli::squawk;
use migraph_core::lint::{self, Scope};
use migraph_core::{Migrations, Settings, SqlDialect};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/sql-corpus/postgres");

fn squawk_binary() -> Option<PathBuf> {
    let root = migraph_core::env::var_os("TOOLS_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/tools"));
    let mut candidates = vec![root.join("venv/bin/squawk"), root.join("bin/squawk")];
    if let Some(path) = std::env::var_os("PATH") {
        candidates.extend(std::env::split_paths(&path).map(|dir| dir.join("squawk")));
    }
    if let Some(found) = candidates.into_iter().find(|p| p.is_file()) {
        return Some(found);
    }
    let required = migraph_core::env::is_on("REQUIRE_DB") || std::env::var_os("CI").is_some();
    if required {
        panic!("squawk is not installed in {}; run the tests with `cargo xtask test`, which installs it", root.display());
    }
    migraph_test_support::skip("squawk is not installed (run `cargo xtask test`)");
    None
}

#[test]
fn every_squawk_lock_hazard_on_an_existing_table_is_reported() {
    let Some(binary) = squawk_binary() else {
        return;
    };
    let scratch = Sandbox::empty("squawk");
    let mut total = squawk::Recall::default();
    for set in ["supabase-auth", "chirpstack", "hydra"] {
        let dir = Path::new(CORPUS).join(set);
        let migrations = Migrations::load(&dir).unwrap();
        let settings = Settings::read(&dir.to_string_lossy(), &dir).unwrap();
        let report = lint::lint(
            &migrations,
            SqlDialect::Postgres,
            &settings,
            Scope::Directory,
        )
        .unwrap();
        let files = squawk::write_up_sections(&migrations, &scratch.path(set)).unwrap();
        let found = squawk::run(&binary, &files).unwrap();
        let recall = squawk::recall(&migrations, &report, &found);
        eprintln!(
            "{set}: squawk {} lock hazards, {} on new tables, ours matched {}, justified {}, missed {}",
            recall.squawk,
            recall.on_new_tables,
            recall.matched,
            recall.justified.len(),
            recall.missed.len()
        );
        for justified in &recall.justified {
            eprintln!("  justified {justified:?}");
        }
        for missed in &recall.missed {
            eprintln!("  missed {missed:?}");
        }
        total.squawk += recall.squawk;
        total.on_new_tables += recall.on_new_tables;
        total.matched += recall.matched;
        total.missed.extend(recall.missed);
        total.justified.extend(recall.justified);
    }
    assert!(total.squawk > 100, "squawk found too little: {total:?}");
    assert!(total.matched > 100, "{total:?}");
    assert!(total.missed.is_empty(), "missed: {:#?}", total.missed);
    // The one difference by design: defaults that call a non-volatile
    // function (decode() in chirpstack) rewrite nothing.
    assert!(
        total
            .justified
            .iter()
            .all(|(_, rule, _)| rule == "adding-field-with-default"),
        "{:#?}",
        total.justified
    );
    assert!(total.justified.len() <= 2, "{:#?}", total.justified);
}

/// A set with a table from an earlier revision and hazards on it.
fn hazard_set(sandbox: &Sandbox, toml: &str) {
    sandbox.write(
        "migrations/migrate.toml",
        &format!("dialect = \"postgres\"\n{toml}"),
    );
    sandbox.revision(
        "migrations",
        "a1",
        "none",
        "CREATE TABLE trades (id bigint, at timestamptz);\nCREATE TABLE notes (id bigint);",
        "DROP TABLE notes;\nDROP TABLE trades;",
    );
    sandbox.revision(
        "migrations",
        "a2",
        "a1",
        "CREATE INDEX notes_id ON notes (id);\nCREATE INDEX trades_at ON trades (at);\n\
         CREATE TABLE fresh (id bigint);\nCREATE INDEX fresh_id ON fresh (id);",
        "DROP TABLE fresh;\nDROP INDEX trades_at;\nDROP INDEX notes_id;",
    );
}

#[test]
fn json_lists_exactly_the_findings_and_deny_exits_1() {
    let sandbox = Sandbox::empty("lint-json");
    hazard_set(&sandbox, "[runner]\nlock_timeout = \"5s\"\n");
    let run = sandbox.run(&["lint", "--json"]).ok();
    let json = run.json();
    let findings = json["findings"].as_array().unwrap();
    assert_eq!(json.as_object().unwrap().len(), 1, "{run:?}");
    assert_eq!(findings.len(), 2, "{run:?}");
    for finding in findings {
        let keys: Vec<&str> = finding
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        assert_eq!(
            keys.iter()
                .copied()
                .collect::<std::collections::BTreeSet<_>>(),
            ["file", "line", "message", "revision", "rule", "severity"].into(),
        );
        assert_eq!(finding["revision"], "a2");
        assert_eq!(finding["file"], "migrations/a2_rev.sql");
        assert_eq!(finding["rule"], "create-index-not-concurrently");
        assert_eq!(finding["severity"], "warn");
    }
    // The up section starts on line 6 of the file `Sandbox::revision` writes.
    assert_eq!(findings[0]["line"], 6);
    assert_eq!(findings[1]["line"], 7);
    assert!(findings[1]["message"].as_str().unwrap().starts_with(
        "CREATE INDEX on trades: blocks writes while it builds; use CREATE INDEX CONCURRENTLY"
    ));

    // Text: rustc style, and the table created in the same revision is left out.
    let text = sandbox.run(&["lint"]).ok().stdout;
    assert!(
        text.contains("warning[create-index-not-concurrently]: CREATE INDEX on trades: blocks writes while it builds\n --> migrations/a2_rev.sql:7\n"),
        "{text}"
    );
    assert!(
        text.contains("7 | CREATE INDEX trades_at ON trades (at);"),
        "{text}"
    );
    assert!(
        text.contains(
            "2 findings (0 deny, 2 warn) in 2 revisions linted; 1 more on tables no one uses yet"
        ),
        "{text}"
    );

    // Deny: exit 1, and the macro's check refuses the directory too.
    let denied = Sandbox::empty("lint-deny");
    hazard_set(
        &denied,
        "[lint]\ndeny = [\"create-index-not-concurrently\"]\n[runner]\nlock_timeout = \"5s\"\n",
    );
    let run = denied.run(&["lint", "--json"]).code(1);
    assert!(run.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["severity"] == "deny"));
    let check = denied.run(&["check"]).code(1);
    assert!(
        check.stderr.contains("migrations/a2_rev.sql:6: CREATE INDEX on notes: blocks writes while it builds (lint rule create-index-not-concurrently is denied in migrate.toml)"),
        "{check:?}"
    );
}

#[test]
fn without_a_runner_lock_timeout_the_set_is_told_once() {
    let sandbox = Sandbox::empty("lint-timeout");
    hazard_set(&sandbox, "");
    let json = sandbox.run(&["lint", "--json"]).ok().json();
    let timeouts: Vec<_> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "missing-lock-timeout")
        .collect();
    assert_eq!(timeouts.len(), 1, "{json}");
    assert_eq!(timeouts[0]["file"], "migrations/migrate.toml");
    assert!(timeouts[0]["message"]
        .as_str()
        .unwrap()
        .contains("set `[runner] lock_timeout"));
}

#[test]
fn against_postgres_pending_revisions_are_ranked_by_table_size() {
    let Some(db) = Db::postgres() else {
        return;
    };
    let sandbox = Sandbox::empty("lint-live");
    hazard_set(&sandbox, "[runner]\nlock_timeout = \"5s\"\n");
    let url = db.url.as_str();
    sandbox.run(&["--database-url", url, "upgrade", "a1"]).ok();
    db.execute_script(
        "INSERT INTO trades SELECT g, now() FROM generate_series(1, 200000) g;\n\
         INSERT INTO notes SELECT g FROM generate_series(1, 10) g;\n\
         ANALYZE trades; ANALYZE notes;",
    );
    let run = sandbox.run(&["--database-url", url, "lint", "--json"]).ok();
    let json = run.json();
    let findings = json["findings"].as_array().unwrap();
    let order: Vec<&str> = findings
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert_eq!(findings.len(), 2, "{run:?}");
    // trades (200,000 rows) would block the most: first, though written second.
    assert!(
        order[0].starts_with("CREATE INDEX on trades (about 200 k rows / "),
        "{order:?}"
    );
    assert!(
        order[0].contains(" MB): blocks writes while it builds"),
        "{order:?}"
    );
    assert!(
        order[1].starts_with("CREATE INDEX on notes (about 10 rows / "),
        "{order:?}"
    );

    // Once applied, nothing is pending: nothing to report.
    sandbox
        .run(&["--database-url", url, "upgrade", "head"])
        .ok();
    let json = sandbox
        .run(&["--database-url", url, "lint", "--json"])
        .ok()
        .json();
    assert_eq!(json["findings"].as_array().unwrap().len(), 0, "{json}");
}

#[test]
fn a_table_the_database_shows_with_rows_is_said_to_have_them() {
    let Some(db) = Db::postgres() else {
        return;
    };
    let sandbox = Sandbox::empty("lint-rows");
    sandbox.write(
        "migrations/migrate.toml",
        "dialect = \"postgres\"\n[runner]\nlock_timeout = \"5s\"\n",
    );
    sandbox.revision(
        "migrations",
        "a1",
        "none",
        "CREATE TABLE t (x int);",
        "DROP TABLE t;",
    );
    sandbox.revision(
        "migrations",
        "b2",
        "a1",
        "ALTER TABLE t ADD COLUMN c int NOT NULL;",
        "ALTER TABLE t DROP COLUMN c;",
    );
    let url = db.url.as_str();
    // Without a database, the rule cannot know.
    let run = sandbox.run(&["lint"]).ok();
    assert!(
        run.stdout.contains("fails once the table has rows"),
        "{run:?}"
    );
    sandbox.run(&["--database-url", url, "upgrade", "a1"]).ok();
    db.execute_script("INSERT INTO t SELECT g FROM generate_series(1, 5) g; ANALYZE t;");
    let run = sandbox.run(&["--database-url", url, "lint"]).ok();
    assert!(
        run.stdout.contains("fails, as the table has about 5 rows"),
        "{run:?}"
    );
    assert!(!run.stdout.contains("once the table has rows"), "{run:?}");
}

#[test]
fn upgrade_takes_the_runner_lock_timeout_from_migrate_toml() {
    use migraph_core::sqlx::{self, Connection, Executor};
    let Some(db) = Db::postgres() else {
        return;
    };
    let sandbox = Sandbox::empty("lint-runner");
    hazard_set(
        &sandbox,
        "[runner]\nlock_timeout = \"200ms\"\nlock_retries = 1\n",
    );
    let url = db.url.as_str();
    sandbox.run(&["--database-url", url, "upgrade", "a1"]).ok();
    // Another session reads trades in an open transaction: the index build waits.
    // One runtime for the holding connection's whole life.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut holder = runtime.block_on(async {
        let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
        conn.execute("BEGIN").await.unwrap();
        conn.execute("LOCK TABLE trades IN ACCESS EXCLUSIVE MODE")
            .await
            .unwrap();
        conn
    });
    let run = sandbox
        .run(&["--database-url", url, "upgrade", "head"])
        .code(1);
    assert!(
        run.stderr
            .contains("gave up waiting for a table lock; retry 1 of 1 in 500 ms"),
        "{run:?}"
    );
    assert!(
        run.stderr
            .contains("gave up after 2 attempts waiting at most 200ms each for a table lock"),
        "{run:?}"
    );
    runtime.block_on(async {
        holder.execute("COMMIT").await.unwrap();
    });
    sandbox
        .run(&["--database-url", url, "upgrade", "head"])
        .ok();
}

#[test]
fn show_names_the_rules_a_revision_allows() {
    let sandbox = Sandbox::empty("lint-show");
    sandbox.write("migrations/migrate.toml", "dialect = \"postgres\"\n");
    sandbox.write(
        "migrations/a1_x.sql",
        "-- revision: a1\n-- down_revision: none\n-- lint_allow: drop-table, lock-table\n\n\
         -- migrate:up\nDROP TABLE legacy;\n\n-- migrate:down irreversible\n",
    );
    let run = sandbox.run(&["show", "a1"]).ok();
    assert!(
        run.stdout.contains("Lint allows: drop-table, lock-table"),
        "{run:?}"
    );
    let run = sandbox.run(&["show", "a1", "--json"]).ok();
    assert_eq!(
        run.json()["lint_allow"],
        serde_json::json!(["drop-table", "lock-table"])
    );
    // The allowed rule is not reported.
    let json = sandbox.run(&["lint", "--json"]).ok().json();
    assert!(
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["rule"] != "drop-table"),
        "{json}"
    );
}

/// A fresh MariaDB/MySQL database from `MIGRAPH_TEST_MYSQL` (or the local
/// server), dropped at the end; `None` when the server is unreachable and
/// `MIGRAPH_REQUIRE_DB=1` is not set.
struct MysqlDatabase {
    server: String,
    name: String,
}

impl MysqlDatabase {
    fn create() -> Option<MysqlDatabase> {
        use migraph_core::sqlx::{self, Connection};
        let server = migraph_core::env::var("TEST_MYSQL")
            .unwrap_or_else(|| "mysql://root@127.0.0.1:3306".to_owned());
        let name = common::unique("migrate_test_lint");
        let created = common::block_on(async {
            let mut admin = sqlx::MySqlConnection::connect(&server).await?;
            sqlx::raw_sql(&format!("CREATE DATABASE {name}"))
                .execute(&mut admin)
                .await?;
            admin.close().await
        });
        match created {
            Ok(()) => Some(MysqlDatabase { server, name }),
            Err(err) if migraph_core::env::is_on("REQUIRE_DB") => {
                panic!("MIGRAPH_REQUIRE_DB=1 but MariaDB at {server} is unreachable: {err}")
            }
            Err(err) => {
                migraph_test_support::skip(&format!("MariaDB at {server} is unreachable ({err})"));
                None
            }
        }
    }

    fn url(&self) -> String {
        format!("{}/{}", self.server, self.name)
    }

    fn execute(&self, script: &str) {
        use migraph_core::sqlx::{self, Connection};
        common::block_on(async {
            let mut conn = sqlx::MySqlConnection::connect(&self.url()).await.unwrap();
            sqlx::raw_sql(script).execute(&mut conn).await.unwrap();
        });
    }
}

impl Drop for MysqlDatabase {
    fn drop(&mut self) {
        use migraph_core::sqlx::{self, Connection};
        let _ = common::block_on(async {
            let mut admin = sqlx::MySqlConnection::connect(&self.server).await?;
            sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS {}", self.name))
                .execute(&mut admin)
                .await?;
            admin.close().await
        });
    }
}

#[test]
fn against_mariadb_pending_revisions_are_ranked_by_table_size() {
    let Some(db) = MysqlDatabase::create() else {
        return;
    };
    let url = db.url();
    let sandbox = Sandbox::empty("lint-mysql");
    sandbox.write(
        "migrations/migrate.toml",
        "dialect = \"mysql\"\n[runner]\nlock_timeout = \"5s\"\n",
    );
    sandbox.revision(
        "migrations",
        "a1",
        "none",
        "CREATE TABLE trades (id BIGINT PRIMARY KEY, price INT);\nCREATE TABLE notes (id BIGINT PRIMARY KEY, body VARCHAR(20));",
        "DROP TABLE notes;\nDROP TABLE trades;",
    );
    sandbox.revision(
        "migrations",
        "a2",
        "a1",
        "ALTER TABLE notes MODIFY body VARCHAR(40);\nALTER TABLE trades MODIFY price BIGINT;",
        "ALTER TABLE trades MODIFY price INT;\nALTER TABLE notes MODIFY body VARCHAR(20);",
    );
    sandbox.run(&["--database-url", &url, "upgrade", "a1"]).ok();
    db.execute(
        "INSERT INTO trades (id, price) SELECT seq, 1 FROM seq_1_to_50000;\n\
         INSERT INTO notes (id, body) VALUES (1, 'a');\n\
         ANALYZE TABLE trades, notes;",
    );
    let run = sandbox
        .run(&["--database-url", &url, "lint", "--json"])
        .ok();
    let json = run.json();
    let messages: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "alter-column-type")
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert_eq!(messages.len(), 2, "{run:?}");
    assert!(
        messages[0].starts_with("MODIFY COLUMN price on trades (about "),
        "{messages:?}"
    );
    assert!(
        messages[1].starts_with("MODIFY COLUMN body on notes (about "),
        "{messages:?}"
    );
}
