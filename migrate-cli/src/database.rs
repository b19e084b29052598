//! Database URLs: where they come from (the flag, the environment, a
//! `.env` file, `migrate.toml`'s `url`, the default), checked against the
//! set's declared dialect, parsed once into migraph-core's [`DatabaseUrl`]
//! (which holds the forms accepted and the masked form every message
//! shows), and the connection a command opens.

use std::fmt;
use std::path::Path;
#[cfg(feature = "sqlite")]
use std::str::FromStr;
use std::time::Duration;

use migraph_core::{DatabaseUrl, Dialect, Migrations};

#[cfg(feature = "sqlite")]
use migraph_core::sqlx::sqlite::SqliteConnectOptions;
#[cfg(any(feature = "postgres", feature = "mysql", feature = "sqlite"))]
use migraph_core::sqlx::Connection;
#[cfg(feature = "mysql")]
use migraph_core::sqlx::MySqlConnection;
#[cfg(feature = "postgres")]
use migraph_core::sqlx::PgConnection;
#[cfg(feature = "sqlite")]
use migraph_core::sqlx::SqliteConnection;

use crate::cli::Cli;

/// The URL used when nothing names a database: a SQLite file in the
/// working directory, created if missing (only for a set that declares no
/// server dialect).
pub const DEFAULT_URL: &str = "sqlite://migrate.db?mode=rwc";

/// The file of `KEY=value` lines read from the working directory, as
/// sqlx-cli and diesel read it.
pub const DOTENV: &str = ".env";

/// The variable that names the database: `DATABASE_URL`, or
/// `DATABASE_URL_<NAME>` for a named set (`--database NAME`).
pub fn variable(set: Option<&str>) -> String {
    match set {
        Some(set) => set_variable(set),
        None => "DATABASE_URL".to_owned(),
    }
}

/// The environment variable holding a named set's URL: `DATABASE_URL_<NAME>`.
pub fn set_variable(set: &str) -> String {
    format!(
        "DATABASE_URL_{}",
        set.to_ascii_uppercase()
            .replace(|c: char| !c.is_ascii_alphanumeric(), "_")
    )
}

/// The one place the CLI reads an environment variable: set and not empty.
pub fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Where a URL came from, in order of precedence; `--verbose` names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// `--database-url`.
    Flag,
    /// The environment variable of that name.
    Environment(String),
    /// That variable in the working directory's `.env`.
    DotEnv(String),
    /// `url` in this `migrate.toml`.
    Settings(String),
    /// [`DEFAULT_URL`].
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag => f.write_str("--database-url"),
            Source::Environment(name) => write!(f, "the environment ({name})"),
            Source::DotEnv(name) => write!(f, "{DOTENV} ({name})"),
            Source::Settings(file) => write!(f, "{file} (url)"),
            Source::Default => f.write_str("the default SQLite file"),
        }
    }
}

/// A URL and where it came from.
#[derive(Debug, Clone)]
pub struct Chosen {
    pub url: DatabaseUrl,
    pub source: Source,
}

/// The first of `--database-url`, the variable (`DATABASE_URL`, or
/// `DATABASE_URL_<NAME>` with `--database NAME`) in the environment, the
/// same variable in `./.env`, and `url` in the set's `migrate.toml` (which
/// an embedded set never carries); `None` when none names a database.
///
/// # Errors
///
/// A `.env` file that cannot be read or parsed.
pub fn given(cli: &Cli, migrations: &Migrations) -> Result<Option<(String, Source)>, String> {
    if let Some(found) = named(cli)? {
        return Ok(Some(found));
    }
    Ok(migrations.settings().url.clone().map(|url| {
        let file = settings_file(migrations);
        (url, Source::Settings(file))
    }))
}

/// The URL the user names for this run: the flag, the environment or
/// `.env`. `migrate.toml`'s `url` is a default like the SQLite file: it does
/// not turn `history` and `lint` into commands that need a database.
///
/// # Errors
///
/// A `.env` file that cannot be read or parsed.
pub fn named(cli: &Cli) -> Result<Option<(String, Source)>, String> {
    if let Some(url) = &cli.database_url {
        return Ok(Some((url.clone(), Source::Flag)));
    }
    let name = variable(cli.database.as_deref());
    if let Some(url) = env(&name) {
        return Ok(Some((url, Source::Environment(name))));
    }
    Ok(dotenv(Path::new(DOTENV), &name)?.map(|url| (url, Source::DotEnv(name))))
}

/// `name` in the `.env` file at `path`, if the file exists and sets it.
fn dotenv(path: &Path, name: &str) -> Result<Option<String>, String> {
    if !path.is_file() {
        return Ok(None);
    }
    let fail = |err: dotenvy::Error| format!("cannot read {}: {err}", path.display());
    for item in dotenvy::from_path_iter(path).map_err(fail)? {
        let (key, value) = item.map_err(fail)?;
        if key == name && !value.is_empty() {
            return Ok(Some(value));
        }
    }
    Ok(None)
}

/// The set's `migrate.toml` as messages name it.
pub fn settings_file(migrations: &Migrations) -> String {
    let dir = migrations.dir().trim_end_matches('/');
    if dir.is_empty() || dir == "." {
        migraph_core::settings::FILE_NAME.to_owned()
    } else {
        format!("{dir}/{}", migraph_core::settings::FILE_NAME)
    }
}

/// Why [`choose`] gives no URL.
#[derive(Debug)]
pub enum Refusal {
    /// Nothing names a database and the set's dialect rules out the default
    /// SQLite file (or a named set, which has no default): a usage error.
    NoDatabase(String),
    /// The URL is of another database than the set's declared dialect: a
    /// usage error, before anything connects.
    WrongDialect(String),
    /// A URL that does not parse, an unreadable `.env`: an error.
    Invalid(String),
}

impl Refusal {
    pub fn message(&self) -> &str {
        match self {
            Refusal::NoDatabase(m) | Refusal::WrongDialect(m) | Refusal::Invalid(m) => m,
        }
    }
}

/// The database a command on `migrations` uses: the first source that
/// names one ([`given`]), else the default SQLite file for a set that
/// declares no server dialect. Parsed once, and refused when its scheme
/// contradicts the dialect the set declares.
///
/// # Errors
///
/// A [`Refusal`] saying why and how to give one.
pub fn choose(cli: &Cli, migrations: &Migrations, embedded: bool) -> Result<Chosen, Refusal> {
    let declared = migrations.settings().dialect;
    let (text, source) = match given(cli, migrations).map_err(Refusal::Invalid)? {
        Some(found) => found,
        None => match (cli.database.as_deref(), declared) {
            (None, None | Some(Dialect::Sqlite)) => (DEFAULT_URL.to_owned(), Source::Default),
            (set, _) => {
                return Err(Refusal::NoDatabase(no_database(
                    cli, migrations, set, embedded,
                )))
            }
        },
    };
    let url = DatabaseUrl::parse(&text).map_err(|err| Refusal::Invalid(err.to_string()))?;
    check_dialect(migrations, &url, embedded).map_err(Refusal::WrongDialect)?;
    Ok(Chosen { url, source })
}

/// Refuses a URL whose database is not the one the set declares: its SQL
/// was checked for that dialect and would fail, or worse, half apply.
pub fn check_dialect(
    migrations: &Migrations,
    url: &DatabaseUrl,
    embedded: bool,
) -> Result<(), String> {
    match migrations.settings().dialect {
        Some(declared) if declared != url.dialect() => Err(format!(
            "{url} is a {} database, but {}{} declares dialect '{declared}' ({}); \
             give a {} URL",
            url.dialect().product(),
            settings_file(migrations),
            if embedded {
                ", embedded in this program,"
            } else {
                ""
            },
            declared.product(),
            declared.product(),
        )),
        _ => Ok(()),
    }
}

/// The message when nothing names a database: where one may come from.
fn no_database(cli: &Cli, migrations: &Migrations, set: Option<&str>, embedded: bool) -> String {
    let name = variable(cli.database.as_deref());
    let why =
        match (set, migrations.settings().dialect) {
            (Some(set), _) => format!("the migration set '{set}' has no default database"),
            (None, Some(dialect)) => {
                format!(
            "{}{} declares dialect '{dialect}', and the default SQLite file is only for sets \
             without a server dialect",
            settings_file(migrations),
            if embedded { " (embedded in this program)" } else { "" },
        )
            }
            (None, None) => "no database was given".to_owned(),
        };
    let settings = if embedded {
        String::new()
    } else {
        format!(", or url = \"...\" in {}", settings_file(migrations))
    };
    format!(
        "no database: {why}; pass --database-url, set {name}, or write {name}=... in {DOTENV} \
         in the working directory{settings}"
    )
}

/// Parses a URL given some other way (a fleet's list), once: every later
/// use reads the [`DatabaseUrl`] (its dialect, its masked form, the
/// driver's form).
pub fn parse_url(url: &str) -> Result<DatabaseUrl, String> {
    DatabaseUrl::parse(url).map_err(|err| err.to_string())
}

/// One connection to any of the databases this build has a driver for. A
/// CLI run needs no pool: one connection gives the database's own error at
/// once (a pool hides "connection refused" behind its acquire timeout), and
/// the process ending closes it, the migration lock with it.
pub enum Conn {
    #[cfg(feature = "postgres")]
    Postgres(PgConnection),
    #[cfg(feature = "sqlite")]
    Sqlite(SqliteConnection),
    #[cfg(feature = "mysql")]
    Mysql(MySqlConnection),
}

/// How long to wait for a server that does not answer at all.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The refusal for a database whose driver this build left out.
pub fn not_built(dialect: Dialect) -> String {
    format!(
        "this program was built without the {} driver: turn on migraph-cli's feature \"{}\"",
        dialect.product(),
        dialect.name()
    )
}

impl Conn {
    pub async fn connect(url: &DatabaseUrl) -> Result<Self, String> {
        let driver = url.driver_url();
        let fail =
            |err: migraph_core::sqlx::Error| url.scrub(&format!("cannot connect to {url}: {err}"));
        let _ = (&driver, &fail);
        let connect = async {
            Ok(match url.dialect() {
                #[cfg(feature = "postgres")]
                Dialect::Postgres => {
                    Conn::Postgres(PgConnection::connect(driver).await.map_err(fail)?)
                }
                #[cfg(feature = "mysql")]
                Dialect::Mysql => {
                    Conn::Mysql(MySqlConnection::connect(driver).await.map_err(fail)?)
                }
                #[cfg(feature = "sqlite")]
                Dialect::Sqlite => {
                    // Wait for other writers as long as for the migration lock.
                    let mut options = SqliteConnectOptions::from_str(driver)
                        .map_err(fail)?
                        .busy_timeout(Duration::from_secs(600));
                    // A file not there yet is made, as the sqlite3 shell and
                    // Alembic make it, unless the URL's `mode` says otherwise.
                    if !names_open_mode(driver) {
                        options = options.create_if_missing(true);
                    }
                    Conn::Sqlite(
                        SqliteConnection::connect_with(&options)
                            .await
                            .map_err(fail)?,
                    )
                }
                #[allow(unreachable_patterns)] // with every driver built
                other => return Err(not_built(other)),
            })
        };
        tokio::time::timeout(CONNECT_TIMEOUT, connect)
            .await
            .unwrap_or_else(|_| {
                Err(format!(
                    "cannot connect to {url}: no answer within {} s",
                    CONNECT_TIMEOUT.as_secs()
                ))
            })
    }
}

/// Whether a SQLite URL names how the file opens (`mode=ro`, `rw`, `rwc`,
/// `memory`).
#[cfg(feature = "sqlite")]
fn names_open_mode(url: &str) -> bool {
    url.split_once('?').is_some_and(|(_, query)| {
        query
            .split('&')
            .any(|pair| pair.split('=').next() == Some("mode"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotenv_lines() {
        let dir = std::env::temp_dir().join(format!("migraph-dotenv-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(".env");
        std::fs::write(
            &file,
            "# local\nOTHER=1\nexport DATABASE_URL=\"postgres://u:p@h/db?sslmode=require\"\nDATABASE_URL_TS=\n",
        )
        .unwrap();
        assert_eq!(
            dotenv(&file, "DATABASE_URL").unwrap().as_deref(),
            Some("postgres://u:p@h/db?sslmode=require")
        );
        assert_eq!(dotenv(&file, "DATABASE_URL_TS").unwrap(), None);
        assert_eq!(dotenv(&dir.join("missing"), "DATABASE_URL").unwrap(), None);
        std::fs::write(&file, "DATABASE_URL='unterminated\n").unwrap();
        let err = dotenv(&file, "DATABASE_URL").unwrap_err();
        assert!(
            err.starts_with(&format!("cannot read {}", file.display())),
            "{err}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn variables() {
        assert_eq!(variable(None), "DATABASE_URL");
        assert_eq!(variable(Some("time-scale")), "DATABASE_URL_TIME_SCALE");
        assert_eq!(
            Source::Settings("m/migrate.toml".to_owned()).to_string(),
            "m/migrate.toml (url)"
        );
    }
}
