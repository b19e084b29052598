//! The differences between two snapshots, as changes to objects.

use crate::schema::Snapshot;

/// What changes, object by object.
#[derive(Debug, Default)]
pub(super) struct Changes {}

pub(super) fn changes(head: &Snapshot, desired: &Snapshot) -> Changes {
    let _ = (head, desired);
    Changes::default()
}
