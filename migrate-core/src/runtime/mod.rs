//! Applying revisions to a database through sqlx, on tokio.
//!
//! A [`Migrator`] holds the settings; each of its entry points opens a run
//! (`run::Run`) that owns the connection and the migration lock, reads the
//! ledger, lets the pure planner and ledger decide, applies each revision
//! in its own transaction together with its bookkeeping row, and closes.
//! Imports go one way, down this table (no module names one above it):
//!
//! | module | its one concern |
//! |---|---|
//! | `fleet` | many databases (or schemas) at once: bounded, canaries, fail-fast, outcomes as they complete; each target through the public `Migrator` |
//! | `autogen` | autogenerate (PostgreSQL and MySQL/MariaDB on a server, SQLite in memory): the chain replayed and the desired schema built on scratch databases, both read, planned, and the plan proven both ways |
//! | `migrator` | the public API: `Migrator`'s settings and one entry point per operation, each opening a run |
//! | `verify` | the stairway check that every down undoes its up, on a scratch database |
//! | `run` | an open run: its connection and lock, and every operation as a method; where an upgrade happens |
//! | `store` | the bookkeeping table: created on first use, read into a ledger, rows written for stamp, repair and adopt |
//! | `retry` | the one retry loop: SQLite busy, table-lock timeouts with backoff |
//! | `enclosed` | one revision and its row inside a transaction its caller holds open (verify's trial and one transaction) |
//! | `strategy` | the ways a revision reaches the database: transactional, statement by statement, atomic |
//! | `held` | the transaction held open after a revision that changed nothing, or one whose `COMMIT` rides with the next revision's call (SQLite): its state, committed with the next revision's or lost whole |
//! | `rows` | the bookkeeping rows around a revision's statements: `running` before, `failed` after a failure, `applied`, the wait on another runner's |
//! | `batch` | a transactional revision and its row as one message (one round trip), and a failure in it traced to its statement |
//! | `failure` | a failed statement or code function turned into an error with its file line |
//! | `lock` | the migration lock as a value: polled, renewed (lease), released |
//! | `connect` | what a caller passes (a pool or a connection) and the connection a run holds |
//! | `options` | the settings' values |
//! | `observe` | what a run reports: `tracing` spans and events, and the `on_event` callback |
//! | `code` | what a code revision's functions take (`Db`, a driver's connection) and the batched backfill helper |
//! | `backend` | the primitives each database provides |
//! | `postgres`, `sqlite`, `mysql` | each database's own SQL and behaviour |

pub mod autogen;
mod backend;
mod batch;
mod code;
mod connect;
mod enclosed;
mod failure;
pub mod fleet;
mod held;
mod lock;
mod migrator;
#[cfg(feature = "mysql")]
mod mysql;
pub mod observe;
mod one_call;
mod options;
#[cfg(feature = "postgres")]
mod postgres;
mod retry;
mod rows;
mod run;
mod session;
#[cfg(feature = "sqlite")]
mod sqlite;
mod store;
mod strategy;
mod verify;

pub use self::backend::Backend;
pub use self::code::{backfill, Batches, Db};
pub use self::connect::{Connect, Source};
pub use self::migrator::Migrator;
pub use self::observe::Event;
pub use self::options::{LockStrategy, Options};
pub use self::verify::{Catalog, NotRestored, Scratch, StepFailed, Verification, Workplace};
