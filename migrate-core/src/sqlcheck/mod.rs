//! The build-time SQL check of a set whose `migrate.toml` declares a
//! dialect: every statement parses (PostgreSQL), sits in a transaction
//! context that accepts it (every dialect), and, for SQLite, the whole
//! chain applies to an in-memory database.
//!
//! Behind the `sql-check` feature, which the macro and the CLI turn on and
//! the runtime does not. `ARCHITECTURE.md` says why each parser was chosen.

mod context;
mod postgres;
mod sqlite;

use crate::problem::Problem;
use crate::revision::Revision;
use crate::settings::SqlDialect;
use crate::source::SourceFile;
use crate::split;

/// One revision's SQL as the checks see it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Unit<'a> {
    pub path: &'a str,
    pub transactional: bool,
    pub checked: bool,
    pub up: &'a str,
    pub up_line: u32,
    pub down: Option<&'a str>,
    pub down_line: u32,
}

impl<'a> Unit<'a> {
    pub fn of_file(file: &'a SourceFile) -> Self {
        Unit {
            path: &file.path,
            transactional: file.transactional,
            checked: file.sql_check,
            up: &file.up,
            up_line: file.up_line,
            down: file.down.as_deref(),
            down_line: file.down_line,
        }
    }

    pub fn of_revision(revision: &'a Revision) -> Self {
        Unit {
            path: revision.file(),
            transactional: revision.is_transactional(),
            checked: revision.is_sql_checked(),
            up: revision.up_sql(),
            up_line: revision.up_line(),
            down: revision.down_sql(),
            down_line: revision.down_line(),
        }
    }

    /// The up section, then the down section when there is one, each with
    /// the file line its text starts on.
    fn sections(&self) -> impl Iterator<Item = (&'a str, u32)> {
        std::iter::once((self.up, self.up_line)).chain(self.down.map(|down| (down, self.down_line)))
    }
}

/// The checks that need one file only: syntax (PostgreSQL) and transaction
/// context (every dialect). Problems come out in file order.
pub(crate) fn check_files(dialect: SqlDialect, files: &[SourceFile], problems: &mut Vec<Problem>) {
    let units: Vec<Unit<'_>> = files.iter().map(Unit::of_file).collect();
    problems.extend(
        crate::parallel::map(&units, MIN_UNITS_PER_THREAD, |unit| {
            check_unit(dialect, unit)
        })
        .into_iter()
        .flatten(),
    );
}

/// The checks of one revision.
pub(crate) fn check_unit(dialect: SqlDialect, unit: &Unit<'_>) -> Vec<Problem> {
    let mut problems = Vec::new();
    if !unit.checked {
        return problems;
    }
    for (sql, first_line) in unit.sections() {
        let syntax_ok = match dialect {
            SqlDialect::Postgres => match postgres::first_syntax_error(sql) {
                Some(error) => {
                    let (line, column) = line_column(sql, error.offset);
                    problems.push(Problem::at_column(
                        unit.path,
                        first_line + line - 1,
                        column,
                        format!(
                            "syntax error at or near {} ({}); fix the statement, or add \
                             '-- sql_check: off' to the header if it is valid PostgreSQL \
                             that the checker does not know yet",
                            error.near, error.message
                        ),
                    ));
                    false
                }
                None => true,
            },
            // SQLite checks its syntax itself, in the chain; for MySQL no
            // parser is trusted (see the docs).
            SqlDialect::Sqlite | SqlDialect::Mysql => true,
        };
        // A statement the parser did not understand may also be split
        // wrongly: the context check runs on sections that parse.
        if !syntax_ok {
            continue;
        }
        for piece in split::split(sql, dialect) {
            if piece.is_blank {
                continue;
            }
            // PostgreSQL parses a `LANGUAGE sql` routine's body when it
            // creates the routine; PL/pgSQL bodies are left alone (squawk's
            // PL/pgSQL grammar refuses valid ones, such as SELECT ... INTO).
            if dialect == SqlDialect::Postgres && context::is_sql_routine(piece.text) {
                let body = postgres::dollar_body(piece.text).and_then(|range| {
                    postgres::first_syntax_error(&piece.text[range.clone()])
                        .map(|error| (range.start, error))
                });
                if let Some((start, error)) = body {
                    let (line, column) = line_column(sql, piece.offset + start + error.offset);
                    problems.push(Problem::at_column(
                        unit.path,
                        first_line + line - 1,
                        column,
                        format!(
                            "syntax error at or near {} ({}) in the body of a LANGUAGE sql \
                             routine; fix the statement, or add '-- sql_check: off' to the \
                             header if it is valid PostgreSQL that the checker does not know yet",
                            error.near, error.message
                        ),
                    ));
                }
            }
            if let Some(refusal) = context::refusal(piece.text, dialect, unit.transactional) {
                problems.push(Problem::at_line(
                    unit.path,
                    first_line + piece.line - 1,
                    refusal.message,
                ));
            }
        }
    }
    problems
}

/// The SQLite chain over revisions in canonical order.
pub(crate) fn check_chain(
    dialect: SqlDialect,
    revisions: &[Revision],
    problems: &mut Vec<Problem>,
) {
    if dialect == SqlDialect::Sqlite {
        let units: Vec<Unit<'_>> = revisions.iter().map(Unit::of_revision).collect();
        sqlite::chain(&units, problems);
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_column(text: &str, offset: usize) -> (u32, u32) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() as u32 + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() as u32 + 1;
    (line, column)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Below this many revisions per thread, a thread costs more than it saves.
const MIN_UNITS_PER_THREAD: usize = 64;

#[cfg(test)]
mod tests {
    use super::*;

    fn unit<'a>(up: &'a str, down: Option<&'a str>, transactional: bool) -> Unit<'a> {
        Unit {
            path: "m/a1_x.sql",
            transactional,
            checked: true,
            up,
            up_line: 5,
            down,
            down_line: 20,
        }
    }

    fn messages(dialect: SqlDialect, unit: Unit<'_>) -> Vec<String> {
        check_unit(dialect, &unit)
            .iter()
            .map(|p| p.message().to_owned())
            .collect()
    }

    #[test]
    fn syntax_errors_name_line_column_and_token() {
        let found = messages(
            SqlDialect::Postgres,
            unit(
                "CREATE TABLE a (x int);\n\nCREATE TABEL b (y int);\n",
                Some("DROP TABLE a;\nDROP TABLE b;\n"),
                true,
            ),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("m/a1_x.sql:7:8: syntax error at or near \"TABEL\""),
            "{found:?}"
        );
    }

    #[test]
    fn both_sections_are_checked() {
        let found = messages(
            SqlDialect::Postgres,
            unit("SELEC 1;\n", Some("\nDROP TABEL t;\n"), true),
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].starts_with("m/a1_x.sql:5:1: "), "{found:?}");
        assert!(
            found[1].starts_with("m/a1_x.sql:21:6: syntax error at or near \"TABEL\""),
            "{found:?}"
        );
    }

    #[test]
    fn context_lines_are_file_lines() {
        let found = messages(
            SqlDialect::Postgres,
            unit(
                "CREATE TABLE t (x int);\n\nCREATE INDEX CONCURRENTLY i ON t (x);\n",
                None,
                true,
            ),
        );
        assert_eq!(
            found,
            ["m/a1_x.sql:7: CREATE INDEX CONCURRENTLY cannot run inside a transaction; add '-- transactional: false' to the header"]
        );
        assert!(messages(
            SqlDialect::Postgres,
            unit("CREATE INDEX CONCURRENTLY i ON t (x);\n", None, false)
        )
        .is_empty());
    }

    #[test]
    fn sql_routine_bodies_are_parsed() {
        let found = messages(
            SqlDialect::Postgres,
            unit(
                "CREATE FUNCTION one() RETURNS int\nLANGUAGE sql AS $$\n  SELEC 1;\n$$;\n\
                 CREATE FUNCTION two() RETURNS int LANGUAGE plpgsql AS $$ BEGIN SELECT 1 INTO x; RETURN 2; END $$;\n",
                None,
                true,
            ),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("m/a1_x.sql:7:3: syntax error at or near \"SELEC\""),
            "{found:?}"
        );
    }

    #[test]
    fn opted_out_revisions_are_not_checked() {
        let mut u = unit("CREATE TABEL t;\nCOMMIT;\n", None, true);
        u.checked = false;
        assert!(messages(SqlDialect::Postgres, u).is_empty());
    }

    #[test]
    fn line_column_counts_characters() {
        assert_eq!(line_column("ab\ncé d", 7), (2, 4));
        assert_eq!(line_column("x", 5), (1, 2));
    }
}
