//! Compile-time checked database migrations in Alembic's revision-graph model.
//!
//! A migration directory holds one SQL file per revision, each naming its
//! parent (`down_revision`). [`migrations!`] reads the directory when the
//! application compiles, checks the graph (every parent present, no cycle,
//! one head, up and down sections present) and embeds it, so a broken chain
//! is a compile error naming the file, and the binary carries its migrations.
//!
//! ```
//! use migrate::{migrations, Migrations};
//!
//! static MIGRATIONS: Migrations = migrations!("migrations");
//!
//! let nothing_applied: [&str; 0] = [];
//! let plan = MIGRATIONS.plan_upgrade(&nothing_applied, "head")?;
//! assert_eq!(plan.len(), MIGRATIONS.len());
//! # Ok::<(), migrate::Error>(())
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

// Lets generated code name `::migrate` inside this crate's own doctests.
extern crate self as migrate;

pub use migrate_core::*;

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
/// up section, a missing down section, a duplicate branch label.
pub use migrate_macros::migrations;
