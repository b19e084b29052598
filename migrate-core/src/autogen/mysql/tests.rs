//! The MySQL writer on hand-built snapshots, in the shape the catalog
//! reader files them.

use super::plan;
use crate::autogen::Facts;
use crate::schema::{Fact, Snapshot};

/// A table with its columns (`name type nullable [default]`), indexes and
/// constraints (`name definition`).
struct T {
    name: &'static str,
    columns: Vec<(
        &'static str,
        &'static str,
        &'static str,
        Option<&'static str>,
    )>,
    indexes: Vec<(&'static str, &'static str)>,
    constraints: Vec<(&'static str, &'static str)>,
}

fn table(name: &'static str) -> T {
    T {
        name,
        columns: Vec::new(),
        indexes: Vec::new(),
        constraints: Vec::new(),
    }
}

impl T {
    fn col(
        mut self,
        n: &'static str,
        ty: &'static str,
        nullable: &'static str,
        d: Option<&'static str>,
    ) -> Self {
        self.columns.push((n, ty, nullable, d));
        self
    }
    fn index(mut self, n: &'static str, definition: &'static str) -> Self {
        self.indexes.push((n, definition));
        self
    }
    fn constraint(mut self, n: &'static str, definition: &'static str) -> Self {
        self.constraints.push((n, definition));
        self
    }
}

fn snapshot(tables: Vec<T>) -> Snapshot {
    let mut s = Snapshot::new();
    for t in tables {
        let f = || Fact::object("table", t.name);
        s.add(f().property("engine", Some("InnoDB")));
        s.add(f().property("collation", Some("utf8mb4_general_ci")));
        for (n, ty, nullable, d) in &t.columns {
            s.add(f().part("column", n).property("type", Some(ty)));
            s.add(f().part("column", n).property("nullable", Some(nullable)));
            s.add(f().part("column", n).property("default", *d));
        }
        for (n, d) in &t.indexes {
            s.add(f().part("index", n).property("definition", Some(d)));
        }
        for (n, d) in &t.constraints {
            s.add(f().part("constraint", n).property("definition", Some(d)));
        }
    }
    s
}

fn parent() -> T {
    table("parent")
        .col("id", "int(11)", "no", None)
        .index("PRIMARY", "UNIQUE BTREE (id)")
}

#[test]
fn same_schemas_plan_nothing() {
    let a = snapshot(vec![parent()]);
    assert!(plan(&a, &a.clone(), &Facts::default()).is_empty());
}

#[test]
fn a_new_table_is_created_whole_and_dropped_in_the_down() {
    let a = snapshot(vec![]);
    let b = snapshot(vec![parent().col(
        "name",
        "varchar(20)",
        "yes",
        Some("'x'"),
    )]);
    let p = plan(&a, &b, &Facts::default());
    let r = &p.revisions[0];
    assert!(r.transactional);
    assert_eq!(r.operations, 1);
    assert!(
        r.up.starts_with("CREATE TABLE IF NOT EXISTS `parent` (\n"),
        "{}",
        r.up
    );
    assert!(r.up.contains("`id` int(11) NOT NULL"), "{}", r.up);
    assert!(
        r.up.contains("`name` varchar(20) NULL DEFAULT 'x'"),
        "{}",
        r.up
    );
    assert!(r.up.contains("PRIMARY KEY (`id`)"), "{}", r.up);
    assert!(
        r.up.contains("ENGINE=InnoDB DEFAULT COLLATE=utf8mb4_general_ci"),
        "{}",
        r.up
    );
    assert_eq!(r.down.trim(), "DROP TABLE IF EXISTS `parent`;");
}

#[test]
fn one_table_s_changes_are_one_alter_table() {
    let a = snapshot(vec![parent()
        .col("old", "int(11)", "yes", Some("NULL"))
        .col("size", "int(11)", "yes", Some("NULL"))
        .index("idx_old", "BTREE (old)")]);
    let b = snapshot(vec![parent()
        .col("size", "bigint(20)", "yes", Some("NULL"))
        .col("tag", "varchar(10)", "no", Some("''"))
        .index("idx_tag", "UNIQUE BTREE (tag(5) DESC)")]);
    let p = plan(&a, &b, &Facts::default());
    let r = &p.revisions[0];
    assert_eq!(r.operations, 1, "{}", r.up);
    assert_eq!(
        r.up,
        "ALTER TABLE `parent`\n  DROP INDEX `idx_old`,\n  DROP COLUMN `old`,\n  \
         MODIFY COLUMN `size` bigint(20) NULL DEFAULT NULL,\n  \
         ADD COLUMN `tag` varchar(10) NOT NULL DEFAULT '',\n  \
         ADD UNIQUE KEY `idx_tag` (`tag`(5) DESC);\n"
    );
    assert!(
        r.down
            .contains("ADD COLUMN `old` int(11) NULL DEFAULT NULL"),
        "{}",
        r.down
    );
    assert!(r.down.contains("ADD KEY `idx_old` (`old`)"), "{}", r.down);
    assert!(p.reviews.is_empty());
}

#[test]
fn foreign_keys_are_dropped_first_and_added_last() {
    let child = || {
        table("child")
            .col("id", "int(11)", "no", None)
            .col("pid", "int(11)", "yes", Some("NULL"))
    };
    let a = snapshot(vec![parent(), child().index("pid", "BTREE (pid)")]);
    let b = snapshot(vec![
        parent(),
        child().index("fk", "BTREE (pid)").constraint(
            "fk",
            "FOREIGN KEY (pid) REFERENCES parent (id) ON UPDATE RESTRICT ON DELETE CASCADE",
        ),
    ]);
    let p = plan(&a, &b, &Facts::default());
    let r = &p.revisions[0];
    let alter = r.up.find("DROP INDEX `pid`").unwrap();
    let add =
        r.up.find(
            "ADD CONSTRAINT `fk` FOREIGN KEY (`pid`) REFERENCES `parent` (`id`) ON DELETE CASCADE",
        )
        .unwrap();
    assert!(alter < add, "{}", r.up);
    let drop = r.down.find("DROP FOREIGN KEY `fk`").unwrap();
    assert!(drop < r.down.find("DROP INDEX `fk`").unwrap(), "{}", r.down);
}

#[test]
fn a_key_on_a_column_whose_type_changes_is_dropped_and_added_again() {
    let key = "FOREIGN KEY (pid) REFERENCES parent (id) ON UPDATE RESTRICT ON DELETE RESTRICT";
    let child = |ty| {
        table("child")
            .col("pid", ty, "yes", Some("NULL"))
            .index("fk", "BTREE (pid)")
            .constraint("fk", key)
    };
    let parent_of = |ty| {
        table("parent")
            .col("id", ty, "no", None)
            .index("PRIMARY", "UNIQUE BTREE (id)")
    };
    let a = snapshot(vec![parent_of("int(11)"), child("int(11)")]);
    let b = snapshot(vec![parent_of("bigint(20)"), child("bigint(20)")]);
    let r = &plan(&a, &b, &Facts::default()).revisions[0];
    let drop = r.up.find("DROP FOREIGN KEY `fk`").unwrap();
    let modify = r.up.find("MODIFY COLUMN `id` bigint(20)").unwrap();
    let add = r.up.find("ADD CONSTRAINT `fk`").unwrap();
    assert!(drop < modify && modify < add, "{}", r.up);
    assert_eq!(r.operations, 4, "{}", r.up);
}

#[test]
fn dropped_tables_go_dependants_first_and_new_ones_referenced_first() {
    let key = "FOREIGN KEY (pid) REFERENCES parent (id) ON UPDATE RESTRICT ON DELETE RESTRICT";
    let child = table("child")
        .col("pid", "int(11)", "yes", Some("NULL"))
        .index("fk", "BTREE (pid)")
        .constraint("fk", key);
    let a = snapshot(vec![]);
    let b = snapshot(vec![parent(), child]);
    let r = &plan(&a, &b, &Facts::default()).revisions[0];
    assert!(
        r.up.find("`parent`").unwrap() < r.up.find("`child`").unwrap(),
        "{}",
        r.up
    );
    assert_eq!(r.operations, 2, "{}", r.up);
    // The key's own index is left to the key, as the declared SQL left it.
    assert!(r.up.contains("  CONSTRAINT `fk` FOREIGN KEY"), "{}", r.up);
    assert!(!r.up.contains("KEY `fk`"), "{}", r.up);
    assert_eq!(
        r.down,
        "DROP TABLE IF EXISTS `child`;\nDROP TABLE IF EXISTS `parent`;\n"
    );
}

#[test]
fn tables_that_refer_to_each_other_are_created_then_joined() {
    let a_key = "FOREIGN KEY (b_id) REFERENCES b (id) ON UPDATE RESTRICT ON DELETE RESTRICT";
    let b_key = "FOREIGN KEY (a_id) REFERENCES a (id) ON UPDATE RESTRICT ON DELETE RESTRICT";
    let t = |name, col, key| {
        table(name)
            .col("id", "int(11)", "no", None)
            .col(col, "int(11)", "yes", Some("NULL"))
            .index("PRIMARY", "UNIQUE BTREE (id)")
            .index(
                "k",
                if col == "a_id" {
                    "BTREE (a_id)"
                } else {
                    "BTREE (b_id)"
                },
            )
            .constraint("k", key)
    };
    let b = snapshot(vec![t("a", "b_id", a_key), t("b", "a_id", b_key)]);
    let r = &plan(&Snapshot::new(), &b, &Facts::default()).revisions[0];
    assert_eq!(r.operations, 3, "{}", r.up);
    assert!(
        r.up.trim_end()
            .ends_with("ADD CONSTRAINT `k` FOREIGN KEY (`b_id`) REFERENCES `b` (`id`);"),
        "{}",
        r.up
    );
    assert!(
        r.down
            .starts_with("ALTER TABLE `a`\n  DROP FOREIGN KEY `k`;"),
        "{}",
        r.down
    );
}

#[test]
fn a_look_alike_rename_needs_review() {
    let a = snapshot(vec![parent().col(
        "old_name",
        "varchar(10)",
        "yes",
        Some("NULL"),
    )]);
    let b = snapshot(vec![parent().col(
        "new_name",
        "varchar(10)",
        "yes",
        Some("NULL"),
    )]);
    let p = plan(&a, &b, &Facts::default());
    assert_eq!(p.reviews.len(), 1);
    assert!(p.reviews[0]
        .what
        .contains("RENAME COLUMN `old_name` TO `new_name`"));
    assert!(
        p.revisions[0]
            .up
            .starts_with("-- review: column parent.old_name is dropped"),
        "{}",
        p.revisions[0].up
    );
    assert!(!p.revisions[0].down.contains("-- review:"));
}

#[test]
fn rows_make_narrowing_and_not_null_reviews() {
    let a = snapshot(vec![parent().col("v", "varchar(50)", "yes", Some("NULL"))]);
    let b = snapshot(vec![parent()
        .col("v", "varchar(10)", "no", None)
        .col("w", "int(11)", "no", None)]);
    assert!(plan(&a, &b, &Facts::default()).reviews.is_empty());
    let p = plan(&a, &b, &Facts::with_rows(["parent"]));
    let text: Vec<&str> = p.reviews.iter().map(|r| r.what.as_str()).collect();
    assert_eq!(text.len(), 3, "{text:?}");
    assert!(text.iter().any(|t| t.contains("w is added NOT NULL")));
    assert!(text
        .iter()
        .any(|t| t.contains("from varchar(50) to varchar(10)")));
    assert!(text.iter().any(|t| t.contains("becomes NOT NULL")));
}

#[test]
fn widening_types_are_told_from_narrowing_ones() {
    use super::review::widens;
    assert!(widens("int(11)", "bigint(20)"));
    assert!(widens("int(10) unsigned", "bigint(20)"));
    assert!(!widens("int(11)", "int(10) unsigned"));
    assert!(!widens("bigint(20)", "int(11)"));
    assert!(widens("varchar(10)", "varchar(255)"));
    assert!(widens("varchar(255)", "text"));
    assert!(!widens("text", "varchar(255)"));
    assert!(widens("decimal(5,2)", "decimal(10,3)"));
    assert!(!widens("decimal(10,3)", "decimal(10,2)"));
    assert!(widens("enum('a','b')", "enum('a','b','c')"));
    assert!(!widens("enum('a','b')", "enum('a')"));
}

#[test]
fn defaults_are_spelled_as_each_server_takes_them() {
    use super::ddl::default_value;
    assert_eq!(default_value("'it''s'"), "'it''s'");
    assert_eq!(default_value("1.50"), "1.50");
    assert_eq!(default_value("NULL"), "NULL");
    assert_eq!(default_value("current_timestamp()"), "current_timestamp()");
    assert_eq!(
        default_value("CURRENT_TIMESTAMP(3)"),
        "CURRENT_TIMESTAMP(3)"
    );
    assert_eq!(default_value("uuid()"), "(uuid())");
    assert_eq!(default_value("b'1'"), "b'1'");
}

#[test]
fn columns_carry_extra_collation_and_comment() {
    use super::ddl::column;
    let mut props = crate::schema::Properties::new();
    for (k, v) in [
        ("type", "timestamp"),
        ("nullable", "no"),
        ("default", "current_timestamp()"),
        ("extra", "on update current_timestamp()"),
        ("comment", "it's"),
    ] {
        props.insert(k.to_owned(), v.to_owned());
    }
    assert_eq!(
        column("t", &props),
        "`t` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'it''s'"
    );
    props.clear();
    for (k, v) in [
        ("type", "int(11)"),
        ("nullable", "no"),
        ("extra", "auto_increment"),
    ] {
        props.insert(k.to_owned(), v.to_owned());
    }
    assert_eq!(column("id", &props), "`id` int(11) NOT NULL AUTO_INCREMENT");
    props.clear();
    for (k, v) in [
        ("type", "int(11)"),
        ("nullable", "yes"),
        ("extra", "VIRTUAL GENERATED"),
        ("generated", "`a` + 1"),
    ] {
        props.insert(k.to_owned(), v.to_owned());
    }
    assert_eq!(
        column("g", &props),
        "`g` int(11) GENERATED ALWAYS AS (`a` + 1) VIRTUAL"
    );
}
