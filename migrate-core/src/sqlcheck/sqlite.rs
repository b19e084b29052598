//! The SQLite chain: every revision applied to an in-memory database at
//! build time, so that for a SQLite set "it compiles" means "it applies".
//!
//! In canonical order, each revision's up runs, then its down, then its up
//! again: the down runs against exactly the schema its up produced. The
//! statements are split by SQLite's own parser (a prepared statement ends
//! where SQLite says), and a failure names the file, the line of the
//! statement and SQLite's message. Foreign keys are on, as sqlx (and so
//! the runtime) opens SQLite.

use rusqlite::{Batch, Connection, OpenFlags};

use super::Unit;
use crate::problem::Problem;

/// Applies the chain; the first failing statement ends it with a problem.
/// A revision that says `sql_check: off` only has its up applied, and a
/// failure there ends the chain silently: what follows would be checked
/// against a schema that is not the real one.
pub(crate) fn chain(units: &[Unit<'_>], problems: &mut Vec<Problem>) {
    // One thread uses it: no mutex on every call.
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = match Connection::open_in_memory_with_flags(flags) {
        Ok(conn) => conn,
        Err(err) => {
            let path = units.first().map_or("", |u| u.path);
            problems.push(Problem::in_file(
                path,
                format!("cannot open an in-memory SQLite database to check the chain: {err}"),
            ));
            return;
        }
    };
    // As sqlx opens SQLite, and so as the runtime applies the revisions.
    if let Err(err) = conn.execute_batch("PRAGMA foreign_keys = ON;") {
        let path = units.first().map_or("", |u| u.path);
        problems.push(Problem::in_file(
            path,
            format!("cannot turn on foreign keys in the in-memory SQLite: {err}"),
        ));
        return;
    }
    for unit in units {
        let mut steps = vec![(unit.up, unit.up_line, "up")];
        // A down of nothing but comments is a declared no-op (real
        // histories have many): there is nothing to undo, so no round trip.
        // An opted-out revision still builds the schema later ones need,
        // but its down is not round-tripped.
        if let Some(down) = unit.down.filter(|down| unit.checked && !is_blank(down)) {
            steps.push((down, unit.down_line, "down"));
            steps.push((unit.up, unit.up_line, "up (after its down)"));
        }
        for (sql, first_line, step) in steps {
            if let Err(failure) = run(&conn, sql) {
                if unit.checked {
                    let line = first_line + failure.line - 1;
                    problems.push(Problem::at_line(
                        unit.path,
                        line,
                        format!(
                            "{} (SQLite, applying this revision's {step} after every \
                             revision before it in order); fix the statement, or add \
                             '-- sql_check: off' to the header if it is valid SQL this \
                             SQLite does not know",
                            failure.message
                        ),
                    ));
                }
                return;
            }
        }
    }
}

/// Whether `sql` holds nothing but whitespace and comments.
fn is_blank(sql: &str) -> bool {
    statement_start(sql, 0) >= sql.len()
}

/// A statement that failed: its 1-based line in the section, and why.
#[derive(Debug)]
struct Failure {
    line: u32,
    message: String,
}

/// Runs every statement of `sql`, stepping through rows a statement returns.
fn run(conn: &Connection, sql: &str) -> Result<(), Failure> {
    let mut batch = Batch::new(conn, sql);
    // Where the next statement's text is searched for.
    let mut cursor = 0;
    loop {
        let start = statement_start(sql, cursor);
        let fail = |err: rusqlite::Error, start: usize| {
            let (offset, message) = describe(err);
            let at = offset.map_or(start, |o| start + o).min(sql.len());
            Failure {
                line: sql[..at].matches('\n').count() as u32 + 1,
                message,
            }
        };
        let mut statement = match batch.next() {
            Ok(Some(statement)) => statement,
            Ok(None) => return Ok(()),
            Err(err) => return Err(fail(err, start)),
        };
        // The prepared text is a slice of the input: find it to know where
        // this statement is and where the next one starts.
        let text = statement.expanded_sql().unwrap_or_default();
        let found = sql[cursor..].find(text.trim()).map(|i| cursor + i);
        let here = found.unwrap_or(start);
        cursor = found.map_or(sql.len(), |i| i + text.trim().len());
        let mut rows = statement.raw_query();
        loop {
            match rows.next() {
                Ok(Some(_)) => {}
                Ok(None) => break,
                Err(err) => return Err(fail(err, here)),
            }
        }
    }
}

/// The text and, where SQLite gives one, the offset of an error.
fn describe(err: rusqlite::Error) -> (Option<usize>, String) {
    match err {
        rusqlite::Error::SqlInputError { msg, offset, .. } => (usize::try_from(offset).ok(), msg),
        rusqlite::Error::SqliteFailure(_, Some(msg)) => (None, msg),
        other => (None, other.to_string()),
    }
}

/// The first byte after `from` that is not whitespace or a comment.
fn statement_start(sql: &str, from: usize) -> usize {
    let bytes = sql.as_bytes();
    let mut i = from;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if sql[i..].starts_with("--") {
            i = sql[i..].find('\n').map_or(sql.len(), |n| i + n);
        } else if sql[i..].starts_with("/*") {
            i = sql[i + 2..].find("*/").map_or(sql.len(), |n| i + 2 + n + 2);
        } else {
            return i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit<'a>(path: &'a str, up: &'a str, down: Option<&'a str>) -> Unit<'a> {
        Unit {
            path,
            transactional: true,
            checked: true,
            up,
            up_line: 5,
            down,
            down_line: 10,
        }
    }

    fn messages(units: &[Unit<'_>]) -> Vec<String> {
        let mut problems = Vec::new();
        chain(units, &mut problems);
        problems.iter().map(|p| p.message().to_owned()).collect()
    }

    #[test]
    fn a_good_chain_applies() {
        let units = [
            unit("m/a.sql", "CREATE TABLE accounts (id INTEGER PRIMARY KEY);\n", Some("DROP TABLE accounts;\n")),
            unit(
                "m/b.sql",
                "CREATE TABLE t (x);\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  INSERT INTO accounts (id) VALUES (NEW.x);\nEND;\nSELECT * FROM t;\n",
                Some("DROP TRIGGER tr;\nDROP TABLE t;\n"),
            ),
        ];
        assert_eq!(messages(&units), Vec::<String>::new());
    }

    #[test]
    fn a_missing_table_names_file_and_line() {
        let units = [
            unit(
                "m/a.sql",
                "CREATE TABLE accounts (id INTEGER);\n",
                Some("DROP TABLE accounts;\n"),
            ),
            unit(
                "m/b.sql",
                "-- x\nCREATE INDEX i ON accounts (id);\n\nINSERT INTO acounts VALUES (1);\n",
                Some("DROP INDEX i;\n"),
            ),
        ];
        let found = messages(&units);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with(
                "m/b.sql:8: no such table: acounts (SQLite, applying this revision's up"
            ),
            "{found:?}"
        );
    }

    #[test]
    fn a_syntax_error_names_its_line() {
        let found = messages(&[unit(
            "m/a.sql",
            "CREATE TABLE a (x);\n\nCREATE TABEL b (y);\n",
            None,
        )]);
        assert!(
            found[0].starts_with("m/a.sql:7: near \"TABEL\": syntax error"),
            "{found:?}"
        );
    }

    #[test]
    fn a_down_that_does_not_undo_is_caught() {
        // The down forgets the table: the up fails when it runs again.
        let found = messages(&[unit(
            "m/a.sql",
            "CREATE TABLE a (x);\n",
            Some("DELETE FROM a;\n"),
        )]);
        assert!(found[0].starts_with("m/a.sql:5: table a already exists (SQLite, applying this revision's up (after its down)"), "{found:?}");
        let found = messages(&[unit(
            "m/a.sql",
            "CREATE TABLE a (x);\n",
            Some("DROP TABLE b;\n"),
        )]);
        assert!(
            found[0]
                .starts_with("m/a.sql:10: no such table: b (SQLite, applying this revision's down"),
            "{found:?}"
        );
    }

    #[test]
    fn a_down_of_comments_only_is_not_round_tripped() {
        let units = [
            unit(
                "m/a.sql",
                "CREATE TABLE a (x);\n",
                Some("-- not available\n/* no */\n"),
            ),
            unit("m/b.sql", "INSERT INTO a VALUES (1);\n", Some("")),
        ];
        assert!(messages(&units).is_empty());
    }

    #[test]
    fn an_opted_out_failure_stops_the_chain_quietly() {
        let mut first = unit("m/a.sql", "CREATE TABLE a (x) STRICTER;\n", None);
        first.checked = false;
        let second = unit("m/b.sql", "INSERT INTO a VALUES (1);\n", None);
        assert!(messages(&[first, second]).is_empty());
    }
}
