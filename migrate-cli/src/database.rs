//! Database URLs: where they come from, the forms accepted, and how they are
//! shown (never with a password).

use migraph_core::split::Dialect;
use std::str::FromStr;
use std::time::Duration;

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

/// Rewrites the SQLAlchemy forms Alembic users have in their settings
/// (`postgresql+asyncpg://`, `mysql+pymysql://`, …) to what sqlx reads.
/// SQLite URLs follow sqlx's rules and are left alone.
pub fn normalize(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let base = scheme.split('+').next().unwrap_or(scheme);
    let scheme = match base {
        "postgresql" | "postgres" | "timescaledb" => "postgres",
        "mysql" | "mariadb" => "mysql",
        other => other,
    };
    format!("{scheme}://{rest}")
}

/// The dialect a URL speaks, from its scheme.
pub fn dialect(url: &str) -> Result<Dialect, String> {
    let normalized = normalize(url);
    let scheme = normalized.split(':').next().unwrap_or("");
    match scheme {
        "postgres" => Ok(Dialect::Postgres),
        "mysql" => Ok(Dialect::Mysql),
        "sqlite" => Ok(Dialect::Sqlite),
        other => Err(format!(
            "unsupported database URL scheme '{other}' in {}; use postgres://, mysql:// or sqlite:",
            mask(url)
        )),
    }
}

/// The URL with its password replaced by `***`, in the user info
/// (`user:pass@`) and in a `password=` query parameter.
pub fn mask(url: &str) -> String {
    mask_query(&mask_userinfo(url))
}

fn mask_query(url: &str) -> String {
    let Some((head, query)) = url.split_once('?') else {
        return url.to_owned();
    };
    let params: Vec<String> = query
        .split('&')
        .map(|param| match param.split_once('=') {
            Some((key, _)) if key.eq_ignore_ascii_case("password") => format!("{key}=***"),
            _ => param.to_owned(),
        })
        .collect();
    format!("{head}?{}", params.join("&"))
}

fn mask_userinfo(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let Some(at) = authority.rfind('@') else {
        return url.to_owned();
    };
    let (userinfo, host) = authority.split_at(at);
    match userinfo.split_once(':') {
        Some((user, _password)) => format!("{scheme}://{user}:***{host}{tail}"),
        None => url.to_owned(),
    }
}

/// Removes a URL's password from any text (an error message, say).
pub fn scrub(text: &str, url: &str) -> String {
    let in_userinfo = url
        .split_once("://")
        .and_then(|(_, rest)| rest.split(['/', '?', '#']).next())
        .and_then(|authority| authority.rfind('@').map(|at| &authority[..at]))
        .and_then(|userinfo| userinfo.split_once(':'))
        .map(|(_, password)| password);
    let in_query = url.split_once('?').into_iter().flat_map(|(_, query)| {
        query
            .split('&')
            .filter_map(|p| p.split_once('='))
            .filter(|(key, _)| key.eq_ignore_ascii_case("password"))
            .map(|(_, value)| value)
    });
    let mut text = text.replace(url, &mask(url));
    for password in in_userinfo
        .into_iter()
        .chain(in_query)
        .filter(|p| !p.is_empty())
    {
        text = text.replace(password, "***");
    }
    text
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
    pub async fn connect(url: &str) -> Result<Self, String> {
        let normalized = normalize(url);
        let fail = |err: migraph_core::sqlx::Error| {
            scrub(&format!("cannot connect to {}: {err}", mask(url)), url)
        };
        let connect = async {
            Ok(match dialect(url)? {
                Dialect::Postgres => {
                    Conn::Postgres(PgConnection::connect(&normalized).await.map_err(fail)?)
                }
                Dialect::Mysql => {
                    Conn::Mysql(MySqlConnection::connect(&normalized).await.map_err(fail)?)
                }
                _ => {
                    // Wait for other writers as long as for the migration lock.
                    let options = SqliteConnectOptions::from_str(&normalized)
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
                    "cannot connect to {}: no answer within {} s",
                    mask(url),
                    CONNECT_TIMEOUT.as_secs()
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlalchemy_forms() {
        assert_eq!(
            normalize("postgresql+asyncpg://u:p@h/db"),
            "postgres://u:p@h/db"
        );
        assert_eq!(
            normalize("postgresql+psycopg2://u@h:5432/db"),
            "postgres://u@h:5432/db"
        );
        assert_eq!(normalize("mysql+pymysql://root@h/db"), "mysql://root@h/db");
        assert_eq!(normalize("sqlite://x.db"), "sqlite://x.db");
        assert_eq!(dialect("postgresql+asyncpg://h/db"), Ok(Dialect::Postgres));
        assert!(dialect("oracle://h/db").is_err());
    }

    #[test]
    fn passwords_never_show() {
        let url = "postgresql+asyncpg://app:s3cr3t@db.internal:5432/prod?sslmode=require";
        assert_eq!(
            mask(url),
            "postgresql+asyncpg://app:***@db.internal:5432/prod?sslmode=require"
        );
        assert_eq!(mask("postgres://app@h/db"), "postgres://app@h/db");
        assert_eq!(
            mask("sqlite://migrate.db?mode=rwc"),
            "sqlite://migrate.db?mode=rwc"
        );
        let text = format!("failed for {url}: password s3cr3t rejected");
        let clean = scrub(&text, url);
        assert!(!clean.contains("s3cr3t"), "{clean}");
        assert!(clean.contains("app:***@db.internal"), "{clean}");
        // An '@' in the password does not leak the part after it.
        assert_eq!(mask("postgres://u:p@ss@h/db"), "postgres://u:***@h/db");
        let query = "postgres://u@h/db?sslmode=require&password=s3cr3t";
        assert_eq!(
            mask(query),
            "postgres://u@h/db?sslmode=require&password=***"
        );
        assert!(!scrub(&format!("bad {query} s3cr3t"), query).contains("s3cr3t"));
    }

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
