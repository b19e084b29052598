//! MySQL's and MariaDB's views, triggers and routines: the parts of the
//! catalog that hold SQL bodies, read into the same [`Snapshot`] as the
//! tables ([`super::mysql`]). A body is kept as written under `~body` for
//! autogenerate, and compared without its comments.

use std::collections::BTreeMap;

use sqlx::mysql::MySqlConnection;

use crate::lex::Kind;
use crate::schema::{squeeze_sql, Fact, Snapshot};

type Text = Option<String>;
type RoutineRow = (String, String, Text, Text, Text, Text, Text, Text);

/// Views' definitions and options.
pub(super) async fn views(
    conn: &mut MySqlConnection,
    snapshot: &mut Snapshot,
) -> Result<(), sqlx::Error> {
    let views: Vec<(String, Text, Text, Text, String)> = sqlx::query_as(
        "SELECT CAST(TABLE_NAME AS CHAR), CAST(VIEW_DEFINITION AS CHAR), \
                CAST(CHECK_OPTION AS CHAR), CAST(SECURITY_TYPE AS CHAR), \
                CAST(TABLE_SCHEMA AS CHAR) \
         FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()",
    )
    .fetch_all(&mut *conn)
    .await?;
    for (name, definition, check, security, schema) in views {
        // The server names every table with its database; the same view
        // in another database is the same view.
        let own = format!("`{}`.", schema.replace('`', "``"));
        let definition = definition.map(|d| d.replace(&own, ""));
        let view = || Fact::object("view", &name);
        snapshot.add(view().property("definition", definition.as_deref()));
        snapshot.add(view().property("check option", check.as_deref()));
        snapshot.add(view().property("security", security.as_deref()));
    }
    Ok(())
}

/// Triggers, as parts of their table.
pub(super) async fn triggers(
    conn: &mut MySqlConnection,
    kind_of: impl Fn(&str) -> &'static str,
    snapshot: &mut Snapshot,
) -> Result<(), sqlx::Error> {
    let triggers: Vec<(String, String, String, String, Text)> = sqlx::query_as(
        "SELECT CAST(EVENT_OBJECT_TABLE AS CHAR), CAST(TRIGGER_NAME AS CHAR), \
                CAST(ACTION_TIMING AS CHAR), CAST(EVENT_MANIPULATION AS CHAR), \
                CAST(ACTION_STATEMENT AS CHAR) \
         FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()",
    )
    .fetch_all(&mut *conn)
    .await?;
    for (table, name, timing, event, body) in triggers {
        let raw = body.unwrap_or_default();
        let body = squeeze_sql(&without_comments(&raw), false);
        let definition = format!("{timing} {event} FOR EACH ROW {body}");
        let trigger = || Fact::object(kind_of(&table), &table).part("trigger", &name);
        snapshot.add(trigger().property("definition", Some(&definition)));
        // As written, for autogenerate to write it again (never compared).
        snapshot.add(trigger().property("~body", Some(&raw)));
    }
    Ok(())
}

/// A body without its comments (but for those MySQL runs, `/*!...*/`),
/// each replaced by a space: what it does, not how it was annotated (a
/// client may strip them before the server sees the body).
fn without_comments(body: &str) -> String {
    crate::lex::tokens(body, crate::Dialect::Mysql)
        .map(|token| match token.kind {
            Kind::LineComment => " ",
            Kind::BlockComment if !token.text.starts_with("/*!") => " ",
            _ => token.text,
        })
        .collect()
}

/// Functions and procedures: parameters, result and body.
pub(super) async fn routines(
    conn: &mut MySqlConnection,
    snapshot: &mut Snapshot,
) -> Result<(), sqlx::Error> {
    let params: Vec<(String, String, Text, Text, Text)> = sqlx::query_as(
        "SELECT CAST(SPECIFIC_NAME AS CHAR), CAST(ROUTINE_TYPE AS CHAR), \
                CAST(PARAMETER_MODE AS CHAR), CAST(PARAMETER_NAME AS CHAR), \
                CAST(DTD_IDENTIFIER AS CHAR) \
         FROM information_schema.PARAMETERS \
         WHERE SPECIFIC_SCHEMA = DATABASE() AND ORDINAL_POSITION > 0 \
         ORDER BY SPECIFIC_NAME, ROUTINE_TYPE, ORDINAL_POSITION",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut signatures: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for (routine, ty, mode, name, data_type) in params {
        let words: Vec<String> = [mode, name, data_type].into_iter().flatten().collect();
        signatures
            .entry((ty, routine))
            .or_default()
            .push(words.join(" "));
    }
    let routines: Vec<RoutineRow> = sqlx::query_as(
        "SELECT CAST(ROUTINE_TYPE AS CHAR), CAST(ROUTINE_NAME AS CHAR), \
                CAST(DTD_IDENTIFIER AS CHAR), CAST(ROUTINE_DEFINITION AS CHAR), \
                CAST(IS_DETERMINISTIC AS CHAR), CAST(SQL_DATA_ACCESS AS CHAR), \
                CAST(SECURITY_TYPE AS CHAR), CAST(ROUTINE_COMMENT AS CHAR) \
         FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()",
    )
    .fetch_all(&mut *conn)
    .await?;
    for (ty, name, returns, body, deterministic, access, security, comment) in routines {
        let kind = ty.to_lowercase();
        let routine = || Fact::object(&kind, &name);
        let signature = signatures
            .get(&(ty.clone(), name.clone()))
            .map(|p| p.join(", "))
            .unwrap_or_default();
        snapshot.add(routine().property("parameters", Some(&signature)));
        snapshot.add(routine().property("returns", returns.as_deref()));
        snapshot.add(routine().property("~body", body.as_deref()));
        let body = body
            .as_deref()
            .map(|b| squeeze_sql(&without_comments(b), false));
        snapshot.add(routine().property("definition", body.as_deref()));
        snapshot.add(routine().property("deterministic", deterministic.as_deref()));
        snapshot.add(routine().property("data access", access.as_deref()));
        snapshot.add(routine().property("security", security.as_deref()));
        snapshot.add(routine().property("comment", comment.as_deref().filter(|c| !c.is_empty())));
    }
    Ok(())
}
