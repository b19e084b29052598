//! `migrate.toml`: the settings a migration directory carries for the macro
//! and the CLI alike (today the SQL dialect).
//!
//! Pure: it reads one file and parses text. Unknown keys are errors naming
//! the file and line, like unknown header keys in a migration file.

use std::fmt;
use std::path::Path;

use crate::problem::Problem;

/// The settings file's name inside a migration directory.
pub const FILE_NAME: &str = "migrate.toml";

/// The keys `migrate.toml` accepts at its top level.
pub const KEYS: &[&str] = &["dialect"];

/// The SQL dialect a migration set is written in, as `migrate.toml` declares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SqlDialect {
    /// PostgreSQL (and TimescaleDB).
    Postgres,
    /// SQLite.
    Sqlite,
    /// MySQL and MariaDB.
    Mysql,
}

impl SqlDialect {
    /// Every dialect, in the order the docs list them.
    pub const ALL: [SqlDialect; 3] = [SqlDialect::Postgres, SqlDialect::Sqlite, SqlDialect::Mysql];

    /// The name written in `migrate.toml`.
    pub fn name(self) -> &'static str {
        match self {
            SqlDialect::Postgres => "postgres",
            SqlDialect::Sqlite => "sqlite",
            SqlDialect::Mysql => "mysql",
        }
    }

    /// The dialect named `name` in `migrate.toml` (or `--dialect`).
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.name() == name)
    }

    /// The statement splitter's lexical rules for this dialect.
    pub fn splitter(self) -> crate::split::Dialect {
        match self {
            SqlDialect::Postgres => crate::split::Dialect::Postgres,
            SqlDialect::Sqlite => crate::split::Dialect::Sqlite,
            SqlDialect::Mysql => crate::split::Dialect::Mysql,
        }
    }
}

impl fmt::Display for SqlDialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What a directory's `migrate.toml` says; the default when there is none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Settings {
    /// The declared dialect; without one the set is checked as a graph only.
    pub dialect: Option<SqlDialect>,
}

impl Settings {
    /// Reads `<abs_dir>/migrate.toml`, naming it `<display_dir>/migrate.toml`
    /// in messages. A missing file gives the default settings.
    ///
    /// # Errors
    ///
    /// Every problem of the file (unreadable, not TOML, unknown key, bad
    /// value), each naming the file and the line.
    pub fn read(display_dir: &str, abs_dir: &Path) -> Result<Settings, Vec<Problem>> {
        let display = display_path(display_dir);
        match std::fs::read_to_string(abs_dir.join(FILE_NAME)) {
            Ok(text) => Settings::parse(&display, &text),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(Settings::default()),
            Err(err) => Err(vec![Problem::in_file(
                &display,
                format!("cannot read settings file: {err}"),
            )]),
        }
    }

    /// Parses the text of a `migrate.toml` named `path` in messages.
    ///
    /// # Errors
    ///
    /// As [`Settings::read`].
    pub fn parse(path: &str, text: &str) -> Result<Settings, Vec<Problem>> {
        let table = match toml::de::DeTable::parse(text) {
            Ok(table) => table,
            Err(err) => {
                let line = err.span().map_or(1, |span| line_of(text, span.start));
                let message = err.message().trim().to_owned();
                return Err(vec![Problem::at_line(
                    path,
                    line,
                    format!("not valid TOML: {message}"),
                )]);
            }
        };
        let mut problems = Vec::new();
        let mut settings = Settings::default();
        for (key, value) in table.get_ref() {
            let line = line_of(text, key.span().start);
            match key.get_ref().as_ref() {
                "dialect" => match value.get_ref() {
                    toml::de::DeValue::String(name) => match SqlDialect::from_name(name) {
                        Some(dialect) => settings.dialect = Some(dialect),
                        None => problems.push(Problem::at_line(
                            path,
                            line,
                            format!(
                                "unknown dialect '{name}'; expected one of {}",
                                dialect_names()
                            ),
                        )),
                    },
                    _ => problems.push(Problem::at_line(
                        path,
                        line,
                        format!("dialect must be a string, one of {}", dialect_names()),
                    )),
                },
                other => problems.push(Problem::at_line(
                    path,
                    line,
                    format!(
                        "unknown settings key '{other}'; expected one of {}",
                        KEYS.join(", ")
                    ),
                )),
            }
        }
        if problems.is_empty() {
            Ok(settings)
        } else {
            Err(problems)
        }
    }

    /// The text `migraph init --dialect` writes.
    pub fn render(dialect: SqlDialect) -> String {
        format!(
            "# Settings of this migration directory, read by migrations!() and the migrate CLI.\n\
             # dialect: the SQL each revision is checked against at build time\n\
             # (one of {}).\n\
             dialect = \"{}\"\n",
            dialect_names(),
            dialect.name()
        )
    }
}

/// The profile overrides `migraph init --dialect` adds to a crate's
/// `Cargo.toml`: the SQL check runs the parsers inside the proc macro, which
/// a dev build does not optimise; optimised, they take a fraction of the time.
pub const PROFILE_OVERRIDES: &str = "\
# Written by `migraph init --dialect`: migrations!() checks every revision's SQL
# at build time; these parsers, optimised, make that check several times faster.
[profile.dev.package.squawk-parser]
opt-level = 3

[profile.dev.package.squawk-lexer]
opt-level = 3

[profile.dev.package.libsqlite3-sys]
opt-level = 3
";

fn dialect_names() -> String {
    SqlDialect::ALL.map(SqlDialect::name).join(", ")
}

/// `migrations/migrate.toml`, or `migrate.toml` for the current directory.
fn display_path(display_dir: &str) -> String {
    let dir = display_dir.trim_end_matches('/');
    if dir.is_empty() || dir == "." {
        FILE_NAME.to_owned()
    } else {
        format!("{dir}/{FILE_NAME}")
    }
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> u32 {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u32
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(text: &str) -> Vec<String> {
        Settings::parse("m/migrate.toml", text)
            .unwrap_err()
            .iter()
            .map(|p| p.message().to_owned())
            .collect()
    }

    #[test]
    fn dialects() {
        for dialect in SqlDialect::ALL {
            let text = Settings::render(dialect);
            let settings = Settings::parse("m/migrate.toml", &text).unwrap();
            assert_eq!(settings.dialect, Some(dialect));
        }
        assert_eq!(
            Settings::parse("m/migrate.toml", "# nothing yet\n").unwrap(),
            Settings::default()
        );
    }

    #[test]
    fn problems_name_the_line() {
        assert_eq!(
            messages("dialect = \"postgres\"\n\nlint_deny = []\n"),
            ["m/migrate.toml:3: unknown settings key 'lint_deny'; expected one of dialect"]
        );
        assert_eq!(
            messages("# x\ndialect = \"oracle\"\n"),
            ["m/migrate.toml:2: unknown dialect 'oracle'; expected one of postgres, sqlite, mysql"]
        );
        assert_eq!(
            messages("dialect = 3\n"),
            ["m/migrate.toml:1: dialect must be a string, one of postgres, sqlite, mysql"]
        );
        let broken = messages("dialect = \"postgres\"\ndialect = \"sqlite\"\n");
        assert_eq!(broken.len(), 1);
        assert!(
            broken[0].starts_with("m/migrate.toml:2: not valid TOML: "),
            "{broken:?}"
        );
    }
}
