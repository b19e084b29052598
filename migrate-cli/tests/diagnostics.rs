//! What PostgreSQL says beyond its message reaches the user: notices as they
//! arrive (naming the revision), DETAIL, HINT and CONTEXT of an error, the
//! line inside a `DO` block that failed, and an excerpt that starts at the
//! statement rather than at a comment before it.

mod common;

use common::{Backend, Env};

#[test]
fn notices_and_error_fields_reach_the_user() {
    let Some(env) = Env::new(Backend::Postgres, "diagnostics") else {
        return;
    };
    let s = &env.sandbox;
    let _ = std::fs::remove_dir_all(s.path("migrations"));
    s.revision(
        "migrations",
        "a1",
        "none",
        "DO $$ BEGIN RAISE NOTICE 'extension absent, skipping'; END $$;\nCREATE TABLE t (x INTEGER PRIMARY KEY);",
        "DROP TABLE t;",
    );
    // What the database says after the revisions ran is not said by the
    // last of them: here autogenerate builds the desired schema after the
    // replay, in a database of its own (the file ends its own transaction).
    s.write(
        "desired.sql",
        "BEGIN;\nDROP TABLE IF EXISTS gone;\nCREATE TABLE t (x INTEGER PRIMARY KEY, y text);\nCOMMIT;\n",
    );
    let built = env
        .m(&[
            "new",
            "--autogenerate",
            "-m",
            "y",
            "--schema",
            "desired.sql",
            "--rev-id",
            "a2",
        ])
        .ok();
    assert!(
        built
            .stderr
            .contains("notice: table \"gone\" does not exist, skipping"),
        "{built:?}"
    );
    assert!(!built.stderr.contains("notice from a1: table"), "{built:?}");
    // The replay's own notices were the user's when a1 was applied; here
    // they would be pages of `DROP ... IF EXISTS` on a long history.
    assert!(!built.stderr.contains("extension absent"), "{built:?}");
    for entry in std::fs::read_dir(s.path("migrations")).unwrap() {
        let path = entry.unwrap().path();
        if path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("a2")
        {
            std::fs::remove_file(path).unwrap();
        }
    }

    // Lines of the file: 1-3 header, 4 blank, 5 '-- migrate:up', 6 the comment,
    // 7 'DO', 8 '$body$', 9 BEGIN, 10 PERFORM, 11 RAISE.
    s.write(
        "migrations/b2_rev.sql",
        "-- revision: b2\n-- down_revision: a1\n-- message: fails in a DO block\n\n\
         -- migrate:up\n\
         -- why this block exists\n\
         DO\n\
         $body$\n\
         BEGIN\n  PERFORM 1;\n  RAISE EXCEPTION 'boom' USING DETAIL = 'the detail', HINT = 'the hint';\n\
         END\n$body$;\n\n\
         -- migrate:down\nSELECT 1;\n",
    );
    let run = env.m(&["upgrade", "a1"]).ok();
    assert!(
        run.stderr
            .contains("notice from a1: extension absent, skipping"),
        "{run:?}"
    );
    let failed = env.m(&["upgrade", "heads"]).code(1);
    let err = &failed.stderr;
    assert!(
        err.contains("migrations/b2_rev.sql:11: applying revision 'b2' failed: boom"),
        "{failed:?}"
    );
    assert!(
        err.contains("statement: DO …"),
        "the excerpt starts at DO: {failed:?}"
    );
    assert!(err.contains("detail: the detail"), "{failed:?}");
    assert!(err.contains("hint: the hint"), "{failed:?}");
    assert!(
        err.contains("context: PL/pgSQL function inline_code_block line 4 at RAISE"),
        "{failed:?}"
    );

    // A constraint violation's DETAIL names the key.
    s.write(
        "migrations/b2_rev.sql",
        "-- revision: b2\n-- down_revision: a1\n\n-- migrate:up\n\
         INSERT INTO t VALUES (1);\nINSERT INTO t VALUES (1);\n\n-- migrate:down\nDELETE FROM t;\n",
    );
    let failed = env.m(&["upgrade", "heads"]).code(1);
    assert!(
        failed.stderr.contains("migrations/b2_rev.sql:6:"),
        "{failed:?}"
    );
    assert!(
        failed
            .stderr
            .contains("detail: Key (x)=(1) already exists."),
        "{failed:?}"
    );
}
