//! Helpers shared by the workspace's tests (dev-only, never published):
//! `graph` for the planner's tests, `db` for the runtime's tests on real
//! databases, `cli` for the end-to-end tests of the `migraph` binary. Each
//! test crate's `tests/common/mod.rs` re-exports the part it uses.
//!
//! | feature | module |
//! |---|---|
//! | (always) | `graph`, and [`unique`] |
//! | `db` | `db`: databases on the local servers, scratch directories |
//! | `cli` | `cli` (with `db`): sandboxes, the binary, JSON helpers |

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

#[cfg(feature = "cli")]
pub mod cli;
#[cfg(feature = "db")]
pub mod db;
pub mod graph;

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Says on stderr that the running test skips, and why; and, when
/// `MIGRAPH_SKIP_LOG` names a file (as `cargo xtask test` does), adds a
/// line there, so the run's summary shows every skip (the test harness
/// hides a passing test's output).
pub fn skip(reason: &str) {
    eprintln!("skipping: {reason}");
    let Some(log) = migraph_core::env::var_os("SKIP_LOG") else {
        return;
    };
    // The harness names each test's thread after the test.
    let test = std::thread::current().name().unwrap_or("a test").to_owned();
    let line = format!("{test}: {}\n", reason.replace('\n', " "));
    let appended = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&log)
        .and_then(|mut file| std::io::Write::write_all(&mut file, line.as_bytes()));
    if let Err(err) = appended {
        eprintln!(
            "cannot record the skip in {}: {err}",
            PathBuf::from(log).display()
        );
    }
}

/// A name no other test, process or earlier run uses.
pub fn unique(prefix: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "{prefix}_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// The repository's root (this crate is `tests/support/`).
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The target directory the running test was built into (its executable
/// is in `<target>/<profile>/deps/`).
pub fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test's own path");
    exe.ancestors()
        .nth(3)
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
}
