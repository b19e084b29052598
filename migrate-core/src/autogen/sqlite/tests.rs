//! The SQLite writer on hand-built snapshots, shaped as the SQLite catalog
//! reader fills them (its real output is proven by `tests/autogenerate_sqlite.rs`).

use super::{plan, plan_with, Approach, KEPT};
use crate::autogen::Facts;
use crate::schema::{Fact, Snapshot};

/// A table from its `CREATE TABLE` text and columns `(name, type, not
/// null, default, primary key position)`.
fn table(
    s: &mut Snapshot,
    name: &str,
    sql: &str,
    columns: &[(&str, &str, bool, Option<&str>, u8)],
) {
    s.add(Fact::object("table", name).property(KEPT, Some(sql)));
    for (column, ty, not_null, default, pk) in columns {
        let c = || Fact::object("table", name).part("column", column);
        s.add(c().property("type", Some(ty)));
        s.add(c().property("nullable", Some(if *not_null { "no" } else { "yes" })));
        s.add(c().property("default", *default));
        let pk = pk.to_string();
        s.add(c().property("primary key position", (pk != "0").then_some(pk.as_str())));
    }
}

fn index(s: &mut Snapshot, table: &str, name: &str, columns: &str, sql: &str) {
    let i = || Fact::object("table", table).part("index", name);
    s.add(i().property("columns", Some(columns)));
    s.add(i().property("unique", Some("no")));
    s.add(i().property(KEPT, Some(sql)));
}

fn foreign_key(s: &mut Snapshot, table: &str, name: &str) {
    let k = || Fact::object("table", table).part("foreign key", name);
    s.add(k().property("on update", Some("NO ACTION")));
    s.add(k().property("on delete", Some("CASCADE")));
}

fn users(not_null_email: bool) -> Snapshot {
    let mut s = Snapshot::new();
    table(
        &mut s,
        "users",
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)",
        &[
            ("id", "INTEGER", false, None, 1),
            ("name", "TEXT", false, None, 0),
        ],
    );
    if not_null_email {
        s.add(
            Fact::object("table", "users")
                .part("column", "email")
                .property("type", Some("TEXT")),
        );
    }
    s
}

#[test]
fn nothing_to_do_is_an_empty_plan() {
    assert!(plan(&users(false), &users(false), &Facts::default()).is_empty());
}

#[test]
fn a_nullable_column_is_added_and_dropped_in_place() {
    let head = users(false);
    let mut desired = Snapshot::new();
    table(
        &mut desired,
        "users",
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT COLLATE NOCASE)",
        &[
            ("id", "INTEGER", false, None, 1),
            ("name", "TEXT", false, None, 0),
            ("email", "TEXT", false, None, 0),
        ],
    );
    let plan = plan(&head, &desired, &Facts::default());
    let revision = &plan.revisions[0];
    assert!(revision.transactional);
    assert_eq!(
        revision.up,
        "ALTER TABLE \"users\" ADD COLUMN email TEXT COLLATE NOCASE;\n"
    );
    assert_eq!(
        revision.down,
        "ALTER TABLE \"users\" DROP COLUMN \"email\";\n"
    );
    assert!(plan.reviews.is_empty());
}

#[test]
fn a_changed_column_rebuilds_the_table_with_its_rows_and_indexes() {
    let mut head = users(false);
    index(
        &mut head,
        "users",
        "users_name",
        "name",
        "CREATE INDEX users_name ON users (name)",
    );
    let mut desired = Snapshot::new();
    table(
        &mut desired,
        "users",
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '')",
        &[
            ("id", "INTEGER", false, None, 1),
            ("name", "TEXT", true, Some("''"), 0),
        ],
    );
    index(
        &mut desired,
        "users",
        "users_name",
        "name",
        "CREATE INDEX users_name ON users (name)",
    );
    let plan = plan(&head, &desired, &Facts::with_rows(["users"]));
    let up = &plan.revisions[0].up;
    let expected = "-- SQLite's table rebuild: the old table renamed aside, the declared one \
         created, the rows copied, the old one dropped: that rename and that drop are the \
         rebuild's, not the schema's (the up's header allows them to the lint).\n\
         -- A table renamed aside keeps every reference to its name where it is.\n\
         PRAGMA legacy_alter_table = ON;\n\
         ALTER TABLE \"users\" RENAME TO \"_migraph_old_users\";\n\
         CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '');\n\
         INSERT INTO \"users\" (\"id\", \"name\") SELECT \"id\", \"name\" FROM \"_migraph_old_users\";\n\
         DROP TABLE \"_migraph_old_users\";\n\
         CREATE INDEX users_name ON users (name);\n\
         PRAGMA legacy_alter_table = OFF;\n";
    assert_eq!(up, expected);
    assert_eq!(plan.revisions[0].lint_allow, ["rename-table", "drop-table"]);
    assert!(plan.revisions[0].transactional, "nothing references users");
    assert!(plan.revisions[0]
        .down
        .contains("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);"));
}

#[test]
fn a_referenced_table_is_rebuilt_with_foreign_keys_off_outside_a_transaction() {
    let mut head = users(false);
    table(
        &mut head,
        "posts",
        "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id) ON DELETE CASCADE)",
        &[("id", "INTEGER", false, None, 1), ("user_id", "INTEGER", false, None, 0)],
    );
    foreign_key(&mut head, "posts", "(user_id) references users(id)");
    let mut desired = head.clone();
    desired.remove("table", "users");
    table(
        &mut desired,
        "users",
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x')",
        &[
            ("id", "INTEGER", false, None, 1),
            ("name", "TEXT", true, Some("'x'"), 0),
        ],
    );
    let plan = plan(&head, &desired, &Facts::default());
    let revision = &plan.revisions[0];
    assert!(!revision.transactional);
    let lines: Vec<&str> = revision
        .up
        .lines()
        .filter(|l| !l.starts_with("--"))
        .collect();
    assert_eq!(lines.first(), Some(&"PRAGMA foreign_keys = OFF;"));
    assert_eq!(lines.last(), Some(&"PRAGMA foreign_keys = ON;"));
    assert!(revision.up.contains("FROM pragma_foreign_key_check"));
    assert!(revision.down.contains("PRAGMA foreign_keys = OFF;"));
}

#[test]
fn views_and_triggers_naming_a_rebuilt_table_are_made_again() {
    let mut head = users(false);
    head.add(Fact::object("view", "names").property("definition", Some("v1")));
    head.add(
        Fact::object("view", "names")
            .property(KEPT, Some("CREATE VIEW names AS SELECT name FROM users")),
    );
    let trigger = "CREATE TRIGGER t AFTER INSERT ON other BEGIN DELETE FROM users; END";
    table(
        &mut head,
        "other",
        "CREATE TABLE other (x)",
        &[("x", "", false, None, 0)],
    );
    let t = || Fact::object("table", "other").part("trigger", "t");
    head.add(t().property("definition", Some("t1")));
    head.add(t().property(KEPT, Some(trigger)));
    let mut desired = head.clone();
    desired.remove("table", "users");
    table(
        &mut desired,
        "users",
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT UNIQUE)",
        &[
            ("id", "INTEGER", false, None, 1),
            ("name", "TEXT", false, None, 0),
        ],
    );
    desired.add(Fact::object("table", "users").part("unique", "(name)"));
    let up = plan(&head, &desired, &Facts::default()).revisions[0]
        .up
        .clone();
    let at = |s: &str| up.find(s).unwrap_or_else(|| panic!("{s} in {up}"));
    assert!(at("DROP TRIGGER \"t\"") < at("RENAME TO \"_migraph_old_users\""));
    assert!(at("DROP VIEW \"names\"") < at("RENAME TO \"_migraph_old_users\""));
    assert!(at("DROP TABLE \"_migraph_old_users\"") < at("CREATE VIEW names"));
    assert!(at("DROP TABLE \"_migraph_old_users\"") < at("CREATE TRIGGER t"));
}

#[test]
fn look_alike_renames_and_not_null_on_rows_are_review_lines() {
    let head = users(false);
    let mut desired = Snapshot::new();
    table(
        &mut desired,
        "users",
        "CREATE TABLE users (id INTEGER PRIMARY KEY, full_name TEXT, age INTEGER NOT NULL)",
        &[
            ("id", "INTEGER", false, None, 1),
            ("full_name", "TEXT", false, None, 0),
            ("age", "INTEGER", true, None, 0),
        ],
    );
    let reviews = |facts: &Facts| -> Vec<String> {
        plan(&head, &desired, facts)
            .reviews
            .into_iter()
            .map(|r| r.what)
            .collect()
    };
    let with_rows = reviews(&Facts::with_rows(["users"]));
    assert_eq!(with_rows.len(), 2, "{with_rows:?}");
    assert!(with_rows[0].contains("RENAME COLUMN \"name\" TO \"full_name\""));
    assert!(with_rows[1].contains("users.age is added NOT NULL without a default"));
    assert_eq!(reviews(&Facts::default()).len(), 1);
    let up = plan(&head, &desired, &Facts::default()).revisions[0]
        .up
        .clone();
    assert!(up.starts_with("-- review: column users.name is dropped"));
}

#[test]
fn a_table_dropped_and_one_alike_created_is_a_review_line() {
    let head = users(false);
    let mut desired = Snapshot::new();
    table(
        &mut desired,
        "people",
        "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)",
        &[
            ("id", "INTEGER", false, None, 1),
            ("name", "TEXT", false, None, 0),
        ],
    );
    let plan = plan(&head, &desired, &Facts::default());
    assert_eq!(plan.reviews.len(), 1);
    assert!(plan.reviews[0].what.contains("RENAME TO \"people\""));
    let down = &plan.revisions[0].down;
    assert!(down.contains("DROP TABLE \"people\";") && down.contains("CREATE TABLE users"));
}

#[test]
fn the_rebuild_approach_rebuilds_what_alter_would_add() {
    let head = users(false);
    let mut desired = Snapshot::new();
    table(
        &mut desired,
        "users",
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT)",
        &[
            ("id", "INTEGER", false, None, 1),
            ("name", "TEXT", false, None, 0),
            ("email", "TEXT", false, None, 0),
        ],
    );
    let up = &plan_with(&head, &desired, &Facts::default(), Approach::Rebuild).revisions[0].up;
    assert!(
        up.contains("INSERT INTO \"users\" (\"id\", \"name\") SELECT"),
        "{up}"
    );
}

#[test]
fn a_column_sqlite_cannot_add_rebuilds() {
    let head = users(false);
    for (column, ty, not_null, default) in [
        ("created", "TEXT", false, Some("CURRENT_TIMESTAMP")),
        ("n", "INTEGER", true, None),
        ("e", "TEXT", false, Some("(lower('X'))")),
    ] {
        let mut desired = Snapshot::new();
        let sql = format!("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, {column} {ty})");
        table(
            &mut desired,
            "users",
            &sql,
            &[
                ("id", "INTEGER", false, None, 1),
                ("name", "TEXT", false, None, 0),
                (column, ty, not_null, default, 0),
            ],
        );
        let up = &plan(&head, &desired, &Facts::default()).revisions[0].up;
        assert!(
            up.contains("RENAME TO \"_migraph_old_users\""),
            "{column}: {up}"
        );
    }
}

#[test]
fn columns_are_added_in_the_order_the_desired_table_declares_them() {
    let head = users(false);
    let mut desired = Snapshot::new();
    table(
        &mut desired,
        "users",
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, zeta TEXT, alpha TEXT)",
        &[
            ("id", "INTEGER", false, None, 1),
            ("name", "TEXT", false, None, 0),
            ("zeta", "TEXT", false, None, 0),
            ("alpha", "TEXT", false, None, 0),
        ],
    );
    let up = &plan(&head, &desired, &Facts::default()).revisions[0].up;
    assert_eq!(
        up,
        "ALTER TABLE \"users\" ADD COLUMN zeta TEXT;\nALTER TABLE \"users\" ADD COLUMN alpha TEXT;\n"
    );
}

/// Two dropped tables of the same columns renamed with a prefix: each is
/// offered once, to the new table whose name holds its own (as in
/// PostgreSQL's plan), not both to the first new one.
#[test]
fn look_alike_tables_are_each_offered_once_to_the_likeliest_new_name() {
    let columns = [
        ("id", "INTEGER", false, None, 1),
        ("name", "TEXT", false, None, 0),
    ];
    let with = |names: &[&str]| {
        let mut s = Snapshot::new();
        for name in names {
            let sql = format!("CREATE TABLE {name} (id INTEGER PRIMARY KEY, name TEXT)");
            table(&mut s, name, &sql, &columns);
        }
        s
    };
    let head = with(&["data_categories", "data_qualifiers"]);
    let desired = with(&["ctl_data_qualifiers", "ctl_data_categories"]);
    let mut reviews: Vec<String> = plan(&head, &desired, &Facts::default())
        .reviews
        .into_iter()
        .map(|r| r.what)
        .collect();
    reviews.sort();
    assert_eq!(reviews.len(), 2, "{reviews:?}");
    assert!(
        reviews[0].contains("\"data_categories\" RENAME TO \"ctl_data_categories\""),
        "{reviews:?}"
    );
    assert!(
        reviews[1].contains("\"data_qualifiers\" RENAME TO \"ctl_data_qualifiers\""),
        "{reviews:?}"
    );
}
