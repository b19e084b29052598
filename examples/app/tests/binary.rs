//! The built binary, run from an empty directory (no migration files
//! anywhere near it), against SQLite and PostgreSQL.

use std::path::PathBuf;
use std::process::{Command, Output};

fn empty_dir(name: &str) -> PathBuf {
    let dir =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn app(dir: &PathBuf, url: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_example-app"))
        .args(args)
        .current_dir(dir)
        .env("DATABASE_URL", url)
        .output()
        .expect("the binary runs")
}

fn json(output: &Output) -> serde_json::Value {
    let stdout = String::from_utf8_lossy(&output.stdout);
    serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
}

fn exercise(url: &str, dir: &PathBuf) {
    assert_eq!(std::fs::read_dir(dir).unwrap().count(), 0, "not empty");
    let start = app(dir, url, &[]);
    let stdout = String::from_utf8_lossy(&start.stdout);
    assert!(
        start.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&start.stderr)
    );
    assert!(
        stdout.contains("database at 20251022_0009; ready"),
        "{stdout}"
    );
    assert_eq!(stdout.matches("applied ").count(), 9, "{stdout}");

    // A second start has nothing to do.
    let again = app(dir, url, &[]);
    assert!(!String::from_utf8_lossy(&again.stdout).contains("applied "));

    let current = app(dir, url, &["migrate", "current", "--json"]);
    assert_eq!(
        json(&current)["current"],
        serde_json::json!(["20251022_0009"])
    );

    let heads = app(dir, url, &["migrate", "heads", "--json"]);
    assert_eq!(json(&heads)["heads"], serde_json::json!(["20251022_0009"]));

    let down = app(dir, url, &["migrate", "downgrade", "-2", "--json"]);
    assert!(
        down.status.success(),
        "{}",
        String::from_utf8_lossy(&down.stderr)
    );
    let steps = &json(&down)["steps"];
    assert_eq!(
        steps[0],
        serde_json::json!({"revision": "20251022_0009", "direction": "down"})
    );
    assert_eq!(
        steps[1],
        serde_json::json!({"revision": "20251022_0008", "direction": "down"})
    );

    let check = app(dir, url, &["migrate", "check"]);
    assert_eq!(check.status.code(), Some(3), "pending revisions exit 3");

    let new = app(dir, url, &["migrate", "new", "-m", "x"]);
    assert_eq!(new.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&new.stderr).contains("write files"));
}

#[test]
fn sqlite_from_an_empty_directory() {
    let dir = empty_dir("sqlite");
    let db = empty_dir("sqlite-db").join("app.db");
    exercise(&format!("sqlite://{}?mode=rwc", db.display()), &dir);
}

#[test]
fn postgres_from_an_empty_directory() {
    let server = std::env::var("MIGRATE_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned());
    let name = format!(
        "migrate_app_{}_{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos()
    );
    let created = Command::new("psql")
        .args([
            &format!("{server}/postgres"),
            "-qc",
            &format!("CREATE DATABASE {name}"),
        ])
        .output();
    match created {
        Ok(out) if out.status.success() => {}
        other => {
            let why = format!("{other:?}");
            if std::env::var("MIGRATE_REQUIRE_DB").is_ok_and(|v| v == "1") {
                panic!("MIGRATE_REQUIRE_DB=1 but PostgreSQL is unreachable: {why}");
            }
            eprintln!("skipping: PostgreSQL is unreachable ({why})");
            return;
        }
    }
    // Dropped on every path, a failed assertion included.
    struct DropDatabase<'a>(&'a str, &'a str);
    impl Drop for DropDatabase<'_> {
        fn drop(&mut self) {
            let _ = Command::new("psql")
                .args([
                    &format!("{}/postgres", self.0),
                    "-qc",
                    &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.1),
                ])
                .output();
        }
    }
    let _drop = DropDatabase(&server, &name);
    exercise(&format!("{server}/{name}"), &empty_dir("postgres"));
}
