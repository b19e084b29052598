//! The one error type of the crate.

use crate::problem::Problems;

/// Everything that can go wrong while loading, resolving or planning.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The migration directory has problems; each names its file.
    #[error("{0}")]
    Invalid(Problems),

    /// A target is not of the target grammar.
    #[error("invalid target '{target}': {reason}")]
    TargetSyntax {
        /// The target as given.
        target: String,
        /// What is wrong with it.
        reason: String,
    },

    /// No revision, prefix or branch label matches.
    #[error("no revision or branch label '{name}'{}", if name.len() < 4 { "; a partial revision id needs at least 4 characters" } else { "" })]
    UnknownTarget {
        /// The name that matched nothing.
        name: String,
    },

    /// A prefix matches several revisions.
    #[error(
        "'{prefix}' is ambiguous: it starts {}; give more characters",
        quote_list(candidates)
    )]
    AmbiguousPrefix {
        /// The prefix as given.
        prefix: String,
        /// The revisions it matches.
        candidates: Vec<String>,
    },

    /// `head` (or `<label>@head`) with several heads.
    #[error("'{target}' is ambiguous: {} heads ({}); use 'heads', '<branch>@head' or one revision", heads.len(), quote_list(heads))]
    MultipleHeads {
        /// The target as given.
        target: String,
        /// The heads it could mean.
        heads: Vec<String>,
    },

    /// `<label>@<rev>` where the revision is not on that branch.
    #[error("revision '{revision}' is not on branch '{branch}'")]
    NotOnBranch {
        /// The revision named.
        revision: String,
        /// The branch named.
        branch: String,
    },

    /// A relative walk reaches a branch point or a merge point.
    #[error("'{target}' is ambiguous: the walk from '{from}' reaches a {kind} ({}); name the revision instead", quote_list(choices))]
    AmbiguousWalk {
        /// The target as given.
        target: String,
        /// Where the walk stood.
        from: String,
        /// `branch point` or `merge point`.
        kind: &'static str,
        /// The ways the walk could go.
        choices: Vec<String>,
    },

    /// A relative walk leaves the graph.
    #[error("'{target}' walks past the {end} of the graph after {done} of {steps} steps")]
    WalkTooFar {
        /// The target as given.
        target: String,
        /// `base` or `head`.
        end: &'static str,
        /// Steps that were possible.
        done: u64,
        /// Steps asked for.
        steps: u64,
    },

    /// A target relative to the database's state when that state has several
    /// current revisions, or none.
    #[error(
        "'{target}' is relative to the current revision, but {}",
        describe_current(current)
    )]
    AmbiguousCurrent {
        /// The target as given.
        target: String,
        /// The current revisions.
        current: Vec<String>,
    },

    /// `upgrade -N` or `downgrade +N`.
    #[error("'{target}' points {points}; use {command}")]
    WrongDirection {
        /// The target as given.
        target: String,
        /// `up` or `down`.
        points: &'static str,
        /// The command that goes that way.
        command: &'static str,
    },

    /// A downgrade target that is not applied.
    #[error("'{target}' is not a valid downgrade target: {reason}")]
    NotDowngradeTarget {
        /// The target as given.
        target: String,
        /// Why.
        reason: String,
    },

    /// A downgrade would revert revisions that say `-- migrate:down irreversible`.
    #[error("cannot downgrade to '{target}': {} irreversible ('-- migrate:down irreversible'); nothing was run", describe_irreversible(revisions))]
    Irreversible {
        /// The target as given.
        target: String,
        /// `(revision, file)` of each irreversible revision in the way.
        revisions: Vec<(String, String)>,
    },

    /// The database records revisions this build does not contain.
    #[error("the database has {} that this build does not know ({}): the database is ahead of this code, or a migration file was deleted", if revisions.len() == 1 { "a revision" } else { "revisions" }, quote_list(revisions))]
    UnknownApplied {
        /// The unknown ids.
        revisions: Vec<String>,
    },
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

pub(crate) fn quote_list(items: &[String]) -> String {
    const SHOWN: usize = 8;
    let mut out: Vec<String> = items.iter().take(SHOWN).map(|s| format!("'{s}'")).collect();
    if items.len() > SHOWN {
        out.push(format!("and {} more", items.len() - SHOWN));
    }
    out.join(", ")
}

fn describe_current(current: &[String]) -> String {
    if current.is_empty() {
        "nothing is applied".to_owned()
    } else {
        format!(
            "the database has {} current revisions ({}); use '<revision>+N', '<revision>-N' or '<branch>@+N'",
            current.len(),
            quote_list(current)
        )
    }
}

fn describe_irreversible(revisions: &[(String, String)]) -> String {
    let list: Vec<String> = revisions
        .iter()
        .map(|(id, file)| format!("'{id}' ({file})"))
        .collect();
    let verb = if revisions.len() == 1 { "is" } else { "are" };
    format!("{} {verb}", list.join(", "))
}
