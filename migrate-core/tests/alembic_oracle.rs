//! Differential test against the real Alembic.
//!
//! `xtask/alembic-oracle/oracle.py` runs Alembic on a corpus of graphs and
//! records, for many (state, command, target) triples, the steps it ran and
//! the `alembic_version` rows afterwards, or its warning or error. Here we
//! load the same graphs and plan the same commands.
//!
//! * Alembic succeeded without a warning: we must succeed with the same
//!   *set* of steps (our order is canonical by design, Alembic's is not:
//!   only "what a revision requires runs first" is checked for ours), and our
//!   current revisions afterwards must equal Alembic's rows.
//! * Alembic warned (it guessed) or failed: we must fail too.
//! * `stamp` runs no steps: where Alembic succeeded, our current revisions
//!   must equal its rows and our applied set must be exactly what they
//!   require. (The corpus has no relative stamp targets: Alembic's stamp
//!   cannot resolve them.)
//! * Known, deliberate differences are listed in [`deliberate`], each with
//!   its reason; every other difference fails the test.
//!
//! The fixtures live in `tests/alembic/*.json`; set `ALEMBIC_ORACLE_DIR` to
//! compare against another corpus (for example one made with another
//! `PYTHONHASHSEED`), and `ORACLE_SHOW=N` to print up to N disagreements
//! (default 60). Without fixtures the test says so and passes.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use common::{closure, kind, load_revs_with, permissive, Rev};
use migraph_core::{Error, Migrations, Plan};
use serde_json::Value;

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("expected a list, got {v}"))
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// One recorded Alembic run.
#[derive(Debug)]
struct Case {
    op: String,
    current: Vec<String>,
    target: String,
    /// `(revision, direction)` pairs, or `None` when Alembic raised.
    steps: Option<Vec<(String, String)>>,
    rows_after: Option<Vec<String>>,
    warnings: Vec<String>,
    error: Option<(String, String)>,
}

impl Case {
    fn from_json(v: &Value) -> Self {
        Case {
            op: v["op"].as_str().unwrap().to_owned(),
            current: strings(&v["current"]),
            target: v["target"].as_str().unwrap().to_owned(),
            steps: v["steps"].as_array().map(|steps| {
                steps
                    .iter()
                    .map(|s| {
                        (
                            s["revision"].as_str().unwrap().to_owned(),
                            s["direction"].as_str().unwrap().to_owned(),
                        )
                    })
                    .collect()
            }),
            rows_after: (!v["rows_after"].is_null()).then(|| strings(&v["rows_after"])),
            warnings: strings(&v["warnings"]),
            error: (!v["error"].is_null()).then(|| {
                (
                    v["error"]["type"].as_str().unwrap().to_owned(),
                    v["error"]["message"].as_str().unwrap().to_owned(),
                )
            }),
        }
    }

    fn alembic_ok(&self) -> bool {
        self.error.is_none() && self.warnings.is_empty()
    }
}

fn run<'m>(
    m: &'m Migrations,
    op: &str,
    applied: &[String],
    target: &str,
) -> Result<Plan<'m>, Error> {
    match op {
        "upgrade" => m.plan_upgrade(applied, target),
        "downgrade" => m.plan_downgrade(applied, target),
        other => panic!("unknown op {other}"),
    }
}

/// Asserts that our plan runs what a revision requires before it (upgrade)
/// or after it (downgrade), starting from `applied`.
fn check_order(m: &Migrations, applied: &[String], plan: &Plan<'_>) -> Result<(), String> {
    let revisions = m.revisions();
    let mut now: BTreeSet<&str> = applied.iter().map(String::as_str).collect();
    for step in plan.steps() {
        let r = step.revision;
        let requires = r.parent_indices().iter().chain(r.dependency_indices());
        match step.direction {
            migraph_core::Direction::Up => {
                for &p in requires {
                    let p = revisions[p as usize].id();
                    if !now.contains(p) {
                        return Err(format!("{} runs before {p}", r.id()));
                    }
                }
                now.insert(r.id());
            }
            migraph_core::Direction::Down => {
                let dependents = m.children(r).into_iter().chain(m.dependents(r));
                for d in dependents {
                    if now.contains(d.id()) {
                        return Err(format!("{} reverted while {} is applied", r.id(), d.id()));
                    }
                }
                now.remove(r.id());
            }
        }
    }
    Ok(())
}

/// The outcome of one comparison.
enum Verdict {
    Agree,
    /// A documented, deliberate difference (or an Alembic defect).
    Deliberate(&'static str),
    Disagree(String),
}

/// Facts about a graph the exceptions need.
struct Graph<'a> {
    m: &'a Migrations,
}

impl Graph<'_> {
    /// Whether some row is an ancestor of another row.
    fn rows_overlap(&self, rows: &[String]) -> bool {
        rows.iter().any(|r| {
            closure(self.m, std::slice::from_ref(r))
                .iter()
                .any(|a| a != r && rows.contains(a))
        })
    }

    /// Whether a merge has a parent that another parent requires.
    fn has_merge_over_dependency(&self) -> bool {
        self.m.revisions().iter().any(|r| {
            let parents: Vec<String> = r.down_revisions().map(str::to_owned).collect();
            parents.iter().any(|p| {
                parents
                    .iter()
                    .any(|q| q != p && closure(self.m, std::slice::from_ref(q)).contains(p))
            })
        })
    }

    fn is_short_prefix(&self, name: &str) -> bool {
        // A name that is not an id or label, shorter than our minimum, that
        // Alembic would take as a partial id.
        name.len() < migraph_core::MIN_PREFIX_LEN
            && self.m.get(name).is_none()
            && !self
                .m
                .revisions()
                .iter()
                .any(|r| r.branch_labels().any(|l| l == name))
    }

    /// Whether the target text contains a too-short partial id anywhere.
    fn uses_short_prefix(&self, target: &str) -> bool {
        let (branch, rest) = match target.split_once('@') {
            Some((b, r)) => (Some(b), r),
            None => (None, target),
        };
        let symbol = rest.split(['+', '-']).next().unwrap_or_default();
        let special = |s: &str| s.is_empty() || matches!(s, "head" | "heads" | "base");
        branch.is_some_and(|b| !special(b) && self.is_short_prefix(b))
            || (!special(symbol) && self.is_short_prefix(symbol))
    }
}

/// Deliberate differences: given Alembic's outcome and ours, says why they
/// may differ, or `None` if they must not. Each arm is narrow: it names the
/// situation and checks what we do instead.
fn deliberate(
    g: &Graph<'_>,
    applied: &[String],
    case: &Case,
    ours: &Result<Plan<'_>, Error>,
) -> Option<&'static str> {
    let m = g.m;
    let (error_type, message) = match &case.error {
        Some((t, msg)) => (t.as_str(), msg.as_str()),
        None => ("", ""),
    };
    let warned = case.warnings.join("\n");
    let empty_plan = matches!(ours, Ok(plan) if plan.is_empty());
    let resolved =
        || -> Option<Vec<String>> { m.resolve(&case.target, applied).ok().map(common::ids) };

    // Deliberate: Alembic accepts a partial id of 1-3 characters; we need 4.
    if matches!(ours, Err(Error::UnknownTarget { .. })) && g.uses_short_prefix(&case.target) {
        return Some("partial id shorter than 4 characters (we refuse)");
    }

    // Deliberate: `downgrade -1` with several current rows: Alembic warns
    // and picks the first row the database returns; we refuse.
    if matches!(ours, Err(Error::AmbiguousCurrent { .. }))
        && warned.contains("from multiple heads is ambiguous")
    {
        return Some("relative step from several current revisions (Alembic guesses, we refuse)");
    }

    // Not representable: Alembic's table holds overlapping rows (one row an
    // ancestor of another), a corrupt state it refuses or trips over. Our
    // bookkeeping stores every applied revision, so the same applied set is
    // ordinary for us; only Alembic's successes are compared there.
    if !case.alembic_ok() && g.rows_overlap(&case.current) {
        return Some("Alembic state with overlapping rows (corrupt for Alembic, ordinary for us)");
    }

    // Alembic defect: `upgrade <base>-1` (any walk that ends below a base)
    // trips an AssertionError; the target is `base` and the upgrade a no-op.
    if case.op == "upgrade"
        && error_type == "AssertionError"
        && case.target.contains('-')
        && empty_plan
        && resolved().is_some_and(|r| r.is_empty())
    {
        return Some("upgrade to a walk below base (Alembic AssertionError, a no-op for us)");
    }

    // Alembic defect: in a downgrade, `<label>@head` drops the label
    // (`target.rpartition("@")`) and resolves plain `head`, which fails when
    // the graph has several heads. We resolve the branch's head: a no-op.
    if case.op == "downgrade"
        && (case.target.ends_with("@head") || case.target.ends_with("@heads"))
        && message.contains("Multiple head revisions are present")
        && empty_plan
    {
        return Some("downgrade <label>@head (Alembic ignores the label)");
    }

    // Alembic defect: a merge one of whose parents is also a dependency of
    // another parent makes Alembic fail with KeyError while updating
    // alembic_version (after running the merge's SQL). Our plan is checked
    // for order above.
    if error_type == "KeyError" && ours.is_ok() && g.has_merge_over_dependency() {
        return Some("merge whose parent is another parent's dependency (Alembic KeyError)");
    }

    // Deliberate: in a downgrade Alembic does not check that `<label>@<rev>`
    // shares the branch's lineage (it does in an upgrade); we refuse in both.
    // Alembic then behaves as for the bare `<rev>`, which we check.
    if case.op == "downgrade" && case.alembic_ok() {
        if let (Err(Error::NotOnBranch { revision, .. }), Some((_, rev))) =
            (ours, case.target.split_once('@'))
        {
            let bare = m.plan_downgrade(applied, rev).ok()?;
            let bare_set: BTreeSet<(String, String)> = bare
                .steps()
                .map(|s| (s.revision.id().to_owned(), "down".to_owned()))
                .collect();
            let theirs: BTreeSet<(String, String)> =
                case.steps.clone().unwrap_or_default().into_iter().collect();
            if revision == rev && bare_set == theirs {
                return Some(
                    "downgrade <label>@<rev> off the branch (Alembic does not check; we refuse)",
                );
            }
        }
    }

    // Alembic quirk: a downgrade target that is applied only as a dependency
    // of another row (not itself a row) with nothing above it to revert is
    // "not a valid downgrade target" for Alembic, whose check is "is it a
    // row"; for us it is applied, and the downgrade is a no-op.
    if case.op == "downgrade" && message.contains("is not a valid downgrade target") && empty_plan {
        if let Some(resolved) = resolved() {
            if resolved.len() == 1
                && applied.contains(&resolved[0])
                && !case.current.contains(&resolved[0])
            {
                return Some(
                    "downgrade to a revision applied only as a dependency (a no-op for us)",
                );
            }
        }
    }
    None
}

/// A stamp case: Alembic keeps only heads, so where it succeeded our current
/// revisions afterwards must equal its rows, and what we keep applied must be
/// exactly what those rows require (nothing of a replaced lineage lingers).
fn compare_stamp(g: &Graph<'_>, applied: &[String], case: &Case) -> Verdict {
    let m = g.m;
    let ours = m.plan_stamp(applied, &case.target, false);
    if ours.is_err() && g.uses_short_prefix(&case.target) {
        return Verdict::Deliberate("partial id shorter than 4 characters (we refuse)");
    }
    // Not representable: rows where one is an ancestor of another (a state
    // only a corrupt alembic_version has) are one current revision for us.
    if g.rows_overlap(&case.current) {
        return Verdict::Deliberate(
            "Alembic state with overlapping rows (corrupt for Alembic, ordinary for us)",
        );
    }
    // Alembic defect: stamping several revisions at once (`heads`), each
    // target's step replaces every row in its lineage, so a head that was
    // already current can be lost. We end with every target current.
    if let (Ok(plan), Some(rows)) = (&ours, &case.rows_after) {
        let after = common::ids(plan.current_after());
        let targets = m
            .resolve(&case.target, applied)
            .map(common::ids)
            .unwrap_or_default();
        if targets.len() > 1
            && targets.iter().all(|t| after.contains(t))
            && rows.iter().all(|r| after.contains(r))
            && rows.len() < after.len()
        {
            return Verdict::Deliberate("stamp to several revisions (Alembic loses current heads)");
        }
    }
    match (&ours, case.alembic_ok()) {
        (Ok(plan), true) => {
            let after = sorted(common::ids(plan.current_after()));
            let rows = sorted(case.rows_after.clone().unwrap());
            let mut kept: BTreeSet<String> = applied.iter().cloned().collect();
            for r in plan.remove() {
                kept.remove(r.id());
            }
            kept.extend(plan.add().map(|r| r.id().to_owned()));
            let required: BTreeSet<String> = closure(m, &rows).into_iter().collect();
            if after == rows && kept == required {
                Verdict::Agree
            } else {
                Verdict::Disagree(format!(
                    "alembic rows {rows:?}; we keep {kept:?} (current {after:?})"
                ))
            }
        }
        (Err(_), false) => Verdict::Agree,
        (Err(e), true) => Verdict::Disagree(format!(
            "alembic rows {:?}; we fail: {} ({e})",
            case.rows_after.as_ref().unwrap(),
            kind(e)
        )),
        (Ok(plan), false) => Verdict::Disagree(format!(
            "alembic {:?} {:?}; we stamp to {:?}",
            case.error,
            case.warnings,
            sorted(common::ids(plan.current_after()))
        )),
    }
}

fn compare(g: &Graph<'_>, applied: &[String], case: &Case) -> Verdict {
    let m = g.m;
    if case.op == "stamp" {
        return compare_stamp(g, applied, case);
    }
    let ours = run(m, &case.op, applied, &case.target);
    if let Ok(plan) = &ours {
        if let Err(why) = check_order(m, applied, plan) {
            return Verdict::Disagree(format!("our plan is out of order: {why}"));
        }
    }
    if let Some(reason) = deliberate(g, applied, case, &ours) {
        return Verdict::Deliberate(reason);
    }
    let describe = |ours: &Result<Plan<'_>, Error>| -> String {
        match ours {
            Ok(plan) => format!(
                "we plan {:?} -> {:?}",
                plan.steps()
                    .map(|s| format!("{} {}", s.direction, s.revision.id()))
                    .collect::<Vec<_>>(),
                sorted(common::ids(plan.current_after()))
            ),
            Err(e) => format!("we fail: {} ({e})", kind(e)),
        }
    };
    match (&ours, case.alembic_ok()) {
        (Ok(plan), true) => {
            let ours_set: BTreeSet<(String, String)> = plan
                .steps()
                .map(|s| (s.revision.id().to_owned(), s.direction.as_str().to_owned()))
                .collect();
            let theirs: &Vec<(String, String)> = case.steps.as_ref().unwrap();
            let theirs_set: BTreeSet<(String, String)> = theirs.iter().cloned().collect();
            let after = sorted(common::ids(plan.current_after()));
            let rows = sorted(case.rows_after.clone().unwrap());
            if ours_set == theirs_set && theirs.len() == ours_set.len() && after == rows {
                Verdict::Agree
            } else {
                Verdict::Disagree(format!(
                    "alembic ran {:?} -> rows {:?}; {}",
                    theirs,
                    rows,
                    describe(&ours)
                ))
            }
        }
        (Err(_), false) => Verdict::Agree,
        (Err(_), true) => Verdict::Disagree(format!(
            "alembic ran {:?} -> rows {:?}; {}",
            case.steps.as_ref().unwrap(),
            case.rows_after.as_ref().unwrap(),
            describe(&ours)
        )),
        (Ok(_), false) => Verdict::Disagree(format!(
            "alembic {}{}; {}",
            case.error
                .as_ref()
                .map(|(t, msg)| format!("raised {t}: {msg}"))
                .unwrap_or_default(),
            if case.warnings.is_empty() {
                String::new()
            } else {
                format!(" warned {:?}", case.warnings)
            },
            describe(&ours)
        )),
    }
}

fn fixture_dir() -> PathBuf {
    match std::env::var_os("ALEMBIC_ORACLE_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/alembic"),
    }
}

#[derive(Default)]
struct Tally {
    cases: usize,
    agree: usize,
    deliberate: BTreeMap<&'static str, usize>,
    disagree: Vec<String>,
    graph_facts: Vec<String>,
}

fn check_graph(path: &Path, tally: &mut Tally) {
    let name = path.file_stem().unwrap().to_string_lossy().into_owned();
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let revs: Vec<Rev> = doc["revisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| Rev {
            id: r["id"].as_str().unwrap().to_owned(),
            down: strings(&r["down"]),
            deps: strings(&r["depends_on"]),
            labels: strings(&r["labels"]),
            irreversible: false,
        })
        .collect();
    let m = load_revs_with(&revs, &permissive())
        .unwrap_or_else(|e| panic!("{name}: the graph does not load: {e}"));

    // Graph facts.
    let mut fact = |what: &str, ours: Vec<String>, theirs: Vec<String>| {
        if sorted(ours.clone()) != sorted(theirs.clone()) {
            tally
                .graph_facts
                .push(format!("{name}: {what}: ours {ours:?}, alembic {theirs:?}"));
        }
    };
    fact("heads", common::ids(m.heads()), strings(&doc["heads"]));
    fact(
        "real_heads",
        common::ids(m.real_heads()),
        strings(&doc["real_heads"]),
    );
    fact("bases", common::ids(m.bases()), strings(&doc["bases"]));
    let labels = m.branch_labels();
    for (r, ours) in m.revisions().iter().zip(&labels) {
        let theirs = strings(&doc["lineage"][r.id()]);
        fact(
            &format!("labels of {}", r.id()),
            ours.iter().map(|s| (*s).to_owned()).collect(),
            theirs,
        );
    }

    let g = Graph { m: &m };
    for case in doc["cases"].as_array().unwrap().iter().map(Case::from_json) {
        tally.cases += 1;
        let applied = closure(&m, &case.current);
        match compare(&g, &applied, &case) {
            Verdict::Agree => tally.agree += 1,
            Verdict::Deliberate(why) => *tally.deliberate.entry(why).or_default() += 1,
            Verdict::Disagree(what) => tally.disagree.push(format!(
                "{name}: {} {} from rows {:?}: {what}",
                case.op, case.target, case.current
            )),
        }
    }
}

#[test]
fn alembic_oracle() {
    let dir = fixture_dir();
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect(),
        Err(_) => Vec::new(),
    };
    paths.sort();
    // The corpus is committed; a missing one is a broken checkout, not a skip.
    assert!(
        paths.len() >= 40,
        "alembic_oracle: expected the committed corpus in {}, found {} files; \
         regenerate it with xtask/alembic-oracle/oracle.py",
        dir.display(),
        paths.len()
    );
    let mut tally = Tally::default();
    for path in &paths {
        check_graph(path, &mut tally);
    }
    let deliberate: usize = tally.deliberate.values().sum();
    eprintln!(
        "alembic_oracle: {} graphs, {} cases: {} agree, {} deliberate divergences, {} disagree; {} graph-fact differences",
        paths.len(),
        tally.cases,
        tally.agree,
        deliberate,
        tally.disagree.len(),
        tally.graph_facts.len()
    );
    for (why, n) in &tally.deliberate {
        eprintln!("  deliberate: {n:5}  {why}");
    }
    for line in tally.graph_facts.iter().take(40) {
        eprintln!("  FACT {line}");
    }
    for line in tally.disagree.iter().take(
        std::env::var("ORACLE_SHOW")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(60),
    ) {
        eprintln!("  DISAGREE {line}");
    }
    assert!(
        tally.disagree.is_empty() && tally.graph_facts.is_empty(),
        "{} unexplained disagreements with Alembic, {} graph-fact differences (see stderr)",
        tally.disagree.len(),
        tally.graph_facts.len()
    );
}
