//! Revision graphs for the planner's tests: a graph described in a few
//! lines (`c3 <- b1,b2 deps=x labels=l`), written as a directory of SQL
//! files and loaded; and short names for plans and errors in assertions.

use std::fmt::Write as _;
use std::path::Path;

use migraph_core::{Error, GraphPolicy, Migrations, Plan, StampPlan};

/// One revision of a graph under test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rev {
    pub id: String,
    pub down: Vec<String>,
    pub deps: Vec<String>,
    pub labels: Vec<String>,
    pub irreversible: bool,
}

impl Rev {
    pub fn new(id: &str) -> Self {
        Rev {
            id: id.to_owned(),
            down: Vec::new(),
            deps: Vec::new(),
            labels: Vec::new(),
            irreversible: false,
        }
    }

    /// The file name the revision is written under (`<id>_rev.sql`, which
    /// sorts like the oracle's `<id>_rev.py`).
    pub fn file_name(&self) -> String {
        format!("{}_rev.sql", self.id)
    }

    /// The file's contents.
    pub fn text(&self) -> String {
        let list = |items: &[String]| items.join(", ");
        let mut out = String::new();
        writeln!(out, "-- revision: {}", self.id).unwrap();
        if self.down.is_empty() {
            out.push_str("-- down_revision: none\n");
        } else {
            writeln!(out, "-- down_revision: {}", list(&self.down)).unwrap();
        }
        if !self.deps.is_empty() {
            writeln!(out, "-- depends_on: {}", list(&self.deps)).unwrap();
        }
        if !self.labels.is_empty() {
            writeln!(out, "-- branch_labels: {}", list(&self.labels)).unwrap();
        }
        writeln!(out, "-- message: revision {}", self.id).unwrap();
        writeln!(out).unwrap();
        writeln!(out, "-- migrate:up").unwrap();
        writeln!(out, "CREATE TABLE t_{} (x INTEGER);", self.id).unwrap();
        writeln!(out).unwrap();
        if self.irreversible {
            writeln!(out, "-- migrate:down irreversible").unwrap();
        } else {
            writeln!(out, "-- migrate:down").unwrap();
            writeln!(out, "DROP TABLE t_{};", self.id).unwrap();
        }
        out
    }
}

/// Parses a graph written one revision a line:
///
/// ```text
/// c3  <- b1,b2  deps=x,y  labels=l  irreversible
/// ```
///
/// Blank lines and `#` comments are skipped.
pub fn spec(text: &str) -> Vec<Rev> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or_default().trim();
        if line.is_empty() {
            continue;
        }
        let mut words = line.split_whitespace();
        let mut rev = Rev::new(words.next().unwrap());
        let split = |v: &str| -> Vec<String> {
            v.split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        };
        while let Some(word) = words.next() {
            if word == "<-" {
                rev.down = split(words.next().expect("parents after '<-'"));
            } else if let Some(v) = word.strip_prefix("deps=") {
                rev.deps = split(v);
            } else if let Some(v) = word.strip_prefix("labels=") {
                rev.labels = split(v);
            } else if word == "irreversible" {
                rev.irreversible = true;
            } else {
                panic!("bad spec word {word:?} in {line:?}");
            }
        }
        out.push(rev);
    }
    out
}

/// The permissive policy: several unlabelled heads and bases are fine.
pub fn permissive() -> GraphPolicy {
    GraphPolicy::default()
        .allow_multiple_heads(true)
        .allow_multiple_bases(true)
}

/// Writes every revision into `dir`, in the given order.
pub fn write_revs(dir: &Path, revs: &[Rev]) {
    for rev in revs {
        std::fs::write(dir.join(rev.file_name()), rev.text()).unwrap();
    }
}

/// A fresh temporary directory, in memory where the system has one (the
/// property tests write thousands of small files).
pub fn tempdir() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        if let Ok(dir) = tempfile::Builder::new()
            .prefix("migrate-core-test-")
            .tempdir_in(shm)
        {
            return dir;
        }
    }
    tempfile::tempdir().unwrap()
}

/// Writes `revs` into a fresh temporary directory and loads it.
pub fn load_revs_with(revs: &[Rev], policy: &GraphPolicy) -> migraph_core::Result<Migrations> {
    let dir = tempdir();
    write_revs(dir.path(), revs);
    Migrations::load_with(dir.path(), policy)
}

/// Loads a graph written in [`spec`] form with the permissive policy.
pub fn load(text: &str) -> Migrations {
    match load_revs_with(&spec(text), &permissive()) {
        Ok(m) => m,
        Err(err) => panic!("graph does not load: {err}\n{text}"),
    }
}

/// Loads a graph written in [`spec`] form with the default (strict) policy.
pub fn load_strict(text: &str) -> migraph_core::Result<Migrations> {
    load_revs_with(&spec(text), &GraphPolicy::default())
}

pub fn ids<'a>(revisions: impl IntoIterator<Item = &'a migraph_core::Revision>) -> Vec<String> {
    revisions.into_iter().map(|r| r.id().to_owned()).collect()
}

pub fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// `(step ids, current_after sorted)` of a plan.
pub fn outcome(plan: &Plan<'_>) -> (Vec<String>, Vec<String>) {
    (
        plan.steps().map(|s| s.revision.id().to_owned()).collect(),
        sorted(ids(plan.current_after())),
    )
}

/// `(removed, added, current_after sorted)` of a stamp plan.
pub fn stamp_outcome(plan: &StampPlan<'_>) -> (Vec<String>, Vec<String>, Vec<String>) {
    (
        ids(plan.remove()),
        ids(plan.add()),
        sorted(ids(plan.current_after())),
    )
}

/// Every revision required by `rows` (themselves, their parents and
/// dependencies, transitively): what our bookkeeping stores for a state
/// that Alembic stores as `rows`.
pub fn closure(m: &Migrations, rows: &[String]) -> Vec<String> {
    let mut seen = std::collections::BTreeSet::new();
    let mut stack: Vec<&migraph_core::Revision> = rows
        .iter()
        .map(|r| m.get(r).unwrap_or_else(|| panic!("unknown row {r}")))
        .collect();
    let revisions = m.revisions();
    while let Some(rev) = stack.pop() {
        if seen.insert(rev.id().to_owned()) {
            for &p in rev.parent_indices().iter().chain(rev.dependency_indices()) {
                stack.push(&revisions[p as usize]);
            }
        }
    }
    seen.into_iter().collect()
}

/// A short name for an error variant, for assertions and summaries.
pub fn kind(err: &Error) -> &'static str {
    match err {
        Error::Invalid(_) => "Invalid",
        Error::TargetSyntax { .. } => "TargetSyntax",
        Error::UnknownTarget { .. } => "UnknownTarget",
        Error::AmbiguousPrefix { .. } => "AmbiguousPrefix",
        Error::MultipleHeads { .. } => "MultipleHeads",
        Error::NotOnBranch { .. } => "NotOnBranch",
        Error::AmbiguousWalk { .. } => "AmbiguousWalk",
        Error::WalkTooFar { .. } => "WalkTooFar",
        Error::AmbiguousCurrent { .. } => "AmbiguousCurrent",
        Error::WrongDirection { .. } => "WrongDirection",
        Error::NotDowngradeTarget { .. } => "NotDowngradeTarget",
        Error::Irreversible { .. } => "Irreversible",
        Error::UnknownApplied { .. } => "UnknownApplied",
        _ => "other",
    }
}
