//! MySQL's and MariaDB's catalog (`information_schema`, the current
//! database) read into a [`Snapshot`]: tables (engine, collation, comment),
//! columns (type, nullability, default, extra, generation, collation,
//! comment), indexes (columns with prefix lengths and order, uniqueness,
//! method), foreign keys (columns, target, actions), checks, views,
//! triggers, routines (parameters and body) and MariaDB sequences. Counters
//! and statistics that change by themselves (`AUTO_INCREMENT`, row counts,
//! sizes, a trigger's `ACTION_ORDER`, definers) are never read. Every value
//! is cast to text, since both servers type these columns differently.

use std::collections::{BTreeMap, BTreeSet};

use sqlx::mysql::MySqlConnection;
use sqlx::MySql;

use super::mysql_code::{routines, triggers, views};
use super::Catalog;
use crate::schema::{Fact, PartRef, Snapshot};

type Text = Option<String>;

impl Catalog for MySql {
    async fn snapshot(conn: &mut MySqlConnection) -> Result<Snapshot, sqlx::Error> {
        let server = Server::ask(conn).await?;
        read(conn, server).await
    }

    /// The server is asked what it is once a walk, not once a read.
    async fn snapshot_again(
        conn: &mut MySqlConnection,
        cache: &mut super::CatalogCache,
    ) -> Result<Snapshot, sqlx::Error> {
        let server = match cache.mysql {
            Some(server) => server,
            None => *cache.mysql.insert(Server::ask(conn).await?),
        };
        read(conn, server).await
    }

    fn implicit(snapshot: &Snapshot) -> Vec<PartRef> {
        let mut implicit = Vec::new();
        for (kind, table, object) in snapshot.objects() {
            let keys = object.parts.iter().filter_map(|((part, name), props)| {
                let definition = props.get("definition")?;
                let columns = definition.strip_prefix("FOREIGN KEY ")?;
                (part == "constraint").then(|| (name, parenthesized(columns)))
            });
            for (name, columns) in keys.collect::<Vec<_>>() {
                // Named after the key, or after its first column when the
                // key was given no name; on the key's columns either way.
                let first = columns.split(", ").next().unwrap_or_default();
                for candidate in [name.as_str(), first] {
                    let key = ("index".to_owned(), candidate.to_owned());
                    let Some(index) = object.parts.get(&key) else {
                        continue;
                    };
                    let definition = index.get("definition").map_or("", String::as_str);
                    if !definition.starts_with("UNIQUE") && parenthesized(definition) == columns {
                        implicit.push(PartRef {
                            kind: kind.to_owned(),
                            name: table.to_owned(),
                            part_kind: "index".to_owned(),
                            part_name: candidate.to_owned(),
                        });
                    }
                }
            }
        }
        implicit
    }
}

/// The text inside the first parentheses: `a, b` of `BTREE (a, b)`.
fn parenthesized(text: &str) -> &str {
    let start = text.find('(').map_or(0, |i| i + 1);
    let end = text[start..].find(')').map_or(text.len(), |i| start + i);
    &text[start..end]
}

/// Each table's kind (`table`, `view`, `sequence`) by name.
type Kinds = BTreeMap<String, &'static str>;

fn kind_of(kinds: &Kinds, table: &str) -> &'static str {
    kinds.get(table).copied().unwrap_or("table")
}

type ColumnRow = (
    String,
    String,
    String,
    String,
    Text,
    Text,
    Text,
    Text,
    Text,
    String,
);
/// A foreign key: target table, its columns here, the target's columns.
type ForeignKey = (String, Vec<String>, Vec<String>);

/// Tables, views and sequences: each one's kind, by name, for the rest.
async fn tables(conn: &mut MySqlConnection, snapshot: &mut Snapshot) -> Result<Kinds, sqlx::Error> {
    let tables: Vec<(String, String, Text, Text, Text)> = sqlx::query_as(
        "SELECT CAST(TABLE_NAME AS CHAR), CAST(TABLE_TYPE AS CHAR), CAST(ENGINE AS CHAR), \
                CAST(TABLE_COMMENT AS CHAR), CAST(TABLE_COLLATION AS CHAR) \
         FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut kinds = Kinds::new();
    for (name, ty, engine, comment, collation) in tables {
        let kind = match ty.as_str() {
            "VIEW" | "SYSTEM VIEW" => "view",
            "SEQUENCE" => "sequence",
            _ => "table",
        };
        let fact = || Fact::object(kind, &name);
        snapshot.add(fact());
        if kind == "table" {
            snapshot.add(fact().property("engine", engine.as_deref()));
            snapshot.add(fact().property("collation", collation.as_deref()));
            snapshot.add(fact().property("comment", comment.as_deref().filter(|c| !c.is_empty())));
        }
        kinds.insert(name, kind);
    }
    Ok(kinds)
}

/// What the reads need to know of the server, asked once.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Server {
    /// MariaDB, else MySQL.
    mariadb: bool,
    /// Whether it keeps `CHECK` constraints (not before MySQL 8.0.16 and
    /// MariaDB 10.2).
    keeps_checks: bool,
}

impl Server {
    async fn ask(conn: &mut MySqlConnection) -> Result<Server, sqlx::Error> {
        let (mariadb, keeps_checks): (i64, i64) = sqlx::query_as(
            "SELECT VERSION() LIKE '%MariaDB%', (SELECT COUNT(*) FROM information_schema.TABLES \
             WHERE TABLE_SCHEMA = 'information_schema' AND TABLE_NAME = 'CHECK_CONSTRAINTS')",
        )
        .fetch_one(&mut *conn)
        .await?;
        Ok(Server {
            mariadb: mariadb != 0,
            keeps_checks: keeps_checks != 0,
        })
    }
}

/// The schema, read in one query per part of the catalog.
async fn read(conn: &mut MySqlConnection, server: Server) -> Result<Snapshot, sqlx::Error> {
    let mut snapshot = Snapshot::new();
    let kinds = tables(conn, &mut snapshot).await?;
    columns(conn, &kinds, server.mariadb, &mut snapshot).await?;
    indexes(conn, &kinds, &mut snapshot).await?;
    foreign_keys(conn, &kinds, &mut snapshot).await?;
    if server.keeps_checks {
        checks(conn, &kinds, server.mariadb, &mut snapshot).await?;
    }
    views(conn, &mut snapshot).await?;
    triggers(conn, |table| kind_of(&kinds, table), &mut snapshot).await?;
    routines(conn, &mut snapshot).await?;
    Ok(snapshot)
}

/// A column default in one form for both servers, MariaDB's: a string
/// literal quoted, `NULL`, a number, or an expression. MySQL keeps a
/// literal unquoted and marks an expression `DEFAULT_GENERATED`.
fn default_form(default: Text, ty: &str, extra: &str, mariadb: bool) -> Text {
    let default = default?;
    if mariadb || extra.contains("DEFAULT_GENERATED") {
        return Some(default);
    }
    let base = ty
        .split(['(', ' '])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let numeric = [
        "tinyint",
        "smallint",
        "mediumint",
        "int",
        "integer",
        "bigint",
        "decimal",
        "numeric",
        "float",
        "double",
        "real",
        "bit",
        "year",
    ]
    .contains(&base.as_str());
    if numeric {
        return Some(default);
    }
    Some(format!(
        "'{}'",
        default.replace('\\', "\\\\").replace('\'', "''")
    ))
}

/// Columns of tables and views.
async fn columns(
    conn: &mut MySqlConnection,
    kinds: &Kinds,
    mariadb: bool,
    snapshot: &mut Snapshot,
) -> Result<(), sqlx::Error> {
    let columns: Vec<ColumnRow> = sqlx::query_as(
        "SELECT CAST(TABLE_NAME AS CHAR), CAST(COLUMN_NAME AS CHAR), \
                    CAST(COLUMN_TYPE AS CHAR), CAST(IS_NULLABLE AS CHAR), \
                    CAST(COLUMN_DEFAULT AS CHAR), CAST(EXTRA AS CHAR), \
                    CAST(GENERATION_EXPRESSION AS CHAR), CAST(COLUMN_COMMENT AS CHAR), \
                    CAST(COLLATION_NAME AS CHAR), CAST(ORDINAL_POSITION AS CHAR) \
             FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()",
    )
    .fetch_all(&mut *conn)
    .await?;
    for (table, name, ty, nullable, default, extra, generated, comment, collation, position) in
        columns
    {
        let kind = kind_of(kinds, &table);
        if kind == "sequence" {
            continue;
        }
        let column = || Fact::object(kind, &table).part("column", &name);
        let nonempty = |v: &Text| v.clone().filter(|v| !v.is_empty());
        snapshot.add(column().property("type", Some(&ty)));
        snapshot.add(column().property("nullable", Some(&nullable.to_lowercase())));
        let extra_text = extra.as_deref().unwrap_or("");
        let default = default_form(default, &ty, extra_text, mariadb);
        snapshot.add(column().property("default", default.as_deref()));
        snapshot.add(column().property("extra", nonempty(&extra).as_deref()));
        snapshot.add(column().property("generated", nonempty(&generated).as_deref()));
        snapshot.add(column().property("comment", nonempty(&comment).as_deref()));
        snapshot.add(column().property("collation", collation.as_deref()));
        // Where the column stands (for the writer; never compared).
        snapshot.add(column().property("~position", Some(&position)));
    }
    Ok(())
}

/// Indexes, primary keys and unique keys, from their columns in order.
async fn indexes(
    conn: &mut MySqlConnection,
    kinds: &Kinds,
    snapshot: &mut Snapshot,
) -> Result<(), sqlx::Error> {
    let index_rows: Vec<(String, String, String, Text, Text, Text, Text)> = sqlx::query_as(
        "SELECT CAST(TABLE_NAME AS CHAR), CAST(INDEX_NAME AS CHAR), CAST(NON_UNIQUE AS CHAR), \
                CAST(COLUMN_NAME AS CHAR), CAST(SUB_PART AS CHAR), CAST(COLLATION AS CHAR), \
                CAST(INDEX_TYPE AS CHAR) \
         FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() \
         ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut indexes: BTreeMap<(String, String), (bool, Text, Vec<String>)> = BTreeMap::new();
    for (table, index, non_unique, column, sub_part, collation, method) in index_rows {
        let entry = indexes
            .entry((table, index))
            .or_insert_with(|| (non_unique == "0", method, Vec::new()));
        let mut part = column.unwrap_or_else(|| "<expression>".to_owned());
        if let Some(length) = sub_part {
            part = format!("{part}({length})");
        }
        if collation.as_deref() == Some("D") {
            part.push_str(" DESC");
        }
        entry.2.push(part);
    }
    for ((table, index), (unique, method, columns)) in indexes {
        let definition = format!(
            "{}{} ({})",
            if unique { "UNIQUE " } else { "" },
            method.unwrap_or_default(),
            columns.join(", ")
        );
        snapshot.add(
            Fact::object(kind_of(kinds, &table), &table)
                .part("index", &index)
                .property("definition", Some(&definition)),
        );
    }
    Ok(())
}

/// Foreign keys: columns, target and actions.
async fn foreign_keys(
    conn: &mut MySqlConnection,
    kinds: &Kinds,
    snapshot: &mut Snapshot,
) -> Result<(), sqlx::Error> {
    let key_rows: Vec<(String, String, String, String, String)> = sqlx::query_as(
        "SELECT CAST(k.TABLE_NAME AS CHAR), CAST(k.CONSTRAINT_NAME AS CHAR), \
                CAST(k.COLUMN_NAME AS CHAR), CAST(k.REFERENCED_TABLE_NAME AS CHAR), \
                CAST(k.REFERENCED_COLUMN_NAME AS CHAR) \
         FROM information_schema.KEY_COLUMN_USAGE k \
         WHERE k.CONSTRAINT_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL \
         ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut keys: BTreeMap<(String, String), ForeignKey> = BTreeMap::new();
    for (table, name, column, target, target_column) in key_rows {
        let entry = keys
            .entry((table, name))
            .or_insert_with(|| (target, Vec::new(), Vec::new()));
        entry.1.push(column);
        entry.2.push(target_column);
    }
    let actions: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT CAST(TABLE_NAME AS CHAR), CAST(CONSTRAINT_NAME AS CHAR), \
                CAST(UPDATE_RULE AS CHAR), CAST(DELETE_RULE AS CHAR) \
         FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()",
    )
    .fetch_all(&mut *conn)
    .await?;
    let actions: BTreeMap<(String, String), (String, String)> = actions
        .into_iter()
        .map(|(t, n, u, d)| ((t, n), (u, d)))
        .collect();
    for ((table, name), (target, from, to)) in keys {
        let (on_update, on_delete) = actions
            .get(&(table.clone(), name.clone()))
            .cloned()
            .unwrap_or_default();
        let definition = format!(
            "FOREIGN KEY ({}) REFERENCES {target} ({}) ON UPDATE {on_update} ON DELETE {on_delete}",
            from.join(", "),
            to.join(", ")
        );
        snapshot.add(
            Fact::object(kind_of(kinds, &table), &table)
                .part("constraint", &name)
                .property("definition", Some(&definition)),
        );
    }
    Ok(())
}

/// `CHECK` constraints.
async fn checks(
    conn: &mut MySqlConnection,
    kinds: &Kinds,
    mariadb: bool,
    snapshot: &mut Snapshot,
) -> Result<(), sqlx::Error> {
    // MariaDB names checks per table and lists the table with each (a join
    // of two `information_schema` tables, which it builds in full, was half
    // of a read there); MySQL names them per schema and lists only the name.
    // MariaDB keeps a check written in a column's definition with the column
    // (`LEVEL` 'Column', named after it): only redefining the column drops it.
    let query = if mariadb {
        "SELECT CAST(TABLE_NAME AS CHAR), CAST(CONSTRAINT_NAME AS CHAR), \
                CAST(CHECK_CLAUSE AS CHAR), CAST(LEVEL AS CHAR) \
         FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"
    } else {
        "SELECT CAST(t.TABLE_NAME AS CHAR), CAST(t.CONSTRAINT_NAME AS CHAR), \
                CAST(c.CHECK_CLAUSE AS CHAR), 'Table' \
         FROM information_schema.TABLE_CONSTRAINTS t \
         JOIN information_schema.CHECK_CONSTRAINTS c \
           ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME \
         WHERE t.CONSTRAINT_SCHEMA = DATABASE() AND t.CONSTRAINT_TYPE = 'CHECK'"
    };
    let checks: Vec<(String, String, String, String)> =
        sqlx::query_as(query).fetch_all(&mut *conn).await?;
    for (table, name, clause, level) in checks {
        let kind = kind_of(kinds, &table);
        let object = Fact::object(kind, &table);
        let definition = format!("CHECK ({clause})");
        snapshot.add(if level == "Column" {
            let column = check_column(snapshot, kind, &table, &name, &clause);
            object
                .part("column", &column)
                .property("check", Some(&definition))
        } else {
            object
                .part("constraint", &name)
                .property("definition", Some(&definition))
        });
    }
    Ok(())
}

/// The column a MariaDB column-level check belongs to. It is named after
/// the column it was written with, and keeps that name when the column is
/// renamed: the column it names where its clause mentions that one, else
/// the one column of the table its clause mentions.
fn check_column(snapshot: &Snapshot, kind: &str, table: &str, name: &str, clause: &str) -> String {
    let parts = snapshot.get(kind, table).map(|o| &o.parts);
    let is_column =
        |c: &&str| parts.is_some_and(|p| p.contains_key(&("column".into(), (*c).into())));
    let mentioned: BTreeSet<&str> = clause
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(is_column)
        .collect();
    match mentioned.first() {
        Some(only) if mentioned.len() == 1 => (*only).to_owned(),
        _ => name.to_owned(),
    }
}
