//! The daily workflow in a user's own crate, outside this repository: a
//! fresh crate that depends on the facade by path, the real `init`, then
//! `cargo xtask new-migration`, a second head written by hand, the graph
//! commands on it, `merge`, `cargo build`, `cargo xtask upgrade` on SQLite,
//! and the application's start-up upgrade on PostgreSQL.
//!
//! The crate lives in the system's temporary directory; its builds share a
//! target directory under the workspace's (`target/`, or
//! `CARGO_TARGET_DIR`), so only the first run compiles the dependencies.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Db, Run};

fn run(mut command: Command, line: &str) -> Run {
    let output = command.output().expect("the command runs");
    Run {
        line: line.to_owned(),
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

struct Crate {
    root: PathBuf,
    target: PathBuf,
}

impl Drop for Crate {
    /// Keeps the crate of a failed test for a look.
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.root);
        }
    }
}

impl Crate {
    fn cargo(&self, args: &[&str]) -> Run {
        let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
        command
            .args(args)
            .current_dir(&self.root)
            .env("CARGO_TARGET_DIR", &self.target)
            .env("CARGO_NET_OFFLINE", "true")
            .env_remove("DATABASE_URL")
            .env_remove("MIGRAPH_MANIFEST_DIR")
            .env_remove("RUSTFLAGS");
        run(command, &format!("cargo {}", args.join(" ")))
    }

    fn xtask(&self, args: &[&str]) -> Run {
        self.cargo(&[&["xtask"], args].concat())
    }

    fn write(&self, relative: &str, text: &str) {
        let path = self.root.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.root.join(relative)).unwrap()
    }
}

const MAIN: &str = r#"use migraph::{migrations, Migrations, Target};

static MIGRATIONS: Migrations = migrations!("migrations");

fn main() {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let pool = migraph::sqlx::PgPool::connect(&url).await.unwrap();
        let report = MIGRATIONS.upgrade(&pool, Target::HEADS).await.unwrap();
        println!("started at {}", report.current.join(","));
    });
}
"#;

#[test]
fn daily_workflow_in_a_fresh_crate() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let root = std::env::temp_dir().join(common::unique("migrate_fresh_crate"));
    assert!(
        !root.starts_with(repo),
        "the crate must be outside the repository"
    );
    let krate = Crate {
        root,
        target: migraph_test_support::target_dir().join("fresh-crate"),
    };
    krate.write(
        "Cargo.toml",
        &format!(
            "[package]\nname = \"fresh_app\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n\
             [dependencies]\nmigraph = {{ path = {}, features = [\"postgres\"] }}\n\
             tokio = {{ version = \"1\", features = [\"rt\"] }}\n",
            toml_path(repo)
        ),
    );
    krate.write("src/main.rs", MAIN);

    // init, as a user runs it: the installed binary in the crate.
    let mut init = Command::new(env!("CARGO_BIN_EXE_migraph"));
    init.arg("init").current_dir(&krate.root);
    let out = run(init, "migraph init").ok();
    assert!(out.stdout.contains("created xtask/"), "{out:?}");
    assert!(out.stdout.contains("features = ["), "{out:?}");
    assert!(out.stdout.contains("MIGRATIONS.upgrade(&pool"), "{out:?}");
    // The xtask depends on the CLI the way the crate depends on the facade.
    let xtask_manifest = krate.read("xtask/Cargo.toml");
    assert!(
        xtask_manifest.contains(&format!(
            "migraph-cli = {{ path = {} }}",
            toml_path(&repo.join("migrate-cli"))
        )),
        "{xtask_manifest}"
    );
    // What an application's own `migrate` command needs is said too.
    assert!(
        out.stdout.contains("add migraph-cli = { path = ")
            && out.stdout.contains("migraph_cli::run_embedded(&MIGRATIONS"),
        "{out:?}"
    );
    let ignored = krate.read(".gitignore");
    assert!(ignored.contains("/migrate.db"), "{ignored}");
    assert!(ignored.contains("/xtask/target"), "{ignored}");
    assert!(krate
        .read("build.rs")
        .contains("rerun-if-changed=migrations"));

    // The xtask's help names the command as the user typed it.
    let help = krate.xtask(&["new-migration", "--help"]).ok();
    assert!(
        help.stdout.contains("Usage: cargo xtask new-migration "),
        "{help:?}"
    );

    // The headline workflow: two revisions through the xtask.
    let first = krate
        .xtask(&["new-migration", "-m", "create users", "--json"])
        .ok()
        .json();
    let first = first["revision"].as_str().unwrap().to_owned();
    let second = krate
        .xtask(&["revision", "-m", "add email", "--json"])
        .ok()
        .json();
    let second = second["revision"].as_str().unwrap().to_owned();
    fill(
        &krate,
        &first,
        "CREATE TABLE users (id INTEGER PRIMARY KEY);",
        "DROP TABLE users;",
    );
    fill(
        &krate,
        &second,
        "ALTER TABLE users ADD COLUMN email TEXT;",
        "ALTER TABLE users DROP COLUMN email;",
    );

    // A colleague's revision on another branch, written by hand: a second head.
    krate.write(
        "migrations/20250101_000000_c01ea9_add_name.sql",
        &format!(
            "-- revision: 20250101_000000_c01ea9\n-- down_revision: {first}\n-- message: add name\n\n\
             -- migrate:up\nALTER TABLE users ADD COLUMN name TEXT;\n\n\
             -- migrate:down\nALTER TABLE users DROP COLUMN name;\n"
        ),
    );
    let heads = krate.xtask(&["heads"]).ok();
    assert!(
        heads.stdout.contains(&format!("{second} (head)")),
        "{heads:?}"
    );
    assert!(
        heads.stdout.contains("20250101_000000_c01ea9 (head)"),
        "{heads:?}"
    );
    assert!(heads.stderr.contains("2 heads"), "{heads:?}");
    assert!(heads.stderr.contains("will not compile"), "{heads:?}");
    assert!(heads.stderr.contains("merge"), "{heads:?}");
    let branches = krate.xtask(&["branches"]).ok();
    assert!(
        branches.stdout.contains(&format!("{first} (branchpoint)")),
        "{branches:?}"
    );
    let history = krate.xtask(&["history"]).ok();
    assert!(
        history
            .stdout
            .contains(&format!("{first} -> {second} (head)")),
        "{history:?}"
    );
    assert!(
        history
            .stdout
            .contains(&format!("{first} -> 20250101_000000_c01ea9 (head)")),
        "{history:?}"
    );
    // The macro refuses it, naming both files.
    let refused = krate.cargo(&["build", "--quiet"]);
    assert_ne!(refused.code, Some(0), "two heads compiled: {refused:?}");
    assert!(refused.stderr.contains("2 heads"), "{refused:?}");

    // merge (no message needed), then it builds.
    let merge = krate.xtask(&["merge", "--json"]).ok().json();
    let merged = merge["revision"].as_str().unwrap().to_owned();
    krate.cargo(&["build", "--quiet"]).ok();
    let heads = krate.xtask(&["heads"]).ok();
    assert_eq!(heads.stdout.lines().count(), 1, "{heads:?}");
    assert!(
        heads.stdout.starts_with(&format!("{merged} (head)")),
        "{heads:?}"
    );
    assert!(!heads.stderr.contains("will not compile"), "{heads:?}");

    // cargo xtask upgrade on the default SQLite file.
    let upgrade = krate.xtask(&["upgrade"]).ok();
    assert!(
        upgrade.stdout.contains(&format!("current: {merged}")),
        "{upgrade:?}"
    );
    assert!(krate.root.join("migrate.db").is_file());
    let short = &merged[16..20];
    let show = krate.xtask(&["show", short, "--json"]).ok().json();
    assert_eq!(show["revision"], merged.as_str());

    // The application's start-up upgrade, on PostgreSQL.
    let Some(db) = Db::postgres() else {
        return;
    };
    let binary = krate.target.join("debug").join("fresh_app");
    let mut start = Command::new(&binary);
    start.env("DATABASE_URL", &db.url).current_dir(&krate.root);
    let started = run(start, "fresh_app").ok();
    assert_eq!(
        started.stdout.trim(),
        format!("started at {merged}"),
        "{started:?}"
    );
    let current = krate
        .xtask(&["--database-url", &db.url, "current", "--json"])
        .ok()
        .json();
    assert_eq!(current["current"], serde_json::json!([merged]));
}

/// Replaces the placeholder SQL of a generated revision.
fn fill(krate: &Crate, id: &str, up: &str, down: &str) {
    let dir = krate.root.join("migrations");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(id))
        .expect("the generated file");
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text
        .replace("-- Write the SQL that applies this revision here.", up)
        .replace("-- migrate:down\n", &format!("-- migrate:down\n{down}\n"));
    std::fs::write(file, text).unwrap();
}

fn toml_path(path: &Path) -> String {
    format!("{:?}", path.to_string_lossy().replace('\\', "/"))
}
