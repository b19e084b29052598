//! Planning: from the applied revisions and a target to the ordered steps.
//!
//! Revisions are stored in canonical order (everything a revision requires
//! comes before it, ties broken by file name), so a plan is a filter over
//! that order: ascending to upgrade, descending to downgrade. Every function
//! here is linear in the size of the graph.

pub use crate::direction::Direction;
use crate::error::{Error, Result};
use crate::graph::Index;
use crate::revision::Revision;
use crate::target::{Kind, Position, Resolver, Target, TargetSpec};

/// One revision to apply or revert.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step<'m> {
    /// The revision.
    pub revision: &'m Revision,
    /// Up to apply it, down to revert it.
    pub direction: Direction,
}

/// The ordered steps of an upgrade or downgrade, and the state they lead to.
#[derive(Debug, Clone)]
pub struct Plan<'m> {
    revisions: &'m [Revision],
    direction: Direction,
    steps: Vec<u32>,
    current_after: Vec<u32>,
}

impl<'m> Plan<'m> {
    /// Up for an upgrade, down for a downgrade.
    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// The steps, in the order they run.
    pub fn steps(&self) -> impl ExactSizeIterator<Item = Step<'m>> + '_ {
        self.steps.iter().map(|&i| Step {
            revision: &self.revisions[i as usize],
            direction: self.direction,
        })
    }

    /// How many steps there are.
    pub fn len(&self) -> usize {
        self.steps.len()
    }

    /// Whether there is nothing to do.
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// The current revisions once every step has run (applied revisions with
    /// no applied descendant), in canonical order.
    pub fn current_after(&self) -> impl ExactSizeIterator<Item = &'m Revision> + '_ {
        self.current_after
            .iter()
            .map(|&i| &self.revisions[i as usize])
    }
}

impl<'m> Plan<'m> {
    /// One step of a stairway over the canonical order: with every revision
    /// before `position` applied, apply (up) or revert (down) the one at
    /// `position`, and nothing else. What `verify` runs; it never reverts
    /// a revision with applied descendants, since none comes after it.
    #[cfg(feature = "runtime")]
    pub(crate) fn stair(
        revisions: &'m [Revision],
        index: &Index,
        position: usize,
        direction: Direction,
    ) -> Self {
        let mut applied = vec![false; revisions.len()];
        let through = match direction {
            Direction::Up => position + 1,
            Direction::Down => position,
        };
        applied[..through].fill(true);
        Plan {
            revisions,
            direction,
            steps: vec![position as u32],
            current_after: current(index, &applied),
        }
    }
}

/// What `stamp` changes in the bookkeeping, without running any SQL.
#[derive(Debug, Clone)]
pub struct StampPlan<'m> {
    revisions: &'m [Revision],
    remove: Vec<u32>,
    add: Vec<u32>,
    current_after: Vec<u32>,
}

impl<'m> StampPlan<'m> {
    /// Revisions to mark as not applied, children first.
    pub fn remove(&self) -> impl ExactSizeIterator<Item = &'m Revision> + '_ {
        self.remove.iter().map(|&i| &self.revisions[i as usize])
    }

    /// Revisions to mark as applied, parents first.
    pub fn add(&self) -> impl ExactSizeIterator<Item = &'m Revision> + '_ {
        self.add.iter().map(|&i| &self.revisions[i as usize])
    }

    /// The current revisions afterwards.
    pub fn current_after(&self) -> impl ExactSizeIterator<Item = &'m Revision> + '_ {
        self.current_after
            .iter()
            .map(|&i| &self.revisions[i as usize])
    }
}

/// The applied set as a membership vector over canonical positions.
pub(crate) struct Applied {
    pub member: Vec<bool>,
}

impl Applied {
    pub fn from_ids<S: AsRef<str>>(index: &Index, len: usize, ids: &[S]) -> Result<Self> {
        let mut member = vec![false; len];
        let mut unknown = Vec::new();
        for id in ids {
            match index.position(id.as_ref()) {
                Some(i) => member[i as usize] = true,
                None => unknown.push(id.as_ref().to_owned()),
            }
        }
        if !unknown.is_empty() {
            unknown.sort();
            unknown.dedup();
            return Err(Error::UnknownApplied { revisions: unknown });
        }
        Ok(Applied { member })
    }
}

/// Applied revisions with no applied descendant along `down_revision` or
/// `depends_on`: what Alembic keeps as rows of `alembic_version`.
pub(crate) fn current(index: &Index, applied: &[bool]) -> Vec<u32> {
    // Any applied descendant counts, not only a direct one: a recorded set
    // with a gap (`a`, `c` applied, `b` between them not) has `c` current,
    // not `a`. Canonical order puts descendants after their ancestors, so
    // one pass from the end decides it (linear).
    let mut applied_below = vec![false; applied.len()];
    for i in (0..applied.len()).rev() {
        applied_below[i] = index.children[i]
            .iter()
            .chain(&index.dependents[i])
            .any(|&c| applied[c as usize] || applied_below[c as usize]);
    }
    (0..applied.len())
        .filter(|&i| applied[i] && !applied_below[i])
        .map(|i| i as u32)
        .collect()
}

/// Marks `start` and everything they require, transitively.
fn ancestors(revisions: &[Revision], start: &[u32], mark: &mut [bool]) {
    let mut stack: Vec<usize> = start.iter().map(|&i| i as usize).collect();
    while let Some(i) = stack.pop() {
        if !mark[i] {
            mark[i] = true;
            stack.extend(revisions[i].requires());
        }
    }
}

/// Marks `start` and everything that requires them, transitively.
fn descendants(index: &Index, start: &[u32], mark: &mut [bool]) {
    let mut stack: Vec<usize> = start.iter().map(|&i| i as usize).collect();
    while let Some(i) = stack.pop() {
        if !mark[i] {
            mark[i] = true;
            stack.extend(
                index.children[i]
                    .iter()
                    .chain(&index.dependents[i])
                    .map(|&c| c as usize),
            );
        }
    }
}

/// Plans over one graph (its revisions in canonical order and their index)
/// from one applied set.
pub(crate) struct Planner<'m> {
    pub revisions: &'m [Revision],
    pub index: &'m Index,
    pub applied: Applied,
}

impl<'m> Planner<'m> {
    fn revisions(&self) -> &'m [Revision] {
        self.revisions
    }

    fn resolver(&self) -> Resolver<'m> {
        Resolver {
            revisions: self.revisions,
            index: self.index,
        }
    }

    fn current(&self) -> Vec<u32> {
        current(self.index, &self.applied.member)
    }

    fn ids(&self, list: &[u32]) -> Vec<String> {
        list.iter()
            .map(|&i| self.revisions()[i as usize].id().to_owned())
            .collect()
    }

    /// The branch qualifier's anchor and lineage, if the target has one.
    fn branch(&self, spec: &TargetSpec<'_>) -> Result<Option<(u32, Vec<bool>)>> {
        let Some(branch) = spec.branch else {
            return Ok(None);
        };
        let resolver = self.resolver();
        let anchor = resolver.branch_anchor(branch)?;
        let lineage = resolver.index.lineage(self.revisions(), anchor);
        Ok(Some((anchor, lineage)))
    }

    /// The revisions an upgrade (or stamp) to `spec` must reach.
    pub fn upgrade_targets(&self, spec: &TargetSpec<'_>) -> Result<Vec<u32>> {
        let resolver = self.resolver();
        let branch = self.branch(spec)?;
        let lineage = branch.as_ref().map(|(_, l)| l.as_slice());
        let qualified = spec.branch.zip(lineage);
        Ok(match spec.kind {
            Kind::Base => Vec::new(),
            Kind::Heads => match lineage {
                Some(_) => resolver.heads_in(lineage),
                None => resolver.index.real_heads.clone(),
            },
            Kind::Head => resolver.single_head(spec, lineage)?.into_iter().collect(),
            Kind::Name(name) => vec![resolver.name(name, qualified)?],
            Kind::Relative {
                symbol: None,
                steps,
            } if steps < 0 => {
                return Err(Error::WrongDirection {
                    target: spec.text.to_owned(),
                    points: "down",
                    command: "downgrade",
                })
            }
            Kind::Relative {
                symbol: None,
                steps,
            } => {
                let start = self.relative_start(spec, lineage, true)?;
                position_list(resolver.walk(spec, start, steps, lineage)?)
            }
            Kind::Relative {
                symbol: Some(symbol),
                steps,
            } => {
                let start = resolver.symbol(spec, symbol, qualified)?;
                let walk_lineage = if steps > 0 { lineage } else { None };
                position_list(resolver.walk(spec, start, steps, walk_lineage)?)
            }
        })
    }

    /// Where a walk relative to the database's state starts: the one current
    /// revision (on the branch, if one is named).
    fn relative_start(
        &self,
        spec: &TargetSpec<'_>,
        lineage: Option<&[bool]>,
        up: bool,
    ) -> Result<Position> {
        let mut current = self.current();
        if let Some(lineage) = lineage {
            current.retain(|&c| lineage[c as usize]);
            if current.is_empty() {
                let index = self.index;
                let applied = &self.applied.member;
                let on_branch = |i: usize| applied[i] && lineage[i];
                current = if up {
                    // The branch has no current revision of its own: start
                    // from the newest applied revisions on it, those nothing
                    // else applied on it requires (as Alembic does).
                    (0..applied.len())
                        .filter(|&i| {
                            on_branch(i)
                                && !index.children[i]
                                    .iter()
                                    .chain(&index.dependents[i])
                                    .any(|&c| on_branch(c as usize))
                        })
                        .map(|i| i as u32)
                        .collect()
                } else {
                    // Going down, start only from a revision of the branch
                    // with nothing applied above it along down_revision (one
                    // applied only as a dependency qualifies). A shared
                    // ancestor below other branches does not: walking down
                    // from it would revert those branches.
                    let tips: Vec<u32> = (0..applied.len())
                        .filter(|&i| {
                            on_branch(i) && !index.children[i].iter().any(|&c| applied[c as usize])
                        })
                        .map(|i| i as u32)
                        .collect();
                    if tips.is_empty() {
                        return Err(Error::NotDowngradeTarget {
                            target: spec.text.to_owned(),
                            reason: format!(
                                "no current revision is on branch '{}'",
                                spec.branch.unwrap_or_default()
                            ),
                        });
                    }
                    tips
                };
            }
        }
        match current.as_slice() {
            [] if up => Ok(Position::Base),
            [one] => Ok(Position::At(*one)),
            many => Err(Error::AmbiguousCurrent {
                target: spec.text.to_owned(),
                current: self.ids(many),
            }),
        }
    }

    pub fn upgrade(self, target: &Target) -> Result<Plan<'m>> {
        let spec = target.spec();
        let targets = self.upgrade_targets(&spec)?;
        let revisions = self.revisions();
        let mut required = vec![false; revisions.len()];
        ancestors(revisions, &targets, &mut required);
        let steps: Vec<u32> = (0..revisions.len())
            .filter(|&i| required[i] && !self.applied.member[i])
            .map(|i| i as u32)
            .collect();
        let mut after = self.applied.member;
        for &i in &steps {
            after[i as usize] = true;
        }
        Ok(Plan {
            revisions,
            direction: Direction::Up,
            current_after: current(self.index, &after),
            steps,
        })
    }

    /// The downgrade target (`None` for base) and the branch anchor that
    /// restricts which children are reverted.
    fn downgrade_target(&self, spec: &TargetSpec<'_>) -> Result<(Option<u32>, Option<u32>)> {
        let resolver = self.resolver();
        let branch = self.branch(spec)?;
        let anchor = branch.as_ref().map(|(a, _)| *a);
        let lineage = branch.as_ref().map(|(_, l)| l.as_slice());
        let qualified = spec.branch.zip(lineage);
        let single = |list: Vec<u32>| -> Result<Option<u32>> {
            match list.as_slice() {
                [] => Ok(None),
                [one] => Ok(Some(*one)),
                many => Err(Error::MultipleHeads {
                    target: spec.text.to_owned(),
                    heads: self.ids(many),
                }),
            }
        };
        Ok(match spec.kind {
            Kind::Base => (None, anchor),
            Kind::Head => (resolver.single_head(spec, lineage)?, anchor),
            Kind::Heads => (
                single(match lineage {
                    Some(_) => resolver.heads_in(lineage),
                    None => resolver.index.real_heads.clone(),
                })?,
                anchor,
            ),
            Kind::Name(name) => (Some(resolver.name(name, qualified)?), anchor),
            Kind::Relative {
                symbol: None,
                steps,
            } if steps > 0 => {
                return Err(Error::WrongDirection {
                    target: spec.text.to_owned(),
                    points: "up",
                    command: "upgrade",
                })
            }
            Kind::Relative {
                symbol: None,
                steps,
            } => {
                let start = self.relative_start(spec, lineage, false)?;
                // Without a branch, keep to the branch of the one current revision.
                let anchor = anchor.or(match start {
                    Position::At(i) => Some(i),
                    Position::Base => None,
                });
                (position(resolver.walk(spec, start, steps, None)?), anchor)
            }
            Kind::Relative {
                symbol: Some(symbol),
                steps,
            } => {
                let start = resolver.symbol(spec, symbol, qualified)?;
                let walk_lineage = if steps > 0 { lineage } else { None };
                (
                    position(resolver.walk(spec, start, steps, walk_lineage)?),
                    anchor,
                )
            }
        })
    }

    /// Applied revisions a downgrade to `spec` reverts (membership vector).
    fn reverted(&self, spec: &TargetSpec<'_>) -> Result<Vec<bool>> {
        let (target, anchor) = self.downgrade_target(spec)?;
        let revisions = self.revisions();
        let index = self.index;
        let mut roots: Vec<u32> = match target {
            None => index.bases.clone(),
            Some(t) => index.children[t as usize].clone(),
        };
        if let Some(anchor) = anchor {
            if roots.len() > 1 {
                let mut above = vec![false; revisions.len()];
                let mut stack = vec![anchor as usize];
                while let Some(i) = stack.pop() {
                    if !above[i] {
                        above[i] = true;
                        stack.extend(revisions[i].parent_indices().iter().map(|&p| p as usize));
                    }
                }
                roots.retain(|&r| above[r as usize]);
                if roots.is_empty() {
                    return Err(Error::NotDowngradeTarget {
                        target: spec.text.to_owned(),
                        reason: "it is not below the branch's current revisions".to_owned(),
                    });
                }
            }
        }
        let mut reverted = vec![false; revisions.len()];
        descendants(index, &roots, &mut reverted);
        for (r, applied) in reverted.iter_mut().zip(&self.applied.member) {
            *r &= *applied;
        }
        if let Some(t) = target {
            if !self.applied.member[t as usize] && !reverted.iter().any(|&r| r) {
                return Err(Error::NotDowngradeTarget {
                    target: spec.text.to_owned(),
                    reason: format!("revision '{}' is not applied", revisions[t as usize].id()),
                });
            }
        }
        Ok(reverted)
    }

    pub fn downgrade(self, target: &Target) -> Result<Plan<'m>> {
        let spec = target.spec();
        let reverted = self.reverted(&spec)?;
        let revisions = self.revisions();
        let steps: Vec<u32> = (0..revisions.len())
            .rev()
            .filter(|&i| reverted[i])
            .map(|i| i as u32)
            .collect();
        let irreversible: Vec<(String, String)> = steps
            .iter()
            .map(|&i| &revisions[i as usize])
            .filter(|r| !r.is_reversible())
            .map(|r| (r.id().to_owned(), r.file().to_owned()))
            .collect();
        if !irreversible.is_empty() {
            return Err(Error::Irreversible {
                target: target.as_str().to_owned(),
                revisions: irreversible,
            });
        }
        let mut after = self.applied.member;
        for &i in &steps {
            after[i as usize] = false;
        }
        Ok(Plan {
            revisions,
            direction: Direction::Down,
            current_after: current(self.index, &after),
            steps,
        })
    }

    /// Stamp, as Alembic does it: when a current revision is in the target's
    /// lineage (an ancestor or a descendant of it, through `down_revision`
    /// and `depends_on`), every such current revision (with `<label>@`, also
    /// those on the label's lineage) is replaced by the target; unrelated
    /// ones stay. What is applied afterwards is exactly what the remaining
    /// current revisions require: on the target's lineage, the target and
    /// its ancestors. `base` drops every current revision (with a label,
    /// those on its lineage), and a target already current changes nothing.
    pub fn stamp(self, target: &Target, purge: bool) -> Result<StampPlan<'m>> {
        let spec = target.spec();
        let revisions = self.revisions();
        let index = self.index;
        let targets = match spec.kind {
            // `-N` from the database's state: N steps down from the one
            // current revision (on the branch, if one is named), as
            // `downgrade -N` walks.
            Kind::Relative {
                symbol: None,
                steps,
            } if steps < 0 => {
                let lineage = self.branch(&spec)?.map(|(_, lineage)| lineage);
                let start = self.relative_start(&spec, lineage.as_deref(), false)?;
                position_list(self.resolver().walk(&spec, start, steps, None)?)
            }
            _ => self.upgrade_targets(&spec)?,
        };
        let anchor = self.branch(&spec)?.map(|(anchor, _)| anchor);
        let before = if purge {
            vec![false; revisions.len()]
        } else {
            self.applied.member.clone()
        };
        let lineage_of = |roots: &[u32]| {
            let mut related = vec![false; revisions.len()];
            ancestors(revisions, roots, &mut related);
            let mut below = vec![false; revisions.len()];
            descendants(index, roots, &mut below);
            for (r, b) in related.iter_mut().zip(&below) {
                *r |= *b;
            }
            related
        };
        let heads = current(index, &before);
        let anchor_related = |h: u32| anchor.is_some_and(|a| lineage_of(&[a])[h as usize]);
        let replaced: Vec<u32> = if targets.is_empty() {
            // `base`: every current revision, or those on the label's lineage.
            match anchor {
                None => heads.clone(),
                Some(a) => {
                    let on = lineage_of(&[a]);
                    heads.iter().copied().filter(|&h| on[h as usize]).collect()
                }
            }
        } else if targets.iter().all(|t| heads.contains(t)) {
            // Already current: nothing to change.
            Vec::new()
        } else {
            let related = lineage_of(&targets);
            if heads.iter().any(|&h| related[h as usize]) {
                heads
                    .iter()
                    .copied()
                    .filter(|&h| related[h as usize] || anchor_related(h))
                    .collect()
            } else {
                // A lineage with no current revision: the target joins them.
                Vec::new()
            }
        };
        let kept_heads: Vec<u32> = heads
            .iter()
            .copied()
            .filter(|h| !replaced.contains(h))
            .collect();
        let mut under_kept = vec![false; revisions.len()];
        ancestors(revisions, &kept_heads, &mut under_kept);
        let mut keep: Vec<bool> = before
            .iter()
            .zip(&under_kept)
            .map(|(&applied, &under)| applied && under)
            .collect();
        ancestors(revisions, &targets, &mut keep);
        let remove = (0..revisions.len())
            .rev()
            .filter(|&i| self.applied.member[i] && !keep[i])
            .map(|i| i as u32)
            .collect();
        let add = (0..revisions.len())
            .filter(|&i| keep[i] && !self.applied.member[i])
            .map(|i| i as u32)
            .collect();
        Ok(StampPlan {
            revisions,
            remove,
            add,
            current_after: current(index, &keep),
        })
    }
}

fn position(at: Position) -> Option<u32> {
    match at {
        Position::Base => None,
        Position::At(i) => Some(i),
    }
}

fn position_list(at: Position) -> Vec<u32> {
    position(at).into_iter().collect()
}
