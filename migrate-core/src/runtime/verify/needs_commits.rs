//! What in a set one transaction cannot do as a commit per revision does,
//! decided from the SQL before anything runs: where `verify` would walk an
//! empty PostgreSQL database in one transaction ([`super::one_transaction`]),
//! any of these sends it to a scratch database instead. A revision that:
//! - is not transactional, or is code (its function may open and end
//!   transactions of its own);
//! - opens or ends a transaction itself (`BEGIN`, `COMMIT`, `PREPARE
//!   TRANSACTION`, ...);
//! - adds an enum value (`ALTER TYPE ... ADD VALUE`): the value cannot be
//!   used before a commit (55P04), even where the type is the
//!   transaction's own;
//! - sets something for its transaction (`SET LOCAL`, `set_config(...,
//!   true)` or anything but a plain `false` there, `SET TRANSACTION`) or for
//!   the transactions after it (`SET SESSION CHARACTERISTICS`): it would
//!   last to the end of the walk;
//! - defers checks to the commit (`INITIALLY DEFERRED`, `SET
//!   CONSTRAINTS`): they would wait for a commit that never comes, and a
//!   later `ALTER TABLE` would find the pending events;
//! - makes a temporary table that ends with its transaction (`ON COMMIT`).
//!
//! The words are looked for in what the server runs: outside comments, and
//! inside strings and dollar-quoted bodies (dynamic SQL, `DO` blocks,
//! functions). A false positive costs a scratch database, no more.

use std::borrow::Cow;

use crate::direction::Direction;
use crate::lex::{self, Kind};
use crate::{Dialect, Migrations};

/// Why `migrations` (and the SQL run before it, `prepared`) need a commit
/// per revision, in words; `None` when one transaction does what the
/// commits would.
pub(super) fn why_commits(migrations: &Migrations, prepared: &[String]) -> Option<String> {
    for revision in migrations.revisions() {
        let id = revision.id();
        if !revision.is_transactional() {
            return Some(format!("revision {id} is not transactional"));
        }
        if revision.is_code() {
            return Some(format!(
                "revision {id} is code, whose function may open and end transactions"
            ));
        }
        for direction in [Direction::Up, Direction::Down] {
            if let Some(what) = needs_a_commit(revision.section(direction).0) {
                return Some(format!("revision {id} says {what}"));
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
const PAIRS: [(&str, &str, &str); 7] = [
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
        "INITIALLY",
        "DEFERRED",
        "INITIALLY DEFERRED (checks wait for a commit)",
    ),
    (
        "SET",
        "CONSTRAINTS",
        "SET CONSTRAINTS (checks wait for a commit)",
    ),
    (
        "ON",
        "COMMIT",
        "ON COMMIT (a temporary table that ends with its transaction)",
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
    let mut items = Vec::new();
    for token in lex::tokens(sql, Dialect::Postgres).significant() {
        let inner = match token.kind {
            Kind::DollarString => token.dollar_body().map(|body| Cow::Borrowed(&sql[body])),
            Kind::String => Some(string_text(token.text)),
            _ => None,
        };
        if let Some(found) = inner.and_then(|inner| outlives_its_transaction(&inner)) {
            return Some(found);
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
    let mut statement_start = 0;
    for i in 0..items.len() {
        if items[i] == Item::Punct(";") {
            statement_start = i + 1;
            continue;
        }
        if let Some((_, _, what)) = PAIRS
            .iter()
            .find(|(first, second, _)| word(i) == *first && word(i + 1) == *second)
        {
            return Some(what);
        }
        // `ALTER TYPE ... ADD VALUE` (in a `DO` block, after its `BEGIN`),
        // not a column named `value` added.
        if word(i) == "ADD"
            && word(i + 1) == "VALUE"
            && (statement_start..i).any(|j| word(j) == "ALTER" && word(j + 1) == "TYPE")
        {
            return Some("ALTER TYPE ... ADD VALUE (the value cannot be used before a commit)");
        }
        if word(i) == "SET_CONFIG" && !is_local_false(&items[i + 1..]) {
            return Some("set_config(..., true) (the setting would last past its revision)");
        }
    }
    None
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
    use super::{needs_a_commit, outlives_its_transaction};

    #[test]
    fn what_needs_a_commit_is_found_where_the_server_runs_it() {
        for sql in [
            "ALTER TYPE mood ADD VALUE 'sad';",
            "alter type \"Mood\" add value if not exists 'sad' before 'happy';",
            "DO $$ BEGIN EXECUTE 'ALTER TYPE mood ADD VALUE ''sad'''; END $$;",
            "do $$ begin\n    alter type auth.factor_type add value 'phone';\n\
             exception\n    when duplicate_object then null;\nend $$;",
            "SET LOCAL statement_timeout = 0;",
            "SELECT pg_catalog.set_config('search_path', '', true);",
            "SELECT set_config('a.b', 'c', is_local => true);",
            "CREATE TABLE t (id int REFERENCES u DEFERRABLE INITIALLY DEFERRED);",
            "SET CONSTRAINTS ALL DEFERRED;",
            "CREATE TEMP TABLE t (x int) ON COMMIT DROP;",
            "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE;",
            "CREATE TABLE t (x int);\nCOMMIT;",
        ] {
            assert!(needs_a_commit(sql).is_some(), "{sql}");
        }
    }

    #[test]
    fn the_same_words_elsewhere_need_none() {
        for sql in [
            "-- ALTER TYPE mood ADD VALUE 'sad';\nCREATE TABLE t (x int);",
            "/* SET LOCAL x = 1 */ SELECT 1;",
            "ALTER TABLE t ADD value integer;",
            "SELECT pg_catalog.set_config('search_path', '', false);",
            "CREATE TABLE t (id int REFERENCES u DEFERRABLE INITIALLY IMMEDIATE);",
            "CREATE TABLE t (x int);",
        ] {
            assert_eq!(outlives_its_transaction(sql), None, "{sql}");
        }
    }
}
