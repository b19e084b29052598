//! The value `migrations!()` embeds equals what the run-time loader reads
//! from the same directory, field by field, checksums included.

// The test embeds `migrations/` three ways on purpose, so its code revision
// is compiled as three modules of this crate.
#![allow(clippy::duplicate_mod)]

use migraph::{migrations, Migrations};

static EMBEDDED: Migrations = migrations!("migrations");
static DEFAULT_DIR: Migrations = migrations!();

#[test]
fn macro_and_loader_agree() {
    // Integration tests run in the package root, where `migrations/` is.
    let loaded = Migrations::load("migrations").expect("the example directory is valid");
    assert_eq!(EMBEDDED.len(), loaded.len());
    for (embedded, loaded) in EMBEDDED.revisions().iter().zip(loaded.revisions()) {
        assert_eq!(embedded, loaded, "revision {}", loaded.id());
        assert_eq!(embedded.checksum(), loaded.checksum());
    }
    assert_eq!(EMBEDDED, loaded);
    assert_eq!(DEFAULT_DIR, EMBEDDED);
}

#[test]
fn embedded_graph_is_planned_without_the_source_tree() {
    let nothing: [&str; 0] = [];
    let plan = EMBEDDED.plan_upgrade(&nothing, "head").unwrap();
    assert_eq!(plan.len(), EMBEDDED.len());
    let head: Vec<&str> = plan.current_after().map(|r| r.id()).collect();
    let heads: Vec<&str> = EMBEDDED.heads().iter().map(|r| r.id()).collect();
    assert_eq!(head, heads);
    // Works inside a function body too, not only in a static.
    let local = migrations!("migrations");
    assert_eq!(local, EMBEDDED);
}

#[test]
fn timescale_example_is_a_valid_graph() {
    static TIMESCALE: Migrations = migrations!("examples/timescale/migrations");
    assert_eq!(TIMESCALE.heads().len(), 1);
    let concurrent: Vec<&str> = TIMESCALE
        .revisions()
        .iter()
        .filter(|r| !r.is_transactional())
        .map(|r| r.id())
        .collect();
    assert_eq!(concurrent, ["20250414_0007"]);
    // Its migrate.toml travels with it: the binary knows its dialect.
    let loaded = Migrations::load("examples/timescale/migrations").unwrap();
    assert_eq!(TIMESCALE.settings(), &loaded.settings().embedded());
    assert_eq!(
        TIMESCALE.settings().dialect,
        Some(migraph::SqlDialect::Postgres)
    );
}

/// The README's start-up call on a set that compiles with two heads (each a
/// labelled branch): it applies both, where `Target::HEAD` would refuse.
#[tokio::test]
async fn the_documented_start_up_call_upgrades_labelled_heads() {
    use migraph::Target;

    static TWO_HEADS: Migrations = migrations!("tests/ui/fixtures/labelled-branches-unmerged");
    assert_eq!(TWO_HEADS.heads().len(), 2);
    let pool = migraph::sqlx::SqlitePool::connect("sqlite::memory:")
        .await
        .unwrap();
    let mut conn = pool.acquire().await.unwrap();
    let one = TWO_HEADS.upgrade(&mut *conn, Target::HEAD).await;
    assert!(
        matches!(one, Err(migraph::Error::MultipleHeads { .. })),
        "{one:?}"
    );
    let report = TWO_HEADS.upgrade(&mut *conn, Target::HEADS).await.unwrap();
    assert_eq!(report.steps.len(), TWO_HEADS.len());
    assert_eq!(report.current, ["b2", "c1"]);
}
