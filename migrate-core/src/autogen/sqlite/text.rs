//! What the SQLite writer reads in SQL as SQLite keeps it: the body of a
//! `CREATE TABLE` (from its first parenthesis on), each column's definition
//! as written, and whether a statement names an object. Read through the
//! shared lexer, so strings and comments never count.

use crate::lex::{self, Kind, Token};
use crate::Dialect;

/// The significant tokens of `sql`.
fn tokens(sql: &str) -> impl Iterator<Item = Token<'_>> {
    lex::tokens(sql, Dialect::Sqlite).significant()
}

/// A name as SQL spells it: double-quoted, inner quotes doubled.
pub(super) fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The identifier a word or quoted-name token stands for.
fn name_of(token: &Token<'_>) -> Option<String> {
    match token.kind {
        Kind::Word => Some(token.text.to_owned()),
        Kind::QuotedName => Some(token.name().into_owned()),
        _ => None,
    }
}

/// `CREATE TABLE` text from its first parenthesis to the end (columns,
/// constraints, `WITHOUT ROWID`, `STRICT`): what follows the table's name.
pub(super) fn table_body(create: &str) -> Option<&str> {
    tokens(create)
        .find(|t| t.kind == Kind::Punct && t.text == "(")
        .map(|t| &create[t.offset..])
}

/// Each column of a `CREATE TABLE` with its definition as written (`"fee"
/// INTEGER NOT NULL DEFAULT 0`), in order; table constraints left out.
pub(super) fn column_definitions(create: &str) -> Vec<(String, String)> {
    let Some(body) = table_body(create) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start: Option<usize> = None;
    let mut first: Option<Token<'_>> = None;
    let mut close = |start: Option<usize>, end: usize, first: Option<Token<'_>>| {
        let (Some(start), Some(first)) = (start, first) else {
            return;
        };
        let constraint = first.kind == Kind::Word
            && ["CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"]
                .iter()
                .any(|w| first.text.eq_ignore_ascii_case(w));
        if let (false, Some(name)) = (constraint, name_of(&first)) {
            out.push((name, body[start..end].trim().to_owned()));
        }
    };
    for token in tokens(body) {
        match (token.kind, token.text) {
            (Kind::Punct, "(") => {
                depth += 1;
                if depth == 1 {
                    continue;
                }
            }
            (Kind::Punct, ")") => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    close(start.take(), token.offset, first.take());
                    break;
                }
            }
            (Kind::Punct, ",") if depth == 1 => {
                close(start.take(), token.offset, first.take());
                continue;
            }
            _ => {}
        }
        if depth >= 1 && start.is_none() {
            start = Some(token.offset);
            first = Some(token);
        }
    }
    out
}

/// How many times `sql` names `name` (case aside, quoted or not).
pub(super) fn mentions(sql: &str, name: &str) -> usize {
    tokens(sql)
        .filter_map(|t| name_of(&t))
        .filter(|n| n.eq_ignore_ascii_case(name))
        .count()
}

/// Whether `sql` names `name`.
pub(super) fn names(sql: &str, name: &str) -> bool {
    mentions(sql, name) > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_as_written_without_table_constraints() {
        let sql = "CREATE TABLE \"t\" (id integer primary key, \"a b\" text not null default 'x, y', \
                   c numeric(10, 2) check (c > 0), CONSTRAINT k UNIQUE (c), FOREIGN KEY (c) REFERENCES p(id)) STRICT";
        let columns = column_definitions(sql);
        let names: Vec<&str> = columns.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["id", "a b", "c"]);
        assert_eq!(columns[1].1, "\"a b\" text not null default 'x, y'");
        assert_eq!(columns[2].1, "c numeric(10, 2) check (c > 0)");
        assert!(table_body(sql).unwrap().starts_with("(id integer"));
        assert!(table_body(sql).unwrap().ends_with("STRICT"));
    }

    #[test]
    fn mentions_are_names_not_strings() {
        let sql = "CREATE VIEW v AS SELECT 't' AS x, [T].a FROM \"t\" -- t";
        assert_eq!(mentions(sql, "t"), 2);
        assert!(!names(sql, "u"));
    }
}
