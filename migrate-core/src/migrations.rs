//! [`Migrations`]: a validated revision graph with its SQL, embedded by
//! `migrations!()` or loaded from a directory at run time.

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::code::CodeEntry;
use crate::error::{Error, Result};
use crate::graph::{self, GraphPolicy, Index};
use crate::plan::{self, Applied, Plan, Planner, StampPlan};
use crate::problem::{Problem, Problems};
use crate::revision::{Revision, Str};
use crate::settings::Settings;
use crate::source;
use crate::target::{IntoTarget, Target};

/// A validated migration set: the revisions in canonical order (everything
/// a revision requires comes before it; ties broken by file name).
///
/// `migrations!()` builds one at compile time; [`Migrations::load`] builds
/// the same value from a directory at run time. Both have passed every
/// check of the graph, so planning never meets a broken chain.
pub struct Migrations {
    dir: Str,
    revisions: Revisions,
    policy: GraphPolicy,
    index: OnceLock<Index>,
    /// The functions of the code revisions, when `migrations!()` compiled
    /// them into the crate; empty for a set loaded from a directory.
    code: &'static [CodeEntry],
    /// The `-- review:` lines a set loaded with
    /// [`GraphPolicy::allow_review_markers`] still holds; always empty
    /// otherwise (such a set does not load, or compile).
    review_markers: Vec<Problem>,
}

/// Where the revisions and the set's settings are: loaded, or embedded by
/// the macro and decoded on first use (see [`crate::encoding`]).
enum Revisions {
    Loaded(Contents),
    Embedded {
        encoded: &'static str,
        decoded: OnceLock<Contents>,
    },
}

/// The revisions and the settings of `migrate.toml` (less `url` when
/// embedded).
#[derive(Clone)]
struct Contents {
    revisions: Vec<Revision>,
    settings: Settings,
}

impl Migrations {
    /// Loads and validates a migration directory (relative to the working
    /// directory, or absolute), applying the same checks as `migrations!()`.
    ///
    /// # Errors
    ///
    /// [`Error::Invalid`] with every problem found, each naming its file.
    pub fn load(dir: impl AsRef<Path>) -> Result<Self> {
        Self::load_with(dir, &GraphPolicy::default())
    }

    /// Like [`Migrations::load`], accepting the graph shapes `policy` allows.
    ///
    /// # Errors
    ///
    /// [`Error::Invalid`] with every problem found.
    pub fn load_with(dir: impl AsRef<Path>, policy: &GraphPolicy) -> Result<Self> {
        let dir = dir.as_ref();
        let display = dir.to_string_lossy();
        Self::load_from(&display, dir, policy)
            .map(|(migrations, _)| migrations)
            .map_err(Error::Invalid)
    }

    /// Loads `abs_dir`, naming files as `display_dir/<file>`; also returns
    /// every file read. Used by the macro, which needs the list for rebuild
    /// tracking. `migrate.toml` is read and checked, but the SQL is not
    /// (see [`Migrations::load_checked`]).
    #[doc(hidden)]
    pub fn load_from(
        display_dir: &str,
        abs_dir: &Path,
        policy: &GraphPolicy,
    ) -> std::result::Result<(Self, Vec<PathBuf>), Problems> {
        Self::load_inner(display_dir, abs_dir, policy, false)
    }

    /// Like [`Migrations::load_from`], and when `migrate.toml` declares a
    /// dialect, also checks the SQL: syntax, transaction context and, for
    /// SQLite, the whole chain on an in-memory database. What the macro and
    /// `migraph check` (and `new`, `merge`) run.
    #[doc(hidden)]
    #[cfg(feature = "sql-check")]
    pub fn load_checked(
        display_dir: &str,
        abs_dir: &Path,
        policy: &GraphPolicy,
    ) -> std::result::Result<(Self, Vec<PathBuf>), Problems> {
        Self::load_inner(display_dir, abs_dir, policy, true)
    }

    fn load_inner(
        display_dir: &str,
        abs_dir: &Path,
        policy: &GraphPolicy,
        check_sql: bool,
    ) -> std::result::Result<(Self, Vec<PathBuf>), Problems> {
        let mut problems: Vec<Problem> = Vec::new();
        let settings = match Settings::read(display_dir, abs_dir) {
            Ok(settings) => settings,
            Err(found) => {
                problems.extend(found);
                Settings::default()
            }
        };
        let scan = source::scan_dir(display_dir, abs_dir, &mut problems);
        let mut read = scan.read.clone();
        let settings_file = abs_dir.join(crate::settings::FILE_NAME);
        if settings_file.is_file() {
            read.push(settings_file);
        }
        let dialect = settings.dialect.filter(|_| check_sql);
        // Per file, before the graph takes the scan; reported after its problems.
        #[cfg(feature = "sql-check")]
        let sql_problems = {
            let mut found = Vec::new();
            if let Some(dialect) = dialect {
                crate::sqlcheck::check_files(dialect, &scan.files, &mut found);
            }
            found
        };
        let revisions = graph::build(scan, policy, &mut problems);
        #[cfg(feature = "sql-check")]
        problems.extend(sql_problems);
        #[cfg(feature = "sql-check")]
        if let (Some(dialect), true) = (dialect, problems.is_empty()) {
            crate::sqlcheck::check_chain(dialect, &revisions, &mut problems);
        }
        #[cfg(not(feature = "sql-check"))]
        let _ = dialect;
        let mut review_markers = Vec::new();
        if policy.allow_review_markers {
            (review_markers, problems) = problems.into_iter().partition(Problem::is_review);
        }
        if !problems.is_empty() {
            return Err(Problems(problems));
        }
        let migrations = Migrations {
            dir: Cow::Owned(display_dir.to_owned()),
            revisions: Revisions::Loaded(Contents {
                revisions,
                settings,
            }),
            policy: policy.clone(),
            index: OnceLock::new(),
            code: &[],
            review_markers,
        };
        #[cfg(feature = "sql-check")]
        if let Some(dialect) = dialect {
            let denied = deny_findings(&migrations, dialect, migrations.settings());
            if !denied.is_empty() {
                return Err(Problems(denied));
            }
        }
        Ok((migrations, read))
    }

    /// The same set with each revision replaced by `change`'s copy of it
    /// (the graph, settings and code kept): verify runs a set rewritten
    /// for one transaction this way.
    #[cfg(feature = "postgres")]
    pub(crate) fn map_revisions(&self, change: impl Fn(&Revision) -> Revision) -> Migrations {
        Migrations {
            dir: self.dir.clone(),
            revisions: Revisions::Loaded(Contents {
                revisions: self.revisions().iter().map(change).collect(),
                settings: self.settings().clone(),
            }),
            policy: self.policy.clone(),
            index: OnceLock::new(),
            code: self.code,
            review_markers: self.review_markers.clone(),
        }
    }

    /// The compiled functions of code revision `id`; `None` for a SQL
    /// revision, and for every revision of a set loaded from a directory
    /// (only the crate that embeds a set with `migrations!()` can run its
    /// code revisions).
    pub fn code(&self, id: &str) -> Option<&CodeEntry> {
        self.code.iter().find(|entry| entry.revision == id)
    }

    /// Whether this program can run `revision`: a SQL revision always, a
    /// code revision when its functions are compiled into this set.
    pub fn can_run(&self, revision: &Revision) -> bool {
        !revision.is_code() || self.code(revision.id()).is_some()
    }

    /// The `-- review:` lines still in the set's revisions, each a problem
    /// naming its file and line: only a set loaded with
    /// [`GraphPolicy::allow_review_markers`] can hold any.
    pub fn review_markers(&self) -> &[Problem] {
        &self.review_markers
    }

    /// The directory the revisions came from, as named to the macro or loader.
    pub fn dir(&self) -> &str {
        &self.dir
    }

    /// The graph shapes this set was validated with.
    pub fn policy(&self) -> &GraphPolicy {
        &self.policy
    }

    /// Every revision, in canonical order.
    pub fn revisions(&self) -> &[Revision] {
        &self.contents().revisions
    }

    /// What the set's `migrate.toml` says (the default without one): its
    /// dialect, lint and runner settings, embedded by `migrations!()` so a
    /// binary's set carries them; `url` only for a set loaded from a
    /// directory (a binary never carries a URL).
    pub fn settings(&self) -> &Settings {
        &self.contents().settings
    }

    fn contents(&self) -> &Contents {
        match &self.revisions {
            Revisions::Loaded(contents) => contents,
            Revisions::Embedded { encoded, decoded } => decoded.get_or_init(|| {
                let (revisions, settings) = crate::encoding::decode(encoded);
                Contents {
                    revisions,
                    settings,
                }
            }),
        }
    }

    /// The number of revisions.
    pub fn len(&self) -> usize {
        self.revisions().len()
    }

    /// Whether the directory holds no revision.
    pub fn is_empty(&self) -> bool {
        self.revisions().is_empty()
    }

    /// The revision with this exact id.
    pub fn get(&self, id: &str) -> Option<&Revision> {
        self.index()
            .position(id)
            .map(|i| &self.revisions()[i as usize])
    }

    pub(crate) fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::new(self.revisions()))
    }

    fn pick(&self, list: &[u32]) -> Vec<&Revision> {
        let revisions = self.revisions();
        list.iter().map(|&i| &revisions[i as usize]).collect()
    }

    /// Revisions no other revision names as `down_revision` (what `head`
    /// must choose among; includes effective heads).
    pub fn heads(&self) -> Vec<&Revision> {
        self.pick(&self.index().heads)
    }

    /// Heads that nothing depends on either (what `heads` upgrades to).
    pub fn real_heads(&self) -> Vec<&Revision> {
        self.pick(&self.index().real_heads)
    }

    /// Revisions without a `down_revision`.
    pub fn bases(&self) -> Vec<&Revision> {
        self.pick(&self.index().bases)
    }

    /// The revisions naming `revision` as a `down_revision`.
    pub fn children(&self, revision: &Revision) -> Vec<&Revision> {
        match self.index().position(revision.id()) {
            Some(i) => self.pick(&self.index().children[i as usize]),
            None => Vec::new(),
        }
    }

    /// The revisions listing `revision` (or one of its labels) in `depends_on`.
    pub fn dependents(&self, revision: &Revision) -> Vec<&Revision> {
        match self.index().position(revision.id()) {
            Some(i) => self.pick(&self.index().dependents[i as usize]),
            None => Vec::new(),
        }
    }

    /// The branch labels of every revision, declared or inherited through
    /// Alembic's lineage rule, in canonical order.
    pub fn branch_labels(&self) -> Vec<Vec<&str>> {
        self.index().labels_of_each(self.revisions())
    }

    /// What `policy` says about this set's heads and bases: the problems
    /// that would stop it from loading (and compiling) under that policy,
    /// for a set loaded with a more permissive one. Empty when it passes.
    pub fn shape_problems(&self, policy: &GraphPolicy) -> Vec<Problem> {
        let mut problems = Vec::new();
        graph::check_heads_and_bases(self.revisions(), policy, &mut problems);
        problems
    }

    /// The current revisions for a set of applied ids: applied revisions
    /// with no applied descendant.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownApplied`] if an id is not in this set.
    pub fn current<S: AsRef<str>>(&self, applied: &[S]) -> Result<Vec<&Revision>> {
        let applied = Applied::from_ids(self.index(), self.len(), applied)?;
        Ok(self.pick(&plan::current(self.index(), &applied.member)))
    }

    /// Resolves a target to the revisions an upgrade to it would reach
    /// (for `show`, `history -r` and the like).
    ///
    /// # Errors
    ///
    /// A target error naming what is wrong or ambiguous.
    pub fn resolve<S: AsRef<str>>(
        &self,
        target: impl IntoTarget,
        applied: &[S],
    ) -> Result<Vec<&Revision>> {
        let planner = self.planner(applied)?;
        let target = target.into_target()?;
        Ok(self.pick(&planner.upgrade_targets(&target.spec())?))
    }

    /// The one revision a name designates, as targets name revisions: a
    /// full id, a unique prefix (of the id, or of its random part) or a
    /// branch label; not `head`, `base` or a relative step.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownTarget`], [`Error::AmbiguousPrefix`], or
    /// [`Error::TargetSyntax`] for text that is not a name.
    pub fn resolve_name(&self, name: &str) -> Result<&Revision> {
        let target = Target::parse(name)?;
        let spec = target.spec();
        match spec.kind {
            crate::target::Kind::Name(_) if spec.branch.is_none() => {
                let planner = self.planner::<&str>(&[])?;
                let found = planner.upgrade_targets(&spec)?;
                Ok(&self.revisions()[found[0] as usize])
            }
            _ => Err(Error::TargetSyntax {
                target: name.to_owned(),
                reason: "it names no one revision; give a revision id or a unique prefix"
                    .to_owned(),
            }),
        }
    }

    /// Plans an upgrade: every unapplied revision the target requires,
    /// parents first.
    ///
    /// # Errors
    ///
    /// A target error, or [`Error::UnknownApplied`].
    pub fn plan_upgrade<S: AsRef<str>>(
        &self,
        applied: &[S],
        target: impl IntoTarget,
    ) -> Result<Plan<'_>> {
        let planner = self.planner(applied)?;
        planner.upgrade(&target.into_target()?)
    }

    /// Plans a downgrade: every applied descendant of the target (and what
    /// depends on them), children first.
    ///
    /// # Errors
    ///
    /// A target error, [`Error::Irreversible`] if an irreversible revision
    /// is in the way, or [`Error::UnknownApplied`].
    pub fn plan_downgrade<S: AsRef<str>>(
        &self,
        applied: &[S],
        target: impl IntoTarget,
    ) -> Result<Plan<'_>> {
        let planner = self.planner(applied)?;
        planner.downgrade(&target.into_target()?)
    }

    /// Plans a stamp: the bookkeeping changes that make the target current
    /// without running SQL. With `purge`, everything else is forgotten first.
    ///
    /// # Errors
    ///
    /// A target error, or [`Error::UnknownApplied`].
    pub fn plan_stamp<S: AsRef<str>>(
        &self,
        applied: &[S],
        target: impl IntoTarget,
        purge: bool,
    ) -> Result<StampPlan<'_>> {
        let applied: &[S] = if purge { &[] } else { applied };
        let planner = self.planner(applied)?;
        planner.stamp(&target.into_target()?, purge)
    }

    fn planner<S: AsRef<str>>(&self, applied: &[S]) -> Result<Planner<'_>> {
        Ok(Planner {
            revisions: self.revisions(),
            index: self.index(),
            applied: Applied::from_ids(self.index(), self.len(), applied)?,
        })
    }

    /// The set as `migrations!()` embeds it; not public API.
    #[doc(hidden)]
    pub const fn __from_encoded(
        dir: &'static str,
        encoded: &'static str,
        allow_multiple_heads: bool,
        allow_multiple_bases: bool,
        code: &'static [CodeEntry],
    ) -> Self {
        Migrations {
            code,
            dir: Cow::Borrowed(dir),
            revisions: Revisions::Embedded {
                encoded,
                decoded: OnceLock::new(),
            },
            policy: GraphPolicy {
                allow_multiple_heads,
                allow_multiple_bases,
                allow_review_markers: false,
            },
            index: OnceLock::new(),
            review_markers: Vec::new(),
        }
    }

    /// An empty set standing in where `migrations!()` reports errors, so
    /// rustc shows those and nothing else; not public API.
    #[doc(hidden)]
    pub const fn __placeholder() -> Self {
        Migrations {
            dir: Cow::Borrowed(""),
            revisions: Revisions::Loaded(Contents {
                revisions: Vec::new(),
                settings: Settings {
                    dialect: None,
                    lint: crate::settings::LintSettings {
                        severities: Vec::new(),
                        released: None,
                    },
                    runner: crate::settings::RunnerSettings {
                        lock_timeout: None,
                        lock_retries: 0,
                    },
                    url: None,
                    autogenerate: crate::settings::AutogenerateSettings {
                        schema: None,
                        dev_url: None,
                    },
                },
            }),
            code: &[],
            policy: GraphPolicy {
                allow_multiple_heads: false,
                allow_multiple_bases: false,
                allow_review_markers: false,
            },
            index: OnceLock::new(),
            review_markers: Vec::new(),
        }
    }

    /// The embedded form of this set (its settings less `url` included),
    /// for `migrations!()`; not public API.
    #[doc(hidden)]
    pub fn __encode(&self) -> String {
        crate::encoding::encode(self.revisions(), self.settings())
    }
}

impl PartialEq for Migrations {
    fn eq(&self, other: &Self) -> bool {
        self.dir == other.dir
            && self.revisions() == other.revisions()
            && self.policy == other.policy
            && self.settings().embedded() == other.settings().embedded()
    }
}

impl Eq for Migrations {}

impl Clone for Migrations {
    fn clone(&self) -> Self {
        let revisions = match &self.revisions {
            Revisions::Loaded(contents) => Revisions::Loaded(contents.clone()),
            Revisions::Embedded { encoded, .. } => Revisions::Embedded {
                encoded,
                decoded: OnceLock::new(),
            },
        };
        Migrations {
            dir: self.dir.clone(),
            revisions,
            policy: self.policy.clone(),
            index: OnceLock::new(),
            code: self.code,
            review_markers: self.review_markers.clone(),
        }
    }
}

impl fmt::Debug for Migrations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Migrations")
            .field("dir", &self.dir)
            .field("revisions", &self.len())
            .field("policy", &self.policy)
            .finish_non_exhaustive()
    }
}

/// Hazards whose rule `migrate.toml` sets to `deny`, as problems: what
/// makes them compile errors in `migrations!()` and `migraph check`.
#[cfg(feature = "sql-check")]
fn deny_findings(
    migrations: &Migrations,
    dialect: crate::settings::SqlDialect,
    settings: &Settings,
) -> Vec<Problem> {
    use crate::lint::{lint, Scope, Severity};
    if !settings
        .lint
        .severities
        .iter()
        .any(|(_, s)| *s == Severity::Deny)
        && settings.lint.released.is_none()
    {
        return Vec::new();
    }
    match lint(migrations, dialect, settings, Scope::Directory) {
        Ok(report) => report
            .findings
            .into_iter()
            .filter(|f| f.severity == Severity::Deny)
            .map(|f| {
                Problem::at_line(
                    &f.file,
                    f.line,
                    format!(
                        "{} (lint rule {} is denied in migrate.toml): {}",
                        f.message,
                        f.rule,
                        f.rule.fix()
                    ),
                )
            })
            .collect(),
        Err(message) => vec![Problem::about(None, message)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_lines_refuse_the_load_unless_the_policy_allows_them() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
        write(
            "a_base.sql",
            "-- revision: a\n-- down_revision: none\n-- migrate:up\nCREATE TABLE t (x int);\n\
             -- migrate:down\nDROP TABLE t;\n",
        );
        write(
            "b_next.sql",
            "-- revision: b\n-- down_revision: a\n-- migrate:up\n  -- review: rename?\n\
             ALTER TABLE t ADD y int;\n-- migrate:down\nALTER TABLE t DROP y;\n",
        );
        write(
            "c_last.sql",
            "-- revision: c\n-- down_revision: b\n-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 1;\n",
        );
        let display = "m";
        let strict = Migrations::load_from(display, dir.path(), &GraphPolicy::default());
        let problems = strict.expect_err("a review line refuses the set");
        assert!(problems.iter().all(Problem::is_review));
        let messages: Vec<&str> = problems.iter().map(Problem::message).collect();
        // Only the line itself: 'c' still finds its parent.
        assert_eq!(
            messages,
            ["m/b_next.sql:4: generated revision needs review: rename?; delete this line once done"]
        );
        let lenient = GraphPolicy::default().allow_review_markers(true);
        let (set, _) = Migrations::load_from(display, dir.path(), &lenient).unwrap();
        assert_eq!(set.len(), 3);
        assert_eq!(set.review_markers(), problems.0.as_slice());
    }
}
