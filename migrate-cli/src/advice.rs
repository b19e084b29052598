//! The CLI's words on top of the library's errors: the library says what
//! went wrong and the facts (which revision, which statement, what the
//! database said); here each error gets the command that resolves it, for
//! a run on a real database. `verify`, whose database is a scratch one,
//! shows the facts alone.

use migraph_core::{Drift, Error};

/// `err` as the CLI prints it after a command on a database: the library's
/// message, then what to run about it.
pub fn explain(err: &Error) -> String {
    match err {
        Error::Drift(drift) => {
            let mut text = "the database does not match this build; nothing was run:".to_owned();
            for item in drift {
                text.push_str(&format!("\n  - {}", drift_line(item)));
            }
            text
        }
        Error::Statement(failure) if failure.recorded_failed => format!(
            "{err}\n  fix the database, then run 'repair {id} --applied' or \
             'repair {id} --not-applied'",
            id = failure.revision
        ),
        Error::TableLockTimeout { .. } => format!(
            "{err}; find the session holding it (pg_locks / SHOW PROCESSLIST), \
             or run again when the table is quieter"
        ),
        other => other.to_string(),
    }
}

/// One drift finding with what resolves it (`check` prints these too).
pub fn drift_line(drift: &Drift) -> String {
    match drift {
        Drift::ChecksumMismatch { revision, .. } => format!(
            "{drift}; restore the file, or if the edit is harmless run \
             'repair {revision} --accept-checksum'"
        ),
        Drift::Failed { revision, .. } => format!(
            "{drift}; check the database, then run 'repair {revision} --applied' if you \
             finished it by hand or 'repair {revision} --not-applied' if you undid it"
        ),
        other => other.to_string(),
    }
}
