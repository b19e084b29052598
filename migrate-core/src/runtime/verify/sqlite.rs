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
        let pragmas = Pragmas::read(conn).await?;
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
                "table" if table_facts(&pragmas, name, &mut snapshot) => {
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

/// A table's kind (`table`, `virtual`, `shadow`), `WITHOUT ROWID`, `STRICT`.
type TableOptions = (String, i64, i64);
/// A column: name, declared type, not null, default, primary key position,
/// hidden (1 a virtual table's own, 2 and 3 generated).
type Column = (String, String, i64, Option<String>, i64, i64);
/// A foreign key's column pair: its id, target table, from, to, on update,
/// on delete.
type KeyColumn = (i64, String, String, Option<String>, String, String);
/// An index: name, unique, origin (`c`, `u`, `pk`), partial.
type Index = (String, i64, String, i64);
/// An index's key column: its name (none for an expression), descending.
type IndexColumn = (Option<String>, i64);
/// A [`Column`] with its table's name first, as the one query reads it.
type TableColumn = (String, String, String, i64, Option<String>, i64, i64);
/// A [`KeyColumn`] with its table's name first.
type TableKeyColumn = (String, i64, String, String, Option<String>, String, String);

/// Every table's pragmas, each read for all tables at once (a table-valued
/// pragma joined with `sqlite_master`): a handful of calls to SQLite's
/// worker thread a read, where one call a pragma and table made a read of
/// a 40-table schema cost hundreds.
struct Pragmas {
    options: BTreeMap<String, TableOptions>,
    columns: BTreeMap<String, Vec<Column>>,
    keys: BTreeMap<String, Vec<KeyColumn>>,
    indexes: BTreeMap<String, Vec<Index>>,
    index_columns: BTreeMap<String, Vec<IndexColumn>>,
    index_sql: BTreeMap<String, Option<String>>,
}

impl Pragmas {
    async fn read(conn: &mut SqliteConnection) -> Result<Pragmas, sqlx::Error> {
        let options: Vec<(String, String, i64, i64)> = sqlx::query_as(
            "SELECT name, type, wr, strict FROM pragma_table_list WHERE schema = 'main'",
        )
        .fetch_all(&mut *conn)
        .await?;
        let columns: Vec<TableColumn> = sqlx::query_as(
            "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden \
                 FROM sqlite_master m, pragma_table_xinfo(m.name) p \
                 WHERE m.type = 'table' ORDER BY m.name, p.cid",
        )
        .fetch_all(&mut *conn)
        .await?;
        let keys: Vec<TableKeyColumn> = sqlx::query_as(
            "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete \
                 FROM sqlite_master m, pragma_foreign_key_list(m.name) f \
                 WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq",
        )
        .fetch_all(&mut *conn)
        .await?;
        let indexes: Vec<(String, String, i64, String, i64)> = sqlx::query_as(
            "SELECT m.name, i.name, i.\"unique\", i.origin, i.partial \
             FROM sqlite_master m, pragma_index_list(m.name) i \
             WHERE m.type = 'table' ORDER BY m.name, i.seq",
        )
        .fetch_all(&mut *conn)
        .await?;
        let index_columns: Vec<(String, Option<String>, i64)> = sqlx::query_as(
            "SELECT m.name, x.name, x.\"desc\" \
             FROM sqlite_master m, pragma_index_xinfo(m.name) x \
             WHERE m.type = 'index' AND x.key = 1 ORDER BY m.name, x.seqno",
        )
        .fetch_all(&mut *conn)
        .await?;
        let index_sql: Vec<(String, Option<String>)> =
            sqlx::query_as("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
                .fetch_all(&mut *conn)
                .await?;
        fn grouped<K: Ord, V>(rows: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, Vec<V>> {
            let mut map: BTreeMap<K, Vec<V>> = BTreeMap::new();
            for (key, value) in rows {
                map.entry(key).or_default().push(value);
            }
            map
        }
        Ok(Pragmas {
            options: options
                .into_iter()
                .map(|(name, kind, wr, strict)| (name, (kind, wr, strict)))
                .collect(),
            columns: grouped(columns.into_iter().map(
                |(table, name, ty, not_null, default, pk, hidden)| {
                    (table, (name, ty, not_null, default, pk, hidden))
                },
            )),
            keys: grouped(keys.into_iter().map(
                |(table, id, target, from, to, on_update, on_delete)| {
                    (table, (id, target, from, to, on_update, on_delete))
                },
            )),
            indexes: grouped(
                indexes
                    .into_iter()
                    .map(|(table, name, unique, origin, partial)| {
                        (table, (name, unique, origin, partial))
                    }),
            ),
            index_columns: grouped(
                index_columns
                    .into_iter()
                    .map(|(index, name, desc)| (index, (name, desc))),
            ),
            index_sql: index_sql.into_iter().collect(),
        })
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

/// The rows `pragmas` keeps under `key` (none where there are none).
fn rows<'p, V>(map: &'p BTreeMap<String, Vec<V>>, key: &str) -> &'p [V] {
    map.get(key).map(Vec::as_slice).unwrap_or_default()
}

/// Adds one table's facts; false (and nothing added) for the shadow
/// tables a virtual table keeps, which come and go with it.
fn table_facts(pragmas: &Pragmas, table: &str, snapshot: &mut Snapshot) -> bool {
    let fact = || Fact::object("table", table);
    let options = pragmas.options.get(table);
    if options.is_some_and(|(kind, ..)| kind == "shadow") {
        return false;
    }
    snapshot.add(fact());
    if let Some((kind, without_rowid, strict)) = options {
        snapshot.add(fact().property("without rowid", (*without_rowid != 0).then_some("yes")));
        snapshot.add(fact().property("strict", (*strict != 0).then_some("yes")));
        snapshot.add(fact().property("virtual", (kind == "virtual").then_some("yes")));
    }
    for (name, ty, not_null, default, pk, hidden) in rows(&pragmas.columns, table) {
        if *hidden == 1 {
            continue; // a virtual table's hidden column (FTS5's own name, rank)
        }
        let column = || fact().part("column", name);
        // Declared types and defaults are kept as written, in any case.
        let ty = normalized(ty).to_uppercase();
        snapshot.add(column().property("type", Some(&ty)));
        snapshot
            .add(column().property("nullable", Some(if *not_null != 0 { "no" } else { "yes" })));
        snapshot.add(column().property("default", default.as_deref().map(normalized).as_deref()));
        let pk = pk.to_string();
        snapshot.add(column().property("primary key position", (pk != "0").then_some(&pk)));
        let generated = match *hidden {
            2 => Some("virtual"),
            3 => Some("stored"),
            _ => None,
        };
        snapshot.add(column().property("generated", generated));
    }
    let mut foreign: BTreeMap<i64, ForeignKey> = BTreeMap::new();
    for (id, target, from, to, on_update, on_delete) in rows(&pragmas.keys, table) {
        let entry = foreign.entry(*id).or_insert_with(|| {
            (
                target.clone(),
                Vec::new(),
                Vec::new(),
                on_update.clone(),
                on_delete.clone(),
            )
        });
        entry.1.push(from.clone());
        entry.2.extend(to.clone());
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
    for (index, unique, origin, partial) in rows(&pragmas.indexes, table) {
        let columns = rows(&pragmas.index_columns, index);
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
                let part = || fact().part("index", index);
                snapshot.add(part().property("columns", Some(&columns)));
                snapshot
                    .add(part().property("unique", Some(if *unique != 0 { "yes" } else { "no" })));
                let sql = pragmas.index_sql.get(index).and_then(Option::as_deref);
                if *partial != 0 || has_expression {
                    snapshot.add(part().property("definition", sql.map(normalized).as_deref()));
                }
                snapshot.add(part().property(KEPT, sql));
            }
        }
    }
    true
}
