//! The planner tests' helpers, from the workspace's one test-support crate
//! (`tests/support`): describe a revision graph in a few lines, write it as
//! a directory of SQL files, load it.

#![allow(unused_imports)] // each test binary uses a different part

pub use migraph_test_support::graph::*;
