//! Applying revisions to a database through sqlx, on tokio.
//!
//! A [`Migrator`] runs a [`Migrations`](crate::Migrations) set against one
//! database: it takes the migration lock, creates the bookkeeping table on
//! first use, reads the ledger, lets the pure planner decide, and applies
//! each revision in its own transaction together with its bookkeeping row.
//!
//! | module | its one concern |
//! |---|---|
//! | `migrator` | the public API: settings and one entry point per operation |
//! | `connect` | what a caller passes (a pool or a connection) and the connection a run uses |
//! | `lock` | the migration lock: polling, release, the lease strategy |
//! | `execute` | the execution strategies: transactional, statement by statement, atomic |
//! | `code` | what a code revision's functions take (`Db`, a driver's connection) and the batched backfill helper |
//! | `table_locks` | the table-lock timeout of a revision's transaction, and its bounded retry |
//! | `bookkeeping` | stamp, repair and adopt: changes to the rows alone, no revision run |
//! | `store` | creating the bookkeeping table and reading it into a ledger |
//! | `backend` | the primitives each database provides |
//! | `postgres`, `sqlite`, `mysql` | each database's own SQL and behaviour |
//! | `options` | settings and progress events |
//! | `fleet` | many databases (or schemas) at once: bounded, canaries, fail-fast, outcomes as they complete |
//! | `verify` | the stairway check that every down undoes its up, on a scratch database |

mod backend;
mod bookkeeping;
mod code;
mod connect;
mod execute;
pub mod fleet;
mod lock;
mod migrator;
#[cfg(feature = "mysql")]
mod mysql;
mod options;
#[cfg(feature = "postgres")]
mod postgres;
#[cfg(feature = "sqlite")]
mod sqlite;
mod store;
mod table_locks;
mod verify;

pub use self::backend::Backend;
pub use self::code::{backfill, Batches, Db};
pub use self::connect::{Connect, Source};
pub use self::migrator::Migrator;
pub use self::options::{Event, LockStrategy, Options};
pub use self::verify::{Catalog, NotRestored, Scratch, StepFailed, Verification};
