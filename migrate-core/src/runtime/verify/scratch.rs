//! The scratch database `verify` works in: made on the server a URL names
//! (a temporary file for SQLite), and dropped on every path out, a dropped
//! [`Scratch`] included.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use sqlx::{ConnectOptions, Connection};

use super::Verification;
use crate::error::{Error, Result};
use crate::runtime::migrator::{db, Migrator};

/// A database made for one `verify` run, named `migrate_verify_<unique>`.
///
/// [`Scratch::drop_database`] drops it; a `Scratch` dropped without that
/// (a panic, a cancelled future) drops the database from a thread of its
/// own before the drop returns.
#[derive(Debug)]
pub struct Scratch {
    place: Option<Place>,
}

#[derive(Debug, Clone)]
enum Place {
    #[cfg(feature = "postgres")]
    Postgres {
        server: sqlx::postgres::PgConnectOptions,
        name: String,
    },
    #[cfg(feature = "mysql")]
    Mysql {
        server: sqlx::mysql::MySqlConnectOptions,
        name: String,
    },
    #[cfg(feature = "sqlite")]
    Sqlite { path: std::path::PathBuf },
}

const CREATE: &str = "create the scratch database";
const DROP: &str = "drop the scratch database";
const CONNECT: &str = "connect to the scratch database";

impl Scratch {
    /// Makes an empty database on the server `url` names: `CREATE
    /// DATABASE` on PostgreSQL and MySQL/MariaDB (the URL's user needs that
    /// right), a new file in the temporary directory for SQLite.
    ///
    /// # Errors
    ///
    /// [`Error::UnsupportedUrl`], [`Error::Database`].
    pub async fn create(url: &str) -> Result<Self> {
        let scheme = url.split(':').next().unwrap_or_default();
        let name = unique_name();
        let place = match scheme.split('+').next().unwrap_or_default() {
            #[cfg(feature = "postgres")]
            "postgres" | "postgresql" => {
                let server: sqlx::postgres::PgConnectOptions = url.parse().map_err(db(CREATE))?;
                let mut conn = server.connect().await.map_err(db(CREATE))?;
                let created = sqlx::raw_sql(&format!("CREATE DATABASE \"{name}\""))
                    .execute(&mut conn)
                    .await;
                let _ = conn.close().await;
                created.map_err(db(CREATE))?;
                Place::Postgres { server, name }
            }
            #[cfg(feature = "mysql")]
            "mysql" | "mariadb" => {
                let server: sqlx::mysql::MySqlConnectOptions = url.parse().map_err(db(CREATE))?;
                let mut conn = server.connect().await.map_err(db(CREATE))?;
                let created = sqlx::raw_sql(&format!("CREATE DATABASE `{name}`"))
                    .execute(&mut conn)
                    .await;
                let _ = conn.close().await;
                created.map_err(db(CREATE))?;
                Place::Mysql { server, name }
            }
            #[cfg(feature = "sqlite")]
            "sqlite" => Place::Sqlite {
                path: std::env::temp_dir().join(format!("{name}.db")),
            },
            _ => {
                return Err(Error::UnsupportedUrl {
                    scheme: scheme.to_owned(),
                })
            }
        };
        Ok(Scratch { place: Some(place) })
    }

    /// The database's name (SQLite: the file's path).
    pub fn name(&self) -> String {
        match &self.place {
            #[cfg(feature = "postgres")]
            Some(Place::Postgres { name, .. }) => name.clone(),
            #[cfg(feature = "mysql")]
            Some(Place::Mysql { name, .. }) => name.clone(),
            #[cfg(feature = "sqlite")]
            Some(Place::Sqlite { path }) => path.display().to_string(),
            None => String::new(),
        }
    }

    /// Drops the database (deletes the SQLite file).
    ///
    /// # Errors
    ///
    /// [`Error::Database`].
    pub async fn drop_database(mut self) -> Result<()> {
        match self.place.take() {
            Some(place) => remove(place).await,
            None => Ok(()),
        }
    }

    /// Runs `sql` in the database before the stairway: what a history
    /// expects to exist before its first revision (an extension it uses but
    /// does not create, a role).
    ///
    /// # Errors
    ///
    /// [`Error::Database`].
    pub async fn prepare(&self, sql: &str) -> Result<()> {
        const PREPARE: &str = "prepare the scratch database";
        macro_rules! run {
            ($options:expr) => {{
                let mut conn = $options.connect().await.map_err(db(CONNECT))?;
                let done = sqlx::raw_sql(sql).execute(&mut conn).await.map(drop);
                let _ = conn.close().await;
                done.map_err(db(PREPARE))
            }};
        }
        match &self.place {
            #[cfg(feature = "postgres")]
            Some(Place::Postgres { server, name }) => run!(server.clone().database(name)),
            #[cfg(feature = "mysql")]
            Some(Place::Mysql { server, name }) => run!(server.clone().database(name)),
            #[cfg(feature = "sqlite")]
            Some(Place::Sqlite { path }) => run!(sqlx::sqlite::SqliteConnectOptions::new()
                .filename(path)
                .create_if_missing(true)),
            None => Ok(()),
        }
    }

    /// Runs the stairway of `migrator` in this database.
    pub(super) async fn run(&self, migrator: &Migrator<'_>) -> Result<Verification> {
        match &self.place {
            #[cfg(feature = "postgres")]
            Some(Place::Postgres { server, name }) => {
                let mut conn = server
                    .clone()
                    .database(name)
                    .connect()
                    .await
                    .map_err(db(CONNECT))?;
                let verified = migrator.stairway::<sqlx::Postgres>(&mut conn).await;
                let _ = conn.close().await;
                verified
            }
            #[cfg(feature = "mysql")]
            Some(Place::Mysql { server, name }) => {
                let mut conn = server
                    .clone()
                    .database(name)
                    .connect()
                    .await
                    .map_err(db(CONNECT))?;
                let verified = migrator.stairway::<sqlx::MySql>(&mut conn).await;
                let _ = conn.close().await;
                verified
            }
            #[cfg(feature = "sqlite")]
            Some(Place::Sqlite { path }) => {
                let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
                    .filename(path)
                    .create_if_missing(true)
                    .connect()
                    .await
                    .map_err(db(CONNECT))?;
                let verified = migrator.stairway::<sqlx::Sqlite>(&mut conn).await;
                let _ = conn.close().await;
                verified
            }
            None => Ok(Verification::default()),
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let Some(place) = self.place.take() else {
            return;
        };
        // Dropping needs async I/O, and this may run inside a runtime that
        // must not block on itself: a thread with a runtime of its own.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            runtime.block_on(remove(place)).ok()
        })
        .join();
        if !matches!(dropped, Ok(Some(()))) {
            log::warn!("could not drop a scratch database of verify");
        }
    }
}

async fn remove(place: Place) -> Result<()> {
    match place {
        #[cfg(feature = "postgres")]
        Place::Postgres { server, name } => {
            let mut conn = server.connect().await.map_err(db(DROP))?;
            // FORCE (PostgreSQL 13) ends sessions a cancelled run left behind.
            let forced = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            let mut dropped = sqlx::raw_sql(&forced).execute(&mut conn).await.map(drop);
            if dropped.is_err() {
                let plain = format!("DROP DATABASE IF EXISTS \"{name}\"");
                dropped = sqlx::raw_sql(&plain).execute(&mut conn).await.map(drop);
            }
            let _ = conn.close().await;
            dropped.map_err(db(DROP))
        }
        #[cfg(feature = "mysql")]
        Place::Mysql { server, name } => {
            let mut conn = server.connect().await.map_err(db(DROP))?;
            let dropped = sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS `{name}`"))
                .execute(&mut conn)
                .await
                .map(drop);
            let _ = conn.close().await;
            dropped.map_err(db(DROP))
        }
        #[cfg(feature = "sqlite")]
        Place::Sqlite { path } => {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let mut file = path.clone().into_os_string();
                file.push(suffix);
                match std::fs::remove_file(&file) {
                    Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
                        return Err(Error::Database {
                            doing: DROP,
                            source: sqlx::Error::Io(err),
                        })
                    }
                    _ => {}
                }
            }
            Ok(())
        }
    }
}

/// `migrate_verify_` and a name no other run picks: process, time, counter.
fn unique_name() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!(
        "migrate_verify_{:x}_{:x}_{}",
        std::process::id(),
        nanos & 0xffff_ffff_ffff,
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}
