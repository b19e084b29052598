//! Splitting SQL into statements, for revisions that run outside a
//! transaction and must send one statement at a time.
//!
//! A `;` ends a statement unless the lexer (`lex`) put it inside a token
//! (a string, a quoted name, a dollar quote, a comment) or it sits in a
//! body the dialect's rules keep whole: `BEGIN ATOMIC … END` function
//! bodies, and SQLite's `CREATE TRIGGER … BEGIN … END` bodies. The pieces
//! it returns cover the input exactly: concatenated, they give it back.

use crate::lex::{self, Kind, Rules};

pub use crate::dialect::Dialect;

impl From<Dialect> for Rules {
    fn from(dialect: Dialect) -> Rules {
        match dialect {
            Dialect::Postgres => Rules::POSTGRES,
            Dialect::Sqlite => Rules::SQLITE,
            Dialect::Mysql => Rules::MYSQL,
        }
    }
}

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
    /// Byte length of the whitespace and comments before the statement.
    pub lead: usize,
    /// Whether a `;` ends it: only the input's last piece can lack one
    /// (its text may still end in a `;` inside a trailing line comment).
    pub terminated: bool,
}

impl<'s> Piece<'s> {
    /// The statement without the surrounding whitespace.
    pub fn sql(&self) -> &'s str {
        self.text.trim()
    }

    /// The statement itself: without the whitespace and comments before
    /// it, nor the whitespace after it (empty for a blank piece).
    pub fn statement(&self) -> &'s str {
        self.text[self.lead..].trim_end()
    }
}

/// `statement` without the whitespace and comments before its first token,
/// so that an excerpt starts at the statement itself.
pub fn strip_leading_comments(statement: &str, dialect: Dialect) -> &str {
    let start = lex::tokens(statement, dialect)
        .find(|t| !t.is_trivia())
        .map_or(statement.len(), |t| t.offset);
    &statement[start..]
}

/// The 0-based line, within `statement`, of line `body_line` (1-based) of
/// the body of its first dollar-quoted string: where PL/pgSQL counts the
/// lines of a `DO` block or a function from.
pub fn dollar_body_line(statement: &str, body_line: usize) -> Option<usize> {
    let opener =
        lex::tokens(statement, Dialect::Postgres).find(|t| t.kind == Kind::DollarString)?;
    let before = statement[..opener.offset].matches('\n').count();
    Some(before + body_line.saturating_sub(1))
}

/// Whether `statement` (one, as [`Piece::statement`] gives it) opens or
/// ends a transaction: `BEGIN`, `START`, `COMMIT`, `END`, `ABORT`, or a
/// `ROLLBACK` that is not `ROLLBACK TO` a savepoint.
pub fn opens_or_ends_transaction(statement: &str) -> bool {
    let mut words = statement
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_uppercase);
    match words.next().as_deref() {
        Some("BEGIN" | "START" | "COMMIT" | "END" | "ABORT") => true,
        Some("ROLLBACK") => words.next().as_deref() != Some("TO"),
        _ => false,
    }
}

/// Splits `sql` into pieces; see the module docs.
pub fn split(sql: &str, dialect: Dialect) -> Vec<Piece<'_>> {
    let rules = Rules::from(dialect);
    let mut pieces = Vec::new();
    let mut start = 0;
    // Lines are counted up to each statement's first token, once.
    let mut line = 1u32;
    let mut counted = 0;
    // Where the statement of the current piece starts: its line and offset.
    let mut first: Option<(u32, usize)> = None;
    let mut body = Body::default();
    // Whitespace and comments do not start a statement.
    for token in lex::tokens(sql, dialect).significant() {
        if first.is_none() {
            line += count_newlines(&sql[counted..token.offset]);
            counted = token.offset;
            first = Some((line, token.offset));
        }
        match token.kind {
            Kind::Semicolon => {
                body.other();
                if !body.inside() {
                    pieces.push(piece(sql, start, token.end(), first.take(), true));
                    start = token.end();
                    body = Body::default();
                }
            }
            Kind::Word | Kind::Number => body.word(token.text, rules),
            _ => body.other(),
        }
    }
    if start < sql.len() {
        pieces.push(piece(sql, start, sql.len(), first, false));
    }
    pieces
}

/// Where the splitter is inside a body whose `;` do not end the statement:
/// `BEGIN ATOMIC ... END`, a SQLite trigger's `BEGIN ... END`, or a MySQL
/// routine's compound `BEGIN ... END`.
#[derive(Debug, Default)]
struct Body {
    /// Nesting of open bodies.
    depth: u32,
    /// `CASE ... END` inside a body, whose `END` closes no body.
    cases: u32,
    /// The previous token was the word `BEGIN`.
    after_begin: bool,
    /// Words seen in the statement (a trigger says so within three).
    words: u32,
    /// The statement is `CREATE [TEMP] TRIGGER`.
    trigger: bool,
    /// The statement creates a MySQL trigger, procedure, function or event.
    routine: bool,
    /// A MySQL `END` was read and the next token says what it closes.
    pending_end: bool,
}

impl Body {
    fn inside(&self) -> bool {
        self.depth > 0
    }

    fn other(&mut self) {
        self.after_begin = false;
        if self.pending_end {
            self.pending_end = false;
            self.close();
        }
    }

    /// A plain `END` (or `END CASE`): closes a `CASE` or a body.
    fn close(&mut self) {
        if self.cases > 0 {
            self.cases -= 1;
        } else {
            self.depth = self.depth.saturating_sub(1);
        }
    }

    /// MySQL: `BEGIN` opens a body, `CASE` something its `END` closes;
    /// `END IF`, `END LOOP`, `END WHILE`, `END REPEAT` close what was
    /// never counted.
    fn compound(&mut self, word: &str) {
        let is = |keyword: &str| word.eq_ignore_ascii_case(keyword);
        if self.pending_end {
            self.pending_end = false;
            if ["if", "loop", "while", "repeat"].iter().any(|k| is(k)) {
                return;
            }
            self.close();
            if is("case") {
                return;
            }
        }
        if is("begin") {
            self.depth += 1;
        } else if self.depth > 0 && is("case") {
            self.cases += 1;
        } else if self.depth > 0 && is("end") {
            self.pending_end = true;
        }
    }

    fn word(&mut self, word: &str, rules: Rules) {
        let is = |keyword: &str| word.eq_ignore_ascii_case(keyword);
        self.words += 1;
        if rules.compound_bodies {
            let creates = ["trigger", "procedure", "function", "event"];
            if self.words <= 6 && creates.iter().any(|k| is(k)) {
                self.routine = true;
            }
            if self.routine {
                self.compound(word);
            }
            return;
        }
        if rules.trigger_bodies && self.words <= 3 && is("trigger") {
            self.trigger = true;
        }
        if rules.trigger_bodies && self.trigger && self.depth == 0 && is("begin") {
            self.depth += 1;
        } else if rules.atomic_bodies {
            if self.after_begin && is("atomic") {
                self.depth += 1;
            } else if self.depth > 0 && is("case") {
                self.cases += 1;
            } else if self.depth > 0 && is("end") {
                if self.cases > 0 {
                    self.cases -= 1;
                } else {
                    self.depth -= 1;
                }
            }
        }
        self.after_begin = is("begin");
    }
}

fn count_newlines(text: &str) -> u32 {
    // A plain loop: the proc macro runs this unoptimised, where iterator
    // adapters cost a call per byte; optimised, it vectorises.
    let bytes = text.as_bytes();
    let mut count = 0u32;
    let mut i = 0;
    while i < bytes.len() {
        count += u32::from(bytes[i] == b'\n');
        i += 1;
    }
    count
}

fn piece(
    sql: &str,
    start: usize,
    end: usize,
    first: Option<(u32, usize)>,
    terminated: bool,
) -> Piece<'_> {
    Piece {
        terminated,
        text: &sql[start..end],
        offset: start,
        line: first.map_or(0, |(line, _)| line),
        is_blank: first.is_none(),
        lead: first.map_or(end - start, |(_, at)| at - start),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_last_statement_without_semicolon_is_unterminated_even_before_a_comment_ending_in_one() {
        let sql = "ALTER TABLE t ADD c int;\nCOMMENT ON COLUMN t.c IS 'x'\n\n-- later:\n-- UPDATE t SET c = 1;\n";
        let pieces = split(sql, Dialect::Postgres);
        let terminated: Vec<bool> = pieces.iter().map(|p| p.terminated).collect();
        assert_eq!(terminated, [true, false]);
        assert!(pieces[1].sql().ends_with(';'));
    }

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
    fn mysql_compound_bodies_are_one_statement() {
        let sql = "CREATE DEFINER=`root`@`%` TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN\n  \
                   IF NEW.a = '' THEN SET NEW.a = CASE WHEN 1 THEN 'b' END; END IF;\n  \
                   l: LOOP LEAVE l; END LOOP l;\n  \
                   CASE NEW.b WHEN 1 THEN SET NEW.c = 2; ELSE BEGIN END; END CASE;\n\
                   END;\n\
                   CREATE PROCEDURE p() BEGIN SELECT 1; BEGIN SELECT 2; END; END;\n\
                   CREATE FUNCTION f() RETURNS int RETURN 1;\n\
                   BEGIN;\nSELECT 3;";
        let found = statements(sql, Dialect::Mysql);
        assert_eq!(found.len(), 5, "{found:?}");
        assert!(found[0].1.ends_with("END CASE;\nEND;"), "{found:?}");
        assert_eq!(
            found[1].1,
            "CREATE PROCEDURE p() BEGIN SELECT 1; BEGIN SELECT 2; END; END;"
        );
        assert_eq!(found[3].1, "BEGIN;");
    }

    #[test]
    fn rules_the_old_readers_disagreed_on() {
        // A `$` inside a string is no dollar quote: PL/pgSQL's lines count
        // from the body's opening tag (chirpstack's first revision stores a
        // password hash full of `$` before its `DO` body).
        let sql = "SELECT '$pbkdf2$x$';\nDO\n$$\nBEGIN\nEND\n$$";
        assert_eq!(dollar_body_line(sql, 1), Some(2));
        // MySQL's "..." takes backslash escapes.
        let found = statements(
            "INSERT INTO t VALUES (\"a\\\"; b\");\nSELECT 1;",
            Dialect::Mysql,
        );
        assert_eq!(found.len(), 2, "{found:?}");
        // Where comments do not nest, the first `*/` ends one.
        assert_eq!(
            strip_leading_comments("/*/*/ SELECT 1", Dialect::Mysql),
            "SELECT 1"
        );
        assert_eq!(
            statements("/* a /* b */ SELECT 1; */", Dialect::Sqlite),
            [(1, "/* a /* b */ SELECT 1;"), (1, "*/")]
        );
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

        /// The splitter and the lexer agree: no piece ends inside a token,
        /// a piece's statement starts at its first token that is not
        /// whitespace or a comment, and its line is that token's.
        #[test]
        fn pieces_agree_with_the_lexer(parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just("BEGIN ATOMIC".to_owned()),
                proptest::strategy::Just("CREATE TRIGGER".to_owned()),
                proptest::strategy::Just("CASE".to_owned()),
                proptest::strategy::Just("END".to_owned()),
                proptest::strategy::Just("E'".to_owned()),
                proptest::strategy::Just("$t$".to_owned()),
                "[a-z$ ;\n'\"`#\\[\\]\\\\/*-]{0,6}",
            ],
            0..12,
        ), pick in 0usize..3) {
            let dialect = [Dialect::Postgres, Dialect::Sqlite, Dialect::Mysql][pick];
            let sql = parts.join(" ");
            let whole: Vec<(usize, &str)> = lex::tokens(&sql, dialect)
                .map(|t| (t.offset, t.text))
                .collect();
            let mut by_piece = Vec::new();
            for piece in split(&sql, dialect) {
                by_piece.extend(
                    lex::tokens(piece.text, dialect).map(|t| (piece.offset + t.offset, t.text)),
                );
                let statement = strip_leading_comments(piece.text, dialect);
                proptest::prop_assert_eq!(piece.lead, piece.text.len() - statement.len());
                if !piece.is_blank {
                    let at = piece.offset + piece.lead;
                    proptest::prop_assert_eq!(piece.line as usize, sql[..at].matches('\n').count() + 1);
                }
            }
            proptest::prop_assert_eq!(by_piece, whole);
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
