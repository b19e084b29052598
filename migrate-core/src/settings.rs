//! `migrate.toml`: the settings a migration directory carries for the macro
//! and the CLI alike: the SQL dialect, the hazard linter's severities
//! (`[lint]`), the runner's lock timeout (`[runner]`) and autogenerate's
//! defaults (`[autogenerate]`).
//!
//! Pure: it reads one file and parses text. Unknown keys are errors naming
//! the file and line, like unknown header keys in a migration file.

use std::path::Path;
use std::time::Duration;

use toml::de::{DeTable, DeValue};

use crate::lint::rule::{Rule, Severity};
use crate::problem::Problem;

/// The settings file's name inside a migration directory.
pub const FILE_NAME: &str = "migrate.toml";

/// The keys `migrate.toml` accepts at its top level.
pub const KEYS: &[&str] = &["dialect", "lint", "runner", "autogenerate"];

/// The keys of the `[lint]` table.
pub const LINT_KEYS: &[&str] = &["deny", "warn", "allow", "released"];

/// The keys of the `[runner]` table.
pub const RUNNER_KEYS: &[&str] = &["lock_timeout", "lock_retries"];

/// The keys of the `[autogenerate]` table.
pub const AUTOGENERATE_KEYS: &[&str] = &["schema", "dev_url"];

/// The SQL dialect a migration set is written in, as `migrate.toml`
/// declares it: the crate's one [`Dialect`](crate::Dialect), under the name
/// the settings have always used.
pub type SqlDialect = crate::dialect::Dialect;

/// What a directory's `migrate.toml` says; the default when there is none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Settings {
    /// The declared dialect; without one the set is checked as a graph only.
    pub dialect: Option<SqlDialect>,
    /// `[lint]`: rule severities and the last released revision.
    pub lint: LintSettings,
    /// `[runner]`: how a run waits for table locks.
    pub runner: RunnerSettings,
    /// `[autogenerate]`: where the desired schema and the scratch server are.
    pub autogenerate: AutogenerateSettings,
}

/// The `[lint]` table of `migrate.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct LintSettings {
    /// Severities set by `deny`, `warn` and `allow` (a rule may be in one
    /// list only).
    pub severities: Vec<(Rule, Severity)>,
    /// `released`: the last revision that reached production. Tables that
    /// later revisions create count as new (locking them blocks nobody), and
    /// the revisions up to it are not linted.
    pub released: Option<String>,
}

impl LintSettings {
    /// The severity of `rule` for this set.
    pub fn severity(&self, rule: Rule) -> Severity {
        self.severities
            .iter()
            .find(|(r, _)| *r == rule)
            .map_or(rule.default_severity(), |(_, s)| *s)
    }
}

/// The `[runner]` table of `migrate.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RunnerSettings {
    /// `lock_timeout`: how long a statement of a transactional revision may
    /// wait for a table lock before the database gives up.
    pub lock_timeout: Option<Duration>,
    /// `lock_retries`: how many times a transactional revision that gave up
    /// on a lock is run again (with backoff); 0 when unset.
    pub lock_retries: u32,
}

/// The `[autogenerate]` table of `migrate.toml`: the defaults of
/// `revision --autogenerate` and `check --schema`, which their flags override.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct AutogenerateSettings {
    /// `schema`: the desired schema, a SQL file or a directory of them,
    /// as written (relative paths are relative to the migration directory).
    pub schema: Option<String>,
    /// `dev_url`: the server the scratch databases are made on (the URL
    /// as written; `${VAR}` is not expanded).
    pub dev_url: Option<String>,
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
                "lint" => match value.get_ref() {
                    DeValue::Table(table) => {
                        parse_lint(path, text, table, &mut settings.lint, &mut problems)
                    }
                    _ => problems.push(Problem::at_line(
                        path,
                        line,
                        "lint must be a table: [lint]".to_owned(),
                    )),
                },
                "runner" => match value.get_ref() {
                    DeValue::Table(table) => {
                        parse_runner(path, text, table, &mut settings.runner, &mut problems)
                    }
                    _ => problems.push(Problem::at_line(
                        path,
                        line,
                        "runner must be a table: [runner]".to_owned(),
                    )),
                },
                "autogenerate" => match value.get_ref() {
                    DeValue::Table(table) => parse_autogenerate(
                        path,
                        text,
                        table,
                        &mut settings.autogenerate,
                        &mut problems,
                    ),
                    _ => problems.push(Problem::at_line(
                        path,
                        line,
                        "autogenerate must be a table: [autogenerate]".to_owned(),
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

    /// The text `migraph init --dialect` writes: the dialect, and the lint
    /// and runner settings commented out, to be found.
    pub fn render(dialect: SqlDialect) -> String {
        format!(
            "# Settings of this migration directory, read by migrations!() and the migrate CLI.\n\
             # dialect: the SQL each revision is checked against at build time\n\
             # (one of {}).\n\
             dialect = \"{}\"\n\
             \n\
             # `migraph lint` (docs/lint.md): rules set to deny fail the build.\n\
             # [lint]\n\
             # deny = [\"create-index-not-concurrently\"]\n\
             # released = \"<the last revision in production>\"\n\
             \n\
             # How long a revision's statement waits for a table lock, and how\n\
             # often a revision that gave up is run again.\n\
             # [runner]\n\
             # lock_timeout = \"5s\"\n\
             # lock_retries = 3\n\
             \n\
             # `migraph revision --autogenerate` and `migraph check --schema`\n\
             # (docs/autogenerate.md): the desired schema (a SQL file, or a directory\n\
             # of them, relative to this directory), and the server the scratch\n\
             # databases are made on (default: the --database-url server).\n\
             # [autogenerate]\n\
             # schema = \"../schema.sql\"\n\
             # dev_url = \"postgres://localhost/postgres\"\n",
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

/// The `[lint]` table.
fn parse_lint(
    path: &str,
    text: &str,
    table: &DeTable<'_>,
    lint: &mut LintSettings,
    problems: &mut Vec<Problem>,
) {
    for (key, value) in table {
        let line = line_of(text, key.span().start);
        let key = key.get_ref().as_ref();
        let severity = match key {
            "deny" => Severity::Deny,
            "warn" => Severity::Warn,
            "allow" => Severity::Allow,
            "released" => {
                match value.get_ref() {
                    DeValue::String(id) => lint.released = Some(id.to_string()),
                    _ => problems.push(Problem::at_line(
                        path,
                        line,
                        "lint.released must be a revision id (a string)".to_owned(),
                    )),
                }
                continue;
            }
            other => {
                problems.push(Problem::at_line(
                    path,
                    line,
                    format!(
                        "unknown settings key 'lint.{other}'; expected one of {}",
                        LINT_KEYS.join(", ")
                    ),
                ));
                continue;
            }
        };
        let DeValue::Array(items) = value.get_ref() else {
            problems.push(Problem::at_line(
                path,
                line,
                format!("lint.{key} must be a list of rule names, like [\"drop-table\"]"),
            ));
            continue;
        };
        for item in items {
            let line = line_of(text, item.span().start);
            match item.get_ref() {
                DeValue::String(name) => match Rule::from_name(name) {
                    Some(rule) => match lint.severities.iter().find(|(r, _)| *r == rule) {
                        Some((_, other)) if *other != severity => problems.push(Problem::at_line(
                            path,
                            line,
                            format!("lint rule '{name}' is in both lint.{other} and lint.{key}; keep one"),
                        )),
                        _ => lint.severities.push((rule, severity)),
                    },
                    None => problems.push(Problem::at_line(
                        path,
                        line,
                        format!(
                            "unknown lint rule '{name}' in lint.{key}; expected one of {}",
                            Rule::names()
                        ),
                    )),
                },
                _ => problems.push(Problem::at_line(
                    path,
                    line,
                    format!("lint.{key} must be a list of rule names (strings)"),
                )),
            }
        }
    }
}

/// The `[runner]` table.
fn parse_runner(
    path: &str,
    text: &str,
    table: &DeTable<'_>,
    runner: &mut RunnerSettings,
    problems: &mut Vec<Problem>,
) {
    for (key, value) in table {
        let line = line_of(text, key.span().start);
        match key.get_ref().as_ref() {
            "lock_timeout" => match value.get_ref() {
                DeValue::String(written) => match parse_duration(written) {
                    Some(duration) if !duration.is_zero() => runner.lock_timeout = Some(duration),
                    _ => problems.push(Problem::at_line(
                        path,
                        line,
                        format!(
                            "runner.lock_timeout '{written}' is not a duration; write a positive \
                             number with ms, s or m, like \"5s\""
                        ),
                    )),
                },
                _ => problems.push(Problem::at_line(
                    path,
                    line,
                    "runner.lock_timeout must be a string like \"5s\"".to_owned(),
                )),
            },
            "lock_retries" => match value
                .get_ref()
                .as_integer()
                .and_then(|n| u32::from_str_radix(n.as_str(), n.radix()).ok())
            {
                Some(n) if n <= 100 => runner.lock_retries = n,
                _ => problems.push(Problem::at_line(
                    path,
                    line,
                    "runner.lock_retries must be a whole number from 0 to 100".to_owned(),
                )),
            },
            other => problems.push(Problem::at_line(
                path,
                line,
                format!(
                    "unknown settings key 'runner.{other}'; expected one of {}",
                    RUNNER_KEYS.join(", ")
                ),
            )),
        }
    }
}

/// The `[autogenerate]` table.
fn parse_autogenerate(
    path: &str,
    text: &str,
    table: &DeTable<'_>,
    autogenerate: &mut AutogenerateSettings,
    problems: &mut Vec<Problem>,
) {
    for (key, value) in table {
        let line = line_of(text, key.span().start);
        let slot = match key.get_ref().as_ref() {
            "schema" => &mut autogenerate.schema,
            "dev_url" => &mut autogenerate.dev_url,
            other => {
                problems.push(Problem::at_line(
                    path,
                    line,
                    format!(
                        "unknown settings key 'autogenerate.{other}'; expected one of {}",
                        AUTOGENERATE_KEYS.join(", ")
                    ),
                ));
                continue;
            }
        };
        match value.get_ref() {
            DeValue::String(written) if !written.trim().is_empty() => {
                *slot = Some(written.to_string())
            }
            _ => problems.push(Problem::at_line(
                path,
                line,
                format!(
                    "autogenerate.{} must be a non-empty string",
                    key.get_ref().as_ref()
                ),
            )),
        }
    }
}

/// `"500ms"`, `"5s"`, `"2m"`.
pub fn parse_duration(text: &str) -> Option<Duration> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit())?;
    let (number, unit) = text.split_at(split);
    let number: u64 = number.parse().ok()?;
    match unit.trim() {
        "ms" => Some(Duration::from_millis(number)),
        "s" => Some(Duration::from_secs(number)),
        "m" | "min" => Some(Duration::from_secs(number.checked_mul(60)?)),
        _ => None,
    }
}

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
    fn lint_and_runner_tables() {
        let settings = Settings::parse(
            "m/migrate.toml",
            "dialect = \"postgres\"\n[lint]\ndeny = [\"drop-table\"]\nallow = [\"not-rerunnable\"]\nreleased = \"0042\"\n[runner]\nlock_timeout = \"5s\"\nlock_retries = 3\n",
        )
        .unwrap();
        assert_eq!(settings.lint.severity(Rule::DropTable), Severity::Deny);
        assert_eq!(settings.lint.severity(Rule::NotRerunnable), Severity::Allow);
        assert_eq!(settings.lint.severity(Rule::DropColumn), Severity::Warn);
        assert_eq!(settings.lint.released.as_deref(), Some("0042"));
        assert_eq!(settings.runner.lock_timeout, Some(Duration::from_secs(5)));
        assert_eq!(settings.runner.lock_retries, 3);
        assert_eq!(
            messages("[lint]\ndeny = [\n  \"drop-tabel\",\n]\nmood = 1\n[runner]\nlock_timeout = \"soon\"\nlock_retries = -1\nwait = 2\n"),
            [
                format!("m/migrate.toml:3: unknown lint rule 'drop-tabel' in lint.deny; expected one of {}", Rule::names()),
                "m/migrate.toml:5: unknown settings key 'lint.mood'; expected one of deny, warn, allow, released".to_owned(),
                "m/migrate.toml:8: runner.lock_retries must be a whole number from 0 to 100".to_owned(),
                "m/migrate.toml:7: runner.lock_timeout 'soon' is not a duration; write a positive number with ms, s or m, like \"5s\"".to_owned(),
                "m/migrate.toml:9: unknown settings key 'runner.wait'; expected one of lock_timeout, lock_retries".to_owned(),
            ]
        );
        // Keys are read in name order: the second list read is the one named.
        assert_eq!(
            messages("[lint]\nwarn = [\"drop-table\"]\ndeny = [\"drop-table\"]\n"),
            ["m/migrate.toml:2: lint rule 'drop-table' is in both lint.deny and lint.warn; keep one"]
        );
        assert_eq!(parse_duration("250ms"), Some(Duration::from_millis(250)));
        let settings = Settings::parse(
            "m/migrate.toml",
            "[autogenerate]\nschema = \"../schema.sql\"\ndev_url = \"postgres://localhost/dev\"\n",
        )
        .unwrap();
        assert_eq!(
            settings.autogenerate.schema.as_deref(),
            Some("../schema.sql")
        );
        assert_eq!(
            settings.autogenerate.dev_url.as_deref(),
            Some("postgres://localhost/dev")
        );
        assert_eq!(
            messages("[autogenerate]\nschema = 1\ndev = \"x\"\ndev_url = \"\"\n"),
            [
                "m/migrate.toml:3: unknown settings key 'autogenerate.dev'; expected one of schema, dev_url",
                "m/migrate.toml:4: autogenerate.dev_url must be a non-empty string",
                "m/migrate.toml:2: autogenerate.schema must be a non-empty string",
            ]
        );
        assert_eq!(parse_duration("2m"), Some(Duration::from_secs(120)));
        assert_eq!(parse_duration("5"), None);
    }

    #[test]
    fn problems_name_the_line() {
        assert_eq!(
            messages("dialect = \"postgres\"\n\nlint_deny = []\n"),
            ["m/migrate.toml:3: unknown settings key 'lint_deny'; expected one of dialect, lint, runner, autogenerate"]
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
