//! `migraph revision --autogenerate` and `migraph check --schema` end to end
//! on PostgreSQL: small hand-written schemas (a new table, an index on a
//! table that exists, an enum value, a rename that needs review), the
//! chain of files and their headers, `--json`'s shape, nothing to do,
//! `check`'s exit codes, `pg_dump --schema-only` output (its `\restrict`
//! lines included) and `--from-url` as the desired schema, `[autogenerate]`
//! in `migrate.toml`, the review lines that `upgrade` and `check` refuse,
//! and the scratch databases gone after Ctrl-C.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{scratch_databases, scratch_sleeping, strings, Db, Run, Sandbox};

/// The base of every test's chain: one table with rows' worth of columns.
const USERS: &str = "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);";

/// A sandbox whose `migrations/` declares PostgreSQL and holds `users`.
fn sandbox(name: &str) -> Sandbox {
    let sandbox = Sandbox::empty(name);
    sandbox.write("migrations/migrate.toml", "dialect = \"postgres\"\n");
    sandbox.revision("migrations", "0001", "none", USERS, "DROP TABLE users;");
    sandbox
}

/// `migraph --database-url <url> <args>` in the sandbox, with its pid (which
/// names its scratch databases).
fn migraph(sandbox: &Sandbox, url: &str, args: &[&str]) -> (u32, Run) {
    let child = Command::new(common::binary())
        .args(["--database-url", url])
        .args(args)
        .current_dir(&sandbox.root)
        .env_remove("DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the migraph binary runs");
    let pid = child.id();
    let output = child.wait_with_output().unwrap();
    let run = Run {
        line: format!("migraph {}", args.join(" ")),
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    (pid, run)
}

fn m(sandbox: &Sandbox, db: &Db, args: &[&str]) -> Run {
    migraph(sandbox, &db.url, args).1
}

/// The scratch databases a process of this pid left; a drop the server was
/// still running when the process ended gets a few seconds to finish.
fn leftovers(url: &str, pid: u32) -> Vec<String> {
    let started = Instant::now();
    loop {
        let names = scratch_databases(url, pid);
        if names.is_empty() || started.elapsed() > Duration::from_secs(10) {
            return names;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The generated files (not the hand-written `<id>_rev.sql`), sorted.
fn generated(sandbox: &Sandbox) -> Vec<String> {
    sandbox
        .files("migrations")
        .into_iter()
        .filter(|f| f.ends_with(".sql") && !f.ends_with("_rev.sql"))
        .collect()
}

/// `revision --autogenerate -m <message> --schema schema.sql`, which must
/// write one file: the run, and the file's name.
fn autogenerate_one(sandbox: &Sandbox, db: &Db, message: &str) -> (Run, String) {
    let args = [
        "revision",
        "--autogenerate",
        "-m",
        message,
        "--schema",
        "schema.sql",
    ];
    let run = m(sandbox, db, &args).ok();
    let mut files = generated(sandbox);
    assert_eq!(files.len(), 1, "{run:?}");
    (run, files.remove(0))
}

fn read(sandbox: &Sandbox, file: &str) -> String {
    std::fs::read_to_string(sandbox.path(&format!("migrations/{file}"))).unwrap()
}

/// The value of a `-- key: value` header line.
fn header<'t>(text: &'t str, key: &str) -> Option<&'t str> {
    text.lines()
        .find_map(|line| line.strip_prefix(&format!("-- {key}: ")))
}

#[test]
fn a_new_table_is_written_proven_applied_and_then_nothing_is_left_to_do() {
    let Some(db) = Db::postgres() else { return };
    let sandbox = sandbox("autogen_table");
    sandbox.write(
        "schema.sql",
        &format!(
            "{USERS}\nCREATE TABLE orders (id bigint PRIMARY KEY, \
             user_id bigint NOT NULL REFERENCES users (id), total numeric(12,2));\n"
        ),
    );
    // The CI gate: a revision is missing, and it says what.
    let check = m(&sandbox, &db, &["check", "--schema", "schema.sql"]).code(3);
    assert!(
        check.stdout.contains("table orders is missing"),
        "{check:?}"
    );
    // The schema comes from [autogenerate] this time.
    sandbox.write(
        "migrations/migrate.toml",
        "dialect = \"postgres\"\n[autogenerate]\nschema = \"../schema.sql\"\n",
    );
    let (pid, run) = migraph(
        &sandbox,
        &db.url,
        &["--json", "revision", "--autogenerate", "-m", "Add orders!"],
    );
    let run = run.ok();
    assert_eq!(leftovers(&db.url, pid), Vec::<String>::new());
    let value = run.json();
    let keys: Vec<&String> = value.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["operations", "written"], "{run:?}");
    assert!(value["operations"].as_u64().unwrap() >= 1, "{run:?}");
    let written = strings(&value["written"]);
    let files = generated(&sandbox);
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(written, [format!("migrations/{}", files[0])]);
    assert!(files[0].ends_with("_add_orders.sql"), "{files:?}");
    let text = read(&sandbox, &files[0]);
    assert_eq!(header(&text, "down_revision"), Some("0001"), "{text}");
    assert_eq!(header(&text, "message"), Some("Add orders!"), "{text}");
    assert!(files[0].starts_with(header(&text, "revision").unwrap()));
    assert_eq!(header(&text, "transactional"), None, "{text}");
    assert!(text.contains("CREATE TABLE orders"), "{text}");
    assert!(!text.contains("-- review:"), "{text}");

    // Now the head has the desired schema: check passes, and autogenerate
    // writes nothing, in words and in JSON.
    m(&sandbox, &db, &["check", "--schema"]).ok();
    let nothing = m(
        &sandbox,
        &db,
        &["revision", "--autogenerate", "-m", "again"],
    )
    .ok();
    assert!(nothing.stdout.contains("nothing written"), "{nothing:?}");
    let nothing = m(
        &sandbox,
        &db,
        &["--json", "new", "--autogenerate", "-m", "again"],
    )
    .ok();
    assert_eq!(nothing.stdout.trim(), r#"{"operations":0,"written":[]}"#);
    assert_eq!(generated(&sandbox), files);

    // The written revision is an ordinary one.
    m(&sandbox, &db, &["upgrade", "head"]).ok();
    m(&sandbox, &db, &["check"]).ok();
    assert_eq!(db.tables(), ["migrate_revisions", "orders", "users"]);
    m(&sandbox, &db, &["downgrade", "0001"]).ok();
    assert_eq!(db.tables(), ["migrate_revisions", "users"]);
}

#[test]
fn an_index_on_a_table_that_exists_is_built_concurrently_in_a_revision_of_its_own() {
    let Some(db) = Db::postgres() else { return };
    let sandbox = sandbox("autogen_index");
    sandbox.revision(
        "migrations",
        "0002",
        "0001",
        "ALTER TABLE users ADD COLUMN name text;",
        "ALTER TABLE users DROP COLUMN name;",
    );
    sandbox.write(
        "schema.sql",
        &format!(
            "{USERS}\nALTER TABLE users ADD COLUMN name text, ADD COLUMN born date;\n\
             CREATE INDEX users_email ON users (email);\n"
        ),
    );
    let run = m(
        &sandbox,
        &db,
        &[
            "revision",
            "--autogenerate",
            "-m",
            "email index",
            "--schema",
            "schema.sql",
            "--rev-id",
            "0003",
        ],
    )
    .ok();
    let files = generated(&sandbox);
    let texts: Vec<String> = files.iter().map(|f| read(&sandbox, f)).collect();
    // A chain: each file onto the one before, the first onto the head.
    let ids: Vec<&str> = texts
        .iter()
        .map(|t| header(t, "revision").unwrap())
        .collect();
    assert!(ids.len() >= 2, "{run:?}\n{texts:#?}");
    assert!(ids.contains(&"0003"), "{ids:?}");
    let mut parent = "0002";
    for _ in 0..texts.len() {
        let child = texts
            .iter()
            .find(|t| header(t, "down_revision") == Some(parent))
            .unwrap_or_else(|| panic!("no revision onto {parent}: {texts:#?}"));
        parent = header(child, "revision").unwrap();
    }
    let concurrent: Vec<&String> = texts
        .iter()
        .filter(|t| t.contains("CONCURRENTLY"))
        .collect();
    assert_eq!(concurrent.len(), 1, "{texts:#?}");
    let concurrent = concurrent[0];
    assert_eq!(
        header(concurrent, "transactional"),
        Some("false"),
        "{concurrent}"
    );
    assert!(
        concurrent.contains("CREATE INDEX CONCURRENTLY"),
        "{concurrent}"
    );
    assert!(
        header(concurrent, "revision").unwrap().starts_with("0003_"),
        "{concurrent}"
    );
    // What autogenerate writes passes the linter, and runs both ways.
    m(&sandbox, &db, &["lint"]).ok();
    m(&sandbox, &db, &["upgrade", "head"]).ok();
    m(&sandbox, &db, &["check", "--schema", "schema.sql"]).ok();
    m(&sandbox, &db, &["downgrade", "0002"]).ok();
}

#[test]
fn an_enum_value_is_added_in_place_in_a_revision_before_the_rest() {
    let Some(db) = Db::postgres() else { return };
    let sandbox = sandbox("autogen_enum");
    sandbox.revision(
        "migrations",
        "0002",
        "0001",
        "CREATE TYPE mood AS ENUM ('calm', 'busy');\nALTER TABLE users ADD COLUMN mood mood;",
        "ALTER TABLE users DROP COLUMN mood;\nDROP TYPE mood;",
    );
    sandbox.write(
        "schema.sql",
        &format!(
            "{USERS}\nCREATE TYPE mood AS ENUM ('calm', 'busy', 'away');\n\
             ALTER TABLE users ADD COLUMN mood mood NOT NULL DEFAULT 'away';\n"
        ),
    );
    let run = m(
        &sandbox,
        &db,
        &[
            "revision",
            "--autogenerate",
            "-m",
            "away",
            "--schema",
            "schema.sql",
        ],
    )
    .ok();
    let files = generated(&sandbox);
    let texts: Vec<String> = files.iter().map(|f| read(&sandbox, f)).collect();
    // The value is added in a revision of its own, which the one that uses
    // it (the default) builds on.
    let [values, uses] = texts.as_slice() else {
        panic!("two revisions: {run:?}\n{texts:#?}")
    };
    assert!(values.contains("ADD VALUE 'away'"), "{values}");
    assert_eq!(
        header(uses, "down_revision"),
        header(values, "revision"),
        "{texts:#?}"
    );
    assert!(!run.all().contains("not proven"), "{run:?}");
    m(&sandbox, &db, &["upgrade", "head"]).ok();
    m(&sandbox, &db, &["check", "--schema", "schema.sql"]).ok();
    m(&sandbox, &db, &["downgrade", "0002"]).ok();
}

#[test]
fn review_lines_are_refused_by_upgrade_and_check_until_deleted() {
    let Some(db) = Db::postgres() else { return };
    let sandbox = sandbox("autogen_review");
    // email becomes mail: a rename, or a drop and an add?
    sandbox.write(
        "schema.sql",
        "CREATE TABLE users (id bigint PRIMARY KEY, mail text NOT NULL);\n",
    );
    let (run, written) = autogenerate_one(&sandbox, &db, "mail");
    let file = format!("migrations/{written}");
    let text = read(&sandbox, &written);
    let review: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| line.trim_start().starts_with("-- review:"))
        .map(|(i, _)| i + 1)
        .collect();
    assert!(!review.is_empty(), "{text}");
    // Autogenerate names each line it left.
    assert!(
        run.stderr.contains(&format!("{file}:{}: ", review[0])),
        "{run:?}"
    );
    let refusal = format!("{file}:{}: generated revision needs review: ", review[0]);
    for args in [&["upgrade", "head"][..], &["check"], &["stamp", "head"]] {
        let refused = m(&sandbox, &db, args).code(1);
        assert!(refused.stderr.contains(&refusal), "{refused:?}");
        assert!(
            refused.stderr.contains("; delete this line once done"),
            "{refused:?}"
        );
    }
    let refused = m(&sandbox, &db, &["check", "--schema", "schema.sql"]).code(1);
    assert!(refused.stderr.contains(&refusal), "{refused:?}");
    // Nothing ran.
    assert_eq!(db.tables(), Vec::<String>::new());
    // Reading commands show the set, with the review lines as warnings.
    let history = m(&sandbox, &db, &["history"]).ok();
    assert!(history.stderr.contains("warning: "), "{history:?}");
    assert!(history.stderr.contains(&refusal), "{history:?}");

    // Reviewed: the lines deleted (the rename chosen is the reviewer's
    // business; here the drop and add stand).
    let reviewed: String = text
        .lines()
        .filter(|line| !line.trim_start().starts_with("-- review:"))
        .map(|line| format!("{line}\n"))
        .collect();
    std::fs::write(sandbox.path(&file), reviewed).unwrap();
    m(&sandbox, &db, &["upgrade", "head"]).ok();
    m(&sandbox, &db, &["check", "--schema", "schema.sql"]).ok();
}

/// An operator and a cast: kinds no revision writes. Each is a review line
/// saying so (not a "no changes" over them, nor a revision proven without
/// them), and `check` counts them as differences.
#[test]
fn objects_autogenerate_does_not_write_are_left_as_review_lines() {
    let Some(db) = Db::postgres() else { return };
    let sandbox = sandbox("autogen_unwritten");
    sandbox.write(
        "schema.sql",
        &format!(
            "{USERS}\n\
             CREATE FUNCTION same_email(a text, b text) RETURNS boolean\n\
               LANGUAGE sql IMMUTABLE AS $$ SELECT lower(a) = lower(b) $$;\n\
             CREATE OPERATOR === (LEFTARG = text, RIGHTARG = text, FUNCTION = same_email);\n\
             CREATE DOMAIN email AS text;\n\
             CREATE CAST (email AS bigint) WITH INOUT;\n"
        ),
    );
    let differences = m(&sandbox, &db, &["check", "--schema", "schema.sql"]).code(3);
    assert!(
        differences
            .stdout
            .contains("operator ===(text,text) is missing"),
        "{differences:?}"
    );
    assert!(
        differences
            .stdout
            .contains("cast (email AS bigint) is missing"),
        "{differences:?}"
    );
    let (_, written) = autogenerate_one(&sandbox, &db, "ops");
    let text = read(&sandbox, &written);
    for line in [
        "-- review: operator ===(text,text) is in the desired schema and not in the head, \
         and autogenerate does not write operators",
        "-- review: cast (email AS bigint) is in the desired schema and not in the head, \
         and autogenerate does not write casts",
    ] {
        assert!(text.contains(line), "{text}");
    }
    // What it writes (the function, the domain) is proven; what it does not
    // is said once, not again as a failed proof.
    assert!(text.contains("CREATE OR REPLACE FUNCTION"), "{text}");
    assert!(!text.contains("not proven"), "{text}");
    // Written by hand, the revision gives the desired schema.
    let reviewed: String = text
        .lines()
        .filter(|line| !line.trim_start().starts_with("-- review:"))
        .map(|line| match line {
            // At the end of the up, after what they use; first in the down.
            "-- migrate:down" => format!(
                "CREATE OPERATOR === (LEFTARG = text, RIGHTARG = text, FUNCTION = same_email);\n\
                 CREATE CAST (email AS bigint) WITH INOUT;\n\n{line}\n\
                 DROP CAST (email AS bigint);\nDROP OPERATOR === (text, text);\n"
            ),
            _ => format!("{line}\n"),
        })
        .collect();
    std::fs::write(sandbox.path(&format!("migrations/{written}")), reviewed).unwrap();
    m(&sandbox, &db, &["upgrade", "head"]).ok();
    m(&sandbox, &db, &["check", "--schema", "schema.sql"]).ok();
}

/// A role that may not create databases gets the server's refusal and
/// what to do about it: the scratch database needs CREATEDB, or a dev URL.
#[test]
fn a_role_without_createdb_is_told_to_use_a_dev_url() {
    let Some(db) = Db::postgres() else { return };
    let sandbox = sandbox("autogen_createdb");
    sandbox.write("schema.sql", &format!("{USERS}\nCREATE TABLE t (x int);\n"));
    let role = db
        .postgres_name()
        .unwrap()
        .replace("migraph_cli", "nocreatedb");
    db.execute_script(&format!("CREATE ROLE {role} LOGIN NOCREATEDB"));
    let (scheme, rest) = db.url.split_once("://").unwrap();
    let host = rest.split_once('@').map_or(rest, |(_, host)| host);
    let url = format!("{scheme}://{role}@{host}");
    let (_, refused) = migraph(
        &sandbox,
        &url,
        &[
            "revision",
            "--autogenerate",
            "-m",
            "t",
            "--schema",
            "schema.sql",
        ],
    );
    db.execute_script(&format!("DROP ROLE {role}"));
    let refused = refused.code(1);
    assert!(
        refused
            .stderr
            .contains("permission denied to create database"),
        "{refused:?}"
    );
    assert!(
        refused.stderr.contains("give the role CREATEDB"),
        "{refused:?}"
    );
    assert!(refused.stderr.contains("--dev-url"), "{refused:?}");
    assert!(generated(&sandbox).is_empty());
}

#[test]
fn pg_dump_output_and_a_database_are_desired_schemas() {
    let Some(db) = Db::postgres() else { return };
    let Some(desired) = Db::postgres() else {
        return;
    };
    let sandbox = sandbox("autogen_dump");
    desired.execute_script(&format!(
        "{USERS}\nCREATE TYPE state AS ENUM ('open', 'filled');\n\
         CREATE TABLE fills (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, \
         user_id bigint NOT NULL REFERENCES users (id), state state NOT NULL DEFAULT 'open', \
         qty integer CHECK (qty > 0));\n\
         CREATE VIEW open_fills AS SELECT id, qty FROM fills WHERE state = 'open';\n\
         COMMENT ON TABLE fills IS 'order fills';\n"
    ));
    let dump = match Command::new("pg_dump")
        .args(["--schema-only", "--no-owner", "-d", &desired.url])
        .output()
    {
        Ok(output) if output.status.success() => String::from_utf8(output.stdout).unwrap(),
        other => {
            assert!(
                !migraph_test_support::db::required(),
                "MIGRATE_REQUIRE_DB=1 but pg_dump did not run: {other:?}"
            );
            eprintln!("skipping: pg_dump did not run: {other:?}");
            return;
        }
    };
    // Current pg_dump releases write `\restrict KEY` ... `\unrestrict KEY`;
    // older ones do not, so the test adds them where they are missing.
    let dump = if dump.contains("\\restrict ") {
        dump
    } else {
        format!("\\restrict abc123\n{dump}\n\\unrestrict abc123\n")
    };
    // pg_dump 17 and later write `SET transaction_timeout = 0;` whatever
    // server they dump, which a server before 17 does not know (psql goes
    // on past the error); the test adds it where it is missing.
    let dump = if dump.contains("SET transaction_timeout") {
        dump
    } else {
        dump.replacen(
            "SET lock_timeout = 0;",
            "SET lock_timeout = 0;\nSET transaction_timeout = 0;",
            1,
        )
    };
    assert!(dump.contains("SET transaction_timeout"), "{dump}");
    sandbox.write("dump.sql", &dump);

    let from_url = ["check", "--from-url", desired.url.as_str()];
    let check = m(&sandbox, &db, &from_url).code(3);
    assert!(check.stdout.contains("fills"), "{check:?}");
    let run = m(
        &sandbox,
        &db,
        &[
            "--json",
            "revision",
            "--autogenerate",
            "-m",
            "fills",
            "--schema",
            "dump.sql",
        ],
    )
    .ok();
    assert!(!strings(&run.json()["written"]).is_empty(), "{run:?}");
    m(&sandbox, &db, &["check", "--schema", "dump.sql"]).ok();
    m(&sandbox, &db, &from_url).ok();
    m(&sandbox, &db, &["upgrade", "head"]).ok();
    assert_eq!(db.tables(), ["fills", "migrate_revisions", "users"]);
}

/// With several heads, `--head` names the one to write on: the chain is
/// replayed to it alone (the other branch's table is not dropped), and the
/// new revision's parent is that head.
#[test]
fn head_picks_the_branch_written_on_when_there_are_several() {
    let Some(db) = Db::postgres() else { return };
    let sandbox = sandbox("autogen_head");
    sandbox.revision(
        "migrations",
        "0002a",
        "0001",
        "CREATE TABLE a (x int);",
        "DROP TABLE a;",
    );
    sandbox.revision(
        "migrations",
        "0002b",
        "0001",
        "CREATE TABLE b (x int);",
        "DROP TABLE b;",
    );
    sandbox.write(
        "schema.sql",
        &format!("{USERS}\nCREATE TABLE b (x int);\nCREATE TABLE c (y text);\n"),
    );
    let args = [
        "revision",
        "--autogenerate",
        "--allow-multiple-heads",
        "-m",
        "add c",
        "--schema",
        "schema.sql",
    ];
    let run = m(&sandbox, &db, &[&args[..], &["--head", "0002b"]].concat()).ok();
    let files = generated(&sandbox);
    assert_eq!(files.len(), 1, "{files:?} {run:?}");
    let text = read(&sandbox, &files[0]);
    assert_eq!(header(&text, "down_revision"), Some("0002b"), "{text}");
    assert!(text.contains("CREATE TABLE c"), "{text}");
    assert!(
        !text.contains("TABLE a") && !text.contains("TABLE b"),
        "{text}"
    );
    assert!(!text.contains("-- review:"), "{text}");
    // Without --head, several heads are still refused.
    let run = m(&sandbox, &db, &args).code(1);
    assert!(run.stderr.contains("heads"), "{run:?}");
}

#[test]
fn flags_and_settings_are_checked_before_any_database() {
    let sandbox = sandbox("autogen_usage");
    let url = "postgres://postgres@127.0.0.1:1/none";
    // No desired schema anywhere: a usage error that says where to give one.
    let run = m_url(&sandbox, url, &["revision", "--autogenerate", "-m", "x"]).code(2);
    assert!(run.stderr.contains("--schema PATH"), "{run:?}");
    assert!(run.stderr.contains("[autogenerate]"), "{run:?}");
    // No server for the scratch databases.
    sandbox.write("schema.sql", USERS);
    let run = sandbox
        .run(&[
            "revision",
            "--autogenerate",
            "-m",
            "x",
            "--schema",
            "schema.sql",
        ])
        .code(2);
    assert!(run.stderr.contains("--dev-url"), "{run:?}");
    // A schema that is not there; a server that is not PostgreSQL.
    let run = m_url(&sandbox, url, &["check", "--schema", "nope.sql"]).code(1);
    assert!(run.stderr.contains("'nope.sql' does not exist"), "{run:?}");
    let run = m_url(
        &sandbox,
        url,
        &[
            "check",
            "--schema",
            "schema.sql",
            "--dev-url",
            "sqlite::memory:",
        ],
    )
    .code(1);
    assert!(run.stderr.contains("works on PostgreSQL"), "{run:?}");
    // The desired-schema flags belong to autogenerate.
    let run = sandbox
        .run(&["new", "-m", "x", "--schema", "schema.sql"])
        .code(2);
    assert!(run.stderr.contains("go with --autogenerate"), "{run:?}");
    // [autogenerate] keys are checked like every other.
    sandbox.write(
        "migrations/migrate.toml",
        "dialect = \"postgres\"\n[autogenerate]\nschema_path = \"s.sql\"\n",
    );
    let run = sandbox.run(&["history"]).code(1);
    assert!(
        run.stderr
            .contains("unknown settings key 'autogenerate.schema_path'"),
        "{run:?}"
    );
    // The bookkeeping schema's flag is --table-schema now.
    let run = sandbox.run(&["--table-schema", "ops", "heads"]);
    assert_eq!(run.code, Some(1), "{run:?}"); // the broken migrate.toml, not the flag
    assert!(!run.stderr.contains("unexpected argument"), "{run:?}");
}

fn m_url(sandbox: &Sandbox, url: &str, args: &[&str]) -> Run {
    migraph(sandbox, url, args).1
}

#[test]
fn ctrl_c_drops_the_scratch_databases() {
    let Some(db) = Db::postgres() else { return };
    let sandbox = sandbox("autogen_interrupt");
    // The replay sleeps in the second revision: Ctrl-C lands there.
    sandbox.revision(
        "migrations",
        "0002",
        "0001",
        "CREATE TABLE t (x integer);\nSELECT pg_sleep(60);",
        "DROP TABLE t;",
    );
    sandbox.write("schema.sql", USERS);
    let child = Command::new(common::binary())
        .args(["--database-url", &db.url])
        .args([
            "revision",
            "--autogenerate",
            "-m",
            "x",
            "--schema",
            "schema.sql",
        ])
        .current_dir(&sandbox.root)
        .env_remove("DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let started = Instant::now();
    while scratch_databases(&db.url, pid).is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no scratch database"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // Inside the replay: a session of the scratch database sleeps in 0001.
    while !scratch_sleeping(&db.url, pid) {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no scratch database"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let signal = Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .unwrap();
    assert!(signal.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    assert!(
        started.elapsed() < Duration::from_secs(50),
        "the sleep was not cut short"
    );
    assert_eq!(leftovers(&db.url, pid), Vec::<String>::new());
    assert_eq!(generated(&sandbox), Vec::<String>::new());
}
