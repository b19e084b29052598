//! The engine on small sets written to a temporary directory: each rule's
//! positive and negative cases, and what a table's origin changes.

use std::collections::HashSet;

use super::{lint, Finding, Rule, Scope, Severity};
use crate::settings::{Settings, SqlDialect};
use crate::Migrations;

/// Writes `files` (`(name, header extra, up sql)`, chained in order) and
/// `toml`, then lints with `scope`.
struct Set {
    dir: tempfile::TempDir,
    dialect: SqlDialect,
}

impl Set {
    fn new(dialect: SqlDialect, toml: &str, files: &[(&str, &str, &str)]) -> Set {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("migrate.toml"),
            format!("dialect = \"{}\"\n{toml}", dialect.name()),
        )
        .unwrap();
        let mut parent = "none".to_owned();
        for (id, header, up) in files {
            std::fs::write(
                dir.path().join(format!("{id}_x.sql")),
                format!(
                    "-- revision: {id}\n-- down_revision: {parent}\n{header}\n-- migrate:up\n{up}\n-- migrate:down irreversible\n"
                ),
            )
            .unwrap();
            parent = (*id).to_owned();
        }
        Set { dir, dialect }
    }

    fn run(&self, scope: Scope<'_>) -> (Vec<Finding>, Vec<Finding>) {
        let migrations = Migrations::load(self.dir.path()).unwrap();
        let display = self.dir.path().to_string_lossy().into_owned();
        let settings = Settings::read(&display, self.dir.path()).unwrap();
        let report = lint(&migrations, self.dialect, &settings, scope).unwrap();
        (report.findings, report.on_new_tables)
    }

    /// `(revision, rule)` of every finding.
    fn found(&self) -> Vec<(String, Rule)> {
        self.found_in(Scope::Directory)
    }

    fn found_in(&self, scope: Scope<'_>) -> Vec<(String, Rule)> {
        self.run(scope)
            .0
            .into_iter()
            .filter(|f| f.rule != Rule::MissingLockTimeout)
            .map(|f| (f.revision, f.rule))
            .collect()
    }
}

fn pg(toml: &str, files: &[(&str, &str, &str)]) -> Set {
    Set::new(SqlDialect::Postgres, toml, files)
}

fn at(revision: &str, rule: Rule) -> (String, Rule) {
    (revision.to_owned(), rule)
}

const CREATE_T: (&str, &str, &str) = ("a1", "", "CREATE TABLE t (id int, x int);");

#[test]
fn index_on_a_table_of_the_same_revision_is_not_reported() {
    let set = pg(
        "",
        &[(
            "a1",
            "",
            "CREATE TABLE t (id int);\nCREATE INDEX i ON t (id);",
        )],
    );
    assert_eq!(set.found(), []);
    let (_, skipped) = set.run(Scope::Directory);
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].rule, Rule::CreateIndexNotConcurrently);
}

#[test]
fn index_on_a_table_of_an_earlier_revision_is_reported() {
    let set = pg("", &[CREATE_T, ("a2", "", "\n\nCREATE INDEX i ON t (x);")]);
    let (findings, _) = set.run(Scope::Directory);
    let index = findings
        .iter()
        .find(|f| f.rule == Rule::CreateIndexNotConcurrently)
        .unwrap();
    assert_eq!(index.revision, "a2");
    assert_eq!(index.line, 7, "{index:?}");
    assert_eq!(index.table.as_deref(), Some("t"));
    assert_eq!(index.severity, Severity::Warn);
    assert!(index.file.ends_with("a2_x.sql"));
    assert!(set
        .found()
        .iter()
        .all(|(_, rule)| *rule != Rule::NotRerunnable));
}

#[test]
fn a_table_unknown_to_the_history_exists() {
    let set = pg(
        "",
        &[("a1", "", "ALTER TABLE legacy ALTER COLUMN x TYPE bigint;")],
    );
    assert_eq!(set.found(), [at("a1", Rule::AlterColumnType)]);
}

#[test]
fn tables_of_revisions_after_the_release_are_new() {
    let files = [
        CREATE_T,
        ("a2", "", "CREATE TABLE u (id int);"),
        (
            "a3",
            "",
            "CREATE INDEX i ON t (x);\nCREATE INDEX j ON u (id);",
        ),
    ];
    let everything = pg("", &files);
    assert_eq!(
        everything.found(),
        [
            at("a3", Rule::CreateIndexNotConcurrently),
            at("a3", Rule::CreateIndexNotConcurrently)
        ]
    );
    // Released at a1: a2 and a3 are linted, and u (from a2) is new.
    let released = pg("[lint]\nreleased = \"a1\"\n", &files);
    let (findings, skipped) = released.run(Scope::Directory);
    let findings: Vec<_> = findings
        .iter()
        .filter(|f| f.rule == Rule::CreateIndexNotConcurrently)
        .collect();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].table.as_deref(), Some("t"));
    assert_eq!(skipped[0].table.as_deref(), Some("u"));
}

#[test]
fn against_a_database_only_pending_revisions_are_linted() {
    let set = pg(
        "",
        &[
            (
                "a1",
                "",
                "CREATE TABLE t (id int);\nCREATE INDEX i ON t (id);",
            ),
            ("a2", "", "CREATE TABLE u (id int);"),
            (
                "a3",
                "",
                "CREATE INDEX j ON t (id);\nCREATE INDEX k ON u (id);",
            ),
        ],
    );
    let applied: HashSet<String> = ["a1".to_owned()].into();
    let (findings, skipped) = set.run(Scope::Database(&applied));
    let tables: Vec<_> = findings.iter().map(|f| f.table.as_deref()).collect();
    assert_eq!(tables, [Some("t"), None], "{findings:?}");
    assert_eq!(findings[1].rule, Rule::MissingLockTimeout);
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].table.as_deref(), Some("u"));
}

#[test]
fn a_renamed_table_keeps_its_origin() {
    let set = pg(
        "",
        &[
            (
                "a1",
                "",
                "CREATE TABLE t (id int);\nALTER TABLE t RENAME TO u;\nCREATE INDEX i ON u (id);",
            ),
            (
                "a2",
                "",
                "ALTER TABLE old RENAME TO v;\nCREATE INDEX j ON v (id);",
            ),
        ],
    );
    assert_eq!(
        set.found(),
        [
            at("a2", Rule::RenameTable),
            at("a2", Rule::CreateIndexNotConcurrently)
        ]
    );
}

#[test]
fn drop_index_knows_the_table() {
    let set = pg(
        "",
        &[
            (
                "a1",
                "",
                "CREATE TABLE t (id int);\nCREATE INDEX i ON t (id);\nDROP INDEX i;",
            ),
            ("a2", "", "DROP INDEX i;"),
            (
                "a3",
                "-- transactional: false",
                "DROP INDEX CONCURRENTLY IF EXISTS gone;",
            ),
        ],
    );
    assert_eq!(set.found(), [at("a2", Rule::DropIndexNotConcurrently)]);
}

#[test]
fn constraints_and_columns() {
    let set = pg(
        "",
        &[
            CREATE_T,
            (
                "a2",
                "",
                "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (x) REFERENCES t (id);\n\
                 ALTER TABLE t ADD CONSTRAINT g FOREIGN KEY (x) REFERENCES t (id) NOT VALID;\n\
                 ALTER TABLE t ADD CONSTRAINT c CHECK (x > 0);\n\
                 ALTER TABLE t ADD CONSTRAINT u UNIQUE (x);\n\
                 ALTER TABLE t ADD CONSTRAINT v UNIQUE USING INDEX t_x;\n\
                 ALTER TABLE t ADD COLUMN y int NOT NULL;\n\
                 ALTER TABLE t ADD COLUMN z int NOT NULL DEFAULT 0;\n\
                 ALTER TABLE t ADD COLUMN w uuid DEFAULT gen_random_uuid();\n\
                 ALTER TABLE t DROP COLUMN w;\n\
                 ALTER TABLE t RENAME COLUMN z TO zz;\n\
                 DROP TABLE t;",
            ),
        ],
    );
    assert_eq!(
        set.found(),
        [
            at("a2", Rule::AddForeignKeyWithoutNotValid),
            at("a2", Rule::AddCheckWithoutNotValid),
            at("a2", Rule::AddUniqueWithoutIndex),
            at("a2", Rule::AddNotNullColumnWithoutDefault),
            at("a2", Rule::AddColumnVolatileDefault),
            at("a2", Rule::DropColumn),
            at("a2", Rule::RenameColumn),
            at("a2", Rule::DropTable),
        ]
    );
}

#[test]
fn set_not_null_needs_a_validated_check() {
    let set = pg(
        "",
        &[
            CREATE_T,
            ("a2", "", "ALTER TABLE t ALTER COLUMN x SET NOT NULL;"),
            (
                "a3",
                "",
                "ALTER TABLE t ADD CONSTRAINT x_nn CHECK (x IS NOT NULL) NOT VALID;",
            ),
            ("a4", "", "ALTER TABLE t VALIDATE CONSTRAINT x_nn;"),
            ("a5", "", "ALTER TABLE t ALTER COLUMN x SET NOT NULL;"),
        ],
    );
    assert_eq!(set.found(), [at("a2", Rule::SetNotNullWithoutCheck)]);
}

#[test]
fn enum_values_used_in_their_transaction() {
    let set = pg(
        "",
        &[
            ("a1", "", "CREATE TYPE mood AS ENUM ('sad');\nALTER TYPE mood ADD VALUE 'ok';\nSELECT 'ok'::mood;"),
            ("a2", "", "ALTER TYPE mood ADD VALUE 'happy';\nUPDATE p SET m = 'happy';"),
            ("a3", "", "ALTER TYPE mood ADD VALUE 'meh';"),
            ("a4", "-- transactional: false", "ALTER TYPE mood ADD VALUE 'glad';\nUPDATE p SET m = 'glad';"),
        ],
    );
    assert_eq!(set.found(), [at("a2", Rule::EnumValueUsedInTransaction)]);
}

#[test]
fn rewrites_and_explicit_locks() {
    let set = pg(
        "",
        &[
            CREATE_T,
            (
                "a2",
                "",
                "VACUUM FULL t;\nCLUSTER t USING i;\nLOCK TABLE t;",
            ),
        ],
    );
    assert_eq!(
        set.found(),
        [
            at("a2", Rule::RewriteTable),
            at("a2", Rule::RewriteTable),
            at("a2", Rule::LockTable)
        ]
    );
}

#[test]
fn rerunnable_only_where_a_failure_does_not_roll_back() {
    let up = "CREATE TABLE n (id int);\nALTER TABLE n ADD COLUMN x int;\nCREATE INDEX IF NOT EXISTS i ON n (x);";
    let transactional = pg("", &[("a1", "", up)]);
    assert_eq!(transactional.found(), []);
    let outside = pg("", &[("a1", "-- transactional: false", up)]);
    assert_eq!(
        outside.found(),
        [at("a1", Rule::NotRerunnable), at("a1", Rule::NotRerunnable)]
    );
    // One statement fails whole: nothing to re-run.
    let single = pg(
        "",
        &[("a1", "-- transactional: false", "CREATE TABLE n (id int);")],
    );
    assert_eq!(single.found(), []);
    let mysql = Set::new(SqlDialect::Mysql, "", &[("a1", "", up)]);
    assert_eq!(
        mysql.found(),
        [at("a1", Rule::NotRerunnable), at("a1", Rule::NotRerunnable)]
    );
}

#[test]
fn lock_timeout_is_reported_once_per_set_and_not_when_the_runner_sets_it() {
    let files = [
        CREATE_T,
        ("a2", "", "CREATE INDEX i ON t (x);"),
        ("a3", "", "ALTER TABLE t ADD COLUMN y int;"),
        (
            "a4",
            "",
            "SET LOCAL lock_timeout = '1s';\nALTER TABLE t ADD COLUMN z int;",
        ),
    ];
    let (findings, _) = pg("", &files).run(Scope::Directory);
    let timeouts: Vec<_> = findings
        .iter()
        .filter(|f| f.rule == Rule::MissingLockTimeout)
        .collect();
    assert_eq!(timeouts.len(), 1);
    assert_eq!(timeouts[0].revision, "a2");
    assert_eq!(timeouts[0].line, 1);
    assert!(timeouts[0].file.ends_with("migrate.toml"));
    assert!(
        timeouts[0]
            .message
            .starts_with("2 revisions lock existing tables"),
        "{}",
        timeouts[0].message
    );
    let (findings, _) = pg("[runner]\nlock_timeout = \"5s\"\n", &files).run(Scope::Directory);
    assert!(findings.iter().all(|f| f.rule != Rule::MissingLockTimeout));
}

#[test]
fn severities_and_header_allows() {
    let files = [
        CREATE_T,
        (
            "a2",
            "-- lint_allow: drop-column, missing-lock-timeout",
            "ALTER TABLE t DROP COLUMN x;",
        ),
        ("a3", "", "ALTER TABLE t DROP COLUMN id;\nDROP TABLE t;"),
    ];
    let (findings, _) = pg(
        "[lint]\ndeny = [\"drop-column\"]\nallow = [\"drop-table\"]\n",
        &files,
    )
    .run(Scope::Directory);
    let found: Vec<_> = findings
        .iter()
        .map(|f| (f.revision.as_str(), f.rule, f.severity))
        .collect();
    assert_eq!(
        found,
        [
            ("a3", Rule::DropColumn, Severity::Deny),
            ("a3", Rule::MissingLockTimeout, Severity::Warn)
        ]
    );
}

#[test]
fn branches_see_only_their_ancestors() {
    // b1 creates u on one branch; c1, on another, locks a table of that
    // name that exists apart from the history.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("migrate.toml"), "dialect = \"postgres\"\n").unwrap();
    for (id, parent, up) in [
        ("a1", "none", "CREATE TABLE t (id int);"),
        (
            "b1",
            "a1",
            "CREATE TABLE u (id int);\nCREATE INDEX i ON u (id);",
        ),
        ("c1", "a1", "CREATE INDEX j ON u (id);"),
        ("m1", "b1, c1", "SELECT 1;"),
    ] {
        std::fs::write(
            dir.path().join(format!("{id}_x.sql")),
            format!("-- revision: {id}\n-- down_revision: {parent}\n-- migrate:up\n{up}\n-- migrate:down irreversible\n"),
        )
        .unwrap();
    }
    let migrations = Migrations::load(dir.path()).unwrap();
    let report = lint(
        &migrations,
        SqlDialect::Postgres,
        &Settings::default(),
        Scope::Directory,
    )
    .unwrap();
    let found: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule == Rule::CreateIndexNotConcurrently)
        .map(|f| f.revision.as_str())
        .collect();
    assert_eq!(found, ["c1"]);
}

#[test]
fn mysql_and_sqlite() {
    let mysql = Set::new(
        SqlDialect::Mysql,
        "",
        &[
            ("a1", "", "CREATE TABLE IF NOT EXISTS t (id int, x int)"),
            ("a2", "", "ALTER TABLE t MODIFY x bigint;\nALTER TABLE t RENAME COLUMN x TO y;\nCREATE INDEX i ON t (id);"),
        ],
    );
    assert_eq!(
        mysql.found(),
        [
            at("a2", Rule::AlterColumnType),
            at("a2", Rule::RenameColumn),
            at("a2", Rule::NotRerunnable)
        ]
    );
    let sqlite = Set::new(
        SqlDialect::Sqlite,
        "",
        &[
            CREATE_T,
            (
                "a2",
                "",
                "ALTER TABLE t DROP COLUMN x;\nCREATE INDEX i ON t (id);",
            ),
        ],
    );
    let (findings, _) = sqlite.run(Scope::Directory);
    let rules: Vec<_> = findings.iter().map(|f| f.rule).collect();
    assert_eq!(rules, [Rule::DropColumn]);
}

#[test]
fn an_unknown_release_is_an_error() {
    let set = pg("[lint]\nreleased = \"zz\"\n", &[CREATE_T]);
    let migrations = Migrations::load(set.dir.path()).unwrap();
    let settings = Settings::read("m", set.dir.path()).unwrap();
    let error = lint(
        &migrations,
        SqlDialect::Postgres,
        &settings,
        Scope::Directory,
    )
    .unwrap_err();
    assert!(
        error.contains("lint.released names revision 'zz'"),
        "{error}"
    );
}

#[test]
fn validating_in_the_transaction_that_added_not_valid_is_reported() {
    let set = pg(
        "",
        &[
            CREATE_T,
            (
                "a2",
                "",
                "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (x) REFERENCES t (id) NOT VALID;\n\
                 ALTER TABLE t VALIDATE CONSTRAINT f;",
            ),
            (
                "a3",
                "",
                "ALTER TABLE t ADD CONSTRAINT c CHECK (x > 0) NOT VALID;",
            ),
            ("a4", "", "ALTER TABLE t VALIDATE CONSTRAINT c;"),
        ],
    );
    assert_eq!(set.found(), [at("a2", Rule::AddForeignKeyWithoutNotValid)]);
}

/// `ADD COLUMN ... DEFAULT` calling each of `calls` in a revision after
/// `functions`: the calls reported as volatile defaults.
fn volatile_defaults(functions: &str, calls: &[&str]) -> Vec<String> {
    let adds: Vec<String> = calls
        .iter()
        .enumerate()
        .map(|(i, call)| format!("ALTER TABLE t ADD COLUMN c{i} int NOT NULL DEFAULT {call};"))
        .collect();
    let set = pg(
        "",
        &[
            CREATE_T,
            ("a2", "", functions),
            ("a3", "", &adds.join("\n")),
        ],
    );
    let (findings, _) = set.run(Scope::Directory);
    findings
        .into_iter()
        .filter(|f| f.rule == Rule::AddColumnVolatileDefault)
        .map(|f| {
            let column = f.excerpt.split_whitespace().nth(5).unwrap_or("").to_owned();
            calls[column[1..].parse::<usize>().unwrap()].to_owned()
        })
        .collect()
}

const VOLATILE_F: &str =
    "CREATE FUNCTION f(a int, b text) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;";

#[test]
fn a_default_calling_a_volatile_function_of_the_history_rewrites_the_table() {
    // Arguments, a space before them, nested calls: each is a call of f.
    assert_eq!(
        volatile_defaults(
            VOLATILE_F,
            &[
                "f(1, 'x')",
                "f (1, 'x')",
                "abs(f(1, 'x'))",
                "f(1)",
                "g(1, 'x')"
            ]
        ),
        ["f(1, 'x')", "f (1, 'x')", "abs(f(1, 'x'))"]
    );
    // Said IMMUTABLE or STABLE where it is created: no rewrite.
    for volatility in ["IMMUTABLE", "STABLE"] {
        let stable = VOLATILE_F.replace("LANGUAGE sql", &format!("LANGUAGE sql {volatility}"));
        assert_eq!(volatile_defaults(&stable, &["f(1, 'x')"]), [""; 0]);
    }
    let explicit = VOLATILE_F.replace("LANGUAGE sql", "LANGUAGE sql VOLATILE");
    assert_eq!(volatile_defaults(&explicit, &["f(1, 'x')"]), ["f(1, 'x')"]);
    // The message names the function and why.
    let set = pg(
        "",
        &[
            CREATE_T,
            ("a2", "", VOLATILE_F),
            (
                "a3",
                "",
                "ALTER TABLE t ADD COLUMN n int DEFAULT f(1, 'x');",
            ),
        ],
    );
    let (findings, _) = set.run(Scope::Directory);
    let finding = findings
        .iter()
        .find(|f| f.rule == Rule::AddColumnVolatileDefault)
        .expect("reported");
    assert!(
        finding
            .message
            .starts_with("ADD COLUMN n DEFAULT f() on t: f is VOLATILE"),
        "{}",
        finding.message
    );
}

#[test]
fn overloads_defaults_and_variadic_parameters_decide_which_function_a_call_is() {
    let functions = "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\n\
         CREATE FUNCTION f(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 1 $$;\n\
         CREATE FUNCTION g(a int, b int DEFAULT 0, OUT c int) LANGUAGE sql AS $$ SELECT 1 $$;\n\
         CREATE FUNCTION h(a int, VARIADIC rest int[]) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;";
    assert_eq!(
        volatile_defaults(
            functions,
            &[
                "f(1)",
                "f(1, 2)",
                "g(1)",
                "g(1, 2)",
                "g(1, 2, 3)",
                "h(1, 2, 3, 4)",
                "h()"
            ]
        ),
        ["f(1)", "g(1)", "g(1, 2)", "h(1, 2, 3, 4)"]
    );
}

#[test]
fn schemas_and_quoted_names_are_matched_as_the_catalog_stores_them() {
    let functions =
        "CREATE FUNCTION util.\"NextCode\"() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\n\
         CREATE FUNCTION public.seq() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;";
    assert_eq!(
        volatile_defaults(
            functions,
            &[
                "util.\"NextCode\"()",
                "util.nextcode()",
                "\"NextCode\"()",
                "seq()",
                "public.seq()"
            ]
        ),
        ["util.\"NextCode\"()", "seq()", "public.seq()"]
    );
}

#[test]
fn later_revisions_change_or_drop_the_function() {
    let f = |then: &str| volatile_defaults(&format!("{VOLATILE_F}\n{then}"), &["f(1, 'x')"]);
    let none: [&str; 0] = [];
    assert_eq!(
        f("CREATE OR REPLACE FUNCTION f(a int, b text) RETURNS int LANGUAGE sql STABLE AS $$ SELECT 1 $$;"),
        none
    );
    assert_eq!(f("ALTER FUNCTION f(int, text) IMMUTABLE;"), none);
    assert_eq!(f("ALTER FUNCTION f IMMUTABLE;"), none);
    // Another overload's change leaves this one volatile.
    assert_eq!(f("ALTER FUNCTION f(int) IMMUTABLE;"), ["f(1, 'x')"]);
    assert_eq!(
        f("ALTER FUNCTION f(int, text) STABLE;\nALTER FUNCTION f(int, text) VOLATILE;"),
        ["f(1, 'x')"]
    );
    assert_eq!(f("DROP FUNCTION f(int, text);"), none);
    assert_eq!(f("DROP FUNCTION IF EXISTS g, f;"), none);
    // A rename takes the volatility along.
    let renamed = volatile_defaults(
        &format!("{VOLATILE_F}\nALTER FUNCTION f(int, text) RENAME TO g;"),
        &["f(1, 'x')", "g(1, 'x')"],
    );
    assert_eq!(renamed, ["g(1, 'x')"]);
    let moved = volatile_defaults(
        &format!("{VOLATILE_F}\nALTER FUNCTION f(int, text) SET SCHEMA util;"),
        &["f(1, 'x')", "util.f(1, 'x')"],
    );
    assert_eq!(moved, ["util.f(1, 'x')"]);
}

#[test]
fn a_function_of_another_branch_or_a_new_table_is_not_a_rewrite() {
    // b1 creates f on one branch; c1, on another, calls an f that exists
    // apart from the history.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("migrate.toml"), "dialect = \"postgres\"\n").unwrap();
    for (id, parent, up) in [
        ("a1", "none", "CREATE TABLE t (id int);"),
        ("b1", "a1", VOLATILE_F),
        (
            "c1",
            "a1",
            "ALTER TABLE t ADD COLUMN n int DEFAULT f(1, 'x');",
        ),
        ("m1", "b1, c1", "SELECT 1;"),
        (
            "n1",
            "m1",
            "ALTER TABLE t ADD COLUMN o int DEFAULT f(1, 'x');\n\
                      CREATE TABLE u (id int);\n\
                      ALTER TABLE u ADD COLUMN o int DEFAULT f(1, 'x');",
        ),
    ] {
        std::fs::write(
            dir.path().join(format!("{id}_x.sql")),
            format!("-- revision: {id}\n-- down_revision: {parent}\n-- migrate:up\n{up}\n-- migrate:down irreversible\n"),
        )
        .unwrap();
    }
    let migrations = Migrations::load(dir.path()).unwrap();
    let report = lint(
        &migrations,
        SqlDialect::Postgres,
        &Settings::default(),
        Scope::Directory,
    )
    .unwrap();
    let rule = |findings: &[Finding]| -> Vec<(String, Option<String>)> {
        findings
            .iter()
            .filter(|f| f.rule == Rule::AddColumnVolatileDefault)
            .map(|f| (f.revision.clone(), f.table.clone()))
            .collect()
    };
    assert_eq!(
        rule(&report.findings),
        [("n1".to_owned(), Some("t".to_owned()))]
    );
    assert_eq!(
        rule(&report.on_new_tables),
        [("n1".to_owned(), Some("u".to_owned()))]
    );
}
