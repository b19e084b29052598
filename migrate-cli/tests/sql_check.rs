//! The CLI and `migrate.toml`: `init --dialect` writes it, `check`, `new`,
//! `merge` and every command that runs or records revisions run the
//! macro's SQL check and denied lint rules with the macro's messages,
//! `show` names a revision that opts out, and a set declared for a server
//! never falls back to the default SQLite file.

mod common;

use common::{Db, Sandbox};

const PG: &str = "dialect = \"postgres\"\n";

#[test]
fn init_writes_the_dialect() {
    let s = Sandbox::empty("init_dialect");
    s.write(
        "Cargo.toml",
        "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2021\"\n",
    );
    let run = s.run(&["init", "--dialect", "postgres"]).ok();
    assert!(run.stdout.contains("migrations/migrate.toml"), "{run:?}");
    let text = std::fs::read_to_string(s.path("migrations/migrate.toml")).unwrap();
    assert!(text.contains("dialect = \"postgres\""), "{text}");
    // The parsers run inside the proc macro: init optimises them in dev builds.
    let manifest = std::fs::read_to_string(s.path("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("[profile.dev.package.squawk-parser]\nopt-level = 3"),
        "{manifest}"
    );
    // Running it again leaves the files alone.
    s.run(&["init", "--dialect", "postgres"]).ok();
    assert_eq!(
        std::fs::read_to_string(s.path("migrations/migrate.toml")).unwrap(),
        text
    );
    assert_eq!(
        std::fs::read_to_string(s.path("Cargo.toml")).unwrap(),
        manifest
    );
    s.run(&["init", "--dialect", "oracle"]).code(2);
}

#[test]
fn check_reports_every_broken_file_with_the_macro_messages() {
    let s = Sandbox::empty("check_sql");
    s.write("migrations/migrate.toml", PG);
    s.revision(
        "migrations",
        "a1",
        "none",
        "CREATE TABLE t (x int);",
        "DROP TABLE t;",
    );
    s.revision(
        "migrations",
        "b1",
        "a1",
        "CREATE TABEL u (y int);",
        "DROP TABLE u;",
    );
    s.revision(
        "migrations",
        "c1",
        "b1",
        "CREATE INDEX CONCURRENTLY t_x ON t (x);",
        "DROP INDEX t_x;",
    );
    let db = Db::sqlite(&s);
    let run = s.run(&["--database-url", &db.url, "check"]).code(1);
    assert!(
        run.stderr
            .contains("migrations/b1_rev.sql:6:8: syntax error at or near \"TABEL\""),
        "{run:?}"
    );
    assert!(
        run.stderr.contains("migrations/c1_rev.sql:6: CREATE INDEX CONCURRENTLY cannot run inside a transaction; add '-- transactional: false' to the header"),
        "{run:?}"
    );
    // `new` loads the same way, and refuses to build on a broken directory.
    let run = s.run(&["new", "-m", "more"]).code(1);
    assert!(run.stderr.contains("TABEL"), "{run:?}");
    assert_eq!(s.files("migrations").len(), 4);
}

/// The compile-fail cases whose sets the build refuses for their SQL: a
/// deny-level lint finding, and syntax errors.
const REFUSED_BY_THE_BUILD: [&str; 2] = ["lint-deny", "sql-syntax-error"];

/// Nothing the build refuses is applied or recorded from the directory:
/// every command that would change a database stops before connecting,
/// with exactly the errors of the case's compile-fail snapshot.
#[test]
fn commands_that_change_a_database_refuse_what_the_build_refuses() {
    let Some(db) = Db::postgres() else {
        return;
    };
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for case in REFUSED_BY_THE_BUILD {
        let s = Sandbox::empty(&format!("refused_{case}"));
        // At the path the snapshot names, so the messages can be compared.
        let dir = format!("tests/ui/fixtures/{case}");
        for entry in std::fs::read_dir(repo.join(&dir)).unwrap() {
            let entry = entry.unwrap();
            let text = std::fs::read_to_string(entry.path()).unwrap();
            s.write(
                &format!("{dir}/{}", entry.file_name().to_string_lossy()),
                &text,
            );
        }
        let snapshot =
            std::fs::read_to_string(repo.join(format!("tests/ui/fail/{case}.stderr"))).unwrap();
        let built: Vec<&str> = snapshot
            .lines()
            .filter(|l| l.starts_with("error: "))
            .collect();
        assert!(!built.is_empty(), "{case}: no error in the snapshot");
        for command in [
            &["upgrade", "head"][..],
            &["upgrade", "heads", "--sql"],
            &["downgrade", "base"],
            &["stamp", "head"],
            &["repair", "a1", "--applied"],
            &["adopt", "alembic"],
            &["verify"],
        ] {
            let mut args = vec!["--dir", dir.as_str(), "--database-url", db.url.as_str()];
            args.extend_from_slice(command);
            let run = s.run(&args).code(1);
            let printed: Vec<&str> = run
                .stderr
                .lines()
                .filter(|l| l.starts_with("error: "))
                .collect();
            assert_eq!(printed, built, "{case}: {run:?}");
        }
        // The graph commands still read the set, to help fix it.
        s.run(&["--dir", &dir, "history"]).ok();
    }
    assert!(db.tables().is_empty(), "nothing ran: {:?}", db.tables());
}

#[test]
fn a_set_without_dialect_is_checked_as_a_graph_and_says_so() {
    let s = Sandbox::empty("check_no_dialect");
    s.revision(
        "migrations",
        "a1",
        "none",
        "CREATE TABEL t (x int);",
        "DROP TABLE t;",
    );
    let db = Db::sqlite(&s);
    // No migrate.toml: the note does not speak of one as if it existed.
    let run = s.run(&["--database-url", &db.url, "check"]).code(3);
    assert!(
        run.stderr.contains(
            "migrations has no migrate.toml declaring a dialect, so the SQL of the revisions was not checked"
        ),
        "{run:?}"
    );
    // One without a dialect.
    s.write("migrations/migrate.toml", "[runner]\nlock_retries = 1\n");
    let run = s.run(&["--database-url", &db.url, "check"]).code(3);
    assert!(
        run.stderr.contains(
            "migrations/migrate.toml declares no dialect, so the SQL of the revisions was not checked"
        ),
        "{run:?}"
    );
}

#[test]
fn show_names_a_revision_that_opts_out() {
    let s = Sandbox::empty("show_sql_check");
    s.write("migrations/migrate.toml", PG);
    s.write(
        "migrations/a1_new.sql",
        "-- revision: a1\n-- down_revision: none\n-- sql_check: off\n\n\
         -- migrate:up\nALTER TABLE t SOMETHING NEWER;\n\n-- migrate:down\n-- nothing\n",
    );
    let run = s.run(&["show", "a1"]).ok();
    assert!(run.stdout.contains("SQL check: off"), "{run:?}");
    let run = s.run(&["show", "a1", "--json"]).ok();
    assert_eq!(run.json()["sql_check"], false);
    let run = s.run(&["heads"]).ok();
    assert!(run.stdout.contains("a1"), "{run:?}");
}

#[test]
fn a_server_dialect_has_no_default_database() {
    let s = Sandbox::empty("no_default_db");
    s.write("migrations/migrate.toml", PG);
    s.revision(
        "migrations",
        "a1",
        "none",
        "CREATE TABLE t (x int);",
        "DROP TABLE t;",
    );
    let run = s.run(&["upgrade", "head"]).code(2);
    assert!(
        run.stderr.contains("migrations/migrate.toml declares dialect 'postgres', and the default SQLite file is only for sets without a server dialect; pass --database-url, set DATABASE_URL, or write DATABASE_URL=... in .env in the working directory, or url = \"...\" in migrations/migrate.toml"),
        "{run:?}"
    );
    assert!(!s.path("migrate.db").exists(), "a SQLite file was created");
    // `--sql` renders the declared dialect without a database.
    let run = s.run(&["upgrade", "head", "--sql"]).ok();
    assert!(run.stdout.contains("CREATE TABLE t (x int);"), "{run:?}");
    assert!(run.stdout.contains("BEGIN;"), "{run:?}");
    // A SQLite set keeps the default file.
    s.write("migrations/migrate.toml", "dialect = \"sqlite\"\n");
    s.run(&["upgrade", "head"]).ok();
    assert!(s.path("migrate.db").exists());
}

#[test]
fn a_broken_settings_file_is_an_error_with_its_line() {
    let s = Sandbox::empty("bad_settings");
    s.write(
        "migrations/migrate.toml",
        "dialect = \"postgres\"\nlints = 1\n",
    );
    s.revision("migrations", "a1", "none", "SELECT 1;", "SELECT 1;");
    let run = s.run(&["heads"]).code(1);
    assert!(
        run.stderr.contains(
            "migrations/migrate.toml:2: unknown settings key 'lints'; expected one of dialect, url, lint, runner, autogenerate"
        ),
        "{run:?}"
    );
}
