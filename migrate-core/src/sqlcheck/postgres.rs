//! PostgreSQL syntax, through the parser of the squawk project
//! (`squawk-parser`): pure Rust, error-tolerant, and built to accept what
//! real migration histories hold (PL/pgSQL bodies, `DO` blocks, partitions,
//! generated columns). Only the parser's events are read: building
//! squawk's syntax tree and running its validation passes would cost the
//! proc macro, which is not optimised in a dev build, about five times as
//! much.

use squawk_parser::{EntryPoint, LexedStr, StrStep};

use crate::lex::{self, Kind};
use crate::split::Dialect;

/// The first syntax error of a section: where, near what, and the parser's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    /// Byte offset in the section.
    pub offset: usize,
    /// The token there, quoted (`"TABEL"`), or `end of input`.
    pub near: String,
    /// What the parser expected.
    pub message: String,
}

/// Every error the lexer and the parser report, by offset.
fn errors(sql: &str) -> Vec<(usize, String)> {
    let lexed = LexedStr::new(sql);
    let output = EntryPoint::SourceFile.parse(&lexed.to_input());
    let mut errors = Vec::new();
    lexed.intersperse_trivia(&output, &mut |step| {
        if let StrStep::Error { msg, pos } = step {
            errors.push((pos, msg.to_owned()));
        }
    });
    errors.extend(
        lexed
            .errors()
            .map(|(range, msg)| (range.start as usize, msg.to_owned())),
    );
    errors.sort_by_key(|(offset, _)| *offset);
    errors
}

/// Parses a whole section; only the first error is kept, since the ones
/// after it often follow from it.
pub(crate) fn first_syntax_error(sql: &str) -> Option<SyntaxError> {
    let errors = errors(sql);
    let (first_offset, first_message) = errors.first()?;
    // The parser puts an error at the end of the token before the culprit.
    let mut offset = token_start(sql, *first_offset);
    let mut message = first_message.clone();
    // `CREATE TABEL`: the parser refuses the statement at `CREATE` and the
    // next token at once; the next token is the one to name.
    if message.starts_with("expected command, found") && message.ends_with("_KW") {
        let next = token_start(sql, offset + token_len(&sql[offset..]));
        let second = errors.get(1).map(|(o, _)| token_start(sql, *o));
        if second == Some(next) && next < sql.len() {
            message = format!(
                "no statement starts with '{} {}'",
                token(&sql[offset..]),
                token(&sql[next..])
            );
            offset = next;
        }
    }
    Some(SyntaxError {
        offset,
        near: near(sql, offset),
        message: in_words(&message),
    })
}

/// The parser's message with its token names (`R_PAREN`, `IDENT`,
/// `SELECT_KW`) as a person writes them: `')'`, `a name`, `SELECT`.
fn in_words(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(start) = rest.find(|c: char| c.is_ascii_uppercase()) {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let len = after
            .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..len];
        out.push_str(&token_words(name).unwrap_or_else(|| name.to_owned()));
        rest = &after[len..];
    }
    out.push_str(rest);
    out
}

/// The words for one of the parser's token names, or `None` for a word
/// that is not one (SQL in the message, such as `VALUE`).
fn token_words(name: &str) -> Option<String> {
    if let Some(keyword) = name.strip_suffix("_KW") {
        return Some(keyword.to_owned());
    }
    let punctuation = match name {
        "EOF" => return Some("the end of input".to_owned()),
        "IDENT" => return Some("a name".to_owned()),
        "STRING"
        | "ESC_STRING"
        | "NATIONAL_STRING"
        | "UNICODE_ESC_STRING"
        | "BIT_STRING"
        | "BYTE_STRING"
        | "DOLLAR_QUOTED_STRING" => return Some("a string".to_owned()),
        "INT_NUMBER" | "NUMERIC_NUMBER" => return Some("a number".to_owned()),
        "POSITIONAL_PARAM" => return Some("a parameter ($1)".to_owned()),
        "DOLLAR" => "$",
        "SEMICOLON" => ";",
        "COMMA" => ",",
        "L_PAREN" => "(",
        "R_PAREN" => ")",
        "L_BRACK" => "[",
        "R_BRACK" => "]",
        "L_CURLY" => "{",
        "R_CURLY" => "}",
        "L_ANGLE" => "<",
        "R_ANGLE" => ">",
        "LESS_LESS" => "<<",
        "GREATER_GREATER" => ">>",
        "LTEQ" => "<=",
        "GTEQ" => ">=",
        "NEQB" => "<>",
        "NEQ" => "!=",
        "AT" => "@",
        "POUND" => "#",
        "TILDE" => "~",
        "QUESTION" => "?",
        "AMP" => "&",
        "PIPE" => "|",
        "PLUS" => "+",
        "MINUS" => "-",
        "STAR" => "*",
        "SLASH" => "/",
        "CARET" => "^",
        "PERCENT" => "%",
        "DOT" => ".",
        "DOT_DOT" => "..",
        "COLON" => ":",
        "COLON_EQ" => ":=",
        "EQ" => "=",
        "FAT_ARROW" => "=>",
        "BANG" => "!",
        "BACKTICK" => "`",
        // A syntax node's name (`NAME_REF`, `COLUMN_LIST`): its words.
        _ if name.contains('_') => return Some(name.to_ascii_lowercase().replace('_', " ")),
        "NAME" | "PATH" | "TYPE" => return Some(name.to_ascii_lowercase()),
        _ => return None,
    };
    Some(format!("'{punctuation}'"))
}

/// The byte range of the first dollar-quoted body in a statement (outside
/// strings and comments), without its tags; `None` when it is not closed.
pub(crate) fn dollar_body(sql: &str) -> Option<std::ops::Range<usize>> {
    lex::tokens(sql, Dialect::Postgres)
        .find(|t| t.kind == Kind::DollarString)?
        .dollar_body()
}

/// The first byte at or after `offset` that is not whitespace.
fn token_start(sql: &str, offset: usize) -> usize {
    let offset = offset.min(sql.len());
    let mut offset = offset;
    while !sql.is_char_boundary(offset) {
        offset -= 1;
    }
    offset + (sql[offset..].len() - sql[offset..].trim_start().len())
}

/// The length of the word (or the one character) `rest` starts with.
fn token_len(rest: &str) -> usize {
    match rest.chars().next() {
        None => 0,
        Some(first) if first.is_alphanumeric() || first == '_' => rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
            .unwrap_or(rest.len()),
        Some(first) => first.len_utf8(),
    }
}

fn token(rest: &str) -> &str {
    &rest[..token_len(rest)]
}

/// The token at `offset`, as PostgreSQL's own messages quote it.
fn near(sql: &str, offset: usize) -> String {
    let rest = &sql[offset..];
    if rest.is_empty() {
        "end of input".to_owned()
    } else {
        format!("\"{}\"", token(rest))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one word PostgreSQL takes bare as a column name that this
    /// parser refuses (probed over every keyword the server lists, in
    /// column, table, index, type and constraint names): autogenerate
    /// quotes it (`autogen::ddl`'s `MISREAD_BY_THE_CHECK`). When this test
    /// fails, the parser has learnt it and the quotes may go.
    #[test]
    fn a_column_named_exclude_needs_quotes_here() {
        assert!(first_syntax_error("CREATE TABLE t (id int, exclude boolean);").is_some());
        assert_eq!(
            first_syntax_error("CREATE TABLE t (id int, \"exclude\" boolean);"),
            None
        );
        assert_eq!(
            first_syntax_error("ALTER TABLE t ADD COLUMN exclude boolean;"),
            None
        );
    }

    #[test]
    fn valid_statements_pass() {
        for sql in [
            "CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric GENERATED ALWAYS AS (price * qty) STORED, price numeric, qty int);",
            "CREATE TYPE mood AS ENUM ('sad', 'ok');\nALTER TYPE mood ADD VALUE 'happy';",
            "CREATE TABLE m (ts timestamptz) PARTITION BY RANGE (ts);\nCREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'x') THEN CREATE TYPE x AS ENUM ('a'); END IF; END $$;",
            "CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $fn$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n$fn$;\nCREATE TRIGGER t BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();",
            "-- only a comment\n",
        ] {
            assert_eq!(first_syntax_error(sql), None, "{sql}");
        }
    }

    #[test]
    fn dollar_bodies() {
        let sql = "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1 $body$;";
        assert_eq!(&sql[dollar_body(sql).unwrap()], " SELECT 1 ");
        assert_eq!(dollar_body("SELECT '$x$', \"$y$\" -- $z$\n"), None);
        assert_eq!(dollar_body("SELECT $1"), None);
    }

    #[test]
    fn the_token_is_named() {
        let error = first_syntax_error("CREATE TABEL t (x int);").unwrap();
        assert_eq!(error.near, "\"TABEL\"");
        assert_eq!(error.offset, 7);
        let error = first_syntax_error("SELECT (1").unwrap();
        assert_eq!(error.near, "end of input");
    }

    #[test]
    fn messages_name_no_internal_token() {
        for (sql, words) in [
            ("SELEC 1;", "expected command, found a name"),
            ("SELECT (1;", "','"),
            ("CREATE TABLE t (x int;", "')'"),
            ("CREATE INDEX ON t (x;", "')'"),
        ] {
            let message = first_syntax_error(sql).unwrap().message;
            assert!(message.contains(words), "{sql}: {message}");
            assert!(
                !message
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .any(|word| word.contains('_') || word == "IDENT"),
                "{sql}: {message}"
            );
        }
        assert_eq!(
            in_words("expected R_PAREN, found SELECT_KW"),
            "expected ')', found SELECT"
        );
        assert_eq!(in_words("expected VALUE or ':'"), "expected VALUE or ':'");
    }
}
