//! Transaction context: statements a revision must not hold where it runs.
//!
//! Two rules. Transaction control (`BEGIN`, `COMMIT`, `ROLLBACK`, ...)
//! written inside a revision fights the migrator, which opens and closes
//! each revision's transaction itself: an error in every dialect. And in a
//! `transactional: true` revision, a PostgreSQL statement the server refuses
//! inside a transaction block is an error that names the fix.
//!
//! Statements are classified by their leading words, read by the shared
//! lexer (`lex`), which skips comments, strings and dollar quotes.

use crate::lex::{self, Kind};
use crate::settings::SqlDialect;

/// Why a statement cannot be where it is, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refusal {
    pub message: String,
}

/// How many words of a statement every rule needs at most, but for those
/// that read the whole statement.
const HEAD_WORDS: usize = 6;

const FIX_NON_TRANSACTIONAL: &str = "add '-- transactional: false' to the header";

/// Classifies one statement (the text of one piece of the splitter).
pub(crate) fn refusal(sql: &str, dialect: SqlDialect, transactional: bool) -> Option<Refusal> {
    // Most rules read the first few words; the others read them all.
    let head = words(sql, dialect, HEAD_WORDS);
    let reads_all = match head.first().map(String::as_str) {
        Some("REINDEX" | "ALTER" | "ROLLBACK" | "CLUSTER") => true,
        Some("CREATE") => head.iter().any(|w| w == "MATERIALIZED"),
        _ => false,
    };
    let words = if reads_all && head.len() == HEAD_WORDS {
        words(sql, dialect, usize::MAX)
    } else {
        head
    };
    let w = |i: usize| words.get(i).map(String::as_str).unwrap_or("");
    if let Some(control) = transaction_control(&words, dialect) {
        return Some(Refusal {
            message: format!(
                "{control} inside a revision; the migrator begins and commits each \
                 revision itself: remove it (a revision that must run outside a \
                 transaction says '-- transactional: false' in its header)"
            ),
        });
    }
    if dialect == SqlDialect::Mysql && w(0) == "DELIMITER" {
        return Some(Refusal {
            message: "DELIMITER is a command of the mysql client, not SQL; remove it \
                      and end each statement with ';' (a routine body BEGIN ... END \
                      is sent whole)"
                .to_owned(),
        });
    }
    if dialect != SqlDialect::Postgres || !transactional {
        return None;
    }
    let refused = |what: &str| {
        Some(Refusal {
            message: format!("{what} cannot run inside a transaction; {FIX_NON_TRANSACTIONAL}"),
        })
    };
    let has = |word: &str| words.iter().any(|w| w == word);
    match (w(0), w(1)) {
        ("CREATE", "INDEX") if w(2) == "CONCURRENTLY" => refused("CREATE INDEX CONCURRENTLY"),
        ("CREATE", "UNIQUE") if w(2) == "INDEX" && w(3) == "CONCURRENTLY" => {
            refused("CREATE UNIQUE INDEX CONCURRENTLY")
        }
        ("DROP", "INDEX") if w(2) == "CONCURRENTLY" => refused("DROP INDEX CONCURRENTLY"),
        ("REINDEX", _) if has("CONCURRENTLY") => refused("REINDEX ... CONCURRENTLY"),
        ("REINDEX", _) if has("SCHEMA") || has("DATABASE") || has("SYSTEM") => {
            refused("REINDEX SCHEMA, DATABASE or SYSTEM")
        }
        ("VACUUM", _) => refused("VACUUM"),
        ("CLUSTER", _) if words.len() == 1 || (words.len() == 2 && w(1) == "VERBOSE") => {
            refused("CLUSTER without a table")
        }
        ("CREATE", "DATABASE") => refused("CREATE DATABASE"),
        ("DROP", "DATABASE") => refused("DROP DATABASE"),
        ("ALTER", "DATABASE") if w(3) == "SET" && w(4) == "TABLESPACE" => {
            refused("ALTER DATABASE ... SET TABLESPACE")
        }
        ("CREATE", "TABLESPACE") => refused("CREATE TABLESPACE"),
        ("DROP", "TABLESPACE") => refused("DROP TABLESPACE"),
        ("ALTER", "SYSTEM") => refused("ALTER SYSTEM"),
        ("ALTER", "TABLE") if has("DETACH") && has("CONCURRENTLY") => {
            refused("ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY")
        }
        ("CREATE", _) if is_continuous_aggregate(&words) && !ends_with_no_data(&words) => {
            Some(Refusal {
                message: format!(
                    "a TimescaleDB continuous aggregate created WITH DATA (the default) \
                     cannot run inside a transaction; end the statement with \
                     'WITH NO DATA' and refresh it with \
                     'CALL refresh_continuous_aggregate(...)' in a revision whose \
                     header says '-- transactional: false' (or {FIX_NON_TRANSACTIONAL})"
                ),
            })
        }
        ("CALL", _) if calls_refresh(&words) => Some(Refusal {
            message: format!(
                "CALL refresh_continuous_aggregate cannot run inside a transaction; move \
                 it to a revision whose header says '-- transactional: false' (or \
                 {FIX_NON_TRANSACTIONAL})"
            ),
        }),
        _ => None,
    }
}

/// `CREATE [OR REPLACE] FUNCTION|PROCEDURE ... LANGUAGE sql`: a routine
/// whose body is SQL, which PostgreSQL parses when it creates the routine.
pub(crate) fn is_sql_routine(sql: &str) -> bool {
    let head = words(sql, SqlDialect::Postgres, 4);
    let w = |i: usize| head.get(i).map(String::as_str).unwrap_or("");
    let routine = |word: &str| word == "FUNCTION" || word == "PROCEDURE";
    if !(w(0) == "CREATE"
        && (routine(w(1)) || (w(1) == "OR" && w(2) == "REPLACE" && routine(w(3)))))
    {
        return false;
    }
    words(sql, SqlDialect::Postgres, usize::MAX)
        .windows(2)
        .any(|pair| pair[0] == "LANGUAGE" && pair[1] == "SQL")
}

/// The transaction-control statement `words` start with, if any.
fn transaction_control(words: &[String], dialect: SqlDialect) -> Option<&'static str> {
    let w = |i: usize| words.get(i).map(String::as_str).unwrap_or("");
    Some(match w(0) {
        // PostgreSQL's `BEGIN ATOMIC` never starts a statement; a MySQL
        // `BEGIN` at the start of a piece is transaction control too.
        "BEGIN" => "BEGIN",
        "START" if w(1) == "TRANSACTION" => "START TRANSACTION",
        "COMMIT" => "COMMIT",
        // SQLite trigger and MySQL routine bodies end with a bare `END`,
        // which the splitter leaves as a piece of its own: only PostgreSQL's
        // `END` is surely a commit.
        "END" if dialect == SqlDialect::Postgres => "END",
        "ABORT" if dialect == SqlDialect::Postgres => "ABORT",
        "ROLLBACK" if !words.iter().any(|w| w == "TO") => "ROLLBACK",
        _ => return None,
    })
}

/// `CREATE MATERIALIZED VIEW ... WITH (timescaledb.continuous ...)`.
fn is_continuous_aggregate(words: &[String]) -> bool {
    let Some(view) = words.iter().position(|w| w == "VIEW") else {
        return false;
    };
    words[..view].iter().any(|w| w == "MATERIALIZED")
        && words
            .windows(3)
            .any(|w| w[0] == "TIMESCALEDB" && w[1] == "." && w[2] == "CONTINUOUS")
}

/// The statement ends `WITH NO DATA`.
fn ends_with_no_data(words: &[String]) -> bool {
    let tail: Vec<&str> = words.iter().rev().take(3).map(String::as_str).collect();
    tail == ["DATA", "NO", "WITH"]
}

/// `CALL [schema.]refresh_continuous_aggregate(`.
fn calls_refresh(words: &[String]) -> bool {
    let name = match words.get(2).map(String::as_str) {
        Some(".") => words.get(3),
        _ => words.get(1),
    };
    name.is_some_and(|n| n == "REFRESH_CONTINUOUS_AGGREGATE")
}

/// The statement's words (upper-cased), quoted names (as written, quotes
/// included, so that none is taken for a keyword) and punctuation, read by
/// the shared lexer: comments,
/// numbers and `;` are left out, a string stands as `'` and a
/// dollar-quoted body as `$$`. At most `limit` of them.
pub(crate) fn words(sql: &str, dialect: SqlDialect, limit: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut tokens = lex::tokens(sql, dialect).significant();
    while out.len() < limit {
        let Some(token) = tokens.next() else {
            break;
        };
        out.push(match token.kind {
            Kind::Word => token.text.to_ascii_uppercase(),
            Kind::QuotedName | Kind::Punct if token.text != "$" => token.text.to_owned(),
            Kind::String => "'".to_owned(),
            Kind::DollarString => "$$".to_owned(),
            // Numbers, `;`, and a `$` that opens no dollar quote (`$1`).
            _ => continue,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pg(sql: &str) -> Option<String> {
        refusal(sql, SqlDialect::Postgres, true).map(|r| r.message)
    }

    #[test]
    fn refused_in_a_transaction() {
        for sql in [
            "CREATE INDEX CONCURRENTLY i ON t (x);",
            "create unique index concurrently if not exists i on t (x)",
            "-- note\nDROP INDEX CONCURRENTLY i;",
            "REINDEX (VERBOSE) TABLE CONCURRENTLY t;",
            "REINDEX DATABASE app;",
            "VACUUM ANALYZE t;",
            "CLUSTER;",
            "CREATE DATABASE x;",
            "ALTER SYSTEM SET work_mem = '64MB';",
            "ALTER TABLE m DETACH PARTITION m_2024 CONCURRENTLY;",
            "CREATE TABLESPACE s LOCATION '/x';",
        ] {
            let message = pg(sql).unwrap_or_else(|| panic!("not refused: {sql}"));
            assert!(
                message.ends_with(
                    "cannot run inside a transaction; add '-- transactional: false' to the header"
                ),
                "{message}"
            );
            assert_eq!(refusal(sql, SqlDialect::Postgres, false), None, "{sql}");
        }
    }

    #[test]
    fn allowed_in_a_transaction() {
        for sql in [
            "CREATE INDEX i ON t (x);",
            "CREATE INDEX \"concurrently\" ON t (x);",
            "COMMENT ON INDEX i IS 'CREATE INDEX CONCURRENTLY';",
            "CLUSTER t USING i;",
            "REINDEX INDEX i;",
            "DO $$ BEGIN COMMIT; END $$;",
            "CREATE FUNCTION f() RETURNS trigger AS $fn$ BEGIN RETURN NEW; END $fn$ LANGUAGE plpgsql;",
            "SELECT 'VACUUM';",
            "ROLLBACK TO SAVEPOINT s;",
            "CREATE MATERIALIZED VIEW v WITH (timescaledb.continuous) AS SELECT 1 WITH NO DATA;",
            "CREATE MATERIALIZED VIEW v AS SELECT 1;",
            "SELECT add_continuous_aggregate_policy('v', NULL, NULL, INTERVAL '1 h');",
        ] {
            assert_eq!(pg(sql), None, "{sql}");
        }
    }

    #[test]
    fn rules_the_old_readers_disagreed_on() {
        // A quoted name is never a keyword, whatever its case.
        assert_eq!(pg("CREATE INDEX \"CONCURRENTLY\" ON t (x);"), None);
        // MySQL's comments do not nest: what follows the first `*/` runs.
        assert!(refusal("/* a /* b */ COMMIT;", SqlDialect::Mysql, true).is_some());
        assert_eq!(pg("/* a /* b */ COMMIT; */ SELECT 1;"), None);
    }

    #[test]
    fn timescaledb() {
        let cagg = pg("CREATE MATERIALIZED VIEW daily WITH (timescaledb.continuous, timescaledb.materialized_only = true) AS SELECT time_bucket('1 day', ts) AS d, count(*) FROM ticks GROUP BY d;").unwrap();
        assert!(cagg.contains("'WITH NO DATA'"), "{cagg}");
        assert!(pg(
            "create materialized view v with (timescaledb.continuous) as select 1 with data;"
        )
        .is_some());
        let call = pg("CALL refresh_continuous_aggregate('daily', NULL, NULL);").unwrap();
        assert!(
            call.starts_with("CALL refresh_continuous_aggregate cannot run"),
            "{call}"
        );
        assert!(pg("call public.refresh_continuous_aggregate('daily', null, null)").is_some());
        assert_eq!(pg("CALL my_proc();"), None);
    }

    #[test]
    fn transaction_control_in_every_dialect() {
        for dialect in SqlDialect::ALL {
            for transactional in [true, false] {
                for sql in [
                    "BEGIN;",
                    "COMMIT;",
                    "ROLLBACK;",
                    "START TRANSACTION;",
                    "begin transaction",
                ] {
                    let refusal = refusal(sql, dialect, transactional)
                        .unwrap_or_else(|| panic!("{sql} in {dialect}"));
                    assert!(
                        refusal.message.contains("inside a revision"),
                        "{}",
                        refusal.message
                    );
                }
            }
        }
        assert!(pg("END;").is_some());
        assert_eq!(refusal("END;", SqlDialect::Sqlite, true), None);
        assert_eq!(refusal("END", SqlDialect::Mysql, true), None);
        assert!(refusal("DELIMITER //", SqlDialect::Mysql, true).is_some());
    }
}
