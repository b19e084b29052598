//! A difference between the database's rows and this build, found before
//! anything runs.

use std::fmt;

use super::record::Status;

/// A difference between the database and this build, found before anything runs.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Drift {
    /// An applied revision whose file changed since.
    ChecksumMismatch {
        /// The revision id.
        revision: String,
        /// Its file.
        file: String,
        /// The checksum the database recorded.
        recorded: String,
        /// The checksum of the file in this build.
        expected: String,
    },
    /// A revision the database records and this build does not contain.
    Unknown {
        /// The revision id.
        revision: String,
    },
    /// A revision that failed part-way, or whose runner was killed part-way.
    Failed {
        /// The revision id.
        revision: String,
        /// Its file, if this build knows it.
        file: Option<String>,
        /// `failed` or `running`.
        status: Status,
        /// What the runner recorded about the failure.
        detail: Option<String>,
    },
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Drift::ChecksumMismatch {
                revision,
                file,
                recorded,
                expected,
            } => write!(
                f,
                "revision '{revision}' ({file}) was edited after it was applied: \
                 the database recorded checksum {recorded}, the file now has {expected}"
            ),
            Drift::Unknown { revision } => write!(
                f,
                "revision '{revision}' is applied in the database but not part of this build \
                 (the database is ahead of this code, or its file was deleted)"
            ),
            Drift::Failed {
                revision,
                file,
                status,
                detail,
            } => {
                let file = file.as_deref().unwrap_or("unknown file");
                let what = match status {
                    Status::Running => {
                        "was interrupted part-way (its runner stopped before recording the end)"
                    }
                    _ => "failed part-way",
                };
                write!(f, "revision '{revision}' ({file}) {what}")?;
                match detail {
                    Some(detail) => write!(f, ": {detail}"),
                    None => Ok(()),
                }
            }
        }
    }
}
