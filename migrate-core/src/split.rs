//! Splitting SQL into statements, for revisions that run outside a
//! transaction and must send one statement at a time.
//!
//! The splitter knows the places where a `;` does not end a statement:
//! single-quoted strings (`''` escapes, and backslash escapes in `E'…'`),
//! quoted identifiers (`"…"`, and MySQL's backticks), dollar quotes with
//! tags (`$fn$ … $fn$`), nested block comments, line comments,
//! `BEGIN ATOMIC … END` function bodies, and SQLite's `CREATE TRIGGER …
//! BEGIN … END` bodies. The pieces it returns cover the
//! input exactly: concatenated, they give it back.

pub use crate::dialect::Dialect;

/// One piece of the input, up to and including the `;` that ends it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece<'s> {
    /// The exact text, with surrounding whitespace and comments.
    pub text: &'s str,
    /// Byte offset of `text` in the input.
    pub offset: usize,
    /// 1-based line of the first character that is not whitespace or a comment.
    pub line: u32,
    /// Whether the piece holds nothing but whitespace and comments.
    pub is_blank: bool,
}

impl<'s> Piece<'s> {
    /// The statement without the surrounding whitespace.
    pub fn sql(&self) -> &'s str {
        self.text.trim()
    }
}

/// `statement` without the whitespace and comments before its first token,
/// so that an excerpt starts at the statement itself.
pub fn strip_leading_comments(statement: &str, dialect: Dialect) -> &str {
    let mut rest = statement;
    loop {
        rest = rest.trim_start();
        let line_comment =
            rest.starts_with("--") || (dialect == Dialect::Mysql && rest.starts_with('#'));
        if line_comment {
            rest = rest.find('\n').map_or("", |end| &rest[end + 1..]);
        } else if rest.starts_with("/*") {
            // Block comments nest in PostgreSQL; count the levels.
            let mut depth = 0usize;
            let mut end = rest.len();
            let bytes = rest.as_bytes();
            let mut i = 0;
            while i + 1 < bytes.len() {
                if bytes[i] == b'/' && bytes[i + 1] == b'*' {
                    depth += 1;
                    i += 2;
                } else if bytes[i] == b'*' && bytes[i + 1] == b'/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 || dialect != Dialect::Postgres {
                        end = i;
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            rest = &rest[end..];
        } else {
            return rest;
        }
    }
}

/// The 0-based line, within `statement`, of line `body_line` (1-based) of
/// the body of its first dollar-quoted string: where PL/pgSQL counts the
/// lines of a `DO` block or a function from.
pub fn dollar_body_line(statement: &str, body_line: usize) -> Option<usize> {
    let bytes = statement.as_bytes();
    let opener = (0..bytes.len()).find(|&i| {
        bytes[i] == b'$'
            && bytes[i + 1..]
                .iter()
                .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_'))
                .is_some_and(|n| {
                    bytes[i + 1 + n] == b'$' && !bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                })
    })?;
    let before = statement[..opener].matches('\n').count();
    Some(before + body_line.saturating_sub(1))
}

/// Splits `sql` into pieces; see the module docs.
pub fn split(sql: &str, dialect: Dialect) -> Vec<Piece<'_>> {
    let bytes = sql.as_bytes();
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut line = 1u32;
    let mut first_line: Option<u32> = None;
    let mut atomic_depth = 0u32;
    let mut case_depth = 0u32;
    let mut last_word_begin = false;
    // SQLite's `CREATE [TEMP] TRIGGER ... BEGIN ... END`: its body's `;`
    // do not end the statement.
    let mut words = 0u32;
    let mut trigger = false;
    let mut i = 0;

    while i < bytes.len() {
        let b = bytes[i];
        let next = bytes.get(i + 1).copied();
        // Comments and whitespace do not start a statement.
        if b == b'-' && next == Some(b'-') || dialect == Dialect::Mysql && b == b'#' {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if b == b'/' && next == Some(b'*') {
            let nested = dialect == Dialect::Postgres;
            let mut depth = 1;
            i += 2;
            while i < bytes.len() && depth > 0 {
                if bytes[i] == b'\n' {
                    line += 1;
                }
                if nested && bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
                    depth += 1;
                    i += 2;
                } else if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/') {
                    depth -= 1;
                    i += 2;
                } else {
                    i += 1;
                }
            }
            continue;
        }
        if b == b'\n' {
            line += 1;
            i += 1;
            continue;
        }
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        first_line.get_or_insert(line);

        match b {
            b';' if atomic_depth == 0 => {
                i += 1;
                pieces.push(piece(sql, start, i, first_line.take()));
                start = i;
                last_word_begin = false;
                words = 0;
                trigger = false;
                continue;
            }
            b'\'' => {
                let backslashes = dialect == Dialect::Mysql || is_escape_string(bytes, i);
                i = skip_quoted(bytes, i, b'\'', backslashes, &mut line);
            }
            b'"' => i = skip_quoted(bytes, i, b'"', false, &mut line),
            b'`' if dialect != Dialect::Postgres => {
                i = skip_quoted(bytes, i, b'`', false, &mut line)
            }
            b'[' if dialect == Dialect::Sqlite => i = skip_quoted(bytes, i, b']', false, &mut line),
            b'$' if dialect == Dialect::Postgres => match dollar_tag(bytes, i) {
                Some(tag_len) => {
                    let tag = &bytes[i..i + tag_len];
                    let mut j = i + tag_len;
                    loop {
                        if j >= bytes.len() {
                            i = bytes.len();
                            break;
                        }
                        if bytes[j] == b'\n' {
                            line += 1;
                        }
                        if bytes[j..].starts_with(tag) {
                            i = j + tag_len;
                            break;
                        }
                        j += 1;
                    }
                }
                None => i += 1,
            },
            _ if is_word_byte(b) && (i == 0 || !is_word_byte(bytes[i - 1])) => {
                let end = (i..bytes.len())
                    .find(|&j| !is_word_byte(bytes[j]))
                    .unwrap_or(bytes.len());
                let word = &sql[i..end];
                words += 1;
                if dialect == Dialect::Sqlite && words <= 3 && word.eq_ignore_ascii_case("trigger")
                {
                    trigger = true;
                }
                if dialect == Dialect::Sqlite
                    && trigger
                    && atomic_depth == 0
                    && word.eq_ignore_ascii_case("begin")
                {
                    atomic_depth += 1;
                } else if dialect != Dialect::Mysql {
                    if last_word_begin && word.eq_ignore_ascii_case("atomic") {
                        atomic_depth += 1;
                    } else if atomic_depth > 0 && word.eq_ignore_ascii_case("case") {
                        case_depth += 1;
                    } else if atomic_depth > 0 && word.eq_ignore_ascii_case("end") {
                        if case_depth > 0 {
                            case_depth -= 1;
                        } else {
                            atomic_depth -= 1;
                        }
                    }
                }
                last_word_begin = word.eq_ignore_ascii_case("begin");
                i = end;
                continue;
            }
            _ => i += 1,
        }
        last_word_begin = false;
    }
    if start < sql.len() {
        pieces.push(piece(sql, start, sql.len(), first_line));
    }
    pieces
}

fn piece(sql: &str, start: usize, end: usize, line: Option<u32>) -> Piece<'_> {
    Piece {
        text: &sql[start..end],
        offset: start,
        line: line.unwrap_or(0),
        is_blank: line.is_none(),
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// `E'…'` or `e'…'` (PostgreSQL's escape strings), not part of a longer word.
fn is_escape_string(bytes: &[u8], quote: usize) -> bool {
    quote >= 1
        && matches!(bytes[quote - 1], b'E' | b'e')
        && (quote < 2 || !is_word_byte(bytes[quote - 2]))
}

/// Skips a quoted run starting at `open`; a doubled closing quote is an
/// escape, and so is a backslash where `backslashes` is set. Returns the
/// index after the closing quote (or the end of input).
fn skip_quoted(bytes: &[u8], open: usize, close: u8, backslashes: bool, line: &mut u32) -> usize {
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => *line += 1,
            b'\\' if backslashes => {
                if bytes.get(i + 1) == Some(&b'\n') {
                    *line += 1;
                }
                i += 2;
                continue;
            }
            c if c == close => {
                if bytes.get(i + 1) == Some(&close) && close != b']' {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

/// The length of a dollar-quote tag (`$$` or `$name$`) starting at `i`.
fn dollar_tag(bytes: &[u8], i: usize) -> Option<usize> {
    // `$1` is a parameter, and `a$b` part of an identifier.
    if i > 0 && is_word_byte(bytes[i - 1]) {
        return None;
    }
    let mut j = i + 1;
    while j < bytes.len() && bytes[j] != b'$' {
        let c = bytes[j];
        let ok =
            c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 || (j > i + 1 && c.is_ascii_digit());
        if !ok {
            return None;
        }
        j += 1;
    }
    (j < bytes.len()).then_some(j - i + 1)
}

#[cfg(test)]
mod tests {

    #[test]
    fn sqlite_trigger_bodies_are_one_statement() {
        let sql = "CREATE TRIGGER t AFTER UPDATE ON x BEGIN\n  UPDATE y SET n = CASE WHEN 1 THEN 2 END;\n  SELECT 1;\nEND;\nCREATE TEMP TRIGGER IF NOT EXISTS u BEFORE DELETE ON x BEGIN SELECT 2; END;\nBEGIN;";
        let texts: Vec<&str> = split(sql, Dialect::Sqlite)
            .into_iter()
            .map(|p| p.text.trim())
            .collect();
        assert_eq!(texts.len(), 3, "{texts:#?}");
        assert!(texts[0].ends_with("SELECT 1;\nEND;"));
        assert_eq!(texts[2], "BEGIN;");
    }

    #[test]
    fn leading_comments_are_not_part_of_the_excerpt() {
        let sql = "-- why\n/* a /* nested */ note */\n  CREATE TABLE t (x INT)";
        assert_eq!(
            strip_leading_comments(sql, Dialect::Postgres),
            "CREATE TABLE t (x INT)"
        );
        assert_eq!(
            strip_leading_comments("# c\nSELECT 1", Dialect::Mysql),
            "SELECT 1"
        );
        assert_eq!(
            strip_leading_comments("SELECT 1 -- tail", Dialect::Sqlite),
            "SELECT 1 -- tail"
        );
        assert_eq!(strip_leading_comments("-- only", Dialect::Sqlite), "");
    }

    #[test]
    fn body_lines_count_from_the_dollar_quote() {
        let sql = "DO\n$body$\nBEGIN\n  RAISE 'x';\nEND\n$body$";
        // PL/pgSQL's line 1 is the line of the opening quote.
        assert_eq!(dollar_body_line(sql, 1), Some(1));
        assert_eq!(dollar_body_line(sql, 3), Some(3));
        assert_eq!(dollar_body_line("DO $$ BEGIN NULL; END $$", 1), Some(0));
        assert_eq!(dollar_body_line("SELECT $1", 1), None);
        assert_eq!(dollar_body_line("SELECT 1", 1), None);
    }
    use super::*;

    fn statements(sql: &str, dialect: Dialect) -> Vec<(u32, &str)> {
        let pieces = split(sql, dialect);
        assert_eq!(pieces.iter().map(|p| p.text).collect::<String>(), sql);
        pieces
            .iter()
            .filter(|p| !p.is_blank)
            .map(|p| (p.line, p.sql()))
            .collect()
    }

    #[test]
    fn plain_statements_and_lines() {
        assert_eq!(
            statements(
                "CREATE TABLE a (x int);\n\n-- note; here\nINSERT INTO a VALUES (1);\n",
                Dialect::Postgres
            ),
            [
                (1, "CREATE TABLE a (x int);"),
                (4, "-- note; here\nINSERT INTO a VALUES (1);")
            ]
        );
    }

    #[test]
    fn quotes_hide_semicolons() {
        let sql = "SELECT 'a;b', 'it''s;', \"we;ird\"\"id\", E'x\\';y';\nSELECT 2;";
        assert_eq!(statements(sql, Dialect::Postgres).len(), 2);
    }

    #[test]
    fn dollar_quotes_with_tags() {
        let sql = "CREATE FUNCTION f() RETURNS trigger AS $fn$\nBEGIN\n  x := 'a;'; RETURN NEW;\nEND;\n$fn$ LANGUAGE plpgsql;\nDO $$ BEGIN PERFORM 1; END $$;\nSELECT $1;";
        let found = statements(sql, Dialect::Postgres);
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[1].0, 6);
        assert_eq!(found[2].1, "SELECT $1;");
    }

    #[test]
    fn nested_block_comments() {
        let sql = "/* outer /* inner; */ still; */ SELECT 1; SELECT 2;";
        assert_eq!(
            statements(sql, Dialect::Postgres),
            [
                (1, "/* outer /* inner; */ still; */ SELECT 1;"),
                (1, "SELECT 2;")
            ]
        );
    }

    #[test]
    fn begin_atomic_bodies() {
        let sql = "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;\n  SELECT a;\nEND;\nCREATE INDEX CONCURRENTLY i ON t (x);";
        let found = statements(sql, Dialect::Postgres);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1], (6, "CREATE INDEX CONCURRENTLY i ON t (x);"));
    }

    #[test]
    fn transaction_begin_is_not_atomic() {
        let found = statements("BEGIN; SELECT 1; COMMIT;", Dialect::Postgres);
        assert_eq!(found.len(), 3);
    }

    #[test]
    fn mysql_rules() {
        let sql = "INSERT INTO t VALUES ('a\\';b'); # c;\nSELECT `a;b` FROM t;";
        assert_eq!(statements(sql, Dialect::Mysql).len(), 2);
    }

    #[test]
    fn unterminated_input_is_one_piece() {
        let found = statements("SELECT 'open; string", Dialect::Postgres);
        assert_eq!(found.len(), 1);
        assert!(statements("/* open", Dialect::Postgres).is_empty());
    }

    proptest::proptest! {
        #[test]
        fn pieces_cover_the_input(sql in "(?s).{0,200}", pick in 0usize..3) {
            let dialect = [Dialect::Postgres, Dialect::Sqlite, Dialect::Mysql][pick];
            let pieces = split(&sql, dialect);
            proptest::prop_assert_eq!(pieces.iter().map(|p| p.text).collect::<String>(), sql.clone());
            for piece in &pieces {
                proptest::prop_assert_eq!(&sql[piece.offset..piece.offset + piece.text.len()], piece.text);
            }
        }

        #[test]
        fn sql_like_input(parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just("SELECT 1;".to_owned()),
                proptest::strategy::Just("'a;''b'".to_owned()),
                proptest::strategy::Just("$t$ ; $t$".to_owned()),
                proptest::strategy::Just("/* ; /* ; */ */".to_owned()),
                proptest::strategy::Just("-- ;\n".to_owned()),
                proptest::strategy::Just("BEGIN ATOMIC SELECT 1; END;".to_owned()),
                "[a-z ;\n$'\"]{0,8}",
            ],
            0..12,
        )) {
            let sql = parts.concat();
            let pieces = split(&sql, Dialect::Postgres);
            proptest::prop_assert_eq!(pieces.iter().map(|p| p.text).collect::<String>(), sql);
        }
    }
}
