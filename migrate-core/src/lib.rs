//! Revision graph, loader, planner and runtime of the `migraph` crate.
//!
//! Most users depend on the `migraph` facade, which re-exports this crate and
//! the `migrations!()` macro. The pure part (loading, checking, resolving
//! targets, planning) is always compiled, does no I/O beyond reading files
//! and no async; the macro uses it with default features off.
//!
//! ```
//! use migraph_core::Migrations;
//!
//! # let dir = tempdir();
//! # std::fs::write(dir.join("a1_init.sql"), "-- revision: a1\n-- down_revision: none\n\n-- migrate:up\nCREATE TABLE t (x INTEGER);\n\n-- migrate:down\nDROP TABLE t;\n").unwrap();
//! # std::fs::write(dir.join("b2_more.sql"), "-- revision: b2\n-- down_revision: a1\n\n-- migrate:up\nALTER TABLE t ADD y INTEGER;\n\n-- migrate:down\nALTER TABLE t DROP y;\n").unwrap();
//! let migrations = Migrations::load(&dir)?;
//! let applied = ["a1"];
//! let plan = migrations.plan_upgrade(&applied, "head")?;
//! let ids: Vec<&str> = plan.steps().map(|step| step.revision.id()).collect();
//! assert_eq!(ids, ["b2"]);
//! # fn tempdir() -> std::path::PathBuf {
//! #     let dir = std::env::temp_dir().join(format!("migrate-core-doc-{}", std::process::id()));
//! #     let _ = std::fs::remove_dir_all(&dir);
//! #     std::fs::create_dir_all(&dir).unwrap();
//! #     dir
//! # }
//! # Ok::<(), migraph_core::Error>(())
//! ```
//!
//! # Features
//!
//! | feature | what it adds |
//! |---|---|
//! | `postgres` | `runtime` on PostgreSQL (and TimescaleDB) through sqlx |
//! | `sqlite` | `runtime` on SQLite through sqlx |
//! | `mysql` | `runtime` on MySQL and MariaDB through sqlx |
//! | `tls` | TLS for the drivers: sqlx's rustls with ring and Mozilla's roots (no OpenSSL) |
//!
//! | `sql-check` | the build-time SQL check of a set whose `migrate.toml` declares a dialect ([`Migrations::load_checked`]); the macro and the CLI turn it on |
//!
//! Each driver feature turns on `runtime` (sqlx and tokio); with none, nothing
//! async is compiled.
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod autogen;
mod checksum;
pub mod code;
mod database_url;
mod dialect;
mod direction;
mod encoding;
pub mod env;
mod error;
mod graph;
pub mod ledger;
pub mod lex;
pub mod lint;
mod migrations;
pub mod offline;
mod parallel;
mod plan;
mod problem;
mod revision;
#[cfg(feature = "runtime")]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "postgres", feature = "sqlite", feature = "mysql")))
)]
pub mod runtime;
pub mod schema;
pub mod settings;
pub mod source;
pub mod split;
#[cfg(feature = "sql-check")]
mod sqlcheck;
mod target;

pub use crate::checksum::{Checksum, ParseChecksumError};
pub use crate::database_url::{DatabaseUrl, IntoDatabaseUrl};
pub use crate::dialect::Dialect;
pub use crate::direction::Direction;
pub use crate::error::{Cause, Diagnostics, Error, ErrorKind, Result, StatementFailure};
pub use crate::graph::GraphPolicy;
pub use crate::ledger::{CheckReport, Drift, Record, Repair, RepairChange, Report, StepReport};
pub use crate::migrations::Migrations;
pub use crate::plan::{Plan, StampPlan, Step};
pub use crate::problem::{Problem, Problems};
pub use crate::revision::Revision;
#[cfg(feature = "runtime")]
pub use crate::runtime::{
    Connect, Event, LockStrategy, Migrator, NotRestored, Scratch, StepFailed, Verification,
    Workplace,
};
pub use crate::settings::{Settings, SqlDialect};
pub use crate::target::{IntoTarget, Target, MIN_PREFIX_LEN};
/// The sqlx this crate is built with, for pools and connections of a matching version.
#[cfg(feature = "runtime")]
pub use sqlx;

/// Normalises migration text as the checksum sees it (no BOM, `\n` endings).
pub use crate::checksum::normalize;

#[doc(hidden)]
pub mod __private {
    //! Items the generated code of `migrations!()` names. Not public API.
    pub use crate::checksum::Checksum;
    pub use crate::code::{call as call_code, CodeEntry, CodeFuture};
    pub use crate::migrations::Migrations;
    pub use crate::revision::Revision;
}
