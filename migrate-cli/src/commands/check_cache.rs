//! The build's checks, passed once, not run again by the commands that
//! apply a set while nothing they read has changed.
//!
//! The SQL check of a SQLite set replays the whole chain in memory (each up,
//! its down, its up again): on a long history that costs as much CPU as the
//! upgrade it guards, on every run. A set that passed is remembered here by
//! a digest of every file the loader read (the revisions and
//! `migrate.toml`, names and contents), the graph policy and this program's
//! own executable (its path, size and time), so any change checks again.
//! Only a pass is remembered: a set that fails is checked, and its problems
//! reported, every time.
//!
//! The marks live in `$MIGRAPH_CACHE_DIR`, else `$XDG_CACHE_HOME/migraph`,
//! else `~/.cache/migraph`; `MIGRAPH_CHECK_CACHE=off` turns them off. A mark
//! that cannot be read or written is no mark.

use std::path::{Path, PathBuf};

use migraph_core::GraphPolicy;
use sha2::{Digest, Sha256};

/// A set's passed check, as a file name under the cache directory.
pub(crate) struct Mark {
    path: PathBuf,
}

impl Mark {
    /// The mark of the set whose loader read `read` under `policy`; `None`
    /// when the cache is off or a file cannot be read.
    pub(crate) fn of(read: &[PathBuf], policy: &GraphPolicy) -> Option<Mark> {
        let dir = cache_dir()?;
        let mut digest = Sha256::new();
        digest.update(b"migraph check v1\0");
        let exe = std::env::current_exe().ok()?;
        let meta = std::fs::metadata(&exe).ok()?;
        let modified = meta
            .modified()
            .ok()?
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?;
        digest.update(format!(
            "{}\0{}\0{}\0",
            exe.display(),
            meta.len(),
            modified.as_nanos()
        ));
        digest.update(format!("{policy:?}\0"));
        let mut files: Vec<&PathBuf> = read.iter().collect();
        files.sort();
        for file in files {
            let contents = std::fs::read(file).ok()?;
            digest.update(format!("{}\0{}\0", file.display(), contents.len()));
            digest.update(&contents);
        }
        let hex: String = digest
            .finalize()
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect();
        Some(Mark {
            path: dir.join("checked").join(hex),
        })
    }

    /// Whether the set passed here before.
    pub(crate) fn is_set(&self) -> bool {
        self.path.is_file()
    }

    /// Remembers that the set passed.
    pub(crate) fn set(&self) {
        if let Some(parent) = self.path.parent() {
            if std::fs::create_dir_all(parent).is_ok() {
                let _ = std::fs::write(&self.path, b"");
            }
        }
    }

    /// Where the mark is, for `--verbose`.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }
}

fn cache_dir() -> Option<PathBuf> {
    if std::env::var_os("MIGRAPH_CHECK_CACHE").is_some_and(|value| value == "off") {
        return None;
    }
    let non_empty = |name: &str| std::env::var_os(name).filter(|value| !value.is_empty());
    if let Some(dir) = non_empty("MIGRAPH_CACHE_DIR") {
        return Some(PathBuf::from(dir));
    }
    if let Some(dir) = non_empty("XDG_CACHE_HOME") {
        return Some(PathBuf::from(dir).join("migraph"));
    }
    non_empty("HOME").map(|home| PathBuf::from(home).join(".cache").join("migraph"))
}
