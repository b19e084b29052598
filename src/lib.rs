//! Compile-time checked database migrations in Alembic's revision-graph model.
//!
//! A migration directory holds one SQL file per revision, each naming its
//! parent (`down_revision`), or a Rust file for a data migration (a code
//! revision, compiled into the crate with its `up` and `down` functions;
//! see `runtime::Db` and `runtime::backfill`, with a driver feature).
//! [`migrations!`] reads the directory when the application compiles,
//! checks the graph (every parent present, no cycle, one head, up and down
//! sections present) and embeds it, so a broken chain is a compile error
//! naming the file, and the binary carries its migrations.
//! At run time the embedded revisions are applied through sqlx, each in its
//! own transaction together with its bookkeeping row.
//!
//! ```
//! use migraph::{migrations, Migrations};
//!
//! static MIGRATIONS: Migrations = migrations!("migrations");
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! // An in-memory SQLite database lives as long as its one connection.
//! let pool = migraph::sqlx::SqlitePool::connect("sqlite::memory:").await?;
//! let mut conn = pool.acquire().await?;
//! let report = MIGRATIONS
//!     .migrator()
//!     .upgrade(&mut *conn, "head")
//!     .await?;
//! assert_eq!(report.steps.len(), MIGRATIONS.len());
//! assert_eq!(report.current, ["20251023_0011"]);
//! # Ok(())
//! # }
//! ```
//!
//! With a pool on a server (or a SQLite file), one call does it; it takes the
//! migration lock, so many replicas can start at once:
//!
//! ```no_run
//! # use migraph::{migrations, Migrations, Target};
//! # static MIGRATIONS: Migrations = migrations!("migrations");
//! # async fn start() -> Result<(), Box<dyn std::error::Error>> {
//! let pool = migraph::sqlx::PgPool::connect("postgres://app@db/app").await?;
//! MIGRATIONS.upgrade(&pool, Target::HEADS).await?;
//! # Ok(())
//! # }
//! ```
//!
//! New files are picked up by the next build once the crate has a build
//! script that watches the directory (`cargo xtask init` writes it):
//!
//! ```text
//! // build.rs
//! fn main() {
//!     println!("cargo:rerun-if-changed=migrations");
//! }
//! ```
//!
//! # Features
//!
//! | feature | what it adds |
//! |---|---|
//! | `postgres` | applying migrations to PostgreSQL (and TimescaleDB) |
//! | `sqlite` | applying migrations to SQLite |
//! | `mysql` | applying migrations to MySQL and MariaDB |
//! | `tls` | TLS for the drivers through rustls (`sslmode=require`, `verify-full`, MySQL's `ssl-mode`) |
//!
//! Without any, the crate still embeds, checks and plans (no database code).

// Lets generated code name `::migrate` inside this crate's own doctests.
extern crate self as migrate;

pub use migraph_core::*;

/// Embeds and validates a migration directory at compile time.
///
/// `migrations!()` reads `migrations/`; `migrations!("dir")` reads `dir`,
/// relative to the crate root (`CARGO_MANIFEST_DIR`). Options after the
/// path: `allow_multiple_heads`, `allow_multiple_bases` accept graphs whose
/// extra heads or bases carry no branch label.
///
/// Every problem of the directory is a compile error naming its file: a
/// malformed header, a file name that does not start with its revision, a
/// duplicate id, a missing parent, a cycle, several heads or bases, an empty
/// up section, a missing down section, a duplicate branch label; in a Rust
/// code revision, an `up` or `down` that is not a `pub async fn` taking one
/// connection, and any error rustc finds in the file.
pub use migraph_macros::migrations;
