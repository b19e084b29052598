//! Rebuilds the crate when a migration file is added or removed, so that
//! `migrations!("migrations")` in the tests and doctests re-checks it.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=examples/timescale/migrations");
}
