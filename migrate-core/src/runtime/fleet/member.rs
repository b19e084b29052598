//! A member of a fleet (a database, or a schema of one) as a caller names
//! it, and the members of one database whose schema names match a `LIKE`
//! pattern, listed a page at a time.
//!
//! Building a member never fails: a URL that does not parse, or a schema
//! name the bookkeeping cannot live in, fails that member when its turn
//! comes, so one bad line of a list costs one failed member.

use std::collections::VecDeque;
use std::str::FromStr;
use std::time::Duration;

use futures_util::stream::{self, Stream};
use sqlx::{ConnectOptions as _, Connection};

use super::backend::{wrong_scheme, ConnectOptions, FleetBackend};
use crate::error::{Error, Result};

/// One database of a fleet, or one schema of a database, and the name its
/// [`Outcome`](super::Outcome) carries.
pub struct Member<DB: FleetBackend> {
    pub(super) name: String,
    pub(super) connect: Result<ConnectOptions<DB>>,
    /// The schema the bookkeeping table goes in, where the member sets one.
    pub(super) schema: Option<String>,
}

impl<DB: FleetBackend> std::fmt::Debug for Member<DB> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Member")
            .field("name", &self.name)
            .field("schema", &self.schema)
            .finish_non_exhaustive()
    }
}

impl<DB: FleetBackend> Member<DB> {
    /// A database, reached with `options`, shown as `name` (say, its URL
    /// with the password masked).
    pub fn database(name: impl Into<String>, options: ConnectOptions<DB>) -> Self {
        Member {
            name: name.into(),
            connect: Ok(options),
            schema: None,
        }
    }

    /// A database given by its URL, shown as `name`. A URL that does not
    /// parse, or is of another database, fails this member when it runs.
    pub fn url(name: impl Into<String>, url: &str) -> Self {
        let scheme = url.split(':').next().unwrap_or_default();
        let connect = if DB::SCHEMES.contains(&scheme) {
            ConnectOptions::<DB>::from_str(url).map_err(|source| Error::Database {
                doing: "read the URL",
                source,
            })
        } else {
            Err(wrong_scheme::<DB>(scheme))
        };
        Member {
            name: name.into(),
            connect,
            schema: None,
        }
    }

    /// The schema `schema` of the database `options` names, shown by its
    /// name. On PostgreSQL the bookkeeping table and the migration lock live
    /// in the schema, and every connection of the member has the schema
    /// first on its `search_path` (then `public`); on MySQL a schema is a
    /// database, and the member connects to it; SQLite has no schemas, so
    /// the member fails.
    pub fn schema(options: &ConnectOptions<DB>, schema: &str) -> Self {
        let (connect, schema_of_table) = match DB::in_schema(options, schema) {
            Ok((options, table_schema)) => (Ok(options), table_schema),
            Err(err) => (Err(err), None),
        };
        Member {
            name: schema.to_owned(),
            connect,
            schema: schema_of_table,
        }
    }

    /// The name outcomes give this member.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A member that fails with `error` when its turn comes.
    fn failed(name: String, error: Error) -> Self {
        Member {
            name,
            connect: Err(error),
            schema: None,
        }
    }
}

/// Names per page when listing schemas.
const PAGE: i64 = 500;

struct Listing<DB: FleetBackend> {
    options: ConnectOptions<DB>,
    pattern: String,
    connect_timeout: Duration,
    after: String,
    page: VecDeque<String>,
    done: bool,
}

/// Every schema of the database `options` names whose name is `LIKE
/// pattern` (system schemas left out), as members, in byte order of their
/// names. Listed a page of 500 at a time on a connection opened for the
/// page and closed after it, so the list is never held whole and the
/// listing holds no connection while the members run; a page that cannot
/// be read ends the list with a failed member naming the listing.
pub fn schemas<DB: FleetBackend>(
    options: ConnectOptions<DB>,
    pattern: &str,
    connect_timeout: Duration,
) -> impl Stream<Item = Member<DB>> + Send + 'static {
    let listing = Listing::<DB> {
        options,
        pattern: pattern.to_owned(),
        connect_timeout,
        after: String::new(),
        page: VecDeque::new(),
        done: false,
    };
    stream::unfold(listing, |mut listing| async move {
        if listing.page.is_empty() && !listing.done {
            match next_page(&listing).await {
                Ok(names) => {
                    listing.done = names.len() < PAGE as usize;
                    listing.page = names.into();
                }
                Err(error) => {
                    listing.done = true;
                    let name = format!("schemas like '{}'", listing.pattern);
                    return Some((Member::failed(name, error), listing));
                }
            }
        }
        let name = listing.page.pop_front()?;
        listing.after.clone_from(&name);
        let member = Member::schema(&listing.options, &name);
        Some((member, listing))
    })
}

async fn next_page<DB: FleetBackend>(listing: &Listing<DB>) -> Result<Vec<String>> {
    let mut conn = connect::<DB>(&listing.options, listing.connect_timeout).await?;
    let page = DB::schema_page(&mut conn, &listing.pattern, &listing.after, PAGE).await;
    let _ = conn.close().await;
    page.map_err(|source| Error::Database {
        doing: "list the schemas",
        source,
    })
}

/// A connection of `options`, or an error once `timeout` has passed
/// without one (a server that accepts and never answers included).
pub(super) async fn connect<DB: FleetBackend>(
    options: &ConnectOptions<DB>,
    timeout: Duration,
) -> Result<DB::Connection> {
    match tokio::time::timeout(timeout, options.connect()).await {
        Ok(connected) => connected.map_err(|source| Error::Database {
            doing: "connect",
            source,
        }),
        Err(_) => Err(Error::Database {
            doing: "connect",
            source: sqlx::Error::Io(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                format!("timed out: no answer within {}", seconds(timeout)),
            )),
        }),
    }
}

fn seconds(duration: Duration) -> String {
    if duration.subsec_millis() == 0 {
        format!("{} s", duration.as_secs())
    } else {
        format!("{:.1} s", duration.as_secs_f64())
    }
}
