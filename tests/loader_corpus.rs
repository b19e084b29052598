//! The run-time loader on the corpus of broken directories: each fixture of
//! a compile-fail case gives, through `Migrations::load`, exactly the errors
//! its compile-time snapshot shows (through `Migrations::load_checked`, the
//! loader of the CLI's `check`, `new` and `merge`), so nothing the build
//! refuses can be applied from a directory either. The exception is the
//! Rust inside code revisions, which only the build checks (and which only
//! the program that embeds the set can run).

use std::path::Path;

use migraph::{GraphPolicy, Migrations};

#[test]
fn every_broken_fixture_gets_its_errors_at_run_time() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cases: Vec<_> = std::fs::read_dir(root.join("tests/ui/fail"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    cases.sort();
    let mut checked = 0;
    for case in cases {
        let source = std::fs::read_to_string(&case).unwrap();
        // The directory the case embeds; cases about the macro's own
        // arguments (absolute path, unknown option) are not about a directory.
        let Some(dir) = source
            .split("migrations!(")
            .nth(1)
            .and_then(|call| call.split('"').nth(1))
            .filter(|dir| dir.starts_with("tests/ui/fixtures/") && root.join(dir).exists())
        else {
            continue;
        };
        let call = source
            .split("migrations!(")
            .nth(1)
            .and_then(|c| c.split(')').next())
            .unwrap_or("");
        let options: Vec<&str> = call
            .split(',')
            .skip(1)
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .collect();
        if options
            .iter()
            .any(|o| !matches!(*o, "allow_multiple_heads" | "allow_multiple_bases"))
        {
            continue; // the macro refuses its arguments before reading the directory
        }
        let policy = GraphPolicy::default()
            .allow_multiple_heads(source.contains("allow_multiple_heads"))
            .allow_multiple_bases(source.contains("allow_multiple_bases"));
        // Integration tests run in the package root, so `dir` is as in the case.
        // The CLI's `check`, `new` and `merge` load this way: the SQL included.
        let loaded = Migrations::load_checked(dir, &root.join(dir), &policy);
        // The Rust of code revisions (signatures, types) is the build's to
        // check: a directory holding nothing else wrong loads.
        if loaded.is_ok() && code_revisions_only(&root.join(dir), &case) {
            continue;
        }
        let problems = loaded.map(|_| ()).expect_err(dir);
        let ours: Vec<&str> = problems.iter().map(|p| p.message()).collect();
        let snapshot = std::fs::read_to_string(case.with_extension("stderr")).unwrap();
        let expected: Vec<&str> = snapshot
            .lines()
            .filter_map(|l| l.strip_prefix("error: "))
            .collect();
        assert_eq!(ours, expected, "{}", case.display());
        checked += 1;
    }
    assert!(checked >= 45, "only {checked} fixtures checked");
}

/// Whether every error of the case comes from the Rust of its directory's
/// code revisions: rustc's own (`error[E...]`) or the macro's signature
/// checks of a `.rs` file.
fn code_revisions_only(dir: &Path, case: &Path) -> bool {
    let has_code = std::fs::read_dir(dir)
        .unwrap()
        .any(|e| e.unwrap().path().extension().is_some_and(|x| x == "rs"));
    let snapshot = std::fs::read_to_string(case.with_extension("stderr")).unwrap();
    has_code
        && snapshot
            .lines()
            .filter(|l| l.starts_with("error"))
            .all(|l| {
                l.starts_with("error[E")
                    || (l.contains(".rs:") && (l.contains(": 'up' ") || l.contains(": 'down' ")))
            })
}
