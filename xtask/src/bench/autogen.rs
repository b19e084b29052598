//! `cargo xtask bench autogen`: autogenerate measured against migra on the
//! real PostgreSQL histories of `tests/sql-corpus/` named in `HISTORIES`.
//!
//! Each history is walked once into steps (`steps.rs`: for each pair of
//! consecutive revisions k → k+1 whose schema differs, the `pg_dump
//! --schema-only` at k and at k+1). On each step the tools take turns, each
//! on scratch databases of its own: migra (`migra.rs`) and ours through the
//! CLI (`ours.rs`). A step is reproduced up when the tool's up, applied at
//! k, gives the schema at k+1, and down when its down, applied at k+1,
//! gives the schema at k, both judged by `dump.rs`'s comparison of
//! normalized dumps (not by this crate's own schema reader). Reported per
//! history and tool: steps reproduced up and down, the tool's own time per
//! step (median), and the failures grouped by cause; every failure's
//! differences go to `target/bench/autogen-<pid>/failures.txt`.
//!
//! `--quick` measures the first 2 steps of chirpstack. `MIGRATE_BENCH_PG`
//! sets the server (default the local one), `MIGRATE_BENCH_AUTOGEN` the
//! histories (comma-separated names), `MIGRATE_BENCH_EVERY=N` keeps every
//! N-th step of each history (a sample, the same for every tool),
//! `MIGRATE_BENCH_JOBS` how many steps run at once (default 2),
//! `MIGRATE_BENCH_MIGRAPH` a `migraph` binary to measure instead of this
//! workspace's (built in this profile), `MIGRATE_BENCH_TOOLS=migraph`
//! (or `migra`) one tool alone, for a long walk of ours. Ours runs only when this build's CLI has
//! `revision --autogenerate`; otherwise its columns say it was not run.

mod dump;
mod migra;
mod ours;
mod pg;
mod steps;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use super::stats::{fmt_secs, print_table};
use pg::{Scratch, Server};
use steps::History;

type Res<T> = Result<T, String>;

const DEFAULT_SERVER: &str = "postgres://postgres@127.0.0.1:5432";
const HISTORIES: &[&str] = &[
    "supabase-auth",
    "chirpstack",
    "hydra",
    "crates-io",
    "hatchet",
    "authelia",
    "temporal",
    "temporal-visibility",
    "harbor",
    "supabase-storage",
    "atuin",
    "keto",
    "umami",
    "docs-rs",
    "hoppscotch",
    "trigger-dev",
    "langfuse",
    "openmeter",
    "kratos",
    "civitai",
    "harness",
    "neon-storage-controller",
    "svix",
    "concourse",
    "miniflux",
    "rustc-perf",
    "triagebot",
    "graphile-worker",
    "cadence",
    "cadence-visibility",
    "dittofeed",
    "bitmagnet",
    "feldera",
    "hasura-auth",
    "bors",
    "rauthy",
    "openfga",
    "arroyo",
    "polar",
    "quetz",
    "fides",
    "fides-ctl",
    "keep",
    "quickwit",
    "nakama",
    "tensorzero",
    "spicedb",
    "conductor",
    "kong",
    "camunda",
    "dolphinscheduler",
    "flowable",
    "ranger",
    "guacamole",
    "ctfd",
    "prefect",
    "mlflow",
    "kestra",
    "marquez",
    "apicurio-2",
    "apicurio-3",
    "thingsboard",
    "rfcbot",
    "open-assistant",
    "open-assistant-inference",
    "ironic",
    "kinto",
    "pgmq",
    "unleash",
    // Not lakekeeper (its last dumps do not restore) nor memos (its last
    // revisions need PostgreSQL 16): their tests stop before those.
];

/// What a tool did in one direction of a step.
#[derive(Clone, Debug)]
pub enum Outcome {
    Reproduced,
    /// The cause (identifiers left out, for grouping) and the details.
    Failed(String, Vec<String>),
}

impl Outcome {
    fn failed(cause: String, details: Vec<String>) -> Outcome {
        Outcome::Failed(cause, details)
    }
}

/// A tool on one step.
pub struct Measured {
    pub up: Outcome,
    pub down: Outcome,
    /// The tool's own time for the step (both directions).
    pub tool_secs: f64,
}

/// Compares the database at `url` with `expected`.
fn compare(url: &str, expected: &dump::Schema) -> Outcome {
    let got = match dump::dump(url) {
        Ok(text) => dump::normalize(&text),
        Err(e) => return Outcome::failed(e, Vec::new()),
    };
    let differences = dump::differences(expected, &got);
    if differences.is_empty() {
        return Outcome::Reproduced;
    }
    let mut kinds: Vec<String> = differences
        .iter()
        .map(|d| d.split(':').next().unwrap_or("").to_owned())
        .collect();
    kinds.sort();
    kinds.dedup();
    Outcome::failed(format!("differs: {}", kinds.join(", ")), differences)
}

/// An error message with the names in it (PostgreSQL quotes them) left
/// out, for grouping.
fn generic(error: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in error.chars() {
        if c == '"' {
            inside = !inside;
            out.push(c);
            if inside {
                out.push('…');
            }
        } else if !inside {
            out.push(c);
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Tool {
    Migra,
    Ours,
}

impl Tool {
    fn name(self) -> &'static str {
        match self {
            Tool::Migra => "migra",
            Tool::Ours => "migraph",
        }
    }
}

/// Every tool's result on every step of a history.
struct Results {
    history: String,
    revisions: usize,
    /// Its schema-changing steps, measured or not.
    changing: usize,
    /// Each step measured, as `from -> to`.
    labels: Vec<String>,
    /// (tool, step index) -> result.
    by_tool: BTreeMap<Tool, Vec<(usize, Measured)>>,
}

pub fn run(root: &Path, bench_root: &Path, cargo: &str, quick: bool) -> Res<()> {
    let server =
        Server(std::env::var("MIGRATE_BENCH_PG").unwrap_or_else(|_| DEFAULT_SERVER.to_owned()));
    let names: Vec<String> = match std::env::var("MIGRATE_BENCH_AUTOGEN") {
        Ok(list) => list.split(',').map(|s| s.trim().to_owned()).collect(),
        Err(_) if quick => vec!["chirpstack".to_owned()],
        Err(_) => HISTORIES.iter().map(|s| (*s).to_owned()).collect(),
    };
    let limit = if quick { 2 } else { usize::MAX };
    let jobs: usize = std::env::var("MIGRATE_BENCH_JOBS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2)
        .max(1);
    let migra = migra::install(root)?;
    let migraph = match std::env::var_os("MIGRATE_BENCH_MIGRAPH") {
        Some(path) => PathBuf::from(path),
        None => build_cli(root, cargo)?,
    };
    let ours = ours::available(&migraph);
    let chosen: Option<Vec<String>> = std::env::var("MIGRATE_BENCH_TOOLS")
        .ok()
        .map(|list| list.split(',').map(|s| s.trim().to_owned()).collect());
    if let Err(why) = &ours {
        eprintln!("autogen: ours is not run: {why}");
    }
    // A directory per run, so that two runs can share the machine.
    let work = bench_root.join(format!("autogen-{}", std::process::id()));
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let mut all = Vec::new();
    for name in &names {
        // Sets of few revisions are in `postgres-extra`.
        let dir = ["postgres", "postgres-extra"]
            .iter()
            .map(|set| root.join("tests/sql-corpus").join(set).join(name))
            .find(|dir| dir.is_dir())
            .unwrap_or_else(|| root.join("tests/sql-corpus/postgres").join(name));
        eprintln!("autogen: {name}: walking the history ...");
        let mut history = steps::walk(&server, name, &dir, &work.join("dumps"), limit)?;
        let every = std::env::var("MIGRATE_BENCH_EVERY")
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(1)
            .max(1);
        let changing = history.steps.len();
        history.steps = history.steps.into_iter().step_by(every).collect();
        eprintln!(
            "autogen: {name}: {} of its {changing} schema-changing steps ({} revisions) measured",
            history.steps.len(),
            history.revisions
        );
        let mut tools = vec![Tool::Migra];
        if ours.is_ok() {
            tools.push(Tool::Ours);
        }
        tools.retain(|tool| {
            chosen
                .as_ref()
                .is_none_or(|names| names.iter().any(|name| name == tool.name()))
        });
        let mut results = measure_history(&history, &tools, &migra, &migraph, &server, &work, jobs);
        results.changing = changing;
        all.push(results);
    }
    report(&all, ours.err(), &work.join("failures.txt"))?;
    // The dumps and scripts are large (hatchet's dumps are ~0.5 MB each).
    let _ = std::fs::remove_dir_all(work.join("dumps"));
    let _ = std::fs::remove_dir_all(work.join("steps"));
    Ok(())
}

/// The CLI of this profile, built.
fn build_cli(root: &Path, cargo: &str) -> Res<PathBuf> {
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    let mut build = Command::new(cargo);
    build
        .current_dir(root)
        .args(["build", "--quiet", "-p", "migraph-cli", "--bin", "migraph"]);
    if profile == "release" {
        build.arg("--release");
    }
    let status = build
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("cargo build -p migraph-cli failed".to_owned());
    }
    Ok(root.join("target").join(profile).join("migraph"))
}

/// Runs the tools in turn on each step, `jobs` steps at once.
fn measure_history(
    history: &History,
    tools: &[Tool],
    migra: &Path,
    migraph: &Path,
    server: &Server,
    work: &Path,
    jobs: usize,
) -> Results {
    let next = AtomicUsize::new(0);
    let results = Mutex::new(BTreeMap::<Tool, Vec<(usize, Measured)>>::new());
    let scratch = work.join("steps");
    let _ = std::fs::create_dir_all(&scratch);
    std::thread::scope(|s| {
        for worker in 0..jobs.min(history.steps.len()) {
            let (next, results, scratch) = (&next, &results, &scratch);
            s.spawn(move || {
                let dbs = match worker_databases(server, worker) {
                    Ok(dbs) => dbs,
                    Err(e) => {
                        eprintln!("autogen: worker {worker}: {e}");
                        return;
                    }
                };
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(step) = history.steps.get(index) else {
                        break;
                    };
                    for &tool in tools {
                        let tag = format!("{}_{}_{index}", std::process::id(), tool.name());
                        let measured = match tool {
                            Tool::Migra => migra::measure(
                                [migra, migraph],
                                [&dbs[0], &dbs[1]],
                                step,
                                &tag,
                                scratch,
                            ),
                            Tool::Ours => {
                                ours::measure(migraph, server, &dbs[2], step, &tag, scratch)
                            }
                        };
                        let measured = measured.unwrap_or_else(not_measured);
                        results
                            .lock()
                            .unwrap()
                            .entry(tool)
                            .or_default()
                            .push((index, measured));
                    }
                }
            });
        }
    });
    let mut by_tool = results.into_inner().unwrap();
    for list in by_tool.values_mut() {
        list.sort_by_key(|(i, _)| *i);
    }
    Results {
        history: history.name.clone(),
        revisions: history.revisions,
        changing: history.steps.len(),
        labels: history
            .steps
            .iter()
            .map(|s| format!("{} -> {}", s.from, s.to))
            .collect(),
        by_tool,
    }
}

/// A worker's three scratch databases (migra's k and k+1, ours' k),
/// checked to be empty after a reset.
fn worker_databases(server: &Server, worker: usize) -> Res<[Scratch; 3]> {
    let name = |what: &str| format!("mbench_ag_{}_{worker}_{what}", std::process::id());
    let dbs = [
        Scratch::create(server, name("k"))?,
        Scratch::create(server, name("n"))?,
        Scratch::create(server, name("o"))?,
    ];
    for db in &dbs {
        db.reset()?;
        if !db.is_empty()? {
            return Err(format!("{} is not empty after a reset", db.name));
        }
    }
    Ok(dbs)
}

fn not_measured(error: String) -> Measured {
    let failed = Outcome::failed(format!("not measured: {}", generic(&error)), vec![error]);
    Measured {
        up: failed.clone(),
        down: failed,
        tool_secs: f64::NAN,
    }
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.retain(|x| x.is_finite());
    if xs.is_empty() {
        return f64::NAN;
    }
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn rate(n: usize, of: usize) -> String {
    if of == 0 {
        return "-".to_owned();
    }
    format!("{n}/{of} ({:.0}%)", n as f64 * 100.0 / of as f64)
}

fn report(all: &[Results], ours_missing: Option<String>, failures_file: &Path) -> Res<()> {
    println!();
    println!("== autogen: schema-changing steps reproduced exactly, up and down (normalized pg_dump --schema-only) ==");
    let mut rows = Vec::new();
    let mut totals: BTreeMap<Tool, (usize, usize, usize, Vec<f64>)> = BTreeMap::new();
    let mut causes: BTreeMap<(Tool, String), (usize, usize)> = BTreeMap::new();
    let mut log = String::new();
    for results in all {
        for (tool, list) in &results.by_tool {
            let ups = list
                .iter()
                .filter(|(_, m)| matches!(m.up, Outcome::Reproduced))
                .count();
            let downs = list
                .iter()
                .filter(|(_, m)| matches!(m.down, Outcome::Reproduced))
                .count();
            // A step whose dump does not restore measures no tool.
            let measured = list.iter().filter(|(_, m)| m.tool_secs.is_finite()).count();
            let times: Vec<f64> = list.iter().map(|(_, m)| m.tool_secs).collect();
            rows.push(vec![
                results.history.clone(),
                results.revisions.to_string(),
                format!("{measured} of {}", results.changing),
                (list.len() - measured).to_string(),
                tool.name().to_owned(),
                rate(ups, measured),
                rate(downs, measured),
                fmt_secs(median(times.clone())),
            ]);
            let total = totals.entry(*tool).or_default();
            total.0 += measured;
            total.1 += ups;
            total.2 += downs;
            total.3.extend(times);
            for (i, m) in list {
                for (direction, outcome) in [("up", &m.up), ("down", &m.down)] {
                    if let Outcome::Failed(cause, details) = outcome {
                        let entry = causes.entry((*tool, cause.clone())).or_default();
                        if direction == "up" {
                            entry.0 += 1
                        } else {
                            entry.1 += 1
                        }
                        let _ = writeln!(
                            log,
                            "{} {} {} {direction}: {cause}",
                            tool.name(),
                            results.history,
                            results.labels[*i]
                        );
                        for d in details.iter().take(20) {
                            let _ = writeln!(log, "    {d}");
                        }
                    }
                }
            }
        }
    }
    for (tool, (steps, ups, downs, times)) in &totals {
        rows.push(vec![
            "all".to_owned(),
            String::new(),
            steps.to_string(),
            String::new(),
            tool.name().to_owned(),
            rate(*ups, *steps),
            rate(*downs, *steps),
            fmt_secs(median(times.clone())),
        ]);
    }
    print_table(
        &[
            "history",
            "revisions",
            "steps measured",
            "not restorable",
            "tool",
            "up reproduced",
            "down reproduced",
            "tool time/step",
        ],
        &rows,
    );
    if let Some(why) = ours_missing {
        println!("migraph: not run ({why})");
    }
    println!();
    println!("== autogen: failures by cause (steps) ==");
    let rows: Vec<Vec<String>> = causes
        .iter()
        .map(|((tool, cause), (up, down))| {
            vec![
                tool.name().to_owned(),
                cause.chars().take(110).collect(),
                up.to_string(),
                down.to_string(),
            ]
        })
        .collect();
    print_table(&["tool", "cause", "up", "down"], &rows);
    std::fs::write(failures_file, log).map_err(|e| e.to_string())?;
    println!("(every failure's differences: {})", failures_file.display());
    Ok(())
}
