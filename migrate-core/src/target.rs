//! The target grammar (`head`, `heads`, `base`, ids, prefixes, labels,
//! `<label>@…`, relative `±N`) and its resolution against a graph.
//!
//! Where Alembic warns and guesses (a walk across a branch or merge point,
//! a relative step from several current revisions) resolution refuses with
//! an error that names the choices.

use std::borrow::Cow;
use std::fmt;

use crate::error::{Error, Result};
use crate::graph::Index;
use crate::revision::{Revision, Str};
use crate::source::check_id;

pub use crate::revision::MIN_PREFIX_LEN;

/// A target of the grammar, parsed once where it enters (a command line, a
/// caller's string) and handed to the planner as it is: `head`, `heads`,
/// `base`, a revision id, a unique prefix of at least [`MIN_PREFIX_LEN`]
/// characters, a branch label, `<label>@head`, `<label>@base`,
/// `<label>@<rev>`, `+N`, `-N`, `<rev>+N`, `<rev>-N`, `<label>@+N`,
/// `<label>@-N`.
///
/// ```
/// use migraph_core::Target;
///
/// let target: Target = "ingest@head".parse()?;
/// assert_eq!(target.to_string(), "ingest@head");
/// assert_eq!(Target::HEADS.as_str(), "heads");
/// assert!("ingest@".parse::<Target>().is_err());
/// # Ok::<(), migraph_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    text: Str,
    branch: Option<Str>,
    kind: OwnedKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum OwnedKind {
    Head,
    Heads,
    Base,
    Name(Str),
    Relative { symbol: Option<Str>, steps: i64 },
}

impl Target {
    /// The one head (an error if there are several).
    pub const HEAD: Target = Target::plain("head", OwnedKind::Head);
    /// Every head.
    pub const HEADS: Target = Target::plain("heads", OwnedKind::Heads);
    /// Before the first revision.
    pub const BASE: Target = Target::plain("base", OwnedKind::Base);

    const fn plain(text: &'static str, kind: OwnedKind) -> Target {
        Target {
            text: Cow::Borrowed(text),
            branch: None,
            kind,
        }
    }

    /// Parses a target.
    ///
    /// # Errors
    ///
    /// [`Error::TargetSyntax`] saying what is wrong with it.
    pub fn parse(text: &str) -> Result<Target> {
        let spec = parse(text)?;
        let owned = |s: &str| -> Str { Cow::Owned(s.to_owned()) };
        Ok(Target {
            text: owned(text),
            branch: spec.branch.map(owned),
            kind: match spec.kind {
                Kind::Head => OwnedKind::Head,
                Kind::Heads => OwnedKind::Heads,
                Kind::Base => OwnedKind::Base,
                Kind::Name(name) => OwnedKind::Name(owned(name)),
                Kind::Relative { symbol, steps } => OwnedKind::Relative {
                    symbol: symbol.map(owned),
                    steps,
                },
            },
        })
    }

    /// The target as the grammar spells it.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The parsed form the resolver works on, borrowed: no second parse.
    pub(crate) fn spec(&self) -> TargetSpec<'_> {
        TargetSpec {
            text: &self.text,
            branch: self.branch.as_deref(),
            kind: match &self.kind {
                OwnedKind::Head => Kind::Head,
                OwnedKind::Heads => Kind::Heads,
                OwnedKind::Base => Kind::Base,
                OwnedKind::Name(name) => Kind::Name(name),
                OwnedKind::Relative { symbol, steps } => Kind::Relative {
                    symbol: symbol.as_deref(),
                    steps: *steps,
                },
            },
        }
    }
}

impl std::str::FromStr for Target {
    type Err = Error;

    fn from_str(text: &str) -> Result<Target> {
        Target::parse(text)
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Anything that names a target: a [`Target`], or its text, which is parsed
/// on the way in.
pub trait IntoTarget {
    /// The parsed target.
    ///
    /// # Errors
    ///
    /// [`Error::TargetSyntax`] for text that is not a target.
    fn into_target(self) -> Result<Target>;
}

impl IntoTarget for Target {
    fn into_target(self) -> Result<Target> {
        Ok(self)
    }
}

impl IntoTarget for &Target {
    fn into_target(self) -> Result<Target> {
        Ok(self.clone())
    }
}

impl IntoTarget for &str {
    fn into_target(self) -> Result<Target> {
        Target::parse(self)
    }
}

impl IntoTarget for String {
    fn into_target(self) -> Result<Target> {
        Target::parse(&self)
    }
}

impl IntoTarget for &String {
    fn into_target(self) -> Result<Target> {
        Target::parse(self)
    }
}

/// A parsed target, not yet resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TargetSpec<'t> {
    pub text: &'t str,
    /// The part before `@`.
    pub branch: Option<&'t str>,
    pub kind: Kind<'t>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind<'t> {
    Head,
    Heads,
    Base,
    /// A revision id, a unique prefix, or a branch label.
    Name(&'t str),
    /// `[symbol]+N` / `[symbol]-N`; no symbol means "from the current state".
    Relative {
        symbol: Option<&'t str>,
        steps: i64,
    },
}

pub(crate) fn parse(text: &str) -> Result<TargetSpec<'_>> {
    let bad = |reason: &str| Error::TargetSyntax {
        target: text.to_owned(),
        reason: reason.to_owned(),
    };
    if text.is_empty() {
        return Err(bad("it is empty"));
    }
    let (branch, rest) = match text.split_once('@') {
        Some((branch, rest)) => {
            check_name(branch).map_err(|why| bad(&format!("before '@': {why}")))?;
            (Some(branch), rest)
        }
        None => (None, text),
    };
    if rest.is_empty() {
        return Err(bad(
            "nothing after '@'; write '<branch>@head', '<branch>@base' or '<branch>@<revision>'",
        ));
    }
    let kind = match rest {
        "head" => Kind::Head,
        "heads" => Kind::Heads,
        "base" => Kind::Base,
        _ => match rest.rfind(['+', '-']) {
            Some(at) => {
                let (symbol, signed) = rest.split_at(at);
                let digits = &signed[1..];
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(bad("a relative step is '+N' or '-N' with N a number"));
                }
                let magnitude: i64 = digits
                    .parse()
                    .ok()
                    .filter(|&n| n <= 1_000_000_000)
                    .ok_or_else(|| bad("the step count is too large"))?;
                if magnitude == 0 {
                    return Err(bad("a relative step needs at least one step"));
                }
                let steps = if signed.starts_with('-') {
                    -magnitude
                } else {
                    magnitude
                };
                let symbol = if symbol.is_empty() {
                    None
                } else {
                    if !matches!(symbol, "head" | "heads" | "base") {
                        check_name(symbol).map_err(|why| bad(&why))?;
                    }
                    Some(symbol)
                };
                Kind::Relative { symbol, steps }
            }
            None => {
                check_name(rest).map_err(|why| bad(&why))?;
                Kind::Name(rest)
            }
        },
    };
    Ok(TargetSpec { text, branch, kind })
}

fn check_name(name: &str) -> std::result::Result<(), String> {
    check_id(name).map_err(|why| format!("'{name}': {why}"))
}

/// Where a walk stands: on a revision, or below every base.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Position {
    Base,
    At(u32),
}

/// Resolves names and walks against one graph.
pub(crate) struct Resolver<'m> {
    pub revisions: &'m [Revision],
    pub index: &'m Index,
}

impl Resolver<'_> {
    fn id(&self, i: u32) -> String {
        self.revisions[i as usize].id().to_owned()
    }

    fn ids(&self, list: &[u32]) -> Vec<String> {
        list.iter().map(|&i| self.id(i)).collect()
    }

    /// The revision a branch qualifier stands for: the revision declaring the
    /// label, or (as Alembic allows) a revision named directly.
    pub fn branch_anchor(&self, branch: &str) -> Result<u32> {
        if let Some(i) = self.index.label(branch) {
            return Ok(i);
        }
        self.name(branch, None).map_err(|err| match err {
            Error::UnknownTarget { .. } => Error::UnknownTarget {
                name: branch.to_owned(),
            },
            other => other,
        })
    }

    /// A revision id, branch label or unique prefix, optionally required to
    /// share lineage with a branch.
    pub fn name(&self, name: &str, branch: Option<(&str, &[bool])>) -> Result<u32> {
        let found = match self.index.position(name).or_else(|| self.index.label(name)) {
            Some(i) => i,
            None => {
                let mut candidates: Vec<u32> = Vec::new();
                if name.len() >= MIN_PREFIX_LEN {
                    candidates = (0..self.revisions.len() as u32)
                        .filter(|&i| self.revisions[i as usize].id().starts_with(name))
                        .collect();
                    // No id starts with it: the start of an id's last
                    // `_`-separated part also names it, the random part of
                    // `new`'s `YYYYMMDD_HHMMSS_xxxxxx` ids.
                    if candidates.is_empty() && !name.contains('_') {
                        candidates = (0..self.revisions.len() as u32)
                            .filter(|&i| {
                                let id = self.revisions[i as usize].id();
                                id.rsplit_once('_')
                                    .is_some_and(|(_, tail)| tail.starts_with(name))
                            })
                            .collect();
                    }
                    if let Some((_, lineage)) = branch {
                        if candidates.len() > 1 {
                            candidates.retain(|&i| lineage[i as usize]);
                        }
                    }
                }
                match candidates.as_slice() {
                    [] => {
                        return Err(Error::UnknownTarget {
                            name: name.to_owned(),
                        })
                    }
                    [one] => *one,
                    many => {
                        let mut ids = self.ids(many);
                        ids.sort();
                        return Err(Error::AmbiguousPrefix {
                            prefix: name.to_owned(),
                            candidates: ids,
                        });
                    }
                }
            }
        };
        if let Some((branch, lineage)) = branch {
            if !lineage[found as usize] {
                return Err(Error::NotOnBranch {
                    revision: self.id(found),
                    branch: branch.to_owned(),
                });
            }
        }
        Ok(found)
    }

    /// Heads (effective heads included), restricted to a branch's lineage.
    pub fn heads_in(&self, lineage: Option<&[bool]>) -> Vec<u32> {
        self.index
            .heads
            .iter()
            .copied()
            .filter(|&h| lineage.is_none_or(|l| l[h as usize]))
            .collect()
    }

    /// `head` or `<branch>@head`: exactly one head, else an error listing them.
    pub fn single_head(
        &self,
        spec: &TargetSpec<'_>,
        lineage: Option<&[bool]>,
    ) -> Result<Option<u32>> {
        let heads = self.heads_in(lineage);
        match heads.as_slice() {
            [] => Ok(None),
            [one] => Ok(Some(*one)),
            many => Err(Error::MultipleHeads {
                target: spec.text.to_owned(),
                heads: self.ids(many),
            }),
        }
    }

    /// The starting point named by a relative target's symbol.
    pub fn symbol(
        &self,
        spec: &TargetSpec<'_>,
        symbol: &str,
        branch: Option<(&str, &[bool])>,
    ) -> Result<Position> {
        let lineage = branch.map(|(_, l)| l);
        Ok(match symbol {
            "base" => Position::Base,
            "head" => match self.single_head(spec, lineage)? {
                Some(h) => Position::At(h),
                None => Position::Base,
            },
            "heads" => {
                let heads: Vec<u32> = match lineage {
                    Some(_) => self.heads_in(lineage),
                    None => self.index.real_heads.clone(),
                };
                match heads.as_slice() {
                    [] => Position::Base,
                    [one] => Position::At(*one),
                    many => {
                        return Err(Error::MultipleHeads {
                            target: spec.text.to_owned(),
                            heads: self.ids(many),
                        })
                    }
                }
            }
            name => Position::At(self.name(name, branch)?),
        })
    }

    /// Walks `steps` along `down_revision`: up (towards children, keeping to
    /// the branch's lineage if given) or down (towards parents).
    pub fn walk(
        &self,
        spec: &TargetSpec<'_>,
        start: Position,
        steps: i64,
        lineage: Option<&[bool]>,
    ) -> Result<Position> {
        let total = steps.unsigned_abs();
        let mut at = start;
        for done in 0..total {
            let (next, from): (Vec<u32>, String) = if steps > 0 {
                let candidates: &[u32] = match at {
                    Position::Base => &self.index.bases,
                    Position::At(i) => &self.index.children[i as usize],
                };
                let next = candidates
                    .iter()
                    .copied()
                    .filter(|&c| lineage.is_none_or(|l| l[c as usize]))
                    .collect();
                (next, self.position_name(at))
            } else {
                match at {
                    Position::Base => (Vec::new(), "base".to_owned()),
                    Position::At(i) => {
                        let parents = self.revisions[i as usize].parent_indices();
                        if parents.is_empty() {
                            at = Position::Base;
                            continue;
                        }
                        (parents.to_vec(), self.id(i))
                    }
                }
            };
            match next.as_slice() {
                [] => {
                    return Err(Error::WalkTooFar {
                        target: spec.text.to_owned(),
                        end: if steps > 0 { "head" } else { "base" },
                        done,
                        steps: total,
                    })
                }
                [one] => at = Position::At(*one),
                many => {
                    let mut choices = self.ids(many);
                    choices.sort();
                    return Err(Error::AmbiguousWalk {
                        target: spec.text.to_owned(),
                        from,
                        kind: if steps > 0 {
                            "branch point"
                        } else {
                            "merge point"
                        },
                        choices,
                    });
                }
            }
        }
        Ok(at)
    }

    fn position_name(&self, at: Position) -> String {
        match at {
            Position::Base => "base".to_owned(),
            Position::At(i) => self.id(i),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grammar() {
        fn k(t: &str) -> Result<(Option<&str>, Kind<'_>)> {
            parse(t).map(|s| (s.branch, s.kind))
        }
        assert_eq!(k("head").unwrap(), (None, Kind::Head));
        assert_eq!(k("heads").unwrap(), (None, Kind::Heads));
        assert_eq!(k("base").unwrap(), (None, Kind::Base));
        assert_eq!(k("ae10").unwrap(), (None, Kind::Name("ae10")));
        assert_eq!(k("ingest@head").unwrap(), (Some("ingest"), Kind::Head));
        assert_eq!(k("ingest@base").unwrap(), (Some("ingest"), Kind::Base));
        assert_eq!(
            k("ingest@ae10").unwrap(),
            (Some("ingest"), Kind::Name("ae10"))
        );
        assert_eq!(
            k("+2").unwrap(),
            (
                None,
                Kind::Relative {
                    symbol: None,
                    steps: 2
                }
            )
        );
        assert_eq!(
            k("-1").unwrap(),
            (
                None,
                Kind::Relative {
                    symbol: None,
                    steps: -1
                }
            )
        );
        assert_eq!(
            k("ae10+3").unwrap(),
            (
                None,
                Kind::Relative {
                    symbol: Some("ae10"),
                    steps: 3
                }
            )
        );
        assert_eq!(
            k("head-2").unwrap(),
            (
                None,
                Kind::Relative {
                    symbol: Some("head"),
                    steps: -2
                }
            )
        );
        assert_eq!(
            k("ingest@-1").unwrap(),
            (
                Some("ingest"),
                Kind::Relative {
                    symbol: None,
                    steps: -1
                }
            )
        );
        for bad in [
            "",
            "@head",
            "x@",
            "a-b-",
            "+",
            "-x",
            "+0",
            "a b",
            "x@y@z",
            "1+99999999999999999999",
            "é",
        ] {
            assert!(k(bad).is_err(), "{bad}");
        }
    }
}
