//! One validated revision, as embedded by the macro or read by the loader.

use std::borrow::Cow;

use crate::checksum::Checksum;
#[cfg(feature = "runtime")]
use crate::Dialect;

/// Shortest prefix accepted as a partial revision id.
pub const MIN_PREFIX_LEN: usize = 4;

pub(crate) type Str = Cow<'static, str>;
pub(crate) type List<T> = Cow<'static, [T]>;

/// A revision of the schema: its place in the graph and its SQL.
///
/// Values are built by the loader (owned) or by `migrations!()` (borrowed
/// from the binary), and compare equal when they describe the same file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub(crate) id: Str,
    pub(crate) file: Str,
    pub(crate) message: Option<Str>,
    pub(crate) down_revisions: List<Str>,
    pub(crate) depends_on: List<Str>,
    pub(crate) branch_labels: List<Str>,
    pub(crate) transactional: bool,
    /// `false` when the header says `sql_check: off`.
    pub(crate) sql_check: bool,
    /// A Rust code revision (`.rs`): no SQL, its functions are compiled
    /// into the crate that embeds the set.
    pub(crate) code: bool,
    /// Hazard rules the `lint_allow` header allows for this revision.
    pub(crate) lint_allow: List<Str>,
    pub(crate) up: Str,
    pub(crate) up_line: u32,
    pub(crate) down: Option<Str>,
    pub(crate) down_line: u32,
    pub(crate) checksum: Checksum,
    /// Indices of `down_revisions` in the owning [`Migrations`](crate::Migrations).
    pub(crate) parents: List<u32>,
    /// Indices of the revisions `depends_on` resolves to (labels resolved),
    /// without those already listed as parents.
    pub(crate) dependencies: List<u32>,
}

impl Revision {
    /// The revision id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The file it came from, relative to the crate (or as given to the CLI).
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The `message` header, if any.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The `down_revision` ids: none for a base, several for a merge.
    pub fn down_revisions(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.down_revisions.iter().map(|id| &**id)
    }

    /// The `depends_on` entries as written (revision ids or branch labels).
    pub fn depends_on(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.depends_on.iter().map(|id| &**id)
    }

    /// The branch labels this revision declares (not the inherited ones).
    pub fn branch_labels(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.branch_labels.iter().map(|id| &**id)
    }

    /// Whether the revision runs in a transaction (`transactional: false` says no).
    pub fn is_transactional(&self) -> bool {
        self.transactional
    }

    /// Whether the build-time SQL check covers this revision (`sql_check: off`
    /// in the header says no, for syntax newer than the parser).
    pub fn is_sql_checked(&self) -> bool {
        self.sql_check
    }

    /// Whether this is a Rust code revision (a `.rs` file), whose `up` and
    /// `down` are functions of the crate that embeds the set; its SQL
    /// sections are empty.
    pub fn is_code(&self) -> bool {
        self.code
    }

    /// The hazard rules the `lint_allow` header allows for this revision.
    pub fn lint_allow(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.lint_allow.iter().map(|name| &**name)
    }

    /// The SQL of the up section.
    pub fn up_sql(&self) -> &str {
        &self.up
    }

    /// The 1-based line of the file where the up section's text starts.
    pub fn up_line(&self) -> u32 {
        self.up_line
    }

    /// The SQL of the down section; `None` for an irreversible revision.
    pub fn down_sql(&self) -> Option<&str> {
        self.down.as_deref()
    }

    /// The 1-based line of the file where the down section's text starts.
    pub fn down_line(&self) -> u32 {
        self.down_line
    }

    /// The SQL of the section `direction` runs (empty for the down of an
    /// irreversible revision, which the planner never runs) and the file
    /// line it starts at.
    #[cfg(feature = "runtime")]
    pub(crate) fn section(&self, direction: crate::Direction) -> (&str, u32) {
        match direction {
            crate::Direction::Up => (self.up_sql(), self.up_line()),
            crate::Direction::Down => (self.down_sql().unwrap_or(""), self.down_line()),
        }
    }

    /// Whether the section `direction` runs nothing on `dialect`: SQL that
    /// is only comments there (not a code revision's).
    #[cfg(feature = "runtime")]
    pub(crate) fn runs_nothing(&self, direction: crate::Direction, dialect: Dialect) -> bool {
        !self.is_code()
            && crate::split::split(self.section(direction).0, dialect)
                .iter()
                .all(|piece| piece.is_blank)
    }

    /// Whether a downgrade may revert this revision.
    pub fn is_reversible(&self) -> bool {
        self.down.is_some()
    }

    /// The checksum of the normalised up and down SQL (of the whole source,
    /// for a code revision).
    pub fn checksum(&self) -> Checksum {
        self.checksum
    }

    /// Whether this revision merges several parents.
    pub fn is_merge(&self) -> bool {
        self.parents.len() > 1
    }

    /// Whether this revision has no `down_revision`.
    pub fn is_base(&self) -> bool {
        self.parents.is_empty()
    }

    /// Positions of the `down_revision`s in [`Migrations::revisions`](crate::Migrations::revisions).
    pub fn parent_indices(&self) -> &[u32] {
        &self.parents
    }

    /// Positions of what `depends_on` resolves to (labels resolved, parents
    /// left out) in [`Migrations::revisions`](crate::Migrations::revisions).
    pub fn dependency_indices(&self) -> &[u32] {
        &self.dependencies
    }

    /// Parents and dependencies: everything that must be applied first.
    pub(crate) fn requires(&self) -> impl Iterator<Item = usize> + '_ {
        self.parents
            .iter()
            .chain(self.dependencies.iter())
            .map(|&i| i as usize)
    }
}
