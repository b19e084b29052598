//! Database URLs: where they come from (the flag, the environment, the
//! default), parsed once into migraph-core's [`DatabaseUrl`] (which holds
//! the forms accepted and the masked form every message shows), and the
//! connection a command opens.

use std::str::FromStr;
use std::time::Duration;

use migraph_core::{DatabaseUrl, Dialect};

use migraph_core::sqlx::sqlite::SqliteConnectOptions;
use migraph_core::sqlx::{Connection, MySqlConnection, PgConnection, SqliteConnection};

/// The URL used when neither `--database-url` nor `DATABASE_URL` is set: a
/// SQLite file in the working directory, created if missing.
pub const DEFAULT_URL: &str = "sqlite://migrate.db?mode=rwc";

/// The environment variable holding a named set's URL: `DATABASE_URL_<NAME>`.
pub fn set_variable(set: &str) -> String {
    format!(
        "DATABASE_URL_{}",
        set.to_ascii_uppercase()
            .replace(|c: char| !c.is_ascii_alphanumeric(), "_")
    )
}

/// `--database-url`, else `DATABASE_URL`, else the default SQLite file. For
/// a named set (`--database NAME`): `--database-url`, else
/// `DATABASE_URL_<NAME>`, else an error (a named set has no default).
pub fn choose_url(flag: Option<&str>, set: Option<&str>) -> Result<String, String> {
    let env = |name: &str| std::env::var(name).ok().filter(|u| !u.is_empty());
    if let Some(url) = flag {
        return Ok(url.to_owned());
    }
    match set {
        Some(set) => {
            let name = set_variable(set);
            env(&name).ok_or_else(|| {
                format!(
                    "no database for the migration set '{set}': pass --database-url or set {name}"
                )
            })
        }
        None => Ok(env("DATABASE_URL").unwrap_or_else(|| DEFAULT_URL.to_owned())),
    }
}

/// Parses the URL [`choose_url`] picked, once: every later use reads the
/// [`DatabaseUrl`] (its dialect, its masked form, the driver's form).
pub fn parse_url(url: &str) -> Result<DatabaseUrl, String> {
    DatabaseUrl::parse(url).map_err(|err| err.to_string())
}

/// One connection to any of the supported databases. A CLI run needs no
/// pool: one connection gives the database's own error at once (a pool
/// hides "connection refused" behind its acquire timeout), and the process
/// ending closes it, the migration lock with it.
pub enum Conn {
    Postgres(PgConnection),
    Sqlite(SqliteConnection),
    Mysql(MySqlConnection),
}

/// How long to wait for a server that does not answer at all.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

impl Conn {
    pub async fn connect(url: &DatabaseUrl) -> Result<Self, String> {
        let driver = url.driver_url();
        let fail =
            |err: migraph_core::sqlx::Error| url.scrub(&format!("cannot connect to {url}: {err}"));
        let connect = async {
            Ok(match url.dialect() {
                Dialect::Postgres => {
                    Conn::Postgres(PgConnection::connect(driver).await.map_err(fail)?)
                }
                Dialect::Mysql => {
                    Conn::Mysql(MySqlConnection::connect(driver).await.map_err(fail)?)
                }
                _ => {
                    // Wait for other writers as long as for the migration lock.
                    let options = SqliteConnectOptions::from_str(driver)
                        .map_err(fail)?
                        .busy_timeout(Duration::from_secs(600));
                    Conn::Sqlite(
                        SqliteConnection::connect_with(&options)
                            .await
                            .map_err(fail)?,
                    )
                }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precedence() {
        assert_eq!(
            choose_url(Some("postgres://flag"), None).unwrap(),
            "postgres://flag"
        );
        assert_eq!(
            choose_url(Some("postgres://flag"), Some("ts")).unwrap(),
            "postgres://flag"
        );
        let err = choose_url(None, Some("no-such-set-xyz")).unwrap_err();
        assert!(err.contains("DATABASE_URL_NO_SUCH_SET_XYZ"), "{err}");
    }
}
