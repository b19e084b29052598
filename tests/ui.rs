//! Compile-fail and compile-pass cases of `migrations!()`.
//!
//! Every compile-time check of the loader has a case in `tests/ui/fail/` whose fixture
//! directory is `tests/ui/fixtures/<case>/`; `tests/ui/pass/` holds graphs
//! that must compile, each asserting something about the embedded value.
//! Regenerate snapshots with `TRYBUILD=overwrite cargo test --test ui`.

#[test]
fn ui() {
    // trybuild builds the cases in a crate of its own under `target/`; the
    // macro reads this before CARGO_MANIFEST_DIR, so the fixture paths in
    // the cases resolve against this repository (STYLE rule 19).
    std::env::set_var("MIGRAPH_MANIFEST_DIR", env!("CARGO_MANIFEST_DIR"));
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/fail/*.rs");
    t.pass("tests/ui/pass/*.rs");
}
