//! Recovering by hand through the CLI: `repair` accepts an edited checksum
//! or resolves a failed revision, one line per change and nothing changed
//! when a revision is refused; `current` shows a failed revision and how to
//! resolve it, and `current -v` each revision's file, time and duration;
//! `stamp` says when it cleared a failed row.

mod common;

use common::{Backend, Env};

/// A two-revision set whose second, `transactional: false`, fails on its
/// second statement.
fn failing_set(env: &Env) {
    let s = &env.sandbox;
    let _ = std::fs::remove_dir_all(s.path("migrations"));
    s.revision(
        "migrations",
        "a1",
        "none",
        "CREATE TABLE t1 (x INTEGER);",
        "DROP TABLE t1;",
    );
    s.write(
        "migrations/b2_rev.sql",
        "-- revision: b2\n-- down_revision: a1\n-- branch_labels: fix\n-- transactional: false\n\n\
         -- migrate:up\nCREATE TABLE t2 (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n\n\
         -- migrate:down\nDROP TABLE t2;\n",
    );
}

fn repair_resolves_a_failed_revision(backend: Backend) {
    let Some(env) = Env::new(backend, "repair_failed") else {
        return;
    };
    failing_set(&env);
    let failed = env.m(&["upgrade", "heads"]).code(1);
    assert!(
        failed.stderr.contains("repair b2 --applied"),
        "the failure says how to resolve it: {failed:?}"
    );
    let current = env.m(&["current"]).ok();
    assert!(current.stdout.contains("b2 (failed)"), "{current:?}");
    assert!(
        current.stdout.contains("repair b2 --not-applied"),
        "{current:?}"
    );

    // Refused as a whole: a1 is applied, not failed; b2 is not changed either.
    let refused = env.m(&["repair", "a1", "b2", "--applied"]).code(1);
    assert!(refused.stderr.contains("'a1' is applied"), "{refused:?}");
    assert!(env.m(&["current"]).ok().stdout.contains("b2 (failed)"));

    // The person created what was missing by hand and finished b2; any
    // name other commands accept names it (here a branch label: the ids
    // are too short for a prefix).
    let repaired = env.m(&["repair", "fix", "--applied"]).ok();
    assert_eq!(
        repaired.stdout.trim(),
        "repaired b2: status failed -> applied"
    );
    assert_eq!(env.current(), ["b2"]);
    env.m(&["check"]).ok();
    let verbose = env.m(&["current", "-v"]).ok();
    assert!(
        verbose.stdout.contains("file: migrations/b2_rev.sql"),
        "{verbose:?}"
    );
    assert!(verbose.stdout.contains("applied at: 2"), "{verbose:?}");
    assert!(verbose.stdout.contains("took: "), "{verbose:?}");
}

fn repair_forgets_a_failed_revision_and_stamp_says_what_it_cleared(backend: Backend) {
    let Some(env) = Env::new(backend, "repair_forget") else {
        return;
    };
    failing_set(&env);
    env.m(&["upgrade", "heads"]).code(1);
    let forgotten = env.m(&["repair", "b2", "--not-applied"]).ok();
    assert_eq!(
        forgotten.stdout.trim(),
        "repaired b2: status failed -> not applied"
    );
    assert_eq!(env.current(), ["a1"]);

    // Fail again, then resolve with a stamp of the parent instead.
    env.m(&["upgrade", "heads"]).code(1);
    let stamped = env.m(&["stamp", "a1"]).ok();
    assert!(
        stamped
            .stdout
            .contains("cleared the failed or interrupted row of b2"),
        "{stamped:?}"
    );
    assert_eq!(env.current(), ["a1"]);
}

fn repair_accepts_an_edited_checksum(backend: Backend) {
    let Some(env) = Env::new(backend, "repair_checksum") else {
        return;
    };
    const ID: &str = "20250302_101500_9c2e1a";
    let s = &env.sandbox;
    let _ = std::fs::remove_dir_all(s.path("migrations"));
    s.revision(
        "migrations",
        ID,
        "none",
        "CREATE TABLE t1 (x INTEGER);",
        "DROP TABLE t1;",
    );
    env.m(&["upgrade", "heads"]).ok();
    s.revision(
        "migrations",
        ID,
        "none",
        "-- a harmless comment\nCREATE TABLE t1 (x INTEGER);",
        "DROP TABLE t1;",
    );
    let drift = env.m(&["check"]).code(1);
    assert!(
        drift
            .stdout
            .contains(&format!("repair {ID} --accept-checksum")),
        "{drift:?}"
    );
    // The short id every other command accepts: the random part.
    let repaired = env.m(&["repair", "9c2e", "--accept-checksum"]).ok();
    assert!(
        repaired
            .stdout
            .starts_with(&format!("repaired {ID}: checksum ")),
        "{repaired:?}"
    );
    env.m(&["check"]).ok();
    // Nothing left to accept: refused, exit 1.
    env.m(&["repair", ID, "--accept-checksum"]).code(1);
    // Exactly one of the three actions is required.
    env.m(&["repair", ID]).code(2);
}

common::on_both_backends!(
    repair_resolves_a_failed_revision,
    repair_forgets_a_failed_revision_and_stamp_says_what_it_cleared,
    repair_accepts_an_edited_checksum,
);
