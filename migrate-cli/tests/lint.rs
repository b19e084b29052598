//! `migraph lint`: its recall of squawk's lock hazards on the real
//! PostgreSQL histories of `tests/sql-corpus/postgres`, its JSON, its exit
//! code, and the ranking by table size against a live PostgreSQL.
//!
//! squawk comes from `cargo xtask test` (`target/tools/venv/bin`, or
//! `MIGRATE_TOOLS_BIN`, else `PATH`). When it is missing the recall test
//! skips with a message, unless `MIGRATE_REQUIRE_DB=1` or `CI` is set: then
//! it fails.

mod common;

use std::path::{Path, PathBuf};

use common::Sandbox;
use migraph_cli::squawk;
use migraph_core::lint::{self, Scope};
use migraph_core::{Migrations, Settings, SqlDialect};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/sql-corpus/postgres");

fn squawk_binary() -> Option<PathBuf> {
    let root = std::env::var_os("MIGRATE_TOOLS_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/tools"));
    let mut candidates = vec![root.join("venv/bin/squawk"), root.join("bin/squawk")];
    if let Some(path) = std::env::var_os("PATH") {
        candidates.extend(std::env::split_paths(&path).map(|dir| dir.join("squawk")));
    }
    if let Some(found) = candidates.into_iter().find(|p| p.is_file()) {
        return Some(found);
    }
    let required = std::env::var("MIGRATE_REQUIRE_DB").is_ok_and(|v| v == "1")
        || std::env::var_os("CI").is_some();
    if required {
        panic!("squawk is not installed in {}; run the tests with `cargo xtask test`, which installs it", root.display());
    }
    eprintln!("skipping: squawk is not installed (run `cargo xtask test`)");
    None
}

#[test]
fn every_squawk_lock_hazard_on_an_existing_table_is_reported() {
    let Some(binary) = squawk_binary() else {
        return;
    };
    let scratch = Sandbox::empty("squawk");
    let mut total = squawk::Recall::default();
    for set in ["supabase-auth", "chirpstack", "hydra"] {
        let dir = Path::new(CORPUS).join(set);
        let migrations = Migrations::load(&dir).unwrap();
        let settings = Settings::read(&dir.to_string_lossy(), &dir).unwrap();
        let report =
            lint::lint(&migrations, SqlDialect::Postgres, &settings, Scope::Directory).unwrap();
        let files = squawk::write_up_sections(&migrations, &scratch.path(set)).unwrap();
        let found = squawk::run(&binary, &files).unwrap();
        let recall = squawk::recall(&migrations, &report, &found);
        eprintln!(
            "{set}: squawk {} lock hazards, {} on new tables, ours matched {}, justified {}, missed {}",
            recall.squawk,
            recall.on_new_tables,
            recall.matched,
            recall.justified.len(),
            recall.missed.len()
        );
        for justified in &recall.justified {
            eprintln!("  justified {justified:?}");
        }
        for missed in &recall.missed {
            eprintln!("  missed {missed:?}");
        }
        total.squawk += recall.squawk;
        total.on_new_tables += recall.on_new_tables;
        total.matched += recall.matched;
        total.missed.extend(recall.missed);
        total.justified.extend(recall.justified);
    }
    assert!(total.squawk > 100, "squawk found too little: {total:?}");
    assert!(total.matched > 100, "{total:?}");
    assert!(total.missed.is_empty(), "missed: {:#?}", total.missed);
    // The one difference by design: defaults that call a non-volatile
    // function (decode() in chirpstack) rewrite nothing.
    assert!(
        total
            .justified
            .iter()
            .all(|(_, rule, _)| rule == "adding-field-with-default"),
        "{:#?}",
        total.justified
    );
    assert!(total.justified.len() <= 2, "{:#?}", total.justified);
}
