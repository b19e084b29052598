//! SQLite's catalog (`sqlite_schema` and the table pragmas) read into a
//! [`Snapshot`]. Tables are read through pragmas, not their `CREATE TABLE`
//! text, which `ALTER TABLE ... ADD COLUMN` rewrites: columns (type,
//! nullability, default, primary key, generated), foreign keys (by their
//! columns, since SQLite does not keep their names), unique constraints and
//! indexes. Views, triggers and partial or expression indexes are compared
//! by their SQL text, whitespace, case and identifier quotes aside. What
//! only a table's SQL says is read from it: `CHECK` constraints (by their
//! expression), column collations, `AUTOINCREMENT`. A virtual table's
//! shadow tables are left out (they come with it). Each table, index, view and trigger
//! also carries its SQL exactly as SQLite keeps it under `~sql`, never
//! compared: what autogenerate writes its statements from.

use std::collections::BTreeMap;

use sqlx::sqlite::SqliteConnection;
use sqlx::Sqlite;

use super::Catalog;
use crate::autogen::sqlite::{declarations, KEPT};
use crate::schema::{squeeze_sql, Fact, Snapshot};

/// SQL as SQLite keeps it (as written), reduced to what it says.
fn normalized(sql: &str) -> String {
    squeeze_sql(sql, true)
}

impl Catalog for Sqlite {
    async fn snapshot(conn: &mut SqliteConnection) -> Result<Snapshot, sqlx::Error> {
        let mut snapshot = Snapshot::new();
        let objects: Vec<(String, String, String, Option<String>)> = sqlx::query_as(
            "SELECT type, name, tbl_name, sql FROM sqlite_master \
             WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name",
        )
        .fetch_all(&mut *conn)
        .await?;
        let kinds: BTreeMap<&str, &str> = objects
            .iter()
            .filter(|(kind, ..)| kind == "table" || kind == "view")
            .map(|(kind, name, ..)| (name.as_str(), kind.as_str()))
            .collect();
        for (kind, name, table, kept) in &objects {
            let sql = kept.as_deref().map(normalized);
            let kept = kept.as_deref();
            match kind.as_str() {
                // A shadow table of a virtual one is not read.
                "table" if table_facts(conn, name, &mut snapshot).await? => {
                    let table = || Fact::object("table", name);
                    snapshot.add(table().property(KEPT, kept));
                    declared_facts(name, kept.unwrap_or(""), &mut snapshot);
                }
                "view" => {
                    snapshot.add(Fact::object("view", name).property("definition", sql.as_deref()));
                    snapshot.add(Fact::object("view", name).property(KEPT, kept));
                }
                "trigger" => {
                    let owner = kinds.get(table.as_str()).copied().unwrap_or("table");
                    let trigger = || Fact::object(owner, table).part("trigger", name);
                    snapshot.add(trigger().property("definition", sql.as_deref()));
                    snapshot.add(trigger().property(KEPT, kept));
                }
                _ => {} // indexes are read with their table
            }
        }
        Ok(snapshot)
    }
}

/// A foreign key: target table, columns here, the target's columns, its
/// actions on update and on delete.
type ForeignKey = (String, Vec<String>, Vec<String>, String, String);

/// What the table's SQL says and the pragmas do not: each `CHECK` (a
/// part named by its expression), each column's collation and generated
/// expression, `AUTOINCREMENT`.
fn declared_facts(table: &str, sql: &str, snapshot: &mut Snapshot) {
    let fact = || Fact::object("table", table);
    let declared = declarations(sql);
    for check in &declared.checks {
        snapshot.add(fact().part("check", &normalized(check)));
    }
    for (column, collation) in &declared.collations {
        snapshot.add(
            fact()
                .part("column", column)
                .property("collation", Some(collation)),
        );
    }
    for (column, expression) in &declared.expressions {
        let expression = normalized(expression);
        snapshot.add(
            fact()
                .part("column", column)
                .property("expression", Some(&expression)),
        );
    }
    let autoincrement = declared.autoincrement.then_some("yes");
    snapshot.add(fact().property("autoincrement", autoincrement));
}

/// Reads one table's facts; false (and nothing read) for the shadow
/// tables a virtual table keeps, which come and go with it.
async fn table_facts(
    conn: &mut SqliteConnection,
    table: &str,
    snapshot: &mut Snapshot,
) -> Result<bool, sqlx::Error> {
    let fact = || Fact::object("table", table);
    let options: Option<(String, i64, i64)> = sqlx::query_as(
        "SELECT type, wr, strict FROM pragma_table_list WHERE schema = 'main' AND name = ?",
    )
    .bind(table)
    .fetch_optional(&mut *conn)
    .await?;
    if options.as_ref().is_some_and(|(kind, ..)| kind == "shadow") {
        return Ok(false);
    }
    snapshot.add(fact());
    if let Some((kind, without_rowid, strict)) = options {
        snapshot.add(fact().property("without rowid", (without_rowid != 0).then_some("yes")));
        snapshot.add(fact().property("strict", (strict != 0).then_some("yes")));
        snapshot.add(fact().property("virtual", (kind == "virtual").then_some("yes")));
    }
    let columns: Vec<(String, String, i64, Option<String>, i64, i64)> = sqlx::query_as(
        "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?)",
    )
    .bind(table)
    .fetch_all(&mut *conn)
    .await?;
    for (name, ty, not_null, default, pk, hidden) in columns {
        if hidden == 1 {
            continue; // a virtual table's hidden column (FTS5's own name, rank)
        }
        let column = || fact().part("column", &name);
        // Declared types and defaults are kept as written, in any case.
        let ty = normalized(&ty).to_uppercase();
        snapshot.add(column().property("type", Some(&ty)));
        snapshot.add(column().property("nullable", Some(if not_null != 0 { "no" } else { "yes" })));
        snapshot.add(column().property("default", default.as_deref().map(normalized).as_deref()));
        let pk = pk.to_string();
        snapshot.add(column().property("primary key position", (pk != "0").then_some(&pk)));
        let generated = match hidden {
            2 => Some("virtual"),
            3 => Some("stored"),
            _ => None,
        };
        snapshot.add(column().property("generated", generated));
    }
    let keys: Vec<(i64, String, String, Option<String>, String, String)> = sqlx::query_as(
        "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete \
         FROM pragma_foreign_key_list(?) ORDER BY id, seq",
    )
    .bind(table)
    .fetch_all(&mut *conn)
    .await?;
    let mut foreign: BTreeMap<i64, ForeignKey> = BTreeMap::new();
    for (id, target, from, to, on_update, on_delete) in keys {
        let entry = foreign
            .entry(id)
            .or_insert_with(|| (target, Vec::new(), Vec::new(), on_update, on_delete));
        entry.1.push(from);
        entry.2.extend(to);
    }
    for (target, from, to, on_update, on_delete) in foreign.into_values() {
        let name = format!(
            "({}) references {target}({})",
            from.join(", "),
            to.join(", ")
        );
        let key = || fact().part("foreign key", &name);
        snapshot.add(key().property("on update", Some(&on_update)));
        snapshot.add(key().property("on delete", Some(&on_delete)));
    }
    let indexes: Vec<(String, i64, String, i64)> =
        sqlx::query_as("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)")
            .bind(table)
            .fetch_all(&mut *conn)
            .await?;
    for (index, unique, origin, partial) in indexes {
        let columns: Vec<(Option<String>, i64)> = sqlx::query_as(
            "SELECT name, \"desc\" FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno",
        )
        .bind(&index)
        .fetch_all(&mut *conn)
        .await?;
        let has_expression = columns.iter().any(|(name, _)| name.is_none());
        let columns = columns
            .iter()
            .map(|(name, desc)| {
                let name = name.as_deref().unwrap_or("<expression>");
                if *desc != 0 {
                    format!("{name} DESC")
                } else {
                    name.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        match origin.as_str() {
            // The primary key is in each column's `primary key position`.
            "pk" => {}
            // Named by SQLite after the table and a number: by its columns.
            "u" => snapshot.add(fact().part("unique", &format!("({columns})"))),
            _ => {
                let part = || fact().part("index", &index);
                snapshot.add(part().property("columns", Some(&columns)));
                snapshot
                    .add(part().property("unique", Some(if unique != 0 { "yes" } else { "no" })));
                let sql: Option<String> = sqlx::query_scalar(
                    "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                )
                .bind(&index)
                .fetch_optional(&mut *conn)
                .await?
                .flatten();
                if partial != 0 || has_expression {
                    snapshot.add(
                        part().property("definition", sql.as_deref().map(normalized).as_deref()),
                    );
                }
                snapshot.add(part().property(KEPT, sql.as_deref()));
            }
        }
    }
    Ok(true)
}
