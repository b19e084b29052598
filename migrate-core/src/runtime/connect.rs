//! What a caller hands an entry point (a pool, or a connection of its own),
//! and the connection a run then works on.
//!
//! From a pool, a run that takes the migration lock detaches a connection
//! for itself and closes it afterwards: dropping it (an error, a cancelled
//! future, a killed process) releases the lock, and no pooled connection
//! ever goes back holding it. A connection the caller passes is used as it
//! is; the run releases the lock on it before returning, but if the
//! caller drops the future part-way, the lock stays with that connection
//! until it is closed, so close it rather than reuse it.

use sqlx::pool::PoolConnection;
use sqlx::{Connection, Pool};

use super::backend::{db, Backend};
use crate::error::{Error, Result};

/// Where a run gets its connection: `&Pool<DB>`, or `&mut` a connection of
/// one of the supported databases (`PgConnection`, `SqliteConnection`,
/// `MySqlConnection`).
pub trait Connect<'c>: Send {
    /// The database behind it.
    type Database: Backend;

    /// The pool or the connection. Not public API.
    #[doc(hidden)]
    fn source(self) -> Source<'c, Self::Database>;
}

/// A pool or a caller's connection. Not public API.
#[doc(hidden)]
#[derive(Debug)]
pub enum Source<'c, DB: Backend> {
    /// A pool: runs take connections of their own from it.
    Pool(&'c Pool<DB>),
    /// The caller's connection, used as it is.
    Connection(&'c mut DB::Connection),
}

/// The connection a run works on.
pub(super) enum Handle<'c, DB: Backend> {
    /// Detached from a pool: the run's own, closed when it ends.
    Own(DB::Connection),
    /// Borrowed from a pool for a read, returned when it ends.
    Pooled(PoolConnection<DB>),
    /// The caller's.
    Borrowed(&'c mut DB::Connection),
}

impl<'c, DB: Backend> Handle<'c, DB> {
    /// A connection for a run that takes the migration lock.
    pub(super) async fn dedicated(source: Source<'c, DB>) -> Result<Self> {
        Ok(match source {
            Source::Pool(pool) => {
                Handle::Own(pool.acquire().await.map_err(connect_error)?.detach())
            }
            Source::Connection(conn) => Handle::Borrowed(conn),
        })
    }

    /// A connection for a read that takes no lock.
    pub(super) async fn shared(source: Source<'c, DB>) -> Result<Self> {
        Ok(match source {
            Source::Pool(pool) => Handle::Pooled(pool.acquire().await.map_err(connect_error)?),
            Source::Connection(conn) => Handle::Borrowed(conn),
        })
    }

    pub(super) fn get(&mut self) -> &mut DB::Connection {
        match self {
            Handle::Own(conn) => conn,
            Handle::Pooled(conn) => conn,
            Handle::Borrowed(conn) => conn,
        }
    }

    /// Ends the run's use of the connection: closes its own, returns a
    /// pooled one, leaves the caller's alone.
    pub(super) async fn finish(self) {
        if let Handle::Own(conn) = self {
            let _ = conn.close().await;
        }
    }
}

fn connect_error(source: sqlx::Error) -> Error {
    db("connect")(source)
}

impl<'c, DB: Backend> Connect<'c> for &'c Pool<DB> {
    type Database = DB;

    fn source(self) -> Source<'c, DB> {
        Source::Pool(self)
    }
}

/// `Connect` for `&mut` one database's connection type.
macro_rules! connect_borrowed {
    ($conn:ty, $db:ty) => {
        impl<'c> $crate::runtime::Connect<'c> for &'c mut $conn {
            type Database = $db;

            fn source(self) -> $crate::runtime::Source<'c, $db> {
                $crate::runtime::Source::Connection(self)
            }
        }
    };
}
pub(crate) use connect_borrowed;
