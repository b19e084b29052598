//! Property tests on random revision DAGs, and robustness of the target
//! grammar and the file parser against arbitrary input.
//!
//! The graph properties are checked against a small reference model written
//! here (ancestors and descendants over `down_revision` ∪ `depends_on`),
//! independent of the crate's own index.

mod common;

use std::collections::{BTreeSet, HashMap};

use common::{permissive, write_revs, Rev};
use migraph_core::{Error, Migrations};
use proptest::prelude::*;
use proptest::test_runner::Config;

// ---------------------------------------------------------------------------
// Random DAGs and a reference model
// ---------------------------------------------------------------------------

/// Per-revision random choices; turned into a graph by [`build`].
type Seed = (String, u8, u16, u16, u8, u16, u8, u8);

fn seeds() -> impl Strategy<Value = Vec<Seed>> {
    prop::collection::vec(
        (
            // A small alphabet so that ids often share 4+ character prefixes.
            "[abc01]{4,7}",
            0u8..10,
            any::<u16>(),
            any::<u16>(),
            0u8..10,
            any::<u16>(),
            0u8..10,
            0u8..20,
        ),
        1..40,
    )
}

/// Builds a valid DAG (revisions listed parents first) from the seeds.
/// `irreversible` makes about one revision in twenty irreversible.
fn build(seeds: &[Seed], irreversible: bool) -> Vec<Rev> {
    let mut revs: Vec<Rev> = Vec::new();
    let mut used = BTreeSet::new();
    for (i, (stem, np, a, b, nd, d, nl, ni)) in seeds.iter().enumerate() {
        let id = if used.contains(stem) {
            format!("{stem}_{i}")
        } else {
            stem.clone()
        };
        used.insert(id.clone());
        let mut rev = Rev::new(&id);
        if i > 0 {
            let count = match np {
                0 => 0, // another base
                1..=7 => 1,
                _ => 2,
            };
            let first = *a as usize % i;
            if count >= 1 {
                rev.down.push(revs[first].id.clone());
            }
            let second = *b as usize % i;
            if count == 2 && second != first {
                rev.down.push(revs[second].id.clone());
            }
            if *nd < 3 {
                let dep = &revs[*d as usize % i];
                // Sometimes by branch label, as Alembic allows.
                let name = match dep.labels.first() {
                    Some(label) if nd % 2 == 0 => label.clone(),
                    _ => dep.id.clone(),
                };
                rev.deps.push(name);
            }
        }
        if *nl < 2 {
            rev.labels.push(format!("lbl_{i}"));
        }
        rev.irreversible = irreversible && *ni == 0;
        revs.push(rev);
    }
    revs
}

/// The reference model: indices follow the order of `revs`.
struct Model {
    ids: Vec<String>,
    parents: Vec<Vec<usize>>,
    requires: Vec<Vec<usize>>,
    children: Vec<Vec<usize>>,
    required_by: Vec<Vec<usize>>,
}

impl Model {
    fn new(revs: &[Rev]) -> Self {
        let mut by_name: HashMap<&str, usize> = HashMap::new();
        for (i, r) in revs.iter().enumerate() {
            by_name.insert(&r.id, i);
            for l in &r.labels {
                by_name.insert(l, i);
            }
        }
        let n = revs.len();
        let parents: Vec<Vec<usize>> = revs
            .iter()
            .map(|r| r.down.iter().map(|p| by_name[p.as_str()]).collect())
            .collect();
        let requires: Vec<Vec<usize>> = revs
            .iter()
            .zip(&parents)
            .map(|(r, p)| {
                let mut all = p.clone();
                all.extend(r.deps.iter().map(|d| by_name[d.as_str()]));
                all
            })
            .collect();
        let mut children = vec![Vec::new(); n];
        let mut required_by = vec![Vec::new(); n];
        for i in 0..n {
            for &p in &parents[i] {
                children[p].push(i);
            }
            for &r in &requires[i] {
                required_by[r].push(i);
            }
        }
        Model {
            ids: revs.iter().map(|r| r.id.clone()).collect(),
            parents,
            requires,
            children,
            required_by,
        }
    }

    fn index(&self, id: &str) -> usize {
        self.ids.iter().position(|x| x == id).unwrap()
    }

    fn walk(edges: &[Vec<usize>], start: impl IntoIterator<Item = usize>) -> BTreeSet<usize> {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<usize> = start.into_iter().collect();
        while let Some(i) = stack.pop() {
            if seen.insert(i) {
                stack.extend(&edges[i]);
            }
        }
        seen
    }

    /// Start and everything it requires.
    fn ancestors(&self, start: impl IntoIterator<Item = usize>) -> BTreeSet<usize> {
        Self::walk(&self.requires, start)
    }

    /// Start and everything that requires it.
    fn descendants(&self, start: impl IntoIterator<Item = usize>) -> BTreeSet<usize> {
        Self::walk(&self.required_by, start)
    }

    fn closed(&self, set: &BTreeSet<usize>) -> bool {
        set.iter()
            .all(|&i| self.requires[i].iter().all(|r| set.contains(r)))
    }

    /// Applied revisions with no applied descendant.
    fn current(&self, set: &BTreeSet<usize>) -> BTreeSet<String> {
        set.iter()
            .filter(|&&i| {
                !self
                    .descendants([i])
                    .iter()
                    .any(|&d| d != i && set.contains(&d))
            })
            .map(|&i| self.ids[i].clone())
            .collect()
    }

    fn names(&self, set: &BTreeSet<usize>) -> Vec<String> {
        set.iter().map(|&i| self.ids[i].clone()).collect()
    }
}

fn load_revs(revs: &[Rev]) -> Migrations {
    match common::load_revs_with(revs, &permissive()) {
        Ok(m) => m,
        Err(e) => panic!("random graph does not load: {e}\n{revs:#?}"),
    }
}

/// A closed applied set: the closure of a random subset.
fn applied_state(model: &Model, pick: &[bool]) -> BTreeSet<usize> {
    let chosen = (0..model.ids.len()).filter(|&i| pick.get(i).copied().unwrap_or(false));
    model.ancestors(chosen)
}

/// Checks an upgrade plan from `applied`; returns the applied set after it.
fn check_upgrade(
    model: &Model,
    applied: &BTreeSet<usize>,
    plan: &migraph_core::Plan<'_>,
) -> BTreeSet<usize> {
    let mut now = applied.clone();
    for step in plan.steps() {
        let i = model.index(step.revision.id());
        assert!(!now.contains(&i), "{} applied twice", model.ids[i]);
        for &r in &model.requires[i] {
            assert!(
                now.contains(&r),
                "{} runs before what it requires, {}",
                model.ids[i],
                model.ids[r]
            );
        }
        now.insert(i);
    }
    assert!(model.closed(&now));
    let after: BTreeSet<String> = plan.current_after().map(|r| r.id().to_owned()).collect();
    assert_eq!(after, model.current(&now), "current_after");
    now
}

/// Checks a downgrade plan from `applied`; returns the applied set after it.
fn check_downgrade(
    model: &Model,
    applied: &BTreeSet<usize>,
    plan: &migraph_core::Plan<'_>,
) -> BTreeSet<usize> {
    let mut now = applied.clone();
    for step in plan.steps() {
        let i = model.index(step.revision.id());
        assert!(
            now.contains(&i),
            "{} reverted but not applied",
            model.ids[i]
        );
        for &d in &model.required_by[i] {
            assert!(
                !now.contains(&d),
                "{} reverted while {} that requires it is still applied",
                model.ids[i],
                model.ids[d]
            );
        }
        now.remove(&i);
    }
    assert!(model.closed(&now));
    let after: BTreeSet<String> = plan.current_after().map(|r| r.id().to_owned()).collect();
    assert_eq!(after, model.current(&now), "current_after");
    now
}

fn step_ids(plan: &migraph_core::Plan<'_>) -> Vec<String> {
    plan.steps().map(|s| s.revision.id().to_owned()).collect()
}

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------
// Graph properties
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(64))]

    /// Canonical order, heads, bases and `current` agree with the model.
    #[test]
    fn graph_facts(seeds in seeds(), pick in prop::collection::vec(any::<bool>(), 40)) {
        let revs = build(&seeds, false);
        let model = Model::new(&revs);
        let m = load_revs(&revs);
        prop_assert_eq!(m.len(), revs.len());
        let pos: HashMap<&str, usize> =
            m.revisions().iter().enumerate().map(|(i, r)| (r.id(), i)).collect();
        for (i, reqs) in model.requires.iter().enumerate() {
            for &r in reqs {
                prop_assert!(pos[model.ids[r].as_str()] < pos[model.ids[i].as_str()]);
            }
        }
        let heads: BTreeSet<String> = m.heads().iter().map(|r| r.id().to_owned()).collect();
        let model_heads: BTreeSet<String> = (0..revs.len())
            .filter(|&i| model.children[i].is_empty())
            .map(|i| model.ids[i].clone())
            .collect();
        prop_assert_eq!(heads, model_heads);
        let real: BTreeSet<String> = m.real_heads().iter().map(|r| r.id().to_owned()).collect();
        let model_real: BTreeSet<String> = (0..revs.len())
            .filter(|&i| model.required_by[i].is_empty())
            .map(|i| model.ids[i].clone())
            .collect();
        prop_assert_eq!(real, model_real);
        let bases: BTreeSet<String> = m.bases().iter().map(|r| r.id().to_owned()).collect();
        let model_bases: BTreeSet<String> = (0..revs.len())
            .filter(|&i| model.parents[i].is_empty())
            .map(|i| model.ids[i].clone())
            .collect();
        prop_assert_eq!(bases, model_bases);

        // `current` of any set, closed or not.
        let raw: BTreeSet<usize> =
            (0..revs.len()).filter(|&i| pick.get(i).copied().unwrap_or(false)).collect();
        let cur: BTreeSet<String> =
            m.current(&model.names(&raw)).unwrap().iter().map(|r| r.id().to_owned()).collect();
        prop_assert_eq!(cur, model.current(&raw));
    }

    /// `upgrade heads` applies everything, parents first; `downgrade base`
    /// reverts everything, children first; from any closed state.
    #[test]
    fn heads_and_base(seeds in seeds(), pick in prop::collection::vec(any::<bool>(), 40)) {
        let revs = build(&seeds, false);
        let model = Model::new(&revs);
        let m = load_revs(&revs);
        let applied = applied_state(&model, &pick);
        let names = model.names(&applied);

        let plan = m.plan_upgrade(&names, "heads").unwrap();
        let all = check_upgrade(&model, &applied, &plan);
        prop_assert_eq!(all.len(), revs.len());
        let plan = m.plan_downgrade(&model.names(&all), "base").unwrap();
        prop_assert_eq!(plan.len(), revs.len());
        prop_assert!(check_downgrade(&model, &all, &plan).is_empty());

        let plan = m.plan_downgrade(&names, "base").unwrap();
        prop_assert!(check_downgrade(&model, &applied, &plan).is_empty());
        let plan = m.plan_upgrade::<&str>(&[], "heads").unwrap();
        prop_assert_eq!(check_upgrade(&model, &BTreeSet::new(), &plan).len(), revs.len());

        // Stamp heads / base reach the same states without running anything.
        let stamp = m.plan_stamp(&names, "heads", false).unwrap();
        let added: BTreeSet<usize> = stamp.add().map(|r| model.index(r.id())).collect();
        prop_assert_eq!(stamp.remove().len(), 0);
        prop_assert_eq!(added.len() + applied.len(), revs.len());
        let stamp = m.plan_stamp(&names, "base", false).unwrap();
        prop_assert_eq!(stamp.remove().len(), applied.len());
        prop_assert_eq!(stamp.current_after().len(), 0);
    }

    /// Upgrading to any revision applies exactly its missing ancestors;
    /// downgrading to any applied revision reverts exactly the applied
    /// descendants of its children; and downgrading back to where a single
    /// current revision stood undoes an upgrade above it.
    #[test]
    fn upgrade_and_downgrade_to_each_revision(
        seeds in seeds(),
        pick in prop::collection::vec(any::<bool>(), 40),
    ) {
        let revs = build(&seeds, false);
        let model = Model::new(&revs);
        let m = load_revs(&revs);
        let applied = applied_state(&model, &pick);
        let names = model.names(&applied);
        for (x, id) in model.ids.iter().enumerate() {
            let plan = m.plan_upgrade(&names, id).unwrap();
            let after = check_upgrade(&model, &applied, &plan);
            let expected: BTreeSet<usize> =
                applied.union(&model.ancestors([x])).copied().collect();
            prop_assert_eq!(&after, &expected);

            match m.plan_downgrade(&names, id) {
                Ok(plan) => {
                    let after = check_downgrade(&model, &applied, &plan);
                    let gone = model.descendants(model.children[x].iter().copied());
                    let expected: BTreeSet<usize> = applied.difference(&gone).copied().collect();
                    prop_assert_eq!(after, expected);
                }
                Err(Error::NotDowngradeTarget { .. }) => {
                    prop_assert!(!applied.contains(&x));
                }
                Err(e) => prop_assert!(false, "downgrade {id}: {e}"),
            }
        }

        // From the closure of one revision c, upgrade to a descendant x and
        // downgrade back to c: everything above c is gone again, and only
        // what x pulled in from beside c stays.
        for c in 0..revs.len() {
            let start = model.ancestors([c]);
            let start_names = model.names(&start);
            for &x in model.descendants([c]).iter().take(4) {
                let plan = m.plan_upgrade(&start_names, &model.ids[x]).unwrap();
                let up = check_upgrade(&model, &start, &plan);
                let plan = m.plan_downgrade(&model.names(&up), &model.ids[c]).unwrap();
                let back = check_downgrade(&model, &up, &plan);
                prop_assert!(back.is_superset(&start));
                let above = model.descendants(model.children[c].iter().copied());
                prop_assert!(back.is_disjoint(&above));
                let pulled: BTreeSet<usize> = up.difference(&start).copied().collect();
                if pulled.is_subset(&above) {
                    prop_assert_eq!(&back, &start);
                }
            }
        }
    }

    /// Plans are deterministic: the same twice, and the same when the files
    /// were created in another order.
    #[test]
    fn deterministic(
        seeds in seeds(),
        pick in prop::collection::vec(any::<bool>(), 40),
        shuffle in prop::collection::vec(any::<u32>(), 40),
    ) {
        let revs = build(&seeds, false);
        let model = Model::new(&revs);
        let m1 = load_revs(&revs);
        // Create the files in another order.
        let mut order: Vec<usize> = (0..revs.len()).collect();
        order.sort_by_key(|&i| (shuffle[i % shuffle.len()], std::cmp::Reverse(i)));
        let shuffled: Vec<Rev> = order.iter().map(|&i| revs[i].clone()).collect();
        let dir = common::tempdir();
        write_revs(dir.path(), &shuffled);
        let m2 = Migrations::load_with(dir.path(), &permissive()).unwrap();
        let ids = |m: &Migrations| -> Vec<String> {
            m.revisions().iter().map(|r| r.id().to_owned()).collect()
        };
        prop_assert_eq!(ids(&m1), ids(&m2));

        let applied = model.names(&applied_state(&model, &pick));
        let mut targets = vec!["heads".to_owned(), "base".to_owned(), "+1".to_owned(), "-1".to_owned()];
        targets.extend(model.ids.iter().take(8).cloned());
        for t in &targets {
            let a = m1.plan_upgrade(&applied, t).map(|p| step_ids(&p)).map_err(|e| e.to_string());
            let b = m1.plan_upgrade(&applied, t).map(|p| step_ids(&p)).map_err(|e| e.to_string());
            let c = m2.plan_upgrade(&applied, t).map(|p| step_ids(&p)).map_err(|e| e.to_string());
            prop_assert_eq!(&a, &b);
            prop_assert_eq!(&a, &c);
            let a = m1.plan_downgrade(&applied, t).map(|p| step_ids(&p)).map_err(|e| e.to_string());
            let c = m2.plan_downgrade(&applied, t).map(|p| step_ids(&p)).map_err(|e| e.to_string());
            prop_assert_eq!(&a, &c);
        }
    }

    /// A full id and every prefix of 4+ characters that matches it alone
    /// resolve to the same revision; a shared prefix is ambiguous.
    #[test]
    fn prefixes(seeds in seeds()) {
        let revs = build(&seeds, false);
        let model = Model::new(&revs);
        let m = load_revs(&revs);
        for id in &model.ids {
            let full: Vec<String> =
                m.resolve::<&str>(id, &[]).unwrap().iter().map(|r| r.id().to_owned()).collect();
            prop_assert_eq!(&full, &vec![id.clone()]);
            for len in migraph_core::MIN_PREFIX_LEN..id.len() {
                let prefix = &id[..len];
                let matching: Vec<&String> =
                    model.ids.iter().filter(|other| other.starts_with(prefix)).collect();
                let got = m.resolve::<&str>(prefix, &[]);
                if model.ids.iter().any(|other| other == prefix) {
                    // An exact id wins over the ids it is a prefix of.
                    prop_assert_eq!(got.unwrap()[0].id(), prefix);
                } else if matching.len() == 1 {
                    prop_assert_eq!(got.unwrap()[0].id(), id.as_str());
                } else {
                    let ambiguous = matches!(got, Err(Error::AmbiguousPrefix { .. }));
                    prop_assert!(ambiguous);
                }
            }
            for len in 1..migraph_core::MIN_PREFIX_LEN.min(id.len()) {
                let prefix = &id[..len];
                if !model.ids.iter().any(|other| other == prefix) {
                    let unknown =
                        matches!(m.resolve::<&str>(prefix, &[]), Err(Error::UnknownTarget { .. }));
                    prop_assert!(unknown);
                }
            }
        }
    }

    /// A downgrade across an irreversible revision is refused, naming
    /// exactly the irreversible revisions it would revert.
    #[test]
    fn irreversible(seeds in seeds(), pick in prop::collection::vec(any::<bool>(), 40)) {
        let revs = build(&seeds, true);
        let model = Model::new(&revs);
        let m = load_revs(&revs);
        let applied = applied_state(&model, &pick);
        let names = model.names(&applied);
        let blocking: BTreeSet<String> = applied
            .iter()
            .filter(|&&i| revs[i].irreversible)
            .map(|&i| model.ids[i].clone())
            .collect();
        match m.plan_downgrade(&names, "base") {
            Ok(plan) => {
                prop_assert!(blocking.is_empty());
                check_downgrade(&model, &applied, &plan);
            }
            Err(Error::Irreversible { revisions, .. }) => {
                let named: BTreeSet<String> = revisions.into_iter().map(|(id, _)| id).collect();
                prop_assert_eq!(named, blocking);
            }
            Err(e) => prop_assert!(false, "{e}"),
        }
    }
}

// ---------------------------------------------------------------------------
// Robustness: targets, file contents
// ---------------------------------------------------------------------------

fn target_strategy() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just(String::new()),
        Just("head".to_owned()),
        Just("heads".to_owned()),
        Just("base".to_owned()),
        Just("lbl_0".to_owned()),
        Just("lbl_1".to_owned()),
        "[abc01_]{1,8}",
    ];
    let step = prop_oneof![
        Just(String::new()),
        "[+-][0-9]{1,3}",
        "[+-][0-9]{10,22}",
        "[+-]",
    ];
    prop_oneof![
        // Anything at all.
        "\\PC{0,16}",
        ".{0,12}",
        "[a-c0-1@+\\- :_]{0,12}",
        // Grammar-shaped.
        (word.clone(), prop::option::of(word), step).prop_map(|(a, b, s)| match b {
            Some(b) => format!("{a}@{b}{s}"),
            None => format!("{a}{s}"),
        }),
    ]
}

proptest! {
    #![proptest_config(config(128))]

    /// Any target string gives a plan or an error, never a panic; a plan that
    /// is returned is consistent.
    #[test]
    fn targets_never_panic(
        seeds in seeds(),
        pick in prop::collection::vec(any::<bool>(), 40),
        targets in prop::collection::vec(target_strategy(), 1..6),
    ) {
        let revs = build(&seeds, false);
        let model = Model::new(&revs);
        let m = load_revs(&revs);
        let applied = applied_state(&model, &pick);
        let names = model.names(&applied);
        for t in &targets {
            if let Ok(plan) = m.plan_upgrade(&names, t) {
                check_upgrade(&model, &applied, &plan);
            }
            if let Ok(plan) = m.plan_downgrade(&names, t) {
                check_downgrade(&model, &applied, &plan);
            }
            let _ = m.plan_stamp(&names, t, false);
            let _ = m.plan_stamp(&names, t, true);
            let _ = m.resolve(t, &names);
        }
    }
}

fn line_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("-- revision: r1".to_owned()),
        Just("-- revision: r2".to_owned()),
        Just("-- revision: head".to_owned()),
        Just("--revision:r1".to_owned()),
        Just("-- down_revision: none".to_owned()),
        Just("-- down_revision: r1".to_owned()),
        Just("-- down_revision: r1, r2".to_owned()),
        Just("-- down_revision: r2,".to_owned()),
        Just("-- depends_on: r2".to_owned()),
        Just("-- depends_on: lbl".to_owned()),
        Just("-- branch_labels: lbl".to_owned()),
        Just("-- branch_labels: r1".to_owned()),
        Just("-- message: hello: world".to_owned()),
        Just("-- transactional: false".to_owned()),
        Just("-- transactional: maybe".to_owned()),
        Just("-- down_rev: r1".to_owned()),
        Just("-- migrate:up".to_owned()),
        Just("-- migrate:down".to_owned()),
        Just("-- migrate:down irreversible".to_owned()),
        Just("--migrate:up".to_owned()),
        Just("-- migrate:sideways".to_owned()),
        Just("-- migrate:".to_owned()),
        Just("SELECT 1;".to_owned()),
        Just("-- just a comment".to_owned()),
        Just("--".to_owned()),
        Just("-- :".to_owned()),
        Just(String::new()),
        Just("\u{feff}-- revision: r1".to_owned()),
        Just("\r".to_owned()),
        "[ -~]{0,24}",
        "\\PC{0,12}",
    ]
}

fn file_strategy() -> impl Strategy<Value = (String, Vec<u8>)> {
    let name = prop_oneof![
        Just("r1_a.sql".to_owned()),
        Just("r2_b.sql".to_owned()),
        Just("r1.sql".to_owned()),
        Just("r2.x.sql".to_owned()),
        Just("head_x.sql".to_owned()),
        Just("README.md".to_owned()),
        Just(".hidden".to_owned()),
        Just("notes.txt".to_owned()),
        "[a-z0-9_]{1,6}\\.sql",
    ];
    let body = prop_oneof![
        // Lines that look like migration files, joined by LF or CRLF, maybe a BOM.
        (
            prop::collection::vec(line_strategy(), 0..14),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(lines, crlf, bom)| {
                let mut text = if bom {
                    "\u{feff}".to_owned()
                } else {
                    String::new()
                };
                text.push_str(&lines.join(if crlf { "\r\n" } else { "\n" }));
                text.into_bytes()
            }),
        // Arbitrary bytes, invalid UTF-8 included.
        prop::collection::vec(any::<u8>(), 0..200),
        // A valid file with a byte flipped.
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| {
            let mut bytes = common::spec("r1")[0].text().into_bytes();
            let at = at % bytes.len();
            bytes[at] = byte;
            bytes
        }),
    ];
    (name, body)
}

proptest! {
    #![proptest_config(config(128))]

    /// The loader returns a value or `Error::Invalid`, never panics, for any
    /// directory contents; what loads can be planned.
    #[test]
    fn loader_never_panics(files in prop::collection::vec(file_strategy(), 0..4)) {
        let dir = common::tempdir();
        for (name, bytes) in &files {
            std::fs::write(dir.path().join(name), bytes).unwrap();
        }
        for policy in [migraph_core::GraphPolicy::default(), permissive()] {
            match Migrations::load_with(dir.path(), &policy) {
                Ok(m) => {
                    let plan = m.plan_upgrade::<&str>(&[], "heads").unwrap();
                    let all: Vec<String> = step_ids(&plan);
                    prop_assert_eq!(all.len(), m.len());
                    let plan = m.plan_downgrade(&all, "base");
                    let irreversible = m.revisions().iter().any(|r| !r.is_reversible());
                    prop_assert_eq!(plan.is_ok(), !irreversible);
                }
                Err(Error::Invalid(problems)) => {
                    prop_assert!(!problems.is_empty());
                    prop_assert!(!problems.to_string().is_empty());
                }
                Err(e) => prop_assert!(false, "unexpected error kind: {e}"),
            }
        }
    }

}

proptest! {
    #![proptest_config(config(48))]

    /// The checksum (and the SQL) do not change with CRLF line endings or a
    /// BOM; they do change with the SQL.
    #[test]
    fn checksum_ignores_line_endings_and_bom(
        up in prop::collection::vec("[ -~]{0,30}", 1..6),
        down in prop::option::of(prop::collection::vec("[ -~]{0,30}", 0..4)),
    ) {
        // Lines that would be read as markers are not SQL; keep them out.
        let clean = |lines: &[String]| -> Vec<String> {
            lines
                .iter()
                .map(|l| if l.trim_start().starts_with("--") { format!("x{l}") } else { l.clone() })
                .collect()
        };
        let up = clean(&up);
        let mut text = String::from("-- revision: r1\n-- down_revision: none\n\n-- migrate:up\n-- up\n");
        text.push_str(&up.join("\n"));
        text.push('\n');
        match &down {
            Some(lines) => {
                text.push_str("-- migrate:down\n");
                text.push_str(&clean(lines).join("\n"));
                text.push('\n');
            }
            None => text.push_str("-- migrate:down irreversible\n"),
        }
        let variants = [
            text.clone(),
            text.replace('\n', "\r\n"),
            format!("\u{feff}{text}"),
            format!("\u{feff}{}", text.replace('\n', "\r\n")),
        ];
        let mut sums = Vec::new();
        for variant in &variants {
            let dir = common::tempdir();
            std::fs::write(dir.path().join("r1_x.sql"), variant).unwrap();
            let m = Migrations::load(dir.path()).unwrap();
            let r = &m.revisions()[0];
            sums.push((r.checksum(), r.up_sql().to_owned(), r.down_sql().map(str::to_owned)));
        }
        for s in &sums[1..] {
            prop_assert_eq!(s, &sums[0]);
        }
        // A change to the SQL changes the checksum.
        let dir = common::tempdir();
        std::fs::write(dir.path().join("r1_x.sql"), text.replace("-- up\n", "-- up\nSELECT 42;\n")).unwrap();
        let m = Migrations::load(dir.path()).unwrap();
        prop_assert_ne!(m.revisions()[0].checksum(), sums[0].0);
    }
}
