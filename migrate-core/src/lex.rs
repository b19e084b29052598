//! The SQL lexer every reader of SQL text shares: the statement splitter
//! ([`crate::split`]), the transaction-context check, the lint's word
//! reader, and the CLI's reading of Alembic's offline output.
//!
//! It cuts text into tokens (whitespace, comments, words, numbers, quoted
//! names, strings, dollar-quoted bodies, `;` and single punctuation
//! characters) by the lexical rules of one dialect, which all live in
//! one table of rules per dialect. It never fails: unterminated quotes and comments run to the
//! end of the input, and the tokens always cover the input exactly.

use std::borrow::Cow;

/// The lexical rules of one dialect: [`Rules::POSTGRES`], [`Rules::SQLITE`]
/// and [`Rules::MYSQL`] hold every rule in one table, and the splitter's
/// `Dialect` converts into its own. The splitter reads the statement-level
/// rules (bodies whose `;` do not end a statement) from the same table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// `/* /* */ */` is one comment (PostgreSQL); elsewhere the first `*/`
    /// ends it.
    pub(crate) nested_comments: bool,
    /// `# ...` is a line comment (MySQL).
    pub(crate) hash_comments: bool,
    /// A backslash escapes the next character in `'...'` and `"..."`
    /// (MySQL, whose default mode reads `"..."` as a string).
    pub(crate) backslash_strings: bool,
    /// `E'...'` strings take backslash escapes (PostgreSQL).
    pub(crate) escape_strings: bool,
    /// `$tag$ ... $tag$` quotes a body (PostgreSQL).
    pub(crate) dollar_quotes: bool,
    /// `` `name` `` is a quoted name (MySQL, SQLite).
    pub(crate) backticks: bool,
    /// `[name]` is a quoted name (SQLite).
    pub(crate) brackets: bool,
    /// `BEGIN ATOMIC ... END` is one statement (PostgreSQL's SQL-standard
    /// function bodies; SQLite's parser accepts the same shape).
    pub(crate) atomic_bodies: bool,
    /// `CREATE TRIGGER ... BEGIN ... END` is one statement (SQLite).
    pub(crate) trigger_bodies: bool,
    /// A trigger's, procedure's, function's or event's compound body
    /// (`BEGIN ... END`, nested, with `IF ... END IF` and `CASE ... END
    /// [CASE]` inside) is one statement (MySQL).
    pub(crate) compound_bodies: bool,
}

impl Rules {
    /// PostgreSQL (and TimescaleDB).
    pub const POSTGRES: Rules = Rules {
        nested_comments: true,
        hash_comments: false,
        backslash_strings: false,
        escape_strings: true,
        dollar_quotes: true,
        backticks: false,
        brackets: false,
        atomic_bodies: true,
        trigger_bodies: false,
        compound_bodies: false,
    };

    /// SQLite.
    pub const SQLITE: Rules = Rules {
        nested_comments: false,
        hash_comments: false,
        backslash_strings: false,
        escape_strings: false,
        dollar_quotes: false,
        backticks: true,
        brackets: true,
        atomic_bodies: true,
        trigger_bodies: true,
        compound_bodies: false,
    };

    /// MySQL and MariaDB.
    pub const MYSQL: Rules = Rules {
        nested_comments: false,
        hash_comments: true,
        backslash_strings: true,
        escape_strings: false,
        dollar_quotes: false,
        backticks: true,
        brackets: false,
        atomic_bodies: false,
        trigger_bodies: false,
        compound_bodies: true,
    };
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Kind {
    /// ASCII whitespace, newlines included.
    Space,
    /// `-- ...` (and MySQL's `# ...`) up to the end of the line, the
    /// newline excluded.
    LineComment,
    /// `/* ... */`.
    BlockComment,
    /// An unquoted name or keyword: a letter, `_` or any non-ASCII
    /// character, then those, digits and `$`.
    Word,
    /// A run of word characters that starts with a digit (`42`, `1e5`).
    Number,
    /// `"name"`, and `` `name` `` or `[name]` where the dialect has them
    /// (MySQL's `"text"`, a string in its default mode, is read as this
    /// too: only its extent matters to the readers).
    QuotedName,
    /// `'text'`, and PostgreSQL's `E'text'`.
    String,
    /// PostgreSQL's `$tag$ ... $tag$` (or `$$ ... $$`).
    DollarString,
    /// `;`.
    Semicolon,
    /// Any other single (ASCII) character.
    Punct,
}

/// One token: its kind and its exact text, at a byte offset of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'s> {
    /// What it is.
    pub kind: Kind,
    /// Its exact text.
    pub text: &'s str,
    /// The byte offset of `text` in the input.
    pub offset: usize,
}

impl<'s> Token<'s> {
    /// Whitespace or a comment: nothing the database executes.
    pub fn is_trivia(&self) -> bool {
        matches!(
            self.kind,
            Kind::Space | Kind::LineComment | Kind::BlockComment
        )
    }

    /// The byte offset just after the token.
    pub fn end(&self) -> usize {
        self.offset + self.text.len()
    }

    /// A quoted name without its quotes, doubled quotes undone.
    pub fn name(&self) -> Cow<'s, str> {
        let text = self.text;
        let Some(open) = text.chars().next() else {
            return Cow::Borrowed(text);
        };
        let close = if open == '[' { ']' } else { open };
        let inner = &text[1..];
        let inner = inner.strip_suffix(close).unwrap_or(inner);
        let doubled = [close, close].iter().collect::<String>();
        if open != '[' && inner.contains(&doubled) {
            Cow::Owned(inner.replace(&doubled, &close.to_string()))
        } else {
            Cow::Borrowed(inner)
        }
    }

    /// The body of a terminated dollar-quoted string, as a byte range of
    /// the input (tags excluded).
    pub fn dollar_body(&self) -> Option<std::ops::Range<usize>> {
        if self.kind != Kind::DollarString {
            return None;
        }
        let tag_len = self.text[1..].find('$')? + 2;
        let closed = self.text.len() >= 2 * tag_len && self.text.ends_with(&self.text[..tag_len]);
        closed.then(|| self.offset + tag_len..self.end() - tag_len)
    }
}

/// The tokens of `sql` under a dialect's rules (the splitter's `Dialect`,
/// or [`Rules`]), in order; concatenated, their texts give `sql` back.
pub fn tokens(sql: &str, rules: impl Into<Rules>) -> Lexer<'_> {
    Lexer {
        sql,
        pos: 0,
        rules: rules.into(),
    }
}

/// The iterator [`tokens`] returns.
#[derive(Debug, Clone)]
pub struct Lexer<'s> {
    sql: &'s str,
    pos: usize,
    rules: Rules,
}

impl<'s> Lexer<'s> {
    /// The tokens that are not whitespace or comments, skipped without
    /// making tokens of them (the splitter's and the readers' view).
    pub fn significant(self) -> Significant<'s> {
        Significant(self)
    }

    /// Moves past whitespace and comments.
    #[inline]
    fn skip_trivia(&mut self) {
        while let Some((_, end)) = self.trivia_at(self.pos) {
            self.pos = end;
        }
    }

    /// The whitespace or comment starting at `start`, if one does: its kind
    /// and where it ends.
    #[inline(always)]
    fn trivia_at(&self, start: usize) -> Option<(Kind, usize)> {
        let bytes = self.sql.as_bytes();
        let b = *bytes.get(start)?;
        let next = bytes.get(start + 1).copied();
        Some(match b {
            _ if BYTES[b as usize].0 == Class::Space => {
                let mut end = start + 1;
                while end < bytes.len() && BYTES[bytes[end] as usize].0 == Class::Space {
                    end += 1;
                }
                (Kind::Space, end)
            }
            b'-' if next == Some(b'-') => (Kind::LineComment, line_end(bytes, start)),
            b'#' if self.rules.hash_comments => (Kind::LineComment, line_end(bytes, start)),
            b'/' if next == Some(b'*') => (
                Kind::BlockComment,
                block_comment_end(bytes, start, self.rules.nested_comments),
            ),
            _ => return None,
        })
    }
}

/// The iterator [`Lexer::significant`] returns.
#[derive(Debug, Clone)]
pub struct Significant<'s>(Lexer<'s>);

impl<'s> Significant<'s> {
    /// The words (keywords and bare names) among the tokens, upper-cased,
    /// in order.
    pub fn words(self) -> impl Iterator<Item = String> + 's {
        self.filter(|token| token.kind == Kind::Word)
            .map(|token| token.text.to_ascii_uppercase())
    }
}

impl<'s> Iterator for Significant<'s> {
    type Item = Token<'s>;

    #[inline(always)]
    fn next(&mut self) -> Option<Token<'s>> {
        self.0.skip_trivia();
        self.0.next()
    }
}

/// What a byte may start, for the lexer's first test: most tokens are
/// words and whitespace, tested before the rarer punctuation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A letter, `_` or a byte of a non-ASCII character.
    WordStart,
    Digit,
    Space,
    Other,
}

/// The class of every byte, and whether it continues a word (ASCII letters
/// and digits, `_`, `$`, and every byte of a non-ASCII character).
const BYTES: [(Class, bool); 256] = {
    let mut table = [(Class::Other, false); 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        let class = if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            Class::WordStart
        } else if c.is_ascii_digit() {
            Class::Digit
        } else if c.is_ascii_whitespace() {
            Class::Space
        } else {
            Class::Other
        };
        table[b] = (
            class,
            c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80,
        );
        b += 1;
    }
    table
};

fn continues_word(b: u8) -> bool {
    BYTES[b as usize].1
}

impl<'s> Iterator for Lexer<'s> {
    type Item = Token<'s>;

    // Inlined into each reader's loop: a call per token costs the splitter
    // a tenth of its time.
    #[inline(always)]
    fn next(&mut self) -> Option<Token<'s>> {
        let bytes = self.sql.as_bytes();
        let start = self.pos;
        let &b = bytes.get(start)?;
        let next = bytes.get(start + 1).copied();
        let rules = self.rules;
        let (kind, end) = match BYTES[b as usize].0 {
            Class::WordStart
                if rules.escape_strings
                    && (b == b'E' || b == b'e')
                    && next == Some(b'\'')
                    && (start == 0 || !continues_word(bytes[start - 1])) =>
            {
                (Kind::String, quoted_end(bytes, start + 1, b'\'', true))
            }
            Class::WordStart => (Kind::Word, word_end(bytes, start)),
            Class::Digit => (Kind::Number, word_end(bytes, start)),
            Class::Space | Class::Other => match self.trivia_at(start) {
                Some(trivia) => trivia,
                None => self.punctuation_at(start),
            },
        };
        self.pos = end;
        Some(Token {
            kind,
            text: &self.sql[start..end],
            offset: start,
        })
    }
}

impl Lexer<'_> {
    /// The token at `start`, which is neither a word, a number, whitespace
    /// nor a comment: a quoted run, `;`, or one punctuation character.
    #[inline(always)]
    fn punctuation_at(&self, start: usize) -> (Kind, usize) {
        let bytes = self.sql.as_bytes();
        let rules = self.rules;
        match bytes[start] {
            b';' => (Kind::Semicolon, start + 1),
            b'\'' => (
                Kind::String,
                quoted_end(bytes, start, b'\'', rules.backslash_strings),
            ),
            b'"' => (
                Kind::QuotedName,
                quoted_end(bytes, start, b'"', rules.backslash_strings),
            ),
            b'`' if rules.backticks => (Kind::QuotedName, quoted_end(bytes, start, b'`', false)),
            b'[' if rules.brackets => (Kind::QuotedName, quoted_end(bytes, start, b']', false)),
            b'$' if rules.dollar_quotes => match dollar_tag_len(bytes, start) {
                Some(tag_len) => (Kind::DollarString, dollar_end(bytes, start, tag_len)),
                None => (Kind::Punct, start + 1),
            },
            // MySQL and SQLite names may start with `$`.
            b'$' => (Kind::Word, word_end(bytes, start)),
            _ => (Kind::Punct, start + 1),
        }
    }
}

// The scanning loops below are plain `while` loops: the proc macro runs
// this code unoptimised, where an iterator adapter costs a call per byte.

fn word_end(bytes: &[u8], start: usize) -> usize {
    let mut end = start + 1;
    while end < bytes.len() && BYTES[bytes[end] as usize].1 {
        end += 1;
    }
    end
}

/// The end of the line (the newline excluded) from `start`.
fn line_end(bytes: &[u8], start: usize) -> usize {
    let mut end = start;
    while end < bytes.len() && bytes[end] != b'\n' {
        end += 1;
    }
    end
}

/// The index after the `*/` that closes the comment opened at `start`.
fn block_comment_end(bytes: &[u8], start: usize, nested: bool) -> usize {
    let mut depth = 1;
    let mut i = start + 2;
    while i < bytes.len() {
        if nested && bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
            depth += 1;
            i += 2;
        } else if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/') {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    bytes.len()
}

/// The index after the quote that closes the run opened at `open`; a
/// doubled closing quote (but `]]`) is an escape, and so is a backslash
/// where `backslashes` is set.
fn quoted_end(bytes: &[u8], open: usize, close: u8, backslashes: bool) -> usize {
    let mut i = open + 1;
    while i < bytes.len() {
        let b = bytes[i];
        if b == close {
            if close != b']' && i + 1 < bytes.len() && bytes[i + 1] == close {
                i += 2;
                continue;
            }
            return i + 1;
        }
        // A backslash skips the character it escapes.
        i += if b == b'\\' && backslashes { 2 } else { 1 };
    }
    bytes.len()
}

/// The length of a dollar-quote tag (`$$` or `$name$`) starting at `i`.
/// A tag's name is letters, `_`, non-ASCII characters and (but first)
/// digits: `$1` is a parameter.
fn dollar_tag_len(bytes: &[u8], i: usize) -> Option<usize> {
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

/// The index after the tag that closes the dollar quote opened at `start`.
fn dollar_end(bytes: &[u8], start: usize, tag_len: usize) -> usize {
    let tag = &bytes[start..start + tag_len];
    let mut i = start + tag_len;
    while i < bytes.len() {
        if bytes[i] == b'$' && bytes[i..].starts_with(tag) {
            return i + tag_len;
        }
        i += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(sql: &str, dialect: Rules) -> Vec<(Kind, &str)> {
        tokens(sql, dialect)
            .filter(|t| t.kind != Kind::Space)
            .map(|t| (t.kind, t.text))
            .collect()
    }

    #[test]
    fn each_dialect_has_its_rules() {
        use Kind::*;
        assert_eq!(
            kinds("SELECT E'a\\'b', $f$ ; $f$, $1 -- c", Rules::POSTGRES),
            [
                (Word, "SELECT"),
                (String, "E'a\\'b'"),
                (Punct, ","),
                (DollarString, "$f$ ; $f$"),
                (Punct, ","),
                (Punct, "$"),
                (Number, "1"),
                (LineComment, "-- c"),
            ]
        );
        assert_eq!(
            kinds("SELECT 'a\\'b', `x``y` # c", Rules::MYSQL),
            [
                (Word, "SELECT"),
                (String, "'a\\'b'"),
                (Punct, ","),
                (QuotedName, "`x``y`"),
                (LineComment, "# c"),
            ]
        );
        assert_eq!(
            kinds("SELECT [a b], 'x\\' # y", Rules::SQLITE),
            [
                (Word, "SELECT"),
                (QuotedName, "[a b]"),
                (Punct, ","),
                (String, "'x\\'"),
                (Punct, "#"),
                (Word, "y"),
            ]
        );
        assert_eq!(
            kinds("/* a /* b */ c */ x", Rules::POSTGRES),
            [(BlockComment, "/* a /* b */ c */"), (Word, "x")]
        );
        assert_eq!(
            kinds("/* a /* b */ c", Rules::MYSQL),
            [(BlockComment, "/* a /* b */"), (Word, "c")]
        );
    }

    #[test]
    fn names_and_bodies() {
        fn t(sql: &str, dialect: Rules) -> Token<'_> {
            tokens(sql, dialect).next().unwrap()
        }
        assert_eq!(t("\"a\"\"b\"", Rules::POSTGRES).name(), "a\"b");
        assert_eq!(t("[a]", Rules::SQLITE).name(), "a");
        assert_eq!(t("`a", Rules::MYSQL).name(), "a");
        let sql = "$body$ x $body$";
        assert_eq!(t(sql, Rules::POSTGRES).dollar_body(), Some(6..9));
        assert_eq!(t("$$ open", Rules::POSTGRES).dollar_body(), None);
        assert_eq!(t("$$$$", Rules::POSTGRES).dollar_body(), Some(2..2));
    }

    #[test]
    fn words_keep_dollars_and_unicode() {
        assert_eq!(
            kinds("a$b été 1x", Rules::POSTGRES),
            [
                (Kind::Word, "a$b"),
                (Kind::Word, "été"),
                (Kind::Number, "1x")
            ]
        );
        // `e'` inside a word is not an escape string.
        assert_eq!(
            kinds("type'x'", Rules::POSTGRES),
            [(Kind::Word, "type"), (Kind::String, "'x'")]
        );
    }

    #[test]
    fn rules_the_old_readers_disagreed_on() {
        // SQLite and MySQL have no `E'...'` strings: in SQLite a backslash
        // is a character, and the string ends at the next quote.
        assert_eq!(
            kinds("e'a\\' x", Rules::SQLITE),
            [
                (Kind::Word, "e"),
                (Kind::String, "'a\\'"),
                (Kind::Word, "x")
            ]
        );
        // MySQL reads `"..."` with backslash escapes, as it does `'...'`.
        assert_eq!(
            kinds("\"a\\\";b\" x", Rules::MYSQL),
            [(Kind::QuotedName, "\"a\\\";b\""), (Kind::Word, "x")]
        );
        // Where comments do not nest, `/*/*/` closes at its first `*/`.
        assert_eq!(
            kinds("/*/*/ x", Rules::SQLITE),
            [(Kind::BlockComment, "/*/*/"), (Kind::Word, "x")]
        );
        // A `$` inside a PostgreSQL name opens no dollar quote.
        assert_eq!(
            kinds("a$t$ $t$", Rules::POSTGRES),
            [(Kind::Word, "a$t$"), (Kind::DollarString, "$t$")]
        );
    }

    proptest::proptest! {
        #[test]
        fn tokens_cover_the_input(sql in "(?s).{0,200}", pick in 0usize..3) {
            let dialect = [Rules::POSTGRES, Rules::SQLITE, Rules::MYSQL][pick];
            let mut at = 0;
            for token in tokens(&sql, dialect) {
                proptest::prop_assert_eq!(token.offset, at);
                proptest::prop_assert!(!token.text.is_empty());
                at = token.end();
            }
            proptest::prop_assert_eq!(at, sql.len());
        }
    }
}
