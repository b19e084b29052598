//! The scratch database `verify` works in: made on the server a URL names
//! (a temporary file for SQLite), and dropped on every path out, a dropped
//! [`Scratch`] included. Or, made by [`Scratch::for_verify`] on an empty
//! PostgreSQL database, that database itself, walked in one transaction
//! rolled back ([`super::one_transaction`]), a scratch database made only
//! when one transaction cannot stand in for the commits.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

#[cfg(feature = "postgres")]
use sqlx::postgres::{PgConnectOptions, PgConnection};
use sqlx::{ConnectOptions, Connection};

#[cfg(feature = "postgres")]
use super::one_transaction::{self, walk_rolled_back, EmptyDatabase, Walked};
use super::stairway::{walk, Steps, Stop};
use super::Verification;
use crate::error::{Error, Result};
use crate::runtime::backend::db;
use crate::runtime::options::Options;
#[cfg(feature = "postgres")]
use crate::DatabaseUrl;
use crate::{Dialect, IntoDatabaseUrl, Migrations};

/// A database made for one `verify` run, named `migrate_verify_<unique>`.
///
/// [`Scratch::drop_database`] drops it; a `Scratch` dropped without that
/// (a panic, a cancelled future) drops the database from a thread of its
/// own before the drop returns.
#[derive(Debug)]
pub struct Scratch {
    place: Option<Place>,
    /// What [`Scratch::prepare`] ran, for the databases a run rebuilds.
    prepared: Mutex<Vec<String>>,
    /// The URL's own database, empty, where verify works instead of here
    /// (no scratch database is made until one is needed).
    #[cfg(feature = "postgres")]
    empty: Option<EmptyDatabase>,
}

/// Where a scratch database is, and the server it was made on.
#[derive(Debug, Clone)]
enum Place {
    #[cfg(feature = "postgres")]
    Postgres {
        server: PgConnectOptions,
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

#[cfg(any(feature = "postgres", feature = "mysql"))]
const CREATE: &str = "create the scratch database";
const DROP: &str = "drop the scratch database";
const CONNECT: &str = "connect to the scratch database";
const PREPARE: &str = "prepare the scratch database";

/// A connection to a scratch database: no wait for the disk, one plan per catalog read.
#[cfg(feature = "postgres")]
async fn connect_scratch(server: &PgConnectOptions, name: &str) -> Result<PgConnection> {
    use super::postgres_changes::GENERIC_PLANS;
    let settings = [("synchronous_commit", "off"), GENERIC_PLANS];
    let options = server.clone().database(name).options(settings);
    options.connect().await.map_err(db(CONNECT))
}

/// Runs `$body` with `$conn` (and `$db`, the sqlx database type) bound to a
/// new connection to the scratch database at `$place`, closed afterwards.
macro_rules! connected {
    ($place:expr, $db:ident, $conn:ident => $body:expr) => {
        match $place {
            #[cfg(feature = "postgres")]
            Place::Postgres { server, name } => {
                type $db = sqlx::Postgres;
                let mut $conn = connect_scratch(server, name).await?;
                let result = $body;
                let _ = $conn.close().await;
                result
            }
            #[cfg(feature = "mysql")]
            Place::Mysql { server, name } => {
                type $db = sqlx::MySql;
                let options = server.clone().database(name);
                let mut $conn = options.connect().await.map_err(db(CONNECT))?;
                let result = $body;
                let _ = $conn.close().await;
                result
            }
            #[cfg(feature = "sqlite")]
            Place::Sqlite { path } => {
                type $db = sqlx::Sqlite;
                let options = sqlx::sqlite::SqliteConnectOptions::new()
                    .filename(path)
                    .create_if_missing(true)
                    .synchronous(sqlx::sqlite::SqliteSynchronous::Off);
                let mut $conn = options.connect().await.map_err(db(CONNECT))?;
                let result = $body;
                let _ = $conn.close().await;
                result
            }
        }
    };
}

impl Scratch {
    /// Makes an empty database on the server `url` names: `CREATE
    /// DATABASE` on PostgreSQL and MySQL/MariaDB (the URL's user needs that
    /// right), a new file in the temporary directory for SQLite (the URL's
    /// own file is never opened).
    ///
    /// # Errors
    ///
    /// [`Error::UnsupportedUrl`], [`Error::Database`].
    pub async fn create(url: impl IntoDatabaseUrl) -> Result<Self> {
        let url = url.into_database_url()?;
        let server = match url.dialect() {
            #[cfg(feature = "postgres")]
            Dialect::Postgres => Place::Postgres {
                server: postgres_server(&url).await?,
                name: String::new(),
            },
            #[cfg(feature = "mysql")]
            Dialect::Mysql => Place::Mysql {
                server: url.driver_url().parse().map_err(db(CREATE))?,
                name: String::new(),
            },
            #[cfg(feature = "sqlite")]
            Dialect::Sqlite => Place::Sqlite {
                path: std::path::PathBuf::new(),
            },
            #[allow(unreachable_patterns)] // every driver compiled in
            dialect => return Err(Error::DriverNotCompiled { dialect }),
        };
        Ok(Scratch {
            place: Some(server.sibling().await?),
            prepared: Mutex::new(Vec::new()),
            #[cfg(feature = "postgres")]
            empty: None,
        })
    }

    /// Where `verify` works for `url`: on PostgreSQL, when the URL's own
    /// database is empty, that database, in one transaction rolled back
    /// (nothing is made, nothing dropped, and [`Scratch::prepare`]'s SQL
    /// runs in that transaction; a scratch database is made during the run
    /// only when the set needs commits); otherwise as [`Scratch::create`].
    ///
    /// # Errors
    ///
    /// As [`Scratch::create`].
    pub async fn for_verify(url: impl IntoDatabaseUrl) -> Result<Self> {
        let url = url.into_database_url()?;
        #[cfg(feature = "postgres")]
        if url.dialect() == Dialect::Postgres {
            if let Some(empty) = one_transaction::empty_database(&url).await {
                return Ok(Scratch {
                    place: None,
                    prepared: Mutex::new(Vec::new()),
                    empty: Some(empty),
                });
            }
        }
        Scratch::create(url).await
    }

    /// Whether this is the URL's own empty database, where `verify` works
    /// in one transaction rolled back (see [`Scratch::for_verify`]).
    pub fn is_rolled_back(&self) -> bool {
        #[cfg(feature = "postgres")]
        return self.empty.is_some();
        #[cfg(not(feature = "postgres"))]
        false
    }

    /// The database's name (SQLite: the file's path).
    pub fn name(&self) -> String {
        #[cfg(feature = "postgres")]
        if let Some(empty) = &self.empty {
            return empty.name.clone();
        }
        self.place.as_ref().map(Place::name).unwrap_or_default()
    }

    /// The SQL [`Scratch::prepare`] was given, in order.
    fn prepared(&self) -> Vec<String> {
        self.prepared
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Runs `sql` in the database before the stairway: what a history
    /// expects to exist before its first revision (an extension it uses but
    /// does not create, a role). Databases the run makes to go on after a
    /// finding get it too.
    ///
    /// # Errors
    ///
    /// [`Error::Database`].
    pub async fn prepare(&self, sql: &str) -> Result<()> {
        if let Some(place) = &self.place {
            place.run_sql(sql).await?;
        }
        self.prepared
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(sql.to_owned());
        Ok(())
    }

    /// A new connection to the database, when it is PostgreSQL's (none for
    /// the others): what autogenerate replays and proves on.
    ///
    /// # Errors
    ///
    /// [`Error::Database`].
    #[cfg(feature = "postgres")]
    pub async fn connect_postgres(&self) -> Result<Option<PgConnection>> {
        match &self.place {
            Some(Place::Postgres { server, name }) => {
                Ok(Some(connect_scratch(server, name).await?))
            }
            _ => Ok(None),
        }
    }

    /// Drops the database (deletes the SQLite file).
    ///
    /// # Errors
    ///
    /// [`Error::Database`].
    pub async fn drop_database(mut self) -> Result<()> {
        let Some(place) = self.place.clone() else {
            return Ok(());
        };
        // The place stays in `self` until the server has dropped the
        // database: a run cancelled meanwhile (Ctrl-C) drops `self`, and a
        // drop that failed is tried again, both by `Drop`.
        let removed = place.remove().await;
        if removed.is_ok() {
            self.place = None;
        }
        removed
    }

    /// A new scratch database beside this one (on the empty database's
    /// server), prepared the same way.
    async fn sibling(&self) -> Result<Scratch> {
        #[cfg(feature = "postgres")]
        let server = self.empty.as_ref().map(|empty| Place::Postgres {
            server: empty.options.clone(),
            name: String::new(),
        });
        #[cfg(not(feature = "postgres"))]
        let server: Option<Place> = None;
        let sibling = match server.as_ref().or(self.place.as_ref()) {
            Some(place) => Some(place.sibling().await?),
            None => None,
        };
        let sibling = Scratch {
            place: sibling,
            prepared: Mutex::new(Vec::new()),
            #[cfg(feature = "postgres")]
            empty: None,
        };
        for sql in &self.prepared() {
            sibling.prepare(sql).await?;
        }
        Ok(sibling)
    }

    /// Runs the stairway of `migrations`: in the empty database in one
    /// transaction, where it can be; else here, going on in fresh
    /// databases (dropped again) when a finding leaves this one unusable.
    pub(crate) async fn verify(
        &self,
        migrations: &Migrations,
        options: &Options,
    ) -> Result<Verification> {
        #[cfg(feature = "postgres")]
        if let Some(empty) = &self.empty {
            let prepared = self.prepared();
            let reason = match walk_rolled_back(empty, migrations, options, &prepared).await? {
                Walked::Verified(verification) => return Ok(verification),
                Walked::Instead(reason) => reason,
            };
            let sibling = self.sibling().await?;
            one_transaction::instead(&sibling.name(), &reason);
            let verified = sibling.walk(migrations, options).await;
            let mut verification = drop_then(Some(sibling), verified).await?;
            verification.workplace = super::Workplace::ScratchInstead { reason };
            return Ok(verification);
        }
        self.walk(migrations, options).await
    }

    /// [`Scratch::verify`] in this scratch database.
    async fn walk(&self, migrations: &Migrations, options: &Options) -> Result<Verification> {
        let mut verification = Verification::default();
        let mut from = 0;
        let mut fresh: Option<Scratch> = None;
        loop {
            let Some(place) = fresh.as_ref().unwrap_or(self).place.as_ref() else {
                return Ok(verification);
            };
            let stop = connected!(place, DB, conn => {
                let steps = (&mut conn, Steps::Commit);
                walk::<DB>(migrations, options, steps, from, &mut verification).await
            });
            match stop {
                Ok(Stop::Done) => return drop_then(fresh, Ok(verification)).await,
                Ok(Stop::Rebuild { next }) => {
                    let sibling = match self.sibling().await {
                        Ok(sibling) => sibling,
                        Err(err) => return drop_then(fresh, Err(err)).await,
                    };
                    if let Some(old) = fresh.replace(sibling) {
                        old.drop_database().await?;
                    }
                    from = next;
                }
                Err(err) => return drop_then(fresh, Err(err)).await,
            }
        }
    }
}

/// Drops `scratch`, if any, then returns `result` (or the drop's error).
async fn drop_then<T>(scratch: Option<Scratch>, result: Result<T>) -> Result<T> {
    let dropped = match scratch {
        Some(scratch) => scratch.drop_database().await,
        None => Ok(()),
    };
    let value = result?;
    dropped.map(|()| value)
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
            runtime.block_on(place.remove()).ok()
        })
        .join();
        if !matches!(dropped, Ok(Some(()))) {
            tracing::warn!(
                target: crate::runtime::observe::TARGET,
                "could not drop a scratch database of verify"
            );
        }
    }
}

impl Place {
    fn name(&self) -> String {
        match self {
            #[cfg(feature = "postgres")]
            Place::Postgres { name, .. } => name.clone(),
            #[cfg(feature = "mysql")]
            Place::Mysql { name, .. } => name.clone(),
            #[cfg(feature = "sqlite")]
            Place::Sqlite { path } => path.display().to_string(),
        }
    }

    /// Makes a new, empty scratch database on the same server.
    async fn sibling(&self) -> Result<Place> {
        let name = unique_name();
        Ok(match self {
            #[cfg(feature = "postgres")]
            Place::Postgres { server, .. } => {
                admin!(server, &format!("CREATE DATABASE \"{name}\""), CREATE)?;
                Place::Postgres {
                    server: server.clone(),
                    name,
                }
            }
            #[cfg(feature = "mysql")]
            Place::Mysql { server, .. } => {
                admin!(server, &format!("CREATE DATABASE `{name}`"), CREATE)?;
                Place::Mysql {
                    server: server.clone(),
                    name,
                }
            }
            #[cfg(feature = "sqlite")]
            Place::Sqlite { .. } => Place::Sqlite {
                path: std::env::temp_dir().join(format!("{name}.db")),
            },
        })
    }

    async fn run_sql(&self, sql: &str) -> Result<()> {
        connected!(self, _DB, conn => {
            sqlx::raw_sql(sql)
                .execute(&mut conn)
                .await
                .map(drop)
                .map_err(db(PREPARE))
        })
    }

    async fn remove(self) -> Result<()> {
        match self {
            #[cfg(feature = "postgres")]
            Place::Postgres { server, name } => {
                // FORCE (PostgreSQL 13) ends sessions a cancelled run left.
                let forced = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                let dropped: Result<()> = (async { admin!(server, &forced, DROP) }).await;
                if dropped.is_err() {
                    let plain = format!("DROP DATABASE IF EXISTS \"{name}\"");
                    admin!(server, &plain, DROP)?;
                }
                Ok(())
            }
            #[cfg(feature = "mysql")]
            Place::Mysql { server, name } => {
                admin!(server, &format!("DROP DATABASE IF EXISTS `{name}`"), DROP)
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
}

/// Runs one statement on the server's own database (the URL's).
#[cfg(any(feature = "postgres", feature = "mysql"))]
macro_rules! admin {
    ($server:expr, $sql:expr, $doing:expr) => {{
        let mut conn = $server.connect().await.map_err(db($doing))?;
        let done = sqlx::raw_sql($sql).execute(&mut conn).await.map(drop);
        let _ = conn.close().await;
        done.map_err(db($doing))
    }};
}
#[cfg(any(feature = "postgres", feature = "mysql"))]
use admin;

/// The server a PostgreSQL URL names, reached through the URL's database,
/// or through `postgres` when that one does not exist (yet): the scratch
/// database needs only the server.
#[cfg(feature = "postgres")]
async fn postgres_server(url: &DatabaseUrl) -> Result<PgConnectOptions> {
    let server: PgConnectOptions = url.driver_url().parse().map_err(db(CREATE))?;
    match server.connect().await {
        Ok(conn) => {
            let _ = conn.close().await;
            Ok(server)
        }
        Err(sqlx::Error::Database(err)) if err.code().as_deref() == Some("3D000") => {
            Ok(server.database("postgres"))
        }
        Err(err) => Err(db(CREATE)(err)),
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
