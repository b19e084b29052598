//! The CLI tests' helpers, from the workspace's one test-support crate
//! (`tests/support`): a sandbox per test, the `migraph` binary run in it,
//! fresh databases.

#![allow(unused_imports)] // not every helper is used by every test binary

pub use migraph_test_support::cli::*;
pub use migraph_test_support::on_both_backends;
pub use migraph_test_support::unique;
