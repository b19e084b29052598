//! What the SQLite writer reads in SQL as SQLite keeps it: the body of a
//! `CREATE TABLE` (from its first parenthesis on), each column's definition
//! as written, what only the table's SQL declares, and whether a statement
//! names an object. Read through the
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

/// What a `CREATE TABLE` says that SQLite's table pragmas do not: its
/// `CHECK` constraints (each expression, as written), each column's
/// collation, and whether its key is `AUTOINCREMENT`.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Declarations {
    /// Each `CHECK` expression, table-level or on a column, as written.
    pub checks: Vec<String>,
    /// Columns declared with `COLLATE`, and the collation.
    pub collations: Vec<(String, String)>,
    /// Generated columns, and their expression as written.
    pub expressions: Vec<(String, String)>,
    /// Whether the table says `AUTOINCREMENT`.
    pub autoincrement: bool,
}

/// The [`Declarations`] of a `CREATE TABLE`.
pub fn declarations(create: &str) -> Declarations {
    let mut out = Declarations::default();
    let Some(body) = table_body(create) else {
        return out;
    };
    let all: Vec<Token<'_>> = tokens(body).collect();
    for (i, token) in all.iter().enumerate() {
        if token.kind != Kind::Word {
            continue;
        }
        if token.text.eq_ignore_ascii_case("AUTOINCREMENT") {
            out.autoincrement = true;
        }
        let opens = all.get(i + 1).is_some_and(|t| t.text == "(");
        if token.text.eq_ignore_ascii_case("CHECK") && opens {
            out.checks.extend(parenthesized(body, &all[i + 1..]));
        }
    }
    for (column, definition) in column_definitions(create) {
        let words: Vec<Token<'_>> = tokens(&definition).collect();
        let collation = words
            .windows(2)
            .find(|w| w[0].kind == Kind::Word && w[0].text.eq_ignore_ascii_case("COLLATE"))
            .and_then(|w| name_of(&w[1]));
        if let Some(collation) = collation {
            out.collations
                .push((column.clone(), collation.to_ascii_uppercase()));
        }
        let generated = words.windows(2).position(|w| {
            w[0].kind == Kind::Word && w[0].text.eq_ignore_ascii_case("AS") && w[1].text == "("
        });
        if let Some(at) = generated {
            if let Some(expression) = parenthesized(&definition, &words[at + 1..]) {
                out.expressions.push((column, expression));
            }
        }
    }
    out
}

/// The text inside the parentheses `tokens` (of `sql`) opens with.
fn parenthesized(sql: &str, tokens: &[Token<'_>]) -> Option<String> {
    let open = tokens.first()?;
    let mut depth = 0usize;
    for t in tokens {
        match t.text {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 {
            return Some(sql[open.offset + 1..t.offset].trim().to_owned());
        }
    }
    None
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
    fn declarations_the_pragmas_do_not_show() {
        let sql = "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, \
                   a TEXT COLLATE nocase CHECK (length(a) > 0), CONSTRAINT k CHECK (id > 0), \
                   b INTEGER GENERATED ALWAYS AS (id * (2)) STORED)";
        let found = declarations(sql);
        assert_eq!(found.checks, ["length(a) > 0", "id > 0"]);
        assert_eq!(found.expressions, [("b".to_owned(), "id * (2)".to_owned())]);
        assert_eq!(found.collations, [("a".to_owned(), "NOCASE".to_owned())]);
        assert!(found.autoincrement);
        assert_eq!(declarations("CREATE TABLE u (a)"), Declarations::default());
    }

    #[test]
    fn mentions_are_names_not_strings() {
        let sql = "CREATE VIEW v AS SELECT 't' AS x, [T].a FROM \"t\" -- t";
        assert_eq!(mentions(sql, "t"), 2);
        assert!(!names(sql, "u"));
    }
}
