//! The revision graph: checks that turn parsed files into a valid graph, and
//! the index the planner walks.
//!
//! Every check reports all of its problems. Every walk is linear in the size
//! of the graph (no re-walks per branch or merge point).

use std::cmp::Reverse;
use std::collections::hash_map::Entry;
use std::collections::{BinaryHeap, HashMap};

use crate::checksum::Checksum;
use crate::problem::Problem;
use crate::revision::Revision;
use crate::source::{Scan, SourceFile};

/// Which shapes of graph to accept beyond one head and one base, and
/// whether revisions still under review load.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct GraphPolicy {
    /// Accept several heads even where they carry no branch label.
    pub allow_multiple_heads: bool,
    /// Accept several bases even where they carry no branch label.
    pub allow_multiple_bases: bool,
    /// Accept revisions that still hold a `-- review:` line. Never set by
    /// `migrations!()`; the CLI sets it for commands that only read a set.
    pub allow_review_markers: bool,
}

impl GraphPolicy {
    /// Accept several unlabelled heads.
    pub fn allow_multiple_heads(mut self, yes: bool) -> Self {
        self.allow_multiple_heads = yes;
        self
    }

    /// Accept several unlabelled bases.
    pub fn allow_multiple_bases(mut self, yes: bool) -> Self {
        self.allow_multiple_bases = yes;
        self
    }

    /// Accept revisions that still hold a `-- review:` line (autogenerate
    /// writes one wherever a person must decide): for tools that read a set
    /// to help review it. Applying or embedding such a set is refused.
    pub fn allow_review_markers(mut self, yes: bool) -> Self {
        self.allow_review_markers = yes;
        self
    }
}

/// Checks the parsed files as a graph and returns the revisions in canonical
/// order: every revision after everything it requires, ties broken by file
/// name. Problems are pushed; the result is only meaningful without them.
pub(crate) fn build(
    scan: Scan,
    policy: &GraphPolicy,
    problems: &mut Vec<Problem>,
) -> Vec<Revision> {
    // A file that did not parse is missing from the graph, which can make
    // its parent look like a head: judge heads and bases only without them.
    let parse_failed = scan.broken.any();
    let start = problems.len();
    let files = &scan.files;
    let n = files.len();

    // Ids.
    let mut by_id: HashMap<&str, usize> = HashMap::with_capacity(n);
    let mut duplicate = vec![false; n];
    for (i, file) in files.iter().enumerate() {
        match by_id.entry(&file.revision) {
            Entry::Occupied(first) => {
                duplicate[i] = true;
                problems.push(Problem::about(
                    Some(&file.path),
                    format!(
                        "revision '{}' is defined twice: {} and {}",
                        file.revision,
                        files[*first.get()].path,
                        file.path
                    ),
                ));
            }
            Entry::Vacant(slot) => {
                slot.insert(i);
            }
        }
    }

    // Branch labels share one namespace with ids, as in Alembic.
    let mut by_label: HashMap<&str, usize> = HashMap::new();
    for (i, file) in files.iter().enumerate().filter(|(i, _)| !duplicate[*i]) {
        for label in &file.branch_labels {
            if let Some(&other) = by_id.get(label.as_str()) {
                problems.push(Problem::about(
                    Some(&file.path),
                    format!(
                        "branch label '{label}' in '{}' ({}) is also the id of revision \
                         '{label}' ({}); rename the label",
                        file.revision, file.path, files[other].path
                    ),
                ));
            } else if let Some(&other) = by_label.get(label.as_str()) {
                problems.push(Problem::about(
                    Some(&file.path),
                    format!(
                        "branch label '{label}' in '{}' ({}) already used by '{}' ({})",
                        file.revision, file.path, files[other].revision, files[other].path
                    ),
                ));
            } else {
                by_label.insert(label, i);
            }
        }
    }

    // References.
    let mut parents: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut dependencies: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, file) in files.iter().enumerate().filter(|(i, _)| !duplicate[*i]) {
        for parent in &file.down_revisions {
            if *parent == file.revision {
                problems.push(Problem::in_file(
                    &file.path,
                    format!(
                        "revision '{parent}' names itself as down_revision; \
                         cycle detected in revisions ({parent})"
                    ),
                ));
            } else if let Some(&p) = by_id.get(parent.as_str()) {
                parents[i].push(p);
            } else if !scan.broken.covers(parent) {
                problems.push(missing(parent, "referenced from", file));
            }
        }
        for dependency in &file.depends_on {
            let resolved = by_id
                .get(dependency.as_str())
                .or_else(|| by_label.get(dependency.as_str()));
            match resolved {
                Some(&d) if d == i => problems.push(Problem::in_file(
                    &file.path,
                    format!(
                        "revision '{}' depends on itself ('{dependency}' in depends_on); \
                         dependency cycle detected in revisions ({})",
                        file.revision, file.revision
                    ),
                )),
                Some(&d) => {
                    if !parents[i].contains(&d) && !dependencies[i].contains(&d) {
                        dependencies[i].push(d);
                    }
                }
                None if scan.broken.covers(dependency) => {}
                None => problems.push(missing(dependency, "in depends_on of", file)),
            }
        }
    }

    // Cycles: first along down_revision, then through depends_on as well.
    let down_cycles = cycles(&parents);
    for cycle in &down_cycles {
        problems.push(cycle_problem("cycle", cycle, files, "down_revision"));
    }
    let requires: Vec<Vec<usize>> = parents
        .iter()
        .zip(&dependencies)
        .map(|(p, d)| p.iter().chain(d).copied().collect())
        .collect();
    for cycle in cycles(&requires) {
        let mut sorted = cycle.clone();
        sorted.sort_unstable();
        let known = down_cycles.iter().any(|c| {
            let mut c = c.clone();
            c.sort_unstable();
            c == sorted
        });
        if !known {
            problems.push(cycle_problem(
                "dependency cycle",
                &cycle,
                files,
                "depends_on",
            ));
        }
    }
    if problems.len() > start {
        return Vec::new();
    }

    let order = canonical_order(&requires, &duplicate);
    let mut position = vec![u32::MAX; n];
    for (new, &old) in order.iter().enumerate() {
        position[old] = new as u32;
    }
    let revisions: Vec<Revision> = order
        .iter()
        .map(|&old| {
            let map = |list: &[usize]| list.iter().map(|&i| position[i]).collect::<Vec<_>>();
            revision(&files[old], map(&parents[old]), map(&dependencies[old]))
        })
        .collect();

    if !parse_failed {
        check_heads_and_bases(&revisions, policy, problems);
    }
    revisions
}

fn missing(id: &str, relation: &str, file: &SourceFile) -> Problem {
    let what = if relation == "referenced from" {
        "revision"
    } else {
        "revision or branch label"
    };
    Problem::about(
        Some(&file.path),
        format!(
            "{what} '{id}' {relation} '{}' ({}) is not present",
            file.revision, file.path
        ),
    )
}

fn cycle_problem(kind: &str, cycle: &[usize], files: &[SourceFile], key: &str) -> Problem {
    let mut members: Vec<&SourceFile> = cycle.iter().map(|&i| &files[i]).collect();
    members.sort_by(|a, b| a.revision.cmp(&b.revision));
    let ids: Vec<&str> = members.iter().map(|f| f.revision.as_str()).collect();
    let paths: Vec<&str> = members.iter().map(|f| f.path.as_str()).collect();
    Problem::about(
        Some(paths[0]),
        format!(
            "{kind} detected in revisions ({}) in {}; change the {key} that closes the loop",
            ids.join(", "),
            paths.join(", ")
        ),
    )
}

fn revision(file: &SourceFile, parents: Vec<u32>, dependencies: Vec<u32>) -> Revision {
    let owned = |list: &[String]| list.iter().map(|s| s.clone().into()).collect::<Vec<_>>();
    Revision {
        id: file.revision.clone().into(),
        file: file.path.clone().into(),
        message: file.message.clone().map(Into::into),
        down_revisions: owned(&file.down_revisions).into(),
        depends_on: owned(&file.depends_on).into(),
        branch_labels: owned(&file.branch_labels).into(),
        transactional: file.transactional,
        sql_check: file.sql_check,
        lint_allow: owned(&file.lint_allow).into(),
        code: file.code_checksum.is_some(),
        checksum: file
            .code_checksum
            .unwrap_or_else(|| Checksum::of(&file.up, file.down.as_deref())),
        up: file.up.clone().into(),
        up_line: file.up_line,
        down: file.down.clone().map(Into::into),
        down_line: file.down_line,
        parents: parents.into(),
        dependencies: dependencies.into(),
    }
}

/// Strongly connected components with more than one member (iterative
/// Tarjan, so a 10,000-revision chain does not exhaust the stack).
fn cycles(edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut calls: Vec<(usize, usize)> = Vec::new();
    let mut next = 0;
    let mut found = Vec::new();
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        calls.push((root, 0));
        while let Some(&(v, edge)) = calls.last() {
            if let Some(&w) = edges[v].get(edge) {
                if let Some(top) = calls.last_mut() {
                    top.1 += 1;
                }
                if index[w] == UNSEEN {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    calls.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            calls.pop();
            if let Some(&(u, _)) = calls.last() {
                low[u] = low[u].min(low[v]);
            }
            if low[v] == index[v] {
                let mut component = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    found.push(component);
                }
            }
        }
    }
    found
}

/// Kahn's algorithm, taking the smallest file index (= file name) first.
fn canonical_order(requires: &[Vec<usize>], skip: &[bool]) -> Vec<usize> {
    let n = requires.len();
    let mut waiting_on = vec![0usize; n];
    let mut unblocks: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, reqs) in requires.iter().enumerate() {
        if skip[i] {
            continue;
        }
        waiting_on[i] = reqs.len();
        for &r in reqs {
            unblocks[r].push(i);
        }
    }
    let mut ready: BinaryHeap<Reverse<usize>> = (0..n)
        .filter(|&i| !skip[i] && waiting_on[i] == 0)
        .map(Reverse)
        .collect();
    let mut order = Vec::with_capacity(n);
    while let Some(Reverse(i)) = ready.pop() {
        order.push(i);
        for &child in &unblocks[i] {
            waiting_on[child] -= 1;
            if waiting_on[child] == 0 {
                ready.push(Reverse(child));
            }
        }
    }
    order
}

pub(crate) fn check_heads_and_bases(
    revisions: &[Revision],
    policy: &GraphPolicy,
    problems: &mut Vec<Problem>,
) {
    let index = Index::new(revisions);
    let labelled = index.labelled(revisions);
    let mut report = |ends: &[u32], kind: &str, advice: &str| {
        if ends.len() < 2 || ends.iter().all(|&i| labelled[i as usize]) {
            return;
        }
        let mut ends: Vec<usize> = ends.iter().map(|&i| i as usize).collect();
        ends.sort_by(|&a, &b| revisions[a].file().cmp(revisions[b].file()));
        let list: Vec<String> = ends
            .iter()
            .map(|&i| format!("'{}' ({})", revisions[i].id(), revisions[i].file()))
            .collect();
        let first_unlabelled = ends
            .iter()
            .find(|&&i| !labelled[i])
            .map(|&i| revisions[i].file());
        problems.push(Problem::about(
            first_unlabelled,
            format!("{} {kind}: {}; {advice}", ends.len(), list.join(", ")),
        ));
    };
    if !policy.allow_multiple_heads {
        report(
            &index.heads,
            "heads",
            "run 'cargo xtask merge' to create a merge revision",
        );
    }
    if !policy.allow_multiple_bases {
        report(
            &index.bases,
            "bases",
            "give every base but one a down_revision, or label each branch with branch_labels",
        );
    }
}

/// Lookups and adjacency derived from the revisions, built once per
/// [`Migrations`](crate::Migrations) on first use (linear time).
#[derive(Debug)]
pub(crate) struct Index {
    by_id: HashMap<String, u32>,
    by_label: HashMap<String, u32>,
    /// Children along `down_revision`.
    pub children: Vec<Vec<u32>>,
    /// Revisions that list this one in `depends_on`.
    pub dependents: Vec<Vec<u32>>,
    /// No child along `down_revision` (includes effective heads), in canonical order.
    pub heads: Vec<u32>,
    /// No child at all, counting `depends_on`.
    pub real_heads: Vec<u32>,
    /// No `down_revision`.
    pub bases: Vec<u32>,
}

impl Index {
    pub fn new(revisions: &[Revision]) -> Self {
        let n = revisions.len();
        let mut index = Index {
            by_id: HashMap::with_capacity(n),
            by_label: HashMap::new(),
            children: vec![Vec::new(); n],
            dependents: vec![Vec::new(); n],
            heads: Vec::new(),
            real_heads: Vec::new(),
            bases: Vec::new(),
        };
        for (i, revision) in revisions.iter().enumerate() {
            let i = i as u32;
            index.by_id.insert(revision.id().to_owned(), i);
            for label in revision.branch_labels() {
                index.by_label.insert(label.to_owned(), i);
            }
            for &p in revision.parent_indices() {
                index.children[p as usize].push(i);
            }
            for &d in revision.dependency_indices() {
                index.dependents[d as usize].push(i);
            }
        }
        for (i, revision) in revisions.iter().enumerate() {
            if index.children[i].is_empty() {
                index.heads.push(i as u32);
                if index.dependents[i].is_empty() {
                    index.real_heads.push(i as u32);
                }
            }
            if revision.is_base() {
                index.bases.push(i as u32);
            }
        }
        index
    }

    pub fn position(&self, id: &str) -> Option<u32> {
        self.by_id.get(id).copied()
    }

    pub fn label(&self, label: &str) -> Option<u32> {
        self.by_label.get(label).copied()
    }

    /// More than one child, counting `depends_on` (Alembic's "real" branch point).
    fn stops_label_ascent(&self, revisions: &[Revision], i: usize) -> bool {
        self.children[i].len() + self.dependents[i].len() > 1 || revisions[i].is_merge()
    }

    /// The single-parent chain above a labelled revision that inherits its
    /// label: up to, not into, the nearest branch point or merge point.
    fn ascend(&self, revisions: &[Revision], start: usize, mut visit: impl FnMut(usize) -> bool) {
        let mut current = start;
        while !self.stops_label_ascent(revisions, current) {
            if !visit(current) {
                return;
            }
            match revisions[current].parent_indices().first() {
                Some(&p) => current = p as usize,
                None => return,
            }
        }
    }

    /// Whether each revision belongs to some branch label, through Alembic's
    /// label lineage: the declaring revision, its descendants along
    /// `down_revision`, and the chain above it up to a branch or merge point.
    pub fn labelled(&self, revisions: &[Revision]) -> Vec<bool> {
        let n = revisions.len();
        let mut mark = vec![false; n];
        let declaring: Vec<usize> = (0..n)
            .filter(|&i| !revisions[i].branch_labels.is_empty())
            .collect();
        let mut stack = declaring.clone();
        while let Some(i) = stack.pop() {
            if !mark[i] {
                mark[i] = true;
                stack.extend(self.children[i].iter().map(|&c| c as usize));
            }
        }
        let mut ascended = vec![false; n];
        for &start in &declaring {
            self.ascend(revisions, start, |i| {
                // A chain already walked continues the same way from here.
                let first = !ascended[i];
                ascended[i] = true;
                mark[i] = true;
                first
            });
        }
        mark
    }

    /// The labels each revision carries, declared or inherited (see
    /// [`Index::labelled`]), sorted.
    pub fn labels_of_each<'r>(&self, revisions: &'r [Revision]) -> Vec<Vec<&'r str>> {
        let n = revisions.len();
        let mut labels: Vec<Vec<&str>> = vec![Vec::new(); n];
        for (decl, revision) in revisions.iter().enumerate() {
            if revision.branch_labels.is_empty() {
                continue;
            }
            let mut member = vec![false; n];
            let mut stack = vec![decl];
            while let Some(i) = stack.pop() {
                if !member[i] {
                    member[i] = true;
                    stack.extend(self.children[i].iter().map(|&c| c as usize));
                }
            }
            self.ascend(revisions, decl, |i| {
                member[i] = true;
                true
            });
            for (i, is_member) in member.into_iter().enumerate() {
                if is_member {
                    labels[i].extend(revision.branch_labels());
                }
            }
        }
        for list in &mut labels {
            list.sort_unstable();
            list.dedup();
        }
        labels
    }

    /// Revisions sharing lineage with `anchor`: its ancestors and descendants
    /// along `down_revision`, and itself (Alembic's `filter_for_lineage`).
    pub fn lineage(&self, revisions: &[Revision], anchor: u32) -> Vec<bool> {
        let mut member = vec![false; revisions.len()];
        let mut stack = vec![anchor as usize];
        while let Some(i) = stack.pop() {
            if !member[i] {
                member[i] = true;
                stack.extend(revisions[i].parent_indices().iter().map(|&p| p as usize));
            }
        }
        let mut stack: Vec<usize> = self.children[anchor as usize]
            .iter()
            .map(|&c| c as usize)
            .collect();
        while let Some(i) = stack.pop() {
            if !member[i] {
                member[i] = true;
                stack.extend(self.children[i].iter().map(|&c| c as usize));
            }
        }
        member
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tarjan_finds_only_cycle_members() {
        // 0 <- 1 <- 2 <- 0 is a cycle; 3 hangs below it; 4 is alone.
        let edges = vec![vec![2], vec![0], vec![1], vec![2], vec![]];
        let mut found = cycles(&edges);
        assert_eq!(found.len(), 1);
        found[0].sort_unstable();
        assert_eq!(found[0], [0, 1, 2]);
    }

    #[test]
    fn tarjan_handles_long_chains() {
        let edges: Vec<Vec<usize>> = (0..200_000)
            .map(|i| if i == 0 { vec![] } else { vec![i - 1] })
            .collect();
        assert!(cycles(&edges).is_empty());
    }

    #[test]
    fn canonical_order_prefers_file_order() {
        // 3 requires 0; 1 requires 2; 2 requires nothing.
        let requires = vec![vec![], vec![2], vec![], vec![0]];
        assert_eq!(canonical_order(&requires, &[false; 4]), [0, 2, 1, 3]);
    }
}
