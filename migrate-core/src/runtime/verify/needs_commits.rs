//! What in a set one transaction cannot do as a commit per revision does,
//! decided from the SQL before anything runs: where `verify` would walk an
//! empty PostgreSQL database in one transaction ([`super::one_transaction`]),
//! any of these sends it to a scratch database instead. A revision that:
//! - is code (its function may open and end transactions of its own);
//! - opens or ends a transaction itself (`BEGIN`, `COMMIT`, `PREPARE
//!   TRANSACTION`, ...);
//! - sets something for its transaction (`SET LOCAL`, `set_config(...,
//!   true)` or anything but a plain `false` there, `SET TRANSACTION`) or for
//!   the transactions after it (`SET SESSION CHARACTERISTICS`): it would
//!   last to the end of the walk;
//! - changes when checks run (`SET CONSTRAINTS`): the mode would last to
//!   the end of the walk;
//! - makes a temporary table that empties with its transaction (`ON COMMIT
//!   DELETE ROWS`), or one that is dropped with it (`ON COMMIT DROP`) from
//!   dynamic SQL, whose name is not known before it runs.
//!
//! The words are looked for in what the server runs: outside comments, and
//! inside strings and dollar-quoted bodies (dynamic SQL, `DO` blocks,
//! functions). A false positive costs a scratch database, no more.
//!
//! The rest is tried in the transaction ([`super::rewritten`]): a
//! revision that is not transactional runs as one, its index statements
//! without `CONCURRENTLY`; an enum value added (`ALTER TYPE ... ADD VALUE`)
//! is fine until something uses it before a commit (looked for here, by
//! the value's name in a later string: [`AddedValues`]); a constraint
//! `INITIALLY DEFERRED` is checked after each step, and a temporary table
//! made `ON COMMIT DROP` dropped after its step ([`commit_work`]).
//! Where the server still refuses (25001, 55P04, 55006), the walk goes to
//! a scratch database after all.

use std::borrow::Cow;
use std::collections::HashSet;

use crate::direction::Direction;
use crate::lex::{self, Kind};
use crate::{Dialect, Migrations};

/// Why `migrations` (and the SQL run before it, `prepared`) need a commit
/// per revision, in words; `None` when one transaction does what the
/// commits would.
pub(super) fn why_commits(migrations: &Migrations, prepared: &[String]) -> Option<String> {
    let mut added = AddedValues::default();
    for sql in prepared {
        added.used_in(sql);
    }
    for revision in migrations.revisions() {
        let id = revision.id();
        if revision.is_code() {
            return Some(format!(
                "revision {id} is code, whose function may open and end transactions"
            ));
        }
        for direction in [Direction::Up, Direction::Down] {
            let sql = revision.section(direction).0;
            if let Some(what) = needs_a_commit(sql) {
                return Some(format!("revision {id} says {what}"));
            }
            if let Some(value) = added.used_in(sql) {
                return Some(format!(
                    "revision {id} says '{value}', an enum value added before it \
                     (it cannot be used before a commit)"
                ));
            }
        }
    }
    prepared.iter().find_map(|sql| {
        needs_a_commit(sql).map(|what| format!("the SQL run before the first revision says {what}"))
    })
}

/// What in `sql` needs a commit of its own, in words.
fn needs_a_commit(sql: &str) -> Option<&'static str> {
    if super::stairway::opens_or_ends_transaction(sql, Dialect::Postgres) {
        return Some("BEGIN, COMMIT or ROLLBACK (it ends the transaction)");
    }
    outlives_its_transaction(sql)
}

/// The enum values `ALTER TYPE ... ADD VALUE` adds as a set's SQL is read
/// in order, to find a later statement that names one in a string (a
/// default, a comparison, a cast): the server refuses that before the
/// commit of the revision that added it (55P04). Strings of `ALTER TYPE`
/// and `CREATE TYPE` are not uses (a value placed before another, an enum
/// made again with the same values).
#[derive(Debug, Default)]
struct AddedValues(HashSet<String>);

impl AddedValues {
    /// Reads `sql`, adding the values it adds; the first value added
    /// before that `sql` uses.
    fn used_in(&mut self, sql: &str) -> Option<String> {
        let mut words: Vec<String> = Vec::new();
        let mut label_next = false;
        for token in lex::tokens(sql, Dialect::Postgres).significant() {
            let text = match token.kind {
                Kind::Semicolon => {
                    (words, label_next) = (Vec::new(), false);
                    continue;
                }
                Kind::Word => {
                    let word = token.text.to_ascii_uppercase();
                    label_next |= word == "VALUE" && words.last().is_some_and(|w| w == "ADD");
                    words.push(word);
                    continue;
                }
                Kind::DollarString => match token.dollar_body() {
                    Some(body) => Cow::Borrowed(&sql[body]),
                    None => continue,
                },
                Kind::String => string_text(token.text),
                _ => continue,
            };
            let of_a_type = words
                .windows(2)
                .any(|pair| matches!(pair[0].as_str(), "ALTER" | "CREATE") && pair[1] == "TYPE");
            if token.kind == Kind::String && of_a_type {
                if std::mem::take(&mut label_next) {
                    self.0.insert(text.into_owned());
                }
                continue;
            }
            if token.kind == Kind::String && self.0.contains(text.as_ref()) {
                return Some(text.into_owned());
            }
            // A body or a string of dynamic SQL, read as SQL.
            if let Some(value) = self.used_in(&text) {
                return Some(value);
            }
        }
        None
    }
}

/// A token as the patterns see it.
#[derive(Debug, PartialEq, Eq)]
enum Item<'s> {
    /// A word, upper-cased.
    Word(String),
    /// `;`, `(`, `,`, `)` and other single characters.
    Punct(&'s str),
    /// A string, a quoted name, a number.
    Other,
}

/// Pairs of words that need a commit, and what they are.
const PAIRS: [(&str, &str, &str); 6] = [
    (
        "SET",
        "LOCAL",
        "SET LOCAL (the setting would last past its revision)",
    ),
    (
        "SET",
        "TRANSACTION",
        "SET TRANSACTION (it must come first in a transaction)",
    ),
    (
        "SESSION",
        "CHARACTERISTICS",
        "SET SESSION CHARACTERISTICS (it sets the transactions after it)",
    ),
    (
        "SET",
        "CONSTRAINTS",
        "SET CONSTRAINTS (checks wait for a commit)",
    ),
    (
        "ON",
        "COMMIT",
        "ON COMMIT (a temporary table that ends with its transaction, from dynamic SQL \
         or emptied by each commit)",
    ),
    (
        "PREPARE",
        "TRANSACTION",
        "PREPARE TRANSACTION (it ends the transaction)",
    ),
];

/// What in `sql`, or in a string or body inside it, would outlive the
/// revision's transaction or needs a commit before it, in words.
fn outlives_its_transaction(sql: &str) -> Option<&'static str> {
    outlives(sql, false)
}

/// [`outlives_its_transaction`], `nested` in a string or body.
fn outlives(sql: &str, nested: bool) -> Option<&'static str> {
    let mut items = Vec::new();
    let mut statement: Vec<String> = Vec::new();
    for token in lex::tokens(sql, Dialect::Postgres).significant() {
        let inner = match token.kind {
            Kind::DollarString => token.dollar_body().map(|body| Cow::Borrowed(&sql[body])),
            Kind::String => Some(string_text(token.text)),
            _ => None,
        };
        // A function's or procedure's body runs when it is called, which a
        // migration seldom does: only a path it sets would change how the
        // revisions after it read.
        let body_of_routine = statement.first().is_some_and(|w| w == "CREATE")
            && statement
                .iter()
                .take(4)
                .any(|w| w == "FUNCTION" || w == "PROCEDURE");
        let inner = inner
            .filter(|inner| !body_of_routine || inner.to_ascii_lowercase().contains("search_path"));
        if let Some(found) = inner.and_then(|inner| outlives(&inner, true)) {
            return Some(found);
        }
        match token.kind {
            Kind::Semicolon => statement.clear(),
            Kind::Word => statement.push(token.text.to_ascii_uppercase()),
            _ => {}
        }
        items.push(match token.kind {
            Kind::Word => Item::Word(token.text.to_ascii_uppercase()),
            Kind::Punct | Kind::Semicolon => Item::Punct(token.text),
            _ => Item::Other,
        });
    }
    let word = |i: usize| match items.get(i) {
        Some(Item::Word(word)) => word.as_str(),
        _ => "",
    };
    for i in 0..items.len() {
        // A table dropped with the transaction is dropped after its step
        // ([`super::rewritten::dropped_on_commit`]); one that keeps its rows is any table.
        let dropped_or_kept = matches!(word(i + 2), "DROP" | "PRESERVE");
        if word(i) == "ON" && word(i + 1) == "COMMIT" && !nested && dropped_or_kept {
            continue;
        }
        if let Some((_, _, what)) = PAIRS
            .iter()
            .find(|(first, second, _)| word(i) == *first && word(i + 1) == *second)
        {
            return Some(what);
        }
        if word(i) == "SET_CONFIG" && !is_local_false(&items[i + 1..]) {
            return Some("set_config(..., true) (the setting would last past its revision)");
        }
    }
    None
}

/// What each step of the walk in one transaction does after it, as its
/// commit would (`Steps::Savepoints`), for `migrations`: whether a
/// revision makes a constraint or constraint trigger whose checks wait for
/// the commit (`INITIALLY DEFERRED`: they run after each step), and whether
/// one makes a temporary table dropped at its commit (`ON COMMIT DROP`:
/// dropped after its step, [`super::rewritten::dropped_on_commit`]).
pub(super) fn commit_work(migrations: &Migrations) -> (bool, bool) {
    let (mut checks_deferred, mut drops_temporary) = (false, false);
    for revision in migrations.revisions() {
        for direction in [Direction::Up, Direction::Down] {
            let sql = revision.section(direction).0;
            let words: Vec<String> = lex::tokens(sql, Dialect::Postgres)
                .significant()
                .words()
                .collect();
            for pair in words.windows(2) {
                checks_deferred |= pair == ["INITIALLY", "DEFERRED"];
                drops_temporary |= pair == ["COMMIT", "DROP"];
            }
        }
    }
    (checks_deferred, drops_temporary)
}

/// Whether the arguments after `set_config` end in a plain `false` (the
/// setting is the session's, as a commit would leave it).
fn is_local_false(items: &[Item<'_>]) -> bool {
    if items.first() != Some(&Item::Punct("(")) {
        return false;
    }
    let (mut depth, mut arguments) = (0, vec![Vec::new()]);
    for item in &items[1..] {
        match item {
            Item::Punct("(") => depth += 1,
            Item::Punct(")") if depth == 0 => {
                let last = arguments.last().map(Vec::as_slice);
                return arguments.len() == 3 && last == Some(&[&Item::Word("FALSE".into())][..]);
            }
            Item::Punct(")") => depth -= 1,
            Item::Punct(",") if depth == 0 => {
                arguments.push(Vec::new());
                continue;
            }
            _ => {}
        }
        if let Some(argument) = arguments.last_mut() {
            argument.push(item);
        }
    }
    false
}

/// A string literal's text, its quotes removed and doubled ones undone
/// (an `E'...'` string's escapes are left as they are).
fn string_text(text: &str) -> Cow<'_, str> {
    let text = text.trim_start_matches(['E', 'e']);
    let inner = text.strip_prefix('\'').unwrap_or(text);
    let inner = inner.strip_suffix('\'').unwrap_or(inner);
    if inner.contains("''") {
        Cow::Owned(inner.replace("''", "'"))
    } else {
        Cow::Borrowed(inner)
    }
}

#[cfg(test)]
mod tests {
    use super::{needs_a_commit, outlives_its_transaction, AddedValues};

    #[test]
    fn what_needs_a_commit_is_found_where_the_server_runs_it() {
        for sql in [
            "DO $$ BEGIN EXECUTE 'SET LOCAL lock_timeout = 0'; END $$;",
            "SET LOCAL statement_timeout = 0;",
            "SELECT pg_catalog.set_config('search_path', '', true);",
            "SELECT set_config('a.b', 'c', is_local => true);",
            "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN \
             PERFORM set_config('search_path', 'x', true); END $$;",
            "SET CONSTRAINTS ALL DEFERRED;",
            "CREATE TEMP TABLE t (x int) ON COMMIT DELETE ROWS;",
            "DO $$ BEGIN EXECUTE 'CREATE TEMP TABLE t (x int) ON COMMIT DROP'; END $$;",
            "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE;",
            "CREATE TABLE t (x int);\nCOMMIT;",
        ] {
            assert!(needs_a_commit(sql).is_some(), "{sql}");
        }
    }

    #[test]
    fn the_same_words_elsewhere_need_none() {
        for sql in [
            "-- SET LOCAL x = 1;\nCREATE TABLE t (x int);",
            "ALTER TYPE mood ADD VALUE 'sad';",
            "/* SET LOCAL x = 1 */ SELECT 1;",
            "ALTER TABLE t ADD value integer;",
            "SELECT pg_catalog.set_config('search_path', '', false);",
            "CREATE OR REPLACE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
             PERFORM set_config('storage.gc.prefixes', '1', true); RETURN NEW; END $$;",
            "CREATE TABLE t (id int REFERENCES u DEFERRABLE INITIALLY IMMEDIATE);",
            "CREATE TABLE t (id int REFERENCES u DEFERRABLE INITIALLY DEFERRED);",
            "CREATE TEMP TABLE t (x int) ON COMMIT DROP;",
            "CREATE TABLE t (x int);",
        ] {
            assert_eq!(outlives_its_transaction(sql), None, "{sql}");
        }
    }

    #[test]
    fn an_enum_value_is_found_where_a_later_statement_uses_it() {
        let mut added = AddedValues::default();
        let adds = "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'sad' BEFORE 'happy';\n\
                    DO $$ BEGIN ALTER TYPE auth.factor ADD VALUE 'phone'; \
                    EXCEPTION WHEN duplicate_object THEN NULL; END $$;";
        assert_eq!(added.used_in(adds), None);
        for unused in [
            "ALTER TYPE mood ADD VALUE 'ok' AFTER 'sad';",
            "CREATE TYPE mood_new AS ENUM ('sad', 'happy');",
            "ALTER TABLE t ALTER COLUMN m SET DEFAULT 'happy';",
            "COMMENT ON TYPE mood IS 'Sad';",
        ] {
            assert_eq!(added.used_in(unused), None, "{unused}");
        }
        for (uses, value) in [
            ("ALTER TABLE t ALTER COLUMN m SET DEFAULT 'sad';", "sad"),
            ("UPDATE t SET m = 'ok' WHERE m IS NULL;", "ok"),
            (
                "DO $$ BEGIN EXECUTE 'UPDATE f SET kind = ''phone'''; END $$;",
                "phone",
            ),
            ("CREATE INDEX i ON t (id) WHERE m <> 'sad'::mood;", "sad"),
        ] {
            assert_eq!(added.used_in(uses).as_deref(), Some(value), "{uses}");
        }
    }
}
