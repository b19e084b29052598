//! Adding, editing or deleting a migration file (SQL or Rust) makes the next
//! `cargo build` re-check the directory, given the one-time setup `migraph init` writes (a
//! `build.rs` printing `cargo:rerun-if-changed=migrations`); and a crate
//! still compiles after `new` and `merge`.
//!
//! Builds a throwaway crate that depends on this one, so it takes a while
//! the first time (its own target directory under `target/`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn revision(id: &str, parent: &str) -> String {
    format!(
        "-- revision: {id}\n-- down_revision: {parent}\n\n-- migrate:up\nCREATE TABLE t_{id} (x INTEGER);\n\n-- migrate:down\nDROP TABLE t_{id};\n"
    )
}

fn build(krate: &Path, target: &Path) -> Output {
    cargo()
        .args(["build", "--quiet", "--offline"])
        .current_dir(krate)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("MIGRAPH_MANIFEST_DIR")
        .output()
        .expect("cargo runs")
}

#[test]
fn new_edited_and_deleted_files_are_rechecked() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let work = root.join("target").join("rebuild-test");
    let krate = work.join(format!("app-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&krate);
    write(
        &krate.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"rebuild_app\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
             [dependencies]\nmigraph = {{ path = {:?}, features = [\"sqlite\"] }}\n\n[workspace]\n",
            root
        ),
    );
    write(
        &krate.join("src/main.rs"),
        "static M: migraph::Migrations = migraph::migrations!();\nfn main() { println!(\"{}\", M.len()); }\n",
    );
    let root_text = root.display().to_string();
    let krate_text = krate.display().to_string();
    let dir_text = krate.join("migrations").display().to_string();
    let cli = |args: &[&str]| {
        let mut full = vec!["migraph", "--dir", &dir_text];
        full.extend(args);
        migraph_cli::run(full)
    };
    let ok = std::process::ExitCode::SUCCESS;
    // The one-time set-up; `init` takes --dir relative to the crate.
    let init = migraph_cli::run([
        "migraph",
        "--dir",
        "migrations",
        "init",
        "--path",
        &krate_text,
        "--migrate-path",
        &root_text,
    ]);
    assert_eq!(init, ok);
    assert!(std::fs::read_to_string(krate.join("build.rs"))
        .unwrap()
        .contains("rerun-if-changed=migrations"));
    std::fs::remove_file(krate.join("migrations/README.md")).unwrap();
    assert_eq!(cli(&["new", "-m", "base", "--rev-id", "a1"]), ok);
    let target = work.join("target");

    let first = build(&krate, &target);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );

    // New files that make a second head: the next build must refuse.
    write(&krate.join("migrations/b1_one.sql"), &revision("b1", "a1"));
    write(&krate.join("migrations/b2_two.sql"), &revision("b2", "a1"));
    let added = build(&krate, &target);
    let stderr = String::from_utf8_lossy(&added.stderr);
    assert!(!added.status.success(), "a second head compiled");
    assert!(
        stderr.contains("2 heads: 'b1' (migrations/b1_one.sql), 'b2' (migrations/b2_two.sql)"),
        "{stderr}"
    );

    // `merge` joins the heads, and `new` builds on the merge: it compiles.
    assert_eq!(
        cli(&[
            "merge",
            "heads",
            "-m",
            "consolidate heads",
            "--rev-id",
            "m1"
        ]),
        ok
    );
    assert_eq!(cli(&["new", "-m", "after the merge"]), ok);
    let merged = build(&krate, &target);
    assert!(
        merged.status.success(),
        "{}",
        String::from_utf8_lossy(&merged.stderr)
    );

    // Deleting a file breaks the chain; the next build says so.
    std::fs::remove_file(krate.join("migrations/b2_two.sql")).unwrap();
    let deleted = build(&krate, &target);
    let stderr = String::from_utf8_lossy(&deleted.stderr);
    assert!(!deleted.status.success(), "a broken chain compiled");
    assert!(
        stderr.contains("revision 'b2' referenced from 'm1'"),
        "{stderr}"
    );
    write(&krate.join("migrations/b2_two.sql"), &revision("b2", "a1"));

    // Editing a file in place (a broken header) is caught too.
    write(
        &krate.join("migrations/b1_one.sql"),
        &revision("b1", "a1").replace("down_revision", "down_rev"),
    );
    let edited = build(&krate, &target);
    let stderr = String::from_utf8_lossy(&edited.stderr);
    assert!(!edited.status.success(), "a broken header compiled");
    assert!(
        stderr.contains("migrations/b1_one.sql:2: unknown header key 'down_rev'"),
        "{stderr}"
    );

    write(&krate.join("migrations/b1_one.sql"), &revision("b1", "a1"));

    // A code revision from the template compiles; it then goes through the
    // same rebuilds: an edit with a type error, a header error, a deletion.
    assert_eq!(
        cli(&["new", "--rust", "-m", "fill rows", "--rev-id", "c1"]),
        ok
    );
    let code = krate.join("migrations/c1_fill_rows.rs");
    let added = build(&krate, &target);
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let template = std::fs::read_to_string(&code).unwrap();
    write(
        &code,
        &template.replace("let _ = db;", "let _: u32 = \"not a number\"; let _ = db;"),
    );
    let typed = build(&krate, &target);
    let stderr = String::from_utf8_lossy(&typed.stderr);
    assert!(
        !typed.status.success(),
        "a type error in a code revision compiled"
    );
    assert!(
        stderr.contains("mismatched types") && stderr.contains("c1_fill_rows.rs"),
        "{stderr}"
    );
    write(&code, &template.replace("// message:", "// mesage:"));
    let header = build(&krate, &target);
    let stderr = String::from_utf8_lossy(&header.stderr);
    assert!(
        !header.status.success(),
        "a broken code revision header compiled"
    );
    assert!(
        stderr.contains("migrations/c1_fill_rows.rs:3: unknown header key 'mesage'"),
        "{stderr}"
    );
    std::fs::remove_file(&code).unwrap();
    let removed = build(&krate, &target);
    assert!(
        removed.status.success(),
        "{}",
        String::from_utf8_lossy(&removed.stderr)
    );

    let _ = std::fs::remove_dir_all(&krate);
}
