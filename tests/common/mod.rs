//! The runtime tests' helpers, from the workspace's one test-support crate
//! (`tests/support`): fresh databases on the local servers, scratch
//! directories, migration files written in a line.

#![allow(unused_imports)] // each test binary uses a different part

pub use migraph_test_support::db::*;
pub use migraph_test_support::unique;
