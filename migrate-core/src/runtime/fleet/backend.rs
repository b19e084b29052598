//! What a fleet run needs of each database beyond the runner's own
//! primitives: the URL schemes it answers to, how a member is pointed at a
//! schema (PostgreSQL: the schema first on `search_path` from the first
//! packet of every connection, bookkeeping and lock in the schema; MySQL: a
//! schema is a database, so the member connects to it), how schemas are
//! listed a page at a time, and the single-database operation run on a
//! member's connection.

use std::future::Future;

use sqlx::{Connection, Database};

use super::{Done, Operation};
use crate::error::{Error, Result};
use crate::runtime::{Backend, Migrator};

/// The connect options of a database's connections (`PgConnectOptions`, …).
pub type ConnectOptions<DB> = <<DB as Database>::Connection as Connection>::Options;

/// A database a fleet can run on: PostgreSQL, MySQL/MariaDB, SQLite.
/// Implemented for each driver compiled in; not for other types.
pub trait FleetBackend: Backend {
    /// The URL schemes of this database (before `://` or `:`).
    #[doc(hidden)]
    const SCHEMES: &'static [&'static str];

    /// Options of a member that is the schema `schema` of the database
    /// `options` names, and the schema the bookkeeping table goes in (if
    /// the connection's default does not already put it there).
    #[doc(hidden)]
    fn in_schema(
        options: &ConnectOptions<Self>,
        schema: &str,
    ) -> Result<(ConnectOptions<Self>, Option<String>)>;

    /// Settings of a member's connection that follow from the runner's (SQLite:
    /// wait for other writers as long as for the migration lock).
    #[doc(hidden)]
    fn tune(
        options: ConnectOptions<Self>,
        _lock_timeout: std::time::Duration,
    ) -> ConnectOptions<Self> {
        options
    }

    /// One page of the schemas whose names are `LIKE pattern`, after `after`
    /// in byte order, system schemas left out.
    #[doc(hidden)]
    fn schema_page<'a>(
        conn: &'a mut Self::Connection,
        pattern: &'a str,
        after: &'a str,
        limit: i64,
    ) -> impl Future<Output = Result<Vec<String>, sqlx::Error>> + Send + 'a;

    /// Runs one member's operation on its connection with the public API.
    #[doc(hidden)]
    fn perform<'a>(
        migrator: &'a Migrator<'_>,
        conn: &'a mut Self::Connection,
        operation: &'a Operation,
    ) -> impl Future<Output = Result<Done>> + Send + 'a;
}

/// The body of [`FleetBackend::perform`], on a concrete connection type
/// (the entry points are implemented per connection type).
macro_rules! perform {
    ($migrator:expr, $conn:expr, $operation:expr) => {{
        match $operation {
            Operation::Upgrade(target) => $migrator.upgrade($conn, target).await.map(Done::Moved),
            Operation::Downgrade(target) => {
                $migrator.downgrade($conn, target).await.map(Done::Moved)
            }
            Operation::Stamp { target, purge } => $migrator
                .stamp($conn, target, *purge)
                .await
                .map(Done::Stamped),
            Operation::Check => $migrator.check($conn).await.map(Done::Checked),
            Operation::Current => $migrator.check($conn).await.map(Done::Read),
        }
    }};
}

/// A member error that is about configuration, not the server.
fn refused(doing: &'static str, why: String) -> Error {
    Error::Database {
        doing,
        source: sqlx::Error::Configuration(why.into()),
    }
}

#[cfg(feature = "postgres")]
mod postgres {
    use sqlx::postgres::{PgConnectOptions, PgConnection};
    use sqlx::Postgres;

    use super::*;
    use crate::ledger::Table;

    impl FleetBackend for Postgres {
        const SCHEMES: &'static [&'static str] = &["postgres", "postgresql"];

        fn in_schema(
            options: &PgConnectOptions,
            schema: &str,
        ) -> Result<(PgConnectOptions, Option<String>)> {
            // Checked as the bookkeeping table's schema is, which also
            // makes it safe inside the startup packet's options.
            Table::new(Some(schema), crate::ledger::DEFAULT_TABLE)?;
            // Sent in the first packet of every connection, so it holds on
            // each one the run opens and survives `RESET ALL`; `public`
            // after it keeps shared extensions and tables in reach.
            let path = format!("\"{schema}\",public");
            Ok((
                options.clone().options([("search_path", path)]),
                Some(schema.to_owned()),
            ))
        }

        fn schema_page<'a>(
            conn: &'a mut PgConnection,
            pattern: &'a str,
            after: &'a str,
            limit: i64,
        ) -> impl Future<Output = Result<Vec<String>, sqlx::Error>> + Send + 'a {
            // `name` compares bytewise, so the pages follow one order.
            sqlx::query_scalar(
                "SELECT nspname::text FROM pg_namespace \
                 WHERE nspname LIKE $1 AND nspname > $2::name \
                 AND nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' \
                 ORDER BY nspname LIMIT $3",
            )
            .bind(pattern)
            .bind(after)
            .bind(limit)
            .fetch_all(conn)
        }

        async fn perform(
            migrator: &Migrator<'_>,
            conn: &mut PgConnection,
            operation: &Operation,
        ) -> Result<Done> {
            perform!(migrator, &mut *conn, operation)
        }
    }
}

#[cfg(feature = "mysql")]
mod mysql {
    use sqlx::mysql::{MySqlConnectOptions, MySqlConnection};
    use sqlx::MySql;

    use super::*;

    impl FleetBackend for MySql {
        const SCHEMES: &'static [&'static str] = &["mysql", "mariadb"];

        fn in_schema(
            options: &MySqlConnectOptions,
            schema: &str,
        ) -> Result<(MySqlConnectOptions, Option<String>)> {
            // A schema is a database: the bookkeeping table and the lock
            // (named after the current database) follow the connection.
            Ok((options.clone().database(schema), None))
        }

        fn schema_page<'a>(
            conn: &'a mut MySqlConnection,
            pattern: &'a str,
            after: &'a str,
            limit: i64,
        ) -> impl Future<Output = Result<Vec<String>, sqlx::Error>> + Send + 'a {
            // BINARY: names differing in case are different databases here.
            sqlx::query_scalar(
                "SELECT CAST(schema_name AS CHAR) FROM information_schema.schemata \
                 WHERE schema_name LIKE ? AND BINARY schema_name > BINARY ? \
                 AND schema_name NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys') \
                 ORDER BY BINARY schema_name LIMIT ?",
            )
            .bind(pattern)
            .bind(after)
            .bind(limit)
            .fetch_all(conn)
        }

        async fn perform(
            migrator: &Migrator<'_>,
            conn: &mut MySqlConnection,
            operation: &Operation,
        ) -> Result<Done> {
            perform!(migrator, &mut *conn, operation)
        }
    }
}

#[cfg(feature = "sqlite")]
mod sqlite {
    use std::time::Duration;

    use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
    use sqlx::Sqlite;

    use super::*;

    const NO_SCHEMAS: &str =
        "SQLite keeps no schemas of its own; give each database file as a member of its own";

    impl FleetBackend for Sqlite {
        const SCHEMES: &'static [&'static str] = &["sqlite"];

        fn in_schema(
            _options: &SqliteConnectOptions,
            _schema: &str,
        ) -> Result<(SqliteConnectOptions, Option<String>)> {
            Err(refused("use a schema", NO_SCHEMAS.to_owned()))
        }

        fn tune(options: SqliteConnectOptions, lock_timeout: Duration) -> SqliteConnectOptions {
            options.busy_timeout(lock_timeout)
        }

        async fn schema_page(
            _conn: &mut SqliteConnection,
            _pattern: &str,
            _after: &str,
            _limit: i64,
        ) -> Result<Vec<String>, sqlx::Error> {
            Err(sqlx::Error::Configuration(NO_SCHEMAS.into()))
        }

        async fn perform(
            migrator: &Migrator<'_>,
            conn: &mut SqliteConnection,
            operation: &Operation,
        ) -> Result<Done> {
            perform!(migrator, &mut *conn, operation)
        }
    }
}

/// A URL whose scheme is not this database's.
pub(super) fn wrong_scheme<DB: FleetBackend>(scheme: &str) -> Error {
    refused(
        "read the URL",
        format!(
            "'{scheme}' is not a {} URL scheme; every member of a fleet is the same kind of database",
            DB::SCHEMES.join("/")
        ),
    )
}
