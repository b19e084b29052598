//! Rust code revisions from the directory CLI: `new --rust` writes one, the
//! graph commands list and show it, `--dry-run` plans it, and `upgrade`
//! refuses to run it (naming the program that can) before anything runs,
//! as `verify` does; `--sql` marks it as not renderable and says which.

mod common;

use common::Sandbox;

fn sandbox() -> (Sandbox, String) {
    let s = Sandbox::empty("code_revisions");
    s.write("migrations/migrate.toml", "dialect = \"sqlite\"\n");
    s.revision(
        "migrations",
        "a1",
        "none",
        "CREATE TABLE t (x INTEGER);",
        "DROP TABLE t;",
    );
    let run = s
        .run(&["new", "--rust", "-m", "backfill x", "--rev-id", "b2"])
        .ok();
    assert!(run.stdout.contains("b2_backfill_x.rs"), "{run:?}");
    let url = format!("sqlite://{}?mode=rwc", s.path("app.db").display());
    (s, url)
}

#[test]
fn new_rust_writes_a_code_revision_for_the_sets_dialect() {
    let (s, _) = sandbox();
    let text = std::fs::read_to_string(s.path("migrations/b2_backfill_x.rs")).unwrap();
    assert!(text.starts_with("// revision: b2\n// down_revision: a1\n// message: backfill x\n"));
    assert!(
        text.contains("pub async fn up(db: &mut SqliteConnection)"),
        "{text}"
    );
    assert!(
        text.contains("pub async fn down(db: &mut SqliteConnection)"),
        "{text}"
    );
    // Without a dialect, the template takes `Db` and runs on any database.
    let t = Sandbox::empty("code_revisions_any");
    t.revision("migrations", "a1", "none", "SELECT 1;", "SELECT 1;");
    t.run(&["new", "--rust", "-m", "fix rows", "--rev-id", "c3"])
        .ok();
    let text = std::fs::read_to_string(t.path("migrations/c3_fix_rows.rs")).unwrap();
    assert!(text.contains("pub async fn up(db: Db<'_>)"), "{text}");
}

#[test]
fn the_graph_commands_list_and_plan_code_revisions() {
    let (s, url) = sandbox();
    let history = s.run(&["history"]).ok();
    assert!(
        history
            .stdout
            .contains("a1 -> b2 (head) (rust), backfill x"),
        "{history:?}"
    );
    let show = s.run(&["show", "b2"]).ok();
    assert!(show.stdout.contains("Kind: Rust code revision"), "{show:?}");
    assert!(
        show.stdout.contains("'pub async fn up' on line"),
        "{show:?}"
    );
    let json = s.run(&["--json", "show", "b2"]).ok().json();
    assert_eq!(json["code"], true);
    let plan = s
        .run(&["--database-url", &url, "upgrade", "--dry-run"])
        .ok();
    assert!(plan.stdout.contains("b2"), "{plan:?}");
}

#[test]
fn upgrade_refuses_code_revisions_before_running_anything() {
    let (s, url) = sandbox();
    let run = s.run(&["--database-url", &url, "upgrade", "head"]).code(1);
    assert!(
        run.stderr.contains("'b2' (migrations/b2_backfill_x.rs)"),
        "{run:?}"
    );
    assert!(run.stderr.contains("myapp migrate upgrade"), "{run:?}");
    let current = s.run(&["--database-url", &url, "--json", "current"]).ok();
    assert_eq!(
        current.json()["current"],
        serde_json::json!([]),
        "{current:?}"
    );
    // Up to the SQL revision before it, the CLI runs the set.
    s.run(&["--database-url", &url, "upgrade", "a1"]).ok();
}

#[test]
fn verify_names_the_program_that_can_run_code_revisions() {
    let (s, url) = sandbox();
    let run = s.run(&["--database-url", &url, "verify"]).code(1);
    assert!(
        run.stderr.contains("'b2' (migrations/b2_backfill_x.rs)"),
        "{run:?}"
    );
    assert!(run.stderr.contains("myapp migrate verify"), "{run:?}");
    assert!(!s.path("app.db").exists(), "nothing was opened: {run:?}");
}

#[test]
fn offline_sql_marks_code_revisions_and_says_which() {
    let (s, _) = sandbox();
    let run = s.run(&["upgrade", "--sql", "head"]).ok();
    assert!(run.stdout.contains("CREATE TABLE t"), "{run:?}");
    assert!(
        run.stdout
            .contains("-- Apply b2 (migrations/b2_backfill_x.rs): backfill x\n-- NOT RENDERABLE"),
        "{run:?}"
    );
    assert!(
        !run.stdout.contains("'b2', '"),
        "no bookkeeping row for b2: {run:?}"
    );
    assert!(
        run.stderr.contains("leaves out 1 Rust code revision"),
        "{run:?}"
    );
    assert!(
        run.stderr.contains("'b2' (migrations/b2_backfill_x.rs)"),
        "{run:?}"
    );
}
