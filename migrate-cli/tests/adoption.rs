//! `migraph import` and `migraph adopt` against the real peer tools: each
//! tool applies a real public history (see
//! `tests/fixtures/adoption/README.md`) to a fresh PostgreSQL database; the
//! history is imported and the database adopted; then `check` must be clean,
//! the schema our CLI builds from the import on an empty database must equal
//! the one the tool built, and a new revision must apply alone. Tampered
//! tables and files must be refused with nothing recorded.
//!
//! The tools come from `cargo xtask test` (`target/tools/`, or
//! `MIGRAPH_TOOLS_BIN`). A missing tool skips a test with a message, unless
//! `MIGRAPH_REQUIRE_DB=1` or `CI` is set: then it fails.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{block_on, steps_of, Db, Run, Sandbox};
use migraph_core::sqlx::{self, Connection};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/adoption");

/// The other tools' tables, left out of schema comparisons.
const BOOKKEEPING: &str = "'migrate_revisions', 'alembic_version', '_sqlx_migrations', \
                           '__diesel_schema_migrations', 'refinery_schema_history'";

fn tools_root() -> PathBuf {
    migraph_core::env::var_os("TOOLS_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/tools"))
}

/// A peer tool's executable, or `None` (after a message) when it is not
/// installed and neither `MIGRAPH_REQUIRE_DB=1` nor `CI` is set.
fn tool(name: &str) -> Option<PathBuf> {
    let root = tools_root();
    for dir in ["bin", "venv/bin"] {
        let path = root.join(dir).join(name);
        if path.exists() {
            return Some(path);
        }
    }
    let required = migraph_core::env::is_on("REQUIRE_DB") || std::env::var_os("CI").is_some();
    if required {
        panic!(
            "{name} is not installed in {}; run the tests with `cargo xtask test`, which installs it",
            root.display()
        );
    }
    migraph_test_support::skip(&format!(
        "{name} is not installed in {} (run `cargo xtask test`)",
        root.display()
    ));
    None
}

/// `PATH` with the tools first, for `migraph import alembic`.
fn tools_path() -> String {
    let root = tools_root();
    format!(
        "{}:{}:{}",
        root.join("bin").display(),
        root.join("venv/bin").display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

fn run_tool(cmd: &mut Command) {
    let output = cmd.output().expect("the tool runs");
    assert!(
        output.status.success(),
        "{cmd:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Copies a fixture directory (recursively) into the sandbox.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The schema of the public schema as sorted lines: columns, constraints,
/// indexes, functions, triggers, views, sequences, enums and extensions,
/// without any tool's bookkeeping table.
fn schema(db: &Db) -> Vec<String> {
    let sql = format!(
        "SELECT line FROM (
           SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type
                  || coalesce('(' || character_maximum_length || ')', '')
                  || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '') AS line
             FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name NOT IN ({BOOKKEEPING})
           UNION ALL
           SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' '
                  || pg_get_constraintdef(oid)
             FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace
              AND conrelid::regclass::text NOT IN ({BOOKKEEPING})
           UNION ALL
           SELECT 'index ' || indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename NOT IN ({BOOKKEEPING})
           UNION ALL
           SELECT 'function ' || pg_get_functiondef(oid) FROM pg_proc
            WHERE pronamespace = 'public'::regnamespace AND prokind IN ('f', 'p')
           UNION ALL
           SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
           UNION ALL
           SELECT 'view ' || viewname || ' ' || definition FROM pg_views WHERE schemaname = 'public'
           UNION ALL
           SELECT 'sequence ' || sequencename FROM pg_sequences WHERE schemaname = 'public'
           UNION ALL
           SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
             FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname
           UNION ALL
           SELECT 'extension ' || extname FROM pg_extension
         ) s ORDER BY line"
    );
    block_on(async {
        let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
        sqlx::query_scalar::<_, String>(&sql)
            .fetch_all(&mut conn)
            .await
            .unwrap()
    })
}

/// Every row of a table as text, ordered, to show it was left untouched.
fn rows(db: &Db, table: &str) -> Vec<String> {
    block_on(async {
        let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
        sqlx::query_scalar::<_, String>(&format!("SELECT t::text FROM {table} t ORDER BY 1"))
            .fetch_all(&mut conn)
            .await
            .unwrap()
    })
}

fn has_table(db: &Db, table: &str) -> bool {
    db.tables().iter().any(|t| t == table)
}

/// `migraph --dir <dir> --database-url <db> <args>` in the sandbox.
fn m(sandbox: &Sandbox, dir: &str, db: &Db, args: &[&str]) -> Run {
    let mut all = vec!["--dir", dir, "--database-url", db.url.as_str()];
    all.extend_from_slice(args);
    sandbox.run_env(&[("PATH", &tools_path())], &all)
}

/// The SQLAlchemy URL of a test database.
fn alembic_url(db: &Db) -> String {
    db.url.replacen("postgres://", "postgresql+psycopg2://", 1)
}

/// Applies a history with the peer tool itself.
fn apply_with_tool(name: &str, source: &Path, db: &Db) {
    match name {
        "sqlx" => run_tool(
            Command::new(tool("sqlx").unwrap())
                .args(["migrate", "run", "--source"])
                .arg(source)
                .args(["--database-url", &db.url]),
        ),
        "diesel" => run_tool(
            Command::new(tool("diesel").unwrap())
                .args(["migration", "run", "--migration-dir"])
                .arg(source)
                .args(["--database-url", &db.url])
                .current_dir(source.parent().unwrap()),
        ),
        "refinery" => run_tool(
            Command::new(tool("refinery").unwrap())
                .args(["migrate", "-e", "REFINERY_TEST_URL", "-p"])
                .arg(source)
                .env("REFINERY_TEST_URL", &db.url),
        ),
        "alembic" => run_tool(
            Command::new(tool("alembic").unwrap())
                .args(["upgrade", "heads"])
                .current_dir(source)
                .env("MIGRAPH_TEST_ALEMBIC_URL", alembic_url(db)),
        ),
        other => unreachable!("{other}"),
    }
}

fn other_table(name: &str) -> &'static str {
    match name {
        "sqlx" => "_sqlx_migrations",
        "diesel" => "__diesel_schema_migrations",
        "refinery" => "refinery_schema_history",
        _ => "alembic_version",
    }
}

/// A database the tool migrated, the source copied into a sandbox, and the
/// import of it in `imported/`.
struct Adopted {
    sandbox: Sandbox,
    db: Db,
    source: PathBuf,
}

/// What a history expects to find in the database before its first
/// migration (chirpstack creates pg_trgm outside its migrations).
fn setup(fixture: &str) -> &'static str {
    match fixture {
        "diesel_chirpstack" => "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        _ => "",
    }
}

fn fresh_db(fixture: &str) -> Option<Db> {
    let db = Db::postgres()?;
    if !setup(fixture).is_empty() {
        db.execute_script(setup(fixture));
    }
    Some(db)
}

fn prepare(name: &str, fixture: &str) -> Option<Adopted> {
    tool(name)?;
    let sandbox = Sandbox::empty(&format!("adopt_{name}"));
    let source = sandbox.path("source");
    copy_dir(&Path::new(FIXTURES).join(fixture), &source);
    let db = fresh_db(fixture)?;
    apply_with_tool(name, &source, &db);
    let mut env = vec![("PATH", tools_path())];
    if name == "alembic" {
        env.push(("MIGRAPH_TEST_ALEMBIC_URL", alembic_url(&db)));
    }
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    sandbox
        .run_env(&env, &["import", name, "source", "--dir", "imported"])
        .ok();
    Some(Adopted {
        sandbox,
        db,
        source,
    })
}

/// The whole switch: import, adopt, check, same schema, a new revision applies alone.
fn switch(name: &str, fixture: &str) {
    let Some(a) = prepare(name, fixture) else {
        return;
    };
    let table = other_table(name);
    let before = rows(&a.db, table);
    let mut adopt = vec!["adopt", name];
    if name != "alembic" {
        adopt.extend(["--source", "source"]);
    }
    let dry = {
        let mut args = adopt.clone();
        args.push("--dry-run");
        m(&a.sandbox, "imported", &a.db, &args).ok()
    };
    assert!(dry.stdout.contains("would record"), "{dry:?}");
    assert!(
        !has_table(&a.db, "migrate_revisions"),
        "--dry-run changed nothing"
    );
    m(&a.sandbox, "imported", &a.db, &adopt).ok();
    assert_eq!(rows(&a.db, table), before, "{table} is left untouched");
    let check = m(&a.sandbox, "imported", &a.db, &["check"]).ok();
    assert!(check.stdout.starts_with("up to date"), "{check:?}");
    // Adopting again is refused: the bookkeeping is no longer empty.
    let again = m(&a.sandbox, "imported", &a.db, &adopt).code(1);
    assert!(again.stderr.contains("already has"), "{again:?}");

    // The import applied by us to an empty database gives the tool's schema.
    let fresh = fresh_db(fixture).expect("a second database");
    m(&a.sandbox, "imported", &fresh, &["upgrade", "heads"]).ok();
    let theirs = schema(&a.db);
    assert!(theirs.len() > 3, "the history builds a schema: {theirs:?}");
    assert_eq!(
        schema(&fresh),
        theirs,
        "the schema built from the import equals {name}'s"
    );

    // A new revision on top applies alone.
    let heads = m(&a.sandbox, "imported", &a.db, &["heads", "--json"])
        .ok()
        .json();
    let head = heads["heads"][0]["revision"]
        .as_str()
        .or_else(|| heads["heads"][0].as_str())
        .unwrap_or_else(|| panic!("heads --json: {heads}"))
        .to_owned();
    a.sandbox.write(
        "imported/zz_after_switch.sql",
        &format!(
            "-- revision: zz_after_switch\n-- down_revision: {head}\n\n-- migrate:up\n\
             CREATE TABLE after_switch (id int);\n\n-- migrate:down\nDROP TABLE after_switch;\n"
        ),
    );
    let up = m(
        &a.sandbox,
        "imported",
        &a.db,
        &["upgrade", "heads", "--json"],
    )
    .ok();
    assert_eq!(
        steps_of(&up),
        [("zz_after_switch".to_owned(), "up".to_owned())],
        "only the new revision runs"
    );
    let _ = &a.source;
}

#[test]
fn switch_from_sqlx_atuin() {
    switch("sqlx", "sqlx_atuin");
}

#[test]
fn switch_from_diesel_chirpstack() {
    switch("diesel", "diesel_chirpstack");
}

#[test]
fn switch_from_refinery_examples() {
    switch("refinery", "refinery_examples");
}

#[test]
fn switch_from_alembic_fastapi_template() {
    switch("alembic", "alembic_fastapi");
}

#[test]
fn switch_from_alembic_graph() {
    switch("alembic", "alembic_graph");
}

/// Revisions whose SQL ends in a line comment (Alembic's `;` then lands in
/// the comment), a block comment, blank lines or `;;`, with a transaction
/// per revision: the whole switch, then an empty database built from the
/// import equals Alembic's.
#[test]
fn switch_from_alembic_comments() {
    switch("alembic", "alembic_comments");
}

/// What the import of those revisions holds: Alembic's bookkeeping and
/// transaction control cut out as statements, the user's comments kept,
/// and each statement ended where SQL reads the end.
#[test]
fn alembic_statements_ending_in_comments_are_cut_by_structure() {
    if tool("alembic").is_none() {
        return;
    }
    let sandbox = Sandbox::empty("import_alembic_comments");
    copy_dir(
        &Path::new(FIXTURES).join("alembic_comments"),
        &sandbox.path("source"),
    );
    sandbox
        .run_env(
            &[("PATH", &tools_path())],
            &["import", "alembic", "source", "--dir", "imported"],
        )
        .ok();
    let files = sandbox.files("imported");
    // The file of the revision whose id is `id`.
    let read = |id: &str| {
        let name = files
            .iter()
            .find(|n| n.starts_with(&format!("{id}_")))
            .unwrap_or_else(|| panic!("no file for {id}: {files:?}"));
        std::fs::read_to_string(sandbox.path(&format!("imported/{name}"))).unwrap()
    };
    for name in files.iter().filter(|n| n.ends_with(".sql")) {
        let text = std::fs::read_to_string(sandbox.path(&format!("imported/{name}"))).unwrap();
        assert!(!text.contains("alembic_version"), "{name}:\n{text}");
        assert!(!text.contains("COMMIT"), "{name}:\n{text}");
        let transactional = !name.starts_with("c3_");
        assert_eq!(
            !text.contains("-- transactional: false"),
            transactional,
            "{name}:\n{text}"
        );
    }
    let a1 = read("a1");
    assert!(
        a1.contains("ALTER TABLE users ADD COLUMN api_token text;\n\n-- ALTER TABLE users DROP COLUMN api_token;\n-- migrate:down"),
        "{a1}"
    );
    let b2 = read("b2");
    assert!(
        b2.contains("-- migrate:up\nALTER TABLE users ADD COLUMN note text; -- shown on the profile page\n\nCREATE INDEX users_email ON users (email);\n-- migrate:down\nDROP INDEX users_email; -- no longer searched\n"),
        "{b2}"
    );
    let c3 = read("c3");
    assert!(
        c3.contains("CREATE INDEX CONCURRENTLY users_note ON users (note); -- without a write lock\n\nCOMMENT ON TABLE users IS 'people; and their notes'; -- last\n"),
        "{c3}"
    );
}

/// Runs `adopt` expecting a refusal naming `needle`, and checks nothing was recorded.
fn refused(a: &Adopted, name: &str, with_source: bool, needle: &str) {
    let mut args = vec!["adopt", name];
    if with_source {
        args.extend(["--source", "source"]);
    }
    let run = m(&a.sandbox, "imported", &a.db, &args).code(1);
    assert!(run.stderr.contains("nothing was recorded"), "{run:?}");
    assert!(run.stderr.contains(needle), "names {needle}: {run:?}");
    assert!(
        !has_table(&a.db, "migrate_revisions") || rows(&a.db, "migrate_revisions").is_empty(),
        "nothing recorded"
    );
}

#[test]
fn sqlx_failed_row_is_refused() {
    let Some(a) = prepare("sqlx", "sqlx_atuin") else {
        return;
    };
    a.db.execute_script(
        "UPDATE _sqlx_migrations SET success = false \
         WHERE version = (SELECT max(version) FROM _sqlx_migrations)",
    );
    refused(&a, "sqlx", false, "success = false");
}

#[test]
fn sqlx_edited_file_is_refused() {
    let Some(a) = prepare("sqlx", "sqlx_atuin") else {
        return;
    };
    let file = a.source.join("20220610074049_history-length.sql");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str("\n-- edited after it was applied\n");
    std::fs::write(&file, text).unwrap();
    refused(&a, "sqlx", true, "20220610074049_history-length.sql");
}

#[test]
fn alembic_unknown_head_is_refused() {
    let Some(a) = prepare("alembic", "alembic_graph") else {
        return;
    };
    a.db.execute_script("UPDATE alembic_version SET version_num = 'f00dfeed0001'");
    refused(&a, "alembic", false, "f00dfeed0001");
}

#[test]
fn diesel_unknown_version_is_refused() {
    let Some(a) = prepare("diesel", "diesel_chirpstack") else {
        return;
    };
    a.db.execute_script(
        "INSERT INTO __diesel_schema_migrations (version) VALUES ('20991231000000')",
    );
    refused(&a, "diesel", false, "20991231000000");
}

#[test]
fn refinery_edited_file_is_refused() {
    let Some(a) = prepare("refinery", "refinery_examples") else {
        return;
    };
    let file = a.source.join("V2__add_cars_table.sql");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str("\n-- edited after it was applied\n");
    std::fs::write(&file, text).unwrap();
    refused(&a, "refinery", true, "V2__add_cars_table.sql");
}

/// sqlx's reversible layout with a `-- no-transaction` migration: the
/// imported revisions keep the down SQL and the marker, sqlx's checksums of
/// the `.up.sql` files match, and the import downgrades to base.
#[test]
fn sqlx_reversible_layout_and_no_transaction() {
    let Some(sqlx_cli) = tool("sqlx") else { return };
    let sandbox = Sandbox::empty("adopt_sqlx_reversible");
    sandbox.write(
        "source/20240101000000_accounts.up.sql",
        "CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);\n",
    );
    sandbox.write(
        "source/20240101000000_accounts.down.sql",
        "DROP TABLE accounts;\n",
    );
    sandbox.write(
        "source/20240102000000_name_index.up.sql",
        "-- no-transaction\nCREATE INDEX CONCURRENTLY accounts_name ON accounts (name);\n",
    );
    sandbox.write(
        "source/20240102000000_name_index.down.sql",
        "-- no-transaction\nDROP INDEX CONCURRENTLY accounts_name;\n",
    );
    let Some(db) = Db::postgres() else { return };
    run_tool(
        Command::new(sqlx_cli)
            .args(["migrate", "run", "--source"])
            .arg(sandbox.path("source"))
            .args(["--database-url", &db.url]),
    );
    sandbox
        .run(&["import", "sqlx", "source", "--dir", "imported"])
        .ok();
    let index =
        std::fs::read_to_string(sandbox.path("imported/20240102000000_name_index.sql")).unwrap();
    assert!(index.contains("-- transactional: false\n"), "{index}");
    assert!(
        index.contains("-- migrate:down\n-- no-transaction\nDROP INDEX CONCURRENTLY"),
        "{index}"
    );
    m(
        &sandbox,
        "imported",
        &db,
        &["adopt", "sqlx", "--source", "source"],
    )
    .ok();
    m(&sandbox, "imported", &db, &["check"]).ok();
    let fresh = Db::postgres().expect("a second database");
    m(&sandbox, "imported", &fresh, &["upgrade", "heads"]).ok();
    assert_eq!(schema(&fresh), schema(&db));
    m(&sandbox, "imported", &fresh, &["downgrade", "base"]).ok();
    assert!(
        schema(&fresh).iter().all(|l| !l.contains("accounts")),
        "reverted"
    );
}

/// diesel's `metadata.toml` (`run_in_transaction = false`) and a migration
/// without `down.sql`.
#[test]
fn diesel_metadata_and_missing_down() {
    let Some(diesel) = tool("diesel") else { return };
    let sandbox = Sandbox::empty("adopt_diesel_metadata");
    sandbox.write(
        "source/2024-01-01-000000_accounts/up.sql",
        "CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);\n",
    );
    sandbox.write(
        "source/2024-01-01-000000_accounts/down.sql",
        "DROP TABLE accounts;\n",
    );
    sandbox.write(
        "source/2024-01-02-000000_name_index/up.sql",
        "CREATE INDEX CONCURRENTLY accounts_name ON accounts (name);\n",
    );
    sandbox.write(
        "source/2024-01-02-000000_name_index/metadata.toml",
        "run_in_transaction = false\n",
    );
    let Some(db) = Db::postgres() else { return };
    run_tool(
        Command::new(diesel)
            .args(["migration", "run", "--migration-dir"])
            .arg(sandbox.path("source"))
            .args(["--database-url", &db.url])
            .current_dir(&sandbox.root),
    );
    let import = sandbox
        .run(&["import", "diesel", "source", "--dir", "imported"])
        .ok();
    assert!(import.stdout.contains("no down.sql"), "{import:?}");
    let index =
        std::fs::read_to_string(sandbox.path("imported/20240102000000_name_index.sql")).unwrap();
    assert!(index.contains("-- transactional: false\n"), "{index}");
    assert!(index.contains("-- migrate:down irreversible"), "{index}");
    m(
        &sandbox,
        "imported",
        &db,
        &["adopt", "diesel", "--source", "source"],
    )
    .ok();
    m(&sandbox, "imported", &db, &["check"]).ok();
}

/// A source whose SQL the format cannot carry is refused with the file named.
#[test]
fn import_refuses_what_the_format_cannot_carry() {
    let sandbox = Sandbox::empty("import_refuses");
    sandbox.write("source/1_x.sql", "SELECT 1;\n-- migrate:down\n");
    let run = sandbox
        .run(&["import", "sqlx", "source", "--dir", "imported"])
        .code(1);
    assert!(
        run.stderr.contains("1_x.sql") && run.stderr.contains("section marker"),
        "{run:?}"
    );
    assert!(!sandbox.path("imported").exists(), "nothing written");
    sandbox.write("source2/1_x.sql", "SELECT 1;\n");
    sandbox.write("imported2/0001_mine.sql", "-- revision: 0001\n");
    let run = sandbox
        .run(&["import", "sqlx", "source2", "--dir", "imported2"])
        .code(1);
    assert!(
        run.stderr.contains("already holds migration files"),
        "{run:?}"
    );
}

/// A revision whose Python reads the database cannot be rendered offline:
/// it is named in the report (with Alembic's error), not mistranslated; a
/// downgrade that raises becomes irreversible.
#[test]
fn alembic_dynamic_revision_is_named() {
    if tool("alembic").is_none() {
        return;
    }
    let sandbox = Sandbox::empty("import_alembic_dynamic");
    let source = sandbox.path("source");
    copy_dir(&Path::new(FIXTURES).join("alembic_graph"), &source);
    sandbox.write(
        "source/versions/f6_dynamic.py",
        "\"\"\"reads data\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n\
         revision = \"f6\"\ndown_revision = \"e5\"\n\n\ndef upgrade():\n    \
         n = op.get_bind().execute(sa.text(\"SELECT count(*) FROM accounts\")).scalar()\n    \
         if n:\n        op.execute(\"UPDATE accounts SET name = upper(name)\")\n\n\n\
         def downgrade():\n    raise NotImplementedError(\"one way\")\n",
    );
    let run = sandbox
        .run_env(
            &[("PATH", &tools_path())],
            &["import", "alembic", "source", "--dir", "imported"],
        )
        .ok();
    let report = std::fs::read_to_string(sandbox.path("imported/IMPORT_REPORT.md")).unwrap();
    for text in [&run.stdout, &report] {
        assert!(
            text.contains("revision f6 has no offline upgrade SQL"),
            "{text}"
        );
        assert!(text.contains("revision f6 uses op.get_bind()"), "{text}");
        assert!(
            text.contains("revision f6 is irreversible here (NotImplementedError: one way)"),
            "{text}"
        );
    }
    let f6 = std::fs::read_to_string(sandbox.path("imported/f6_reads_data.sql")).unwrap();
    assert!(f6.contains("-- NOT IMPORTED"), "{f6}");
    assert!(f6.contains("-- migrate:down irreversible"), "{f6}");
    // The other revisions are imported in full.
    let a1 = std::fs::read_to_string(sandbox.path("imported/a1_accounts_and_a_plpgsql_helper.sql"))
        .unwrap();
    assert!(a1.contains("RETURN format('%s (%%)', n);"), "{a1}");
}

/// Without `--source`, sqlx's and refinery's recorded checksums are
/// compared with the imported files: an edited revision is refused.
#[test]
fn edited_import_is_refused_without_source() {
    for (name, fixture, file) in [
        (
            "sqlx",
            "sqlx_atuin",
            "imported/20220610074049_history_length.sql",
        ),
        (
            "refinery",
            "refinery_examples",
            "imported/V2_add_cars_table.sql",
        ),
    ] {
        let Some(a) = prepare(name, fixture) else {
            return;
        };
        let path = a.sandbox.path(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|err| {
            panic!("{file}: {err}; files: {:?}", a.sandbox.files("imported"))
        });
        std::fs::write(
            &path,
            text.replacen("-- migrate:up\n", "-- migrate:up\nSELECT 1;\n", 1),
        )
        .unwrap();
        refused(&a, name, false, file.trim_start_matches("imported/"));
    }
}

/// Saved offline output instead of running Alembic: psycopg2's doubled
/// `%`, `;;`, the version-table statements and an autocommit block are
/// undone exactly; revision files give the graph.
#[test]
fn alembic_saved_offline_output() {
    let sandbox = Sandbox::empty("import_alembic_saved");
    sandbox.write(
        "project/versions/0a_base.py",
        "\"\"\"base\"\"\"\nrevision = '0a'\ndown_revision = None\n",
    );
    sandbox.write(
        "project/versions/1b_index.py",
        "\"\"\"index\"\"\"\nrevision = '1b'\ndown_revision = '0a'\nbranch_labels = ('idx',)\n",
    );
    sandbox.write(
        "up.sql",
        "BEGIN;\n\nCREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n    \
         CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n);\n\n\
         -- Running upgrade  -> 0a\n\nCREATE TABLE t (pct VARCHAR DEFAULT '5%%');\n\n\
         CREATE FUNCTION f() RETURNS text AS $$ BEGIN RETURN format('%%s', 'x'); END; $$ LANGUAGE plpgsql;;\n\n\
         INSERT INTO alembic_version (version_num) VALUES ('0a') RETURNING alembic_version.version_num;\n\n\
         -- Running upgrade 0a -> 1b\n\nCOMMIT;\n\nCREATE INDEX CONCURRENTLY ix ON t (pct);\n\nBEGIN;\n\n\
         UPDATE alembic_version SET version_num='1b' WHERE alembic_version.version_num = '0a';\n\nCOMMIT;\n\n",
    );
    sandbox.write(
        "down.sql",
        "BEGIN;\n\n-- Running downgrade 1b -> 0a\n\nDROP INDEX ix;\n\n\
         UPDATE alembic_version SET version_num='0a' WHERE alembic_version.version_num = '1b';\n\n\
         -- Running downgrade 0a -> \n\nDROP FUNCTION f();\n\nDROP TABLE t;\n\n\
         DELETE FROM alembic_version WHERE alembic_version.version_num = '0a';\n\nCOMMIT;\n\n",
    );
    let run = sandbox
        .run(&[
            "import",
            "alembic",
            "project",
            "--upgrade-sql",
            "up.sql",
            "--downgrade-sql",
            "down.sql",
            "--dir",
            "imported",
        ])
        .ok();
    assert!(run.stdout.contains("'%' doubled"), "{run:?}");
    let base = std::fs::read_to_string(sandbox.path("imported/0a_base.sql")).unwrap();
    assert_eq!(
        base,
        "-- revision: 0a\n-- down_revision: none\n-- message: base\n-- imported from alembic 0a_base.py\n\n\
         -- migrate:up\nCREATE TABLE t (pct VARCHAR DEFAULT '5%');\n\n\
         CREATE FUNCTION f() RETURNS text AS $$ BEGIN RETURN format('%s', 'x'); END; $$ LANGUAGE plpgsql;\n\
         -- migrate:down\nDROP FUNCTION f();\n\nDROP TABLE t;\n"
    );
    let index = std::fs::read_to_string(sandbox.path("imported/1b_index.sql")).unwrap();
    assert_eq!(
        index,
        "-- revision: 1b\n-- down_revision: 0a\n-- branch_labels: idx\n-- message: index\n\
         -- transactional: false\n-- imported from alembic 1b_index.py\n\n\
         -- migrate:up\nCREATE INDEX CONCURRENTLY ix ON t (pct);\n-- migrate:down\nDROP INDEX ix;\n"
    );
    // Output that does not belong to the files is refused.
    sandbox.write(
        "project/versions/2c_more.py",
        "revision = '2c'\ndown_revision = '1b'\n",
    );
    let run = sandbox
        .run(&[
            "import",
            "alembic",
            "project",
            "--upgrade-sql",
            "up.sql",
            "--dir",
            "imported2",
        ])
        .code(1);
    assert!(
        run.stderr
            .contains("revision 2c has no '-- Running upgrade' section"),
        "{run:?}"
    );
}

/// sqlx on SQLite: import and adopt work on a file database too.
#[test]
fn sqlx_on_sqlite() {
    let Some(sqlx_cli) = tool("sqlx") else { return };
    let sandbox = Sandbox::empty("adopt_sqlx_sqlite");
    sandbox.write(
        "source/1_accounts.sql",
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY);\n",
    );
    sandbox.write(
        "source/2_names.sql",
        "ALTER TABLE accounts ADD COLUMN name TEXT;\n",
    );
    let db = Db::sqlite(&sandbox);
    run_tool(
        Command::new(sqlx_cli)
            .args(["migrate", "run", "--source"])
            .arg(sandbox.path("source"))
            .args(["--database-url", &db.url]),
    );
    sandbox
        .run(&["import", "sqlx", "source", "--dir", "imported"])
        .ok();
    let first = std::fs::read_to_string(sandbox.path("imported/1_accounts.sql")).unwrap();
    assert!(first.contains("-- migrate:down irreversible"), "{first}");
    m(
        &sandbox,
        "imported",
        &db,
        &["adopt", "sqlx", "--source", "source"],
    )
    .ok();
    let check = m(&sandbox, "imported", &db, &["check"]).ok();
    assert!(check.stdout.contains("up to date at 2"), "{check:?}");
}

/// A database Alembic left part-way (at `d4`, which depends on `b2` of the
/// other branch): every ancestor and dependency of the recorded head counts
/// as applied, and the next upgrade runs only the merge.
#[test]
fn alembic_part_way_with_depends_on() {
    let Some(alembic) = tool("alembic") else {
        return;
    };
    let sandbox = Sandbox::empty("adopt_alembic_part_way");
    copy_dir(
        &Path::new(FIXTURES).join("alembic_graph"),
        &sandbox.path("source"),
    );
    let Some(db) = Db::postgres() else { return };
    run_tool(
        Command::new(alembic)
            .args(["upgrade", "d4"])
            .current_dir(sandbox.path("source"))
            .env("MIGRAPH_TEST_ALEMBIC_URL", alembic_url(&db)),
    );
    assert_eq!(rows(&db, "alembic_version"), ["(d4)"]);
    sandbox
        .run_env(
            &[
                ("PATH", &tools_path()),
                ("MIGRAPH_TEST_ALEMBIC_URL", &alembic_url(&db)),
            ],
            &["import", "alembic", "source", "--dir", "imported"],
        )
        .ok();
    let adopt = m(&sandbox, "imported", &db, &["--json", "adopt", "alembic"])
        .ok()
        .json();
    assert_eq!(
        adopt["adopted"],
        serde_json::json!(["a1", "b2", "c3", "d4"]),
        "{adopt}"
    );
    let check = m(&sandbox, "imported", &db, &["check"]).code(3);
    assert!(check.stdout.contains("1 pending: e5"), "{check:?}");
    let up = m(&sandbox, "imported", &db, &["upgrade", "heads", "--json"]).ok();
    assert_eq!(steps_of(&up), [("e5".to_owned(), "up".to_owned())]);
}
