//! One row of the bookkeeping table, and the state it records.

/// The state a row records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Applied and committed.
    Applied,
    /// A revision was started and has not finished: its runner is still at
    /// work, or was killed part-way. Only revisions whose statements commit
    /// on their own (`transactional: false`, and every revision on MySQL)
    /// are ever recorded so.
    Running,
    /// A revision failed part-way; a person must resolve it.
    Failed,
}

impl Status {
    /// The text stored in the `status` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Applied => "applied",
            Status::Running => "running",
            Status::Failed => "failed",
        }
    }

    /// Parses the `status` column.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "applied" => Some(Status::Applied),
            "running" => Some(Status::Running),
            "failed" => Some(Status::Failed),
            _ => None,
        }
    }
}

/// One row of the bookkeeping table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The revision id.
    pub revision: String,
    /// The checksum recorded when it was applied (hex).
    pub checksum: String,
    /// Applied, running, or failed.
    pub status: Status,
    /// How long it took, in milliseconds.
    pub execution_ms: i64,
    /// For failed revisions: which statement failed and why.
    pub detail: Option<String>,
    /// When the row was written, as the database prints it. Filled in only
    /// when the rows are read for display (`Migrator::records`); `None`
    /// where a run reads them to decide, which never needs it.
    pub applied_at: Option<String>,
}

impl Record {
    /// A row from its columns as stored. A status this build does not know
    /// reads as failed, so that a person looks at it before anything runs.
    pub fn from_columns(
        revision: String,
        checksum: String,
        status: &str,
        execution_ms: i64,
        detail: Option<String>,
    ) -> Record {
        let (status, detail) = match Status::parse(status) {
            Some(status) => (status, detail),
            None => (
                Status::Failed,
                Some(format!(
                    "unknown status '{status}' in the bookkeeping table"
                )),
            ),
        };
        Record {
            revision,
            checksum,
            status,
            execution_ms,
            detail,
            applied_at: None,
        }
    }

    /// Whether the revision is applied and settled.
    pub fn is_applied(&self) -> bool {
        self.status == Status::Applied
    }
}
