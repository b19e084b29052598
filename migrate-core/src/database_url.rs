//! A database URL, parsed once where it enters (a flag, the environment, a
//! caller's string) into [`DatabaseUrl`]: its dialect, the form the driver
//! reads, the masked form every message shows, and the same server with
//! another database (an admin connection, a scratch database).
//!
//! The one scheme table lives here: PostgreSQL as `postgres`, `postgresql`
//! and `timescaledb`; MySQL as `mysql` and `mariadb`; SQLite as `sqlite`;
//! each also in SQLAlchemy's `<scheme>+<driver>` form
//! (`postgresql+asyncpg://`, `mysql+pymysql://`), which Alembic users keep
//! in their settings. Server URLs are parsed with the `url` crate, as sqlx
//! parses them; SQLite URLs follow sqlx's own rules (`sqlite:`,
//! `sqlite::memory:`, `sqlite://file.db?mode=rwc`) and are kept as given.

use std::fmt;
use std::str::FromStr;

use crate::dialect::Dialect;
use crate::error::{Error, Result};

/// What the masked form shows instead of a password.
const MASK: &str = "***";

/// A parsed database URL. Shown (`Display`, `Debug`) only masked: the
/// password never appears in a message, a log line or an error.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl {
    dialect: Dialect,
    /// The scheme as given (`postgresql+asyncpg`), kept for the masked form.
    scheme: String,
    /// A server's URL with the scheme the driver reads; `None` for SQLite.
    server: Option<url::Url>,
    /// What the driver is given. Holds the password.
    driver: String,
    /// The URL as shown: the given scheme, the password replaced.
    masked: String,
    /// The password as written and as decoded, to scrub from any text.
    secrets: Vec<String>,
}

impl DatabaseUrl {
    /// Parses `text`.
    ///
    /// # Errors
    ///
    /// [`Error::UnsupportedUrl`] for a scheme of none of the supported
    /// databases; [`Error::InvalidUrl`] for a URL that does not parse (the
    /// reason never quotes the password).
    pub fn parse(text: &str) -> Result<Self> {
        let scheme = text.split(':').next().unwrap_or_default();
        let base = scheme.split('+').next().unwrap_or_default();
        let (dialect, driver_scheme) = match base.to_ascii_lowercase().as_str() {
            "postgres" | "postgresql" | "timescaledb" => (Dialect::Postgres, "postgres"),
            "mysql" | "mariadb" => (Dialect::Mysql, "mysql"),
            "sqlite" => (Dialect::Sqlite, "sqlite"),
            _ if !text.contains(':') => {
                return Err(Error::InvalidUrl {
                    reason: "it has no scheme; write postgres://, mysql:// or sqlite:".to_owned(),
                })
            }
            _ => {
                return Err(Error::UnsupportedUrl {
                    scheme: scheme.to_owned(),
                })
            }
        };
        if dialect == Dialect::Sqlite {
            // sqlx reads `sqlite:` URLs itself; only a driver suffix goes.
            let rest = &text[scheme.len()..];
            return Ok(DatabaseUrl {
                dialect,
                scheme: scheme.to_owned(),
                server: None,
                driver: format!("sqlite{rest}"),
                masked: text.to_owned(),
                secrets: Vec::new(),
            });
        }
        let given = url::Url::parse(text).map_err(|err| Error::InvalidUrl {
            reason: format!("{err} (in a {} URL)", dialect.product()),
        })?;
        let mut server = given.clone();
        // Both schemes are of the kind the `url` crate lets change freely.
        server
            .set_scheme(driver_scheme)
            .map_err(|()| Error::InvalidUrl {
                reason: format!("the scheme '{scheme}' cannot be read as {driver_scheme}"),
            })?;
        let mut secrets = Vec::new();
        if let Some(password) = given.password() {
            secrets.push(password.to_owned());
            if let Ok(decoded) = percent_decode(password) {
                secrets.push(decoded);
            }
        }
        for (key, value) in given.query_pairs() {
            if key.eq_ignore_ascii_case("password") && !value.is_empty() {
                secrets.push(value.into_owned());
            }
        }
        if let Some(query) = given.query() {
            for (key, value) in query.split('&').filter_map(|p| p.split_once('=')) {
                if key.eq_ignore_ascii_case("password") && !value.is_empty() {
                    secrets.push(value.to_owned());
                }
            }
        }
        secrets.retain(|s| !s.is_empty());
        secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        secrets.dedup();
        Ok(DatabaseUrl {
            dialect,
            scheme: scheme.to_owned(),
            driver: server.to_string(),
            masked: masked(&given),
            server: Some(server),
            secrets,
        })
    }

    /// The database's SQL dialect.
    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// The URL with its password replaced by `***` (in the user info and in
    /// a `password=` query parameter), as every message shows it.
    pub fn masked(&self) -> &str {
        &self.masked
    }

    /// The URL as the driver (sqlx) reads it: the SQLAlchemy driver suffix
    /// gone, the scheme sqlx knows. It holds the password: give it to the
    /// driver, never to a message.
    pub fn driver_url(&self) -> &str {
        &self.driver
    }

    /// The database the URL names on its server (its path), if any; `None`
    /// for SQLite.
    pub fn database(&self) -> Option<&str> {
        let server = self.server.as_ref()?;
        let name = server.path().trim_start_matches('/');
        (!name.is_empty()).then_some(name)
    }

    /// The same server and credentials, database `name`: an admin
    /// connection (`postgres`), a scratch database. `None` for SQLite, whose
    /// URLs name a file, not a server.
    pub fn with_database(&self, name: &str) -> Option<DatabaseUrl> {
        let mut server = self.server.clone()?;
        server.set_path(&format!("/{name}"));
        let mut given = server.clone();
        // Back to the scheme as given, for the masked form.
        let _ = given.set_scheme(&self.scheme);
        Some(DatabaseUrl {
            dialect: self.dialect,
            scheme: self.scheme.clone(),
            driver: server.to_string(),
            masked: masked(&given),
            server: Some(server),
            secrets: self.secrets.clone(),
        })
    }

    /// `text` (a driver's error message, say) with this URL's password
    /// replaced by `***` wherever it appears, and the whole URL by its
    /// masked form.
    pub fn scrub(&self, text: &str) -> String {
        let mut text = text.replace(&self.driver, &self.masked);
        for secret in &self.secrets {
            text = text.replace(secret.as_str(), MASK);
        }
        text
    }
}

/// `url` with the password of its user info and of a `password=` query
/// parameter replaced by `***`.
fn masked(url: &url::Url) -> String {
    let mut shown = url.clone();
    if shown.password().is_some() {
        let _ = shown.set_password(Some(MASK));
    }
    if let Some(query) = url.query() {
        let params: Vec<String> = query
            .split('&')
            .map(|param| match param.split_once('=') {
                Some((key, _)) if key.eq_ignore_ascii_case("password") => format!("{key}={MASK}"),
                _ => param.to_owned(),
            })
            .collect();
        shown.set_query(Some(&params.join("&")));
    }
    shown.to_string()
}

/// `%40` and the like decoded, for a password written encoded.
fn percent_decode(text: &str) -> std::result::Result<String, std::str::Utf8Error> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (first, tail) {
            (b'%', [high, low, more @ ..]) if hex(*high).is_some() && hex(*low).is_some() => {
                bytes.push((hex(*high).unwrap_or(0) * 16 + hex(*low).unwrap_or(0)) as u8);
                rest = more;
            }
            _ => {
                bytes.push(first);
                rest = tail;
            }
        }
    }
    std::str::from_utf8(&bytes).map(str::to_owned)
}

impl FromStr for DatabaseUrl {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self> {
        DatabaseUrl::parse(text)
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked)
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("DatabaseUrl").field(&self.masked).finish()
    }
}

/// What a caller may pass where a database URL is wanted: a string (parsed
/// there, once) or a [`DatabaseUrl`] already parsed.
pub trait IntoDatabaseUrl {
    /// The parsed URL.
    ///
    /// # Errors
    ///
    /// As [`DatabaseUrl::parse`].
    fn into_database_url(self) -> Result<DatabaseUrl>;
}

impl IntoDatabaseUrl for DatabaseUrl {
    fn into_database_url(self) -> Result<DatabaseUrl> {
        Ok(self)
    }
}

impl IntoDatabaseUrl for &DatabaseUrl {
    fn into_database_url(self) -> Result<DatabaseUrl> {
        Ok(self.clone())
    }
}

impl IntoDatabaseUrl for &str {
    fn into_database_url(self) -> Result<DatabaseUrl> {
        DatabaseUrl::parse(self)
    }
}

impl IntoDatabaseUrl for &String {
    fn into_database_url(self) -> Result<DatabaseUrl> {
        DatabaseUrl::parse(self)
    }
}

impl IntoDatabaseUrl for String {
    fn into_database_url(self) -> Result<DatabaseUrl> {
        DatabaseUrl::parse(&self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> DatabaseUrl {
        DatabaseUrl::parse(text).unwrap()
    }

    #[test]
    fn one_scheme_table_for_every_form() {
        for (text, dialect, driver) in [
            (
                "postgresql+asyncpg://u:p@h/db",
                Dialect::Postgres,
                "postgres://u:p@h/db",
            ),
            (
                "postgresql+psycopg2://u@h:5432/db",
                Dialect::Postgres,
                "postgres://u@h:5432/db",
            ),
            ("postgres://h/db", Dialect::Postgres, "postgres://h/db"),
            ("timescaledb://h/db", Dialect::Postgres, "postgres://h/db"),
            (
                "mysql+pymysql://root@h/db",
                Dialect::Mysql,
                "mysql://root@h/db",
            ),
            ("mariadb://root@h/db", Dialect::Mysql, "mysql://root@h/db"),
            ("sqlite://x.db", Dialect::Sqlite, "sqlite://x.db"),
            ("sqlite:", Dialect::Sqlite, "sqlite:"),
            ("sqlite::memory:", Dialect::Sqlite, "sqlite::memory:"),
            (
                "sqlite+pysqlite:///tmp/x.db",
                Dialect::Sqlite,
                "sqlite:///tmp/x.db",
            ),
            ("postgres://", Dialect::Postgres, "postgres://"),
        ] {
            let parsed = url(text);
            assert_eq!(parsed.dialect(), dialect, "{text}");
            assert_eq!(parsed.driver_url(), driver, "{text}");
        }
        let err = DatabaseUrl::parse("oracle://db").unwrap_err().to_string();
        assert!(
            err.contains("unsupported database URL scheme 'oracle'"),
            "{err}"
        );
        let err = DatabaseUrl::parse("db.internal").unwrap_err().to_string();
        assert!(err.contains("no scheme"), "{err}");
    }

    #[test]
    fn passwords_never_show() {
        let text = "postgresql+asyncpg://app:s3cr3t@db.internal:5432/prod?sslmode=require";
        let parsed = url(text);
        assert_eq!(
            parsed.masked(),
            "postgresql+asyncpg://app:***@db.internal:5432/prod?sslmode=require"
        );
        assert_eq!(parsed.to_string(), parsed.masked());
        assert!(!format!("{parsed:?}").contains("s3cr3t"));
        assert_eq!(url("postgres://app@h/db").masked(), "postgres://app@h/db");
        assert_eq!(
            url("sqlite://migrate.db?mode=rwc").masked(),
            "sqlite://migrate.db?mode=rwc"
        );
        let clean = parsed.scrub(&format!(
            "failed for {}: password s3cr3t rejected",
            parsed.driver_url()
        ));
        assert!(!clean.contains("s3cr3t"), "{clean}");
        assert!(clean.contains("app:***@db.internal"), "{clean}");
        // An '@' in the password does not leak the part after it.
        let at = url("postgres://u:p@ss@h/db");
        assert_eq!(at.masked(), "postgres://u:***@h/db");
        assert!(!at.scrub("the password was p@ss").contains("p@ss"));
        let query = url("postgres://u@h/db?sslmode=require&password=s3cr3t");
        assert_eq!(
            query.masked(),
            "postgres://u@h/db?sslmode=require&password=***"
        );
        assert!(!query.scrub("bad s3cr3t").contains("s3cr3t"));
        // A malformed URL's error does not quote it.
        let err = DatabaseUrl::parse("postgres://u:s3cr3t@h:notaport/db")
            .unwrap_err()
            .to_string();
        assert!(!err.contains("s3cr3t"), "{err}");
    }

    #[test]
    fn another_database_on_the_same_server() {
        let parsed = url("postgresql+asyncpg://app:s3cr3t@h:5432/prod?sslmode=require");
        assert_eq!(parsed.database(), Some("prod"));
        let admin = parsed.with_database("postgres").unwrap();
        assert_eq!(admin.database(), Some("postgres"));
        assert_eq!(
            admin.driver_url(),
            "postgres://app:s3cr3t@h:5432/postgres?sslmode=require"
        );
        assert_eq!(
            admin.masked(),
            "postgresql+asyncpg://app:***@h:5432/postgres?sslmode=require"
        );
        assert_eq!(url("mysql://root@h:3306").database(), None);
        assert!(url("sqlite:").with_database("x").is_none());
    }
}
