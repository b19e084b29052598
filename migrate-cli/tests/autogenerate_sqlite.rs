//! `migraph revision --autogenerate` and `migraph check --schema` end to end
//! on a SQLite set: no server needed (the scratch databases are in memory),
//! `check`'s exit codes, a change only the table rebuild can make applied
//! to a database with rows, and a look-alike rename written as a review
//! line that `upgrade` and `check` refuse.

mod common;

use common::{block_on, Db, Sandbox};
use migraph_core::sqlx::{self, Connection};

const SCHEMA: &str = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, body TEXT);";

/// A sandbox whose `migrations/` declares SQLite and holds the schema.
fn sandbox(name: &str) -> Sandbox {
    let sandbox = Sandbox::empty(name);
    sandbox.write("migrations/migrate.toml", "dialect = \"sqlite\"\n");
    sandbox.revision(
        "migrations",
        "0001",
        "none",
        SCHEMA,
        "DROP TABLE posts;\nDROP TABLE users;",
    );
    sandbox
}

/// The generated files (not the hand-written `<id>_rev.sql`).
fn generated(sandbox: &Sandbox) -> Vec<String> {
    sandbox
        .files("migrations")
        .into_iter()
        .filter(|f| f.ends_with(".sql") && !f.ends_with("_rev.sql"))
        .collect()
}

fn count(db: &Db, sql: &str) -> i64 {
    block_on(async {
        let mut conn = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
        let n = sqlx::query_scalar(sql).fetch_one(&mut conn).await.unwrap();
        let _ = conn.close().await;
        n
    })
}

#[test]
fn a_rebuild_is_generated_without_a_server_and_keeps_the_rows() {
    let sandbox = sandbox("autogen_sqlite_rebuild");
    // users.email gets a default, which SQLite cannot ALTER: a rebuild of
    // a table posts references; and a nullable column is added.
    sandbox.write(
        "schema.sql",
        &SCHEMA
            .replace("email TEXT NOT NULL", "email TEXT NOT NULL DEFAULT ''")
            .replace("body TEXT", "body TEXT, title TEXT"),
    );
    // The CI gate, with no database URL at all.
    let check = sandbox.run(&["check", "--schema", "schema.sql"]).code(3);
    assert!(
        check
            .stdout
            .contains("table users: column email default changed"),
        "{check:?}"
    );
    assert!(
        check.stdout.contains("table posts: column title"),
        "{check:?}"
    );

    // A database with rows, given as the database URL: its rows are asked.
    let db = Db::sqlite(&sandbox);
    let url = ["--database-url", db.url.as_str()];
    sandbox.run(&[&url[..], &["upgrade", "head"]].concat()).ok();
    db.execute_script(
        "INSERT INTO users (id, email) VALUES (1, 'a@x'), (2, 'b@x');
         INSERT INTO posts (user_id, body) VALUES (1, 'one'), (2, 'two'), (2, 'three');",
    );
    let run = sandbox
        .run(
            &[
                &url[..],
                &[
                    "--json",
                    "revision",
                    "--autogenerate",
                    "-m",
                    "email default",
                    "--schema",
                    "schema.sql",
                ],
            ]
            .concat(),
        )
        .ok();
    assert_eq!(
        run.json()["written"].as_array().unwrap().len(),
        1,
        "{run:?}"
    );
    let files = generated(&sandbox);
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(sandbox.path(&format!("migrations/{}", files[0]))).unwrap();
    assert!(text.contains("-- transactional: false"), "{text}");
    assert!(text.contains("PRAGMA foreign_keys = OFF;"), "{text}");
    assert!(!text.contains("-- review:"), "{text}");

    sandbox.run(&[&url[..], &["upgrade", "head"]].concat()).ok();
    assert_eq!(count(&db, "SELECT count(*) FROM users"), 2);
    assert_eq!(
        count(&db, "SELECT count(*) FROM posts"),
        3,
        "ON DELETE CASCADE did not fire"
    );
    sandbox.run(&["check", "--schema", "schema.sql"]).ok();
    let nothing = sandbox
        .run(&[
            "revision",
            "--autogenerate",
            "-m",
            "again",
            "--schema",
            "schema.sql",
        ])
        .ok();
    assert!(nothing.stdout.contains("nothing written"), "{nothing:?}");
    sandbox
        .run(&[&url[..], &["downgrade", "0001"]].concat())
        .ok();
    assert_eq!(count(&db, "SELECT count(*) FROM posts"), 3);
}

#[test]
fn a_look_alike_rename_is_a_review_line_that_upgrade_and_check_refuse() {
    let sandbox = sandbox("autogen_sqlite_review");
    sandbox.write("schema.sql", &SCHEMA.replace("body TEXT", "content TEXT"));
    let run = sandbox
        .run(&[
            "revision",
            "--autogenerate",
            "-m",
            "rename",
            "--schema",
            "schema.sql",
        ])
        .ok();
    assert!(run.stderr.contains("RENAME COLUMN"), "{run:?}");
    let files = generated(&sandbox);
    let text = std::fs::read_to_string(sandbox.path(&format!("migrations/{}", files[0]))).unwrap();
    assert!(
        text.contains("-- review: column posts.body is dropped"),
        "{text}"
    );
    let db = Db::sqlite(&sandbox);
    let refused = sandbox.run(&["--database-url", &db.url, "upgrade", "head"]);
    assert_ne!(refused.code, Some(0), "{refused:?}");
    assert!(refused.all().contains("needs review"), "{refused:?}");
    let refused = sandbox.run(&["check", "--schema", "schema.sql"]);
    assert_ne!(refused.code, Some(0), "{refused:?}");
}

#[test]
fn a_sqlite_database_is_the_desired_schema_with_from_url_and_is_only_read() {
    let sandbox = sandbox("autogen_sqlite_from_url");
    let dev = sandbox.path("dev.db");
    let desired = SCHEMA.replace("body TEXT", "body TEXT, title TEXT NOT NULL DEFAULT ''");
    block_on(async {
        let url = format!("sqlite://{}?mode=rwc", dev.display());
        let mut conn = sqlx::SqliteConnection::connect(&url).await.unwrap();
        sqlx::raw_sql(&desired).execute(&mut conn).await.unwrap();
        let _ = conn.close().await;
    });
    let before = std::fs::read(&dev).unwrap();
    let from = format!("sqlite://{}", dev.display());
    let check = sandbox.run(&["check", "--from-url", &from]).code(3);
    assert!(
        check
            .stdout
            .contains("table posts: column title is missing"),
        "{check:?}"
    );
    sandbox
        .run(&[
            "revision",
            "--autogenerate",
            "-m",
            "title",
            "--from-url",
            &from,
        ])
        .ok();
    let text =
        std::fs::read_to_string(sandbox.path(&format!("migrations/{}", generated(&sandbox)[0])))
            .unwrap();
    assert!(
        text.contains("ALTER TABLE \"posts\" ADD COLUMN title TEXT NOT NULL DEFAULT '';"),
        "{text}"
    );
    sandbox.run(&["check", "--from-url", &from]).ok();
    assert_eq!(
        std::fs::read(&dev).unwrap(),
        before,
        "the desired database is only read"
    );
    let missing = format!("sqlite://{}", sandbox.path("missing.db").display());
    sandbox.run(&["check", "--from-url", &missing]).code(1);
    assert!(!sandbox.path("missing.db").exists());
}

/// A set that denies `rename-table` and `drop-table` still takes a
/// generated rebuild: the revision's header allows the two, since its
/// rename and drop are the rebuild's own (the old table renamed aside and
/// dropped once its rows are copied), and says so.
#[test]
fn a_rebuild_loads_where_rename_and_drop_table_are_denied() {
    let sandbox = sandbox("autogen_sqlite_rebuild_denied");
    sandbox.write(
        "migrations/migrate.toml",
        "dialect = \"sqlite\"\n\n[lint]\ndeny = [\"rename-table\", \"drop-table\"]\n",
    );
    sandbox.write(
        "schema.sql",
        &SCHEMA.replace("email TEXT NOT NULL", "email TEXT NOT NULL DEFAULT ''"),
    );
    let run = sandbox
        .run(&[
            "revision",
            "--autogenerate",
            "-m",
            "email default",
            "--schema",
            "schema.sql",
        ])
        .ok();
    let files = generated(&sandbox);
    assert_eq!(files.len(), 1, "{run:?}");
    let text = std::fs::read_to_string(sandbox.path(&format!("migrations/{}", files[0]))).unwrap();
    assert!(
        text.contains("-- lint_allow: rename-table, drop-table\n"),
        "{text}"
    );
    assert!(text.contains("renamed aside"), "{text}");
    let db = Db::sqlite(&sandbox);
    let url = ["--database-url", db.url.as_str()];
    sandbox.run(&[&url[..], &["upgrade", "head"]].concat()).ok();
    sandbox.run(&["check", "--schema", "schema.sql"]).ok();

    // A table the desired schema drops is the user's to allow: no header.
    let sandbox = sandbox_denying("autogen_sqlite_drop_denied");
    sandbox.write(
        "schema.sql",
        "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);",
    );
    let run = sandbox.run(&[
        "revision",
        "--autogenerate",
        "-m",
        "drop posts",
        "--schema",
        "schema.sql",
    ]);
    assert!(
        run.stderr.contains("drop-table") && generated(&sandbox).is_empty(),
        "{run:?}"
    );
}

fn sandbox_denying(name: &str) -> Sandbox {
    let sandbox = sandbox(name);
    sandbox.write(
        "migrations/migrate.toml",
        "dialect = \"sqlite\"\n\n[lint]\ndeny = [\"rename-table\", \"drop-table\"]\n",
    );
    sandbox
}

/// The revisions of a corpus set (`tests/sql-corpus/<set>`), in order: each
/// one's file.
fn corpus_files(set: &str) -> (std::path::PathBuf, Vec<std::path::PathBuf>) {
    let dir = migraph_test_support::workspace_root()
        .join("tests/sql-corpus")
        .join(set);
    let migrations = migraph_core::Migrations::load(&dir).unwrap();
    let files = migrations
        .revisions()
        .iter()
        .map(|r| std::path::PathBuf::from(r.file()))
        .collect();
    (dir, files)
}

/// The schema of the SQLite file at `path`, our bookkeeping left out.
fn schema_of(path: &std::path::Path) -> migraph_core::schema::Snapshot {
    block_on(async {
        let url = format!("sqlite://{}", path.display());
        let mut conn = sqlx::SqliteConnection::connect(&url).await.unwrap();
        let mut snapshot = migraph_core::runtime::autogen::sqlite::read_schema(&mut conn)
            .await
            .unwrap();
        let _ = conn.close().await;
        for table in ["migrate_revisions", "migrate_revisions_lock"] {
            snapshot.remove("table", table);
        }
        snapshot
    })
}

/// `sqlite3 <path> .schema`, as a person would declare the schema.
fn dot_schema(path: &std::path::Path) -> String {
    let out = std::process::Command::new("sqlite3")
        .arg(path)
        .arg(".schema")
        .output();
    match out {
        Ok(out) if out.status.success() => String::from_utf8(out.stdout).unwrap(),
        // Without the sqlite3 program: the same statements from sqlite_master.
        _ => block_on(async {
            let url = format!("sqlite://{}", path.display());
            let mut conn = sqlx::SqliteConnection::connect(&url).await.unwrap();
            let sql: Vec<String> = sqlx::query_scalar(
                "SELECT sql || ';' FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid",
            )
            .fetch_all(&mut conn)
            .await
            .unwrap();
            let _ = conn.close().await;
            sql.join("\n")
        }),
    }
}

/// Walks `set` as a harness outside the repository does, through the
/// binary only: a database taken one revision further at a time by
/// `upgrade`; where the schema changes (k to k+1), the database at k+1
/// dumped by `sqlite3 .schema`, `revision --autogenerate --schema <dump>`
/// run on a directory holding the chain up to k, the chain with the
/// written revision upgraded into a new file, compared with k+1, then
/// `downgrade -1`, compared with k. Review lines are taken out before the
/// upgrade (a person would decide them) and counted. Returns (steps,
/// steps with review lines).
fn walk_through_binary(set: &str, name: &str) -> (usize, usize) {
    let sandbox = Sandbox::empty(name);
    let (source, files) = corpus_files(set);
    let toml = std::fs::read_to_string(source.join("migrate.toml")).unwrap();
    sandbox.write("full/migrate.toml", &toml);
    let ahead = sandbox.path("ahead.db");
    let ahead_url = format!("sqlite://{}?mode=rwc", ahead.display());
    let (mut steps, mut reviewed) = (0, 0);
    let mut before = migraph_core::schema::Snapshot::new();
    for (k, file) in files.iter().enumerate() {
        let file_name = file.file_name().unwrap().to_str().unwrap();
        std::fs::copy(file, sandbox.path(&format!("full/{file_name}"))).unwrap();
        sandbox
            .run(&[
                "--dir",
                "full",
                "--database-url",
                &ahead_url,
                "upgrade",
                "heads",
            ])
            .ok();
        let after = schema_of(&ahead);
        if after.differences(&before).is_empty() {
            before = after;
            continue;
        }
        steps += 1;
        let chain = format!("step-{k}");
        sandbox.write(&format!("{chain}/migrate.toml"), &toml);
        for earlier in &files[..k] {
            let earlier_name = earlier.file_name().unwrap().to_str().unwrap();
            std::fs::copy(earlier, sandbox.path(&format!("{chain}/{earlier_name}"))).unwrap();
        }
        let dump = format!("{chain}.sql");
        sandbox.write(&dump, &dot_schema(&ahead));
        let listed = sandbox.files(&chain);
        let message = format!("step {k}");
        sandbox
            .run(&[
                "--dir",
                &chain,
                "revision",
                "--autogenerate",
                "-m",
                &message,
                "--schema",
                &dump,
            ])
            .ok();
        let (_, text, needed_review) = sandbox.take_generated(&chain, &listed);
        if needed_review {
            reviewed += 1;
        }
        let db = sandbox.path(&format!("{chain}.db"));
        let url = format!("sqlite://{}?mode=rwc", db.display());
        sandbox
            .run(&["--dir", &chain, "--database-url", &url, "upgrade", "heads"])
            .ok();
        assert_eq!(
            schema_of(&db).differences(&after),
            Vec::<String>::new(),
            "{set} step {k}, up:\n{text}"
        );
        sandbox
            .run(&["--dir", &chain, "--database-url", &url, "downgrade", "-1"])
            .ok();
        assert_eq!(
            schema_of(&db).differences(&before),
            Vec::<String>::new(),
            "{set} step {k}, down:\n{text}"
        );
        before = after;
    }
    (steps, reviewed)
}

/// Every step of two real histories through the binary: keto (pop, with
/// table rebuilds written by hand and one rename) and atuin's server.
#[test]
fn real_history_steps_through_the_binary_are_reproduced_both_ways() {
    let (steps, reviewed) = walk_through_binary("sqlite-extra/keto", "autogen_sqlite_keto");
    assert_eq!((steps, reviewed), (15, 1));
    let (steps, reviewed) =
        walk_through_binary("sqlite-extra/atuin-server", "autogen_sqlite_atuin_server");
    assert_eq!((steps, reviewed), (7, 0));
}
