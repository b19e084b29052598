//! `cargo xtask bench`: graph and macro benchmarks (see BENCHMARKS.md).
//!
//! ```text
//! cargo xtask bench [graph] [macro] [sql] [--quick] [--diag|--no-diag]
//!                   [--release|--no-release] [--sizes N,M] [--shapes S,T]
//!                   [--macro-sizes N,M] [--mem-limit-gb G] [--strict] [--verbose]
//! ```
//!
//! - `graph`: `Migrations::load` and planning on generated directories of
//!   1,000 and 10,000 revisions in three shapes (linear, 50 wide branches
//!   joined by one merge, repeated diamonds).
//! - `macro`: what `migrations!()` adds to a dev build of a leaf crate, at
//!   1,000 and 10,000 files: incremental after touching `src/main.rs`, and
//!   from scratch (`CARGO_INCREMENTAL=0`), with rustc's peak memory.
//! - `macro` also measures the SQL check (`sql` alone runs only that part):
//!   the macro on real PostgreSQL revisions with and without a declared
//!   dialect at 1,000 and 10,000, the loader with and without the check in
//!   process (and the SQLite chain at 1,000), and the first build of
//!   `migrate-core` without and with the `sql-check` feature.
//! - `--quick`: a smoke run (200 revisions, 2 iterations) for CI.
//!
//! Numbers are medians with (min–max); compare them as ratios within one
//! run, never across machines or runs. Everything generated lives under
//! `target/bench/`. The full run re-executes itself in release mode (graph
//! numbers of an unoptimised build say little); `--quick` stays in the
//! profile it was built with unless given `--release`.

mod autogen;
mod backfill;
mod compare;
mod embedded;
mod fanout;
mod floors;
mod gen;
mod graph;
mod lint;
mod macro_cost;
mod sql_check;
mod stats;
mod watch;

use std::process::{Command, ExitCode};
use std::time::Duration;

use gen::Shape;
use graph::{GraphResult, Iterations};
use macro_cost::{MacroResult, Mode, Variant};
use stats::{fmt_secs, print_table, Samples};

/// Set in the release re-execution, so that it does not re-execute again.
const REEXEC_VAR: &str = "MIGRAPH_BENCH_REEXEC";

const USAGE: &str = "\
usage: cargo xtask bench [graph] [macro] [sql] [compare] [lint] [backfill] [fanout] [floors] [autogen] [--quick] [--diag|--no-diag]
                         [--release|--no-release] [--sizes N,M] [--shapes S,T]
                         [--macro-sizes N,M] [--mem-limit-gb G] [--strict] [--verbose]

  graph         only the loader and planner benchmarks
  macro         only the macro build-cost benchmarks (the SQL check's included)
  sql           only the SQL check's part of macro
  compare       whole-process runs against psql, sqlx-cli and Alembic on a
                local PostgreSQL (not run by default; see bench/compare.rs)
  lint          migraph lint beside squawk on the real PostgreSQL histories:
                findings, recall of squawk's lock hazards, time (not run by
                default; squawk comes from `cargo xtask test`)
  backfill      the batched backfill helper against one UPDATE on a local
                PostgreSQL (not run by default; see bench/backfill.rs)
  floors        ours against each database's floor, like for like: 10,000
                trivial PostgreSQL revisions against one psql session (and
                sqlx-cli), a real 694-revision SQLite history against
                one sqlite3 process, and verify against upgrade of the
                same history on each database (see bench/floors.rs;
                --quick: 200 trivial revisions and one run each, run by
                default there)
  fanout        1,000 tenant schemas and 100 tenant databases brought to the
                head by migraph --each against shell loops of migraph and
                sqlx-cli (see bench/fanout.rs; --quick: 20 and 5, run by
                default there)
  autogen       autogenerate beside migra on every schema-changing step of the
                real PostgreSQL histories (see bench/autogen.rs; --quick: 2
                steps of chirpstack, run by default with --quick)
  --quick       smoke run: 200 revisions, 2 iterations, no 10k (for CI)
  --diag        split the macro's cost (include_str!, embedded data, macro
                run, optimised macro) for every size (default: linear only)
  --no-diag     no macro diagnostics
  --release     re-run in release mode (default unless --quick)
  --no-release  measure in the profile xtask was built with
  --sizes N,M   graph sizes (default 1000,10000; --quick: 200)
  --shapes S,T  graph shapes: linear, wide, merge-heavy (default: all)
  --macro-sizes N,M
                macro sizes, linear shape (default: linear 1000 and 10000,
                merge-heavy 10000; --quick: linear 200)
  --mem-limit-gb G
                stop a throwaway build whose rustc passes G GiB (default:
                the smaller of 8 and half the available memory)
  --strict      exit 1 when a budget is missed
  --verbose     show cargo's output for the throwaway crates";

#[derive(Debug, Default)]
struct Options {
    graph: bool,
    macros: bool,
    /// Only the SQL check's part of `macro`.
    sql: bool,
    compare: bool,
    lint: bool,
    backfill: bool,
    fanout: bool,
    floors: bool,
    autogen: bool,
    quick: bool,
    diag: Option<bool>,
    release: Option<bool>,
    strict: bool,
    verbose: bool,
    sizes: Option<Vec<usize>>,
    macro_sizes: Option<Vec<usize>>,
    shapes: Option<Vec<Shape>>,
    mem_limit_gib: Option<f64>,
}

fn sizes(value: Option<&String>, flag: &str) -> Result<Vec<usize>, String> {
    let list = value.ok_or_else(|| format!("{flag} needs a value, e.g. 1000,10000"))?;
    let sizes = list
        .split(',')
        .map(|s| s.trim().replace('_', "").parse::<usize>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("{flag} {list}: {e}"))?;
    if sizes.iter().any(|&n| n < 3) {
        return Err(format!("{flag}: each size must be at least 3"));
    }
    Ok(sizes)
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--sizes" => o.sizes = Some(sizes(args.next(), "--sizes")?),
            "--macro-sizes" => o.macro_sizes = Some(sizes(args.next(), "--macro-sizes")?),
            "--shapes" => {
                let list = args
                    .next()
                    .ok_or("--shapes needs a value, e.g. linear,merge-heavy")?;
                let shapes = list
                    .split(',')
                    .map(|name| {
                        Shape::ALL
                            .into_iter()
                            .find(|s| s.name() == name.trim())
                            .ok_or_else(|| {
                                format!(
                                    "--shapes: unknown shape '{name}' (linear, wide, merge-heavy)"
                                )
                            })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                o.shapes = Some(shapes);
            }
            "--mem-limit-gb" => {
                let v = args.next().ok_or("--mem-limit-gb needs a value")?;
                let gib: f64 = v.parse().map_err(|e| format!("--mem-limit-gb {v}: {e}"))?;
                o.mem_limit_gib = Some(gib);
            }
            "graph" => o.graph = true,
            "macro" | "macros" => o.macros = true,
            "compare" => o.compare = true,
            "lint" => o.lint = true,
            "backfill" => o.backfill = true,
            "fanout" => o.fanout = true,
            "floors" => o.floors = true,
            "autogen" => o.autogen = true,
            "sql" => o.sql = true,
            "--quick" => o.quick = true,
            "--diag" => o.diag = Some(true),
            "--no-diag" => o.diag = Some(false),
            "--release" => o.release = Some(true),
            "--no-release" => o.release = Some(false),
            "--strict" => o.strict = true,
            "--verbose" | "-v" => o.verbose = true,
            other => return Err(format!("unknown argument '{other}'")),
        }
    }
    if !o.graph
        && !o.macros
        && !o.compare
        && !o.sql
        && !o.lint
        && !o.backfill
        && !o.fanout
        && !o.floors
        && !o.autogen
    {
        o.graph = true;
        o.macros = true;
        // The small fleet and the two autogenerate steps are part of the smoke run.
        o.fanout = o.quick;
        o.floors = o.quick;
        o.autogen = o.quick;
    }
    Ok(o)
}

pub fn run(args: &[String]) -> ExitCode {
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let opts = match parse(args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let root = crate::project_root();

    let want_release = opts.release.unwrap_or(!opts.quick);
    if want_release && cfg!(debug_assertions) && std::env::var_os(REEXEC_VAR).is_none() {
        eprintln!(
            "note: building xtask in release mode to measure optimised code (--no-release to skip)"
        );
        let status = Command::new(&cargo)
            .current_dir(&root)
            .args([
                "run",
                "--quiet",
                "--release",
                "--package",
                "xtask",
                "--",
                "bench",
            ])
            .args(args)
            .env(REEXEC_VAR, "1")
            .status();
        return match status {
            Ok(s) if s.success() => ExitCode::SUCCESS,
            Ok(s) => ExitCode::from(u8::try_from(s.code().unwrap_or(1)).unwrap_or(1)),
            Err(e) => {
                eprintln!("error: cannot run {cargo}: {e}");
                ExitCode::FAILURE
            }
        };
    }

    let bench_root = root.join("target").join("bench");
    if let Err(e) = std::fs::create_dir_all(&bench_root) {
        eprintln!("error: cannot create {}: {e}", bench_root.display());
        return ExitCode::FAILURE;
    }
    print_header(&opts);

    let mut failed = false;
    let mut budgets = Budgets::default();

    if opts.graph {
        let (default_sizes, iters): (&[usize], _) = if opts.quick {
            (&[200], Iterations { load: 2, plan: 2 })
        } else {
            (&[1_000, 10_000], Iterations { load: 7, plan: 51 })
        };
        let sizes = opts.sizes.as_deref().unwrap_or(default_sizes);
        let mut results = Vec::new();
        let shapes = opts.shapes.as_deref().unwrap_or(&Shape::ALL);
        for &shape in shapes {
            for &n in sizes {
                eprintln!("graph: {} {n} ...", shape.name());
                match graph::run(&bench_root, shape, n, iters) {
                    Ok(r) => results.push(r),
                    Err(e) => {
                        eprintln!("error: graph {} {n}: {e}", shape.name());
                        failed = true;
                    }
                }
            }
        }
        report_graph(&results, &mut budgets);
    }

    if opts.macros || opts.sql {
        let available = watch::mem_available_kib().unwrap_or(16 * 1024 * 1024);
        let rss_kib = match opts.mem_limit_gib {
            Some(gib) => (gib * 1024.0 * 1024.0) as u64,
            None => (8 * 1024 * 1024).min(available / 2),
        };
        let env = macro_cost::Env {
            workspace: root.clone(),
            bench_root: bench_root.clone(),
            cargo: cargo.clone(),
            verbose: opts.verbose,
            limits: watch::Limits {
                rss_kib,
                time: Duration::from_secs(600),
            },
        };
        if watch::supported() {
            println!(
                "macro builds: rustc stopped past {} of memory or 600 s",
                watch::fmt_kib(rss_kib)
            );
        }
        let cases: Vec<(Shape, usize)> = if let Some(sizes) = &opts.macro_sizes {
            sizes.iter().map(|&n| (Shape::Linear, n)).collect()
        } else if opts.quick {
            vec![(Shape::Linear, 200)]
        } else {
            vec![
                (Shape::Linear, 1_000),
                (Shape::Linear, 10_000),
                (Shape::Diamond, 10_000),
            ]
        };
        // The SQL check: the same real PostgreSQL chain with and
        // without a declared dialect, so the difference is the check.
        let sql_sizes: &[usize] = if opts.quick { &[200] } else { &[1_000, 10_000] };
        let mut cases = if opts.macros { cases } else { Vec::new() };
        if opts.macro_sizes.is_none() {
            for &n in sql_sizes {
                cases.push((Shape::PgUnchecked, n));
                cases.push((Shape::PgChecked, n));
            }
        }
        let mut results = Vec::new();
        for (shape, n) in cases {
            let diag = opts.diag.unwrap_or(!opts.quick && shape == Shape::Linear);
            let mut variants = vec![Variant::Without, Variant::Macro];
            if shape == Shape::PgChecked {
                // With the parsers optimised, as `migraph init --dialect` sets up.
                variants.push(Variant::OptParsers);
            }
            if diag {
                variants.extend([Variant::Include, Variant::Expanded, Variant::OptMacro]);
            }
            let modes: Vec<(Mode, usize)> = match (opts.quick, n) {
                (true, _) => vec![(Mode::Touch, 2)],
                (false, n) if n <= 2_000 => vec![(Mode::Touch, 7), (Mode::Full, 5)],
                (false, _) => vec![(Mode::Touch, 5), (Mode::Full, 3)],
            };
            eprintln!("macro: {} {n} ...", shape.name());
            match macro_cost::run(&env, shape, n, &variants, &modes) {
                Ok(r) => results.push(r),
                Err(e) => {
                    eprintln!("error: macro {} {n}: {e}", shape.name());
                    failed = true;
                }
            }
        }
        report_macro(&results, &mut budgets);
        report_sql_check(&results, &mut budgets);
        let sqlite_n = if opts.quick { 200 } else { 1_000 };
        let iters = if opts.quick { 2 } else { 5 };
        match sql_check::in_process(&root, &bench_root, sql_sizes, sqlite_n, iters) {
            Ok(rows) => report_sql_in_process(&rows, &mut budgets),
            Err(e) => {
                eprintln!("error: sql check in process: {e}");
                failed = true;
            }
        }
        if !opts.quick {
            match sql_check::first_build(&root, &bench_root, &cargo) {
                Ok((without, with)) => {
                    println!();
                    println!(
                        "== First build of migrate-core in an empty target directory (dev) =="
                    );
                    print_table(
                        &["without sql-check", "with sql-check", "added"],
                        &[vec![
                            fmt_secs(without),
                            fmt_secs(with),
                            fmt_secs(with - without),
                        ]],
                    );
                    println!("  added: squawk's parser, rusqlite and its bundled SQLite, built once per target directory.");
                }
                Err(e) => {
                    eprintln!("error: sql check first build: {e}");
                    failed = true;
                }
            }
        }
    }

    let mut missed = false;
    if opts.compare {
        match compare::run_all(&root, &bench_root, &cargo) {
            Ok(m) => missed |= m,
            Err(e) => {
                eprintln!("error: compare: {e}");
                failed = true;
            }
        }
    }

    if opts.lint {
        if let Err(e) = lint::run(&root, &bench_root, opts.quick) {
            eprintln!("error: lint: {e}");
            failed = true;
        }
    }

    if opts.backfill {
        let (rows, iterations) = if opts.quick {
            (20_000, 2)
        } else {
            (200_000, 5)
        };
        eprintln!("backfill: {rows} rows ...");
        if let Err(e) = backfill::run(rows, iterations) {
            eprintln!("error: backfill: {e}");
            failed = true;
        }
    }

    if opts.fanout {
        if let Err(e) = fanout::run(&root, &bench_root, &cargo, opts.quick) {
            eprintln!("error: fanout: {e}");
            failed = true;
        }
    }

    if opts.floors {
        if let Err(e) = floors::run_all(&root, &bench_root, &cargo, opts.quick) {
            eprintln!("error: floors: {e}");
            failed = true;
        }
    }

    if opts.autogen {
        if let Err(e) = autogen::run(&root, &bench_root, &cargo, opts.quick) {
            eprintln!("error: autogen: {e}");
            failed = true;
        }
    }

    let missed = if opts.graph || opts.macros {
        budgets.report(opts.quick) | missed
    } else {
        missed
    };
    if failed {
        eprintln!("error: some benchmarks failed (see above)");
        ExitCode::FAILURE
    } else if missed && opts.strict {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn print_header(opts: &Options) {
    let profile = if cfg!(debug_assertions) {
        "debug (unoptimised)"
    } else {
        "release"
    };
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let version = Command::new(&rustc)
        .arg("-V")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|| "rustc: unknown".to_owned());
    println!(
        "cargo xtask bench{}: medians (min–max); compare ratios within one run",
        if opts.quick {
            " --quick (smoke run)"
        } else {
            ""
        }
    );
    println!("machine: {cpus} CPUs (nproc), {model}; {version}; xtask profile: {profile}");
    if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
        let load: Vec<&str> = load.split_whitespace().take(3).collect();
        println!(
            "load average at start: {} (other work on the machine widens min–max)",
            load.join(" ")
        );
    }
}

fn report_graph(results: &[GraphResult], budgets: &mut Budgets) {
    if results.is_empty() {
        return;
    }
    println!();
    println!("== Graph: load and plan (in-process) ==");
    let rows: Vec<Vec<String>> = results
        .iter()
        .map(|r| {
            vec![
                r.shape.name().to_owned(),
                r.n.to_string(),
                format!("{} KiB", r.bytes / 1024),
                r.load.summary(),
                r.index.summary(),
                r.up_empty_cold.summary(),
                r.up_empty.summary(),
                r.up_at_head.summary(),
                r.down_base.summary(),
            ]
        })
        .collect();
    print_table(
        &[
            "shape",
            "n",
            "sql",
            "load",
            "index",
            "up heads ∅ (cold)",
            "up heads ∅",
            "up heads @head",
            "down base",
        ],
        &rows,
    );
    println!("  load: Migrations::load (scan, parse, checksum, validate). index: lookup index");
    println!(
        "  built on a fresh clone. (cold): plan_upgrade([], \"heads\") on a fresh clone, index"
    );
    println!("  build included. Other plan columns: index already built (cached in the value).");

    // Linearity: largest size over smallest, for each column.
    let mut rows = Vec::new();
    let mut sizes = (0, 0);
    for shape in Shape::ALL {
        let of_shape = || results.iter().filter(|r| r.shape == shape);
        let (Some(small), Some(big)) = (
            of_shape().min_by_key(|r| r.n),
            of_shape().max_by_key(|r| r.n),
        ) else {
            continue;
        };
        if small.n == big.n {
            continue;
        }
        sizes = (small.n, big.n);
        let k = big.n as f64 / small.n as f64;
        let mut row = vec![shape.name().to_owned()];
        for (name, column) in GRAPH_COLUMNS {
            let x = column(big).median() / column(small).median();
            budgets.scaling.push(Scaling {
                what: format!("{} {name}", shape.name()),
                small: small.n,
                big: big.n,
                ratio: x,
                ratio_min: column(big).min() / column(small).min(),
                linear: k,
            });
            row.push(format!("{x:.1}x"));
        }
        rows.push(row);
    }
    if let Some(big) = results
        .iter()
        .find(|r| r.shape == Shape::Diamond && r.n == 10_000)
    {
        budgets.plan_10k_merge_heavy = Some((big.up_empty_cold.median(), big.up_empty.median()));
    }
    if !rows.is_empty() {
        let k = sizes.1 as f64 / sizes.0 as f64;
        println!();
        println!(
            "== Graph scaling: median at {} / median at {} (linear ~{k:.0}x, quadratic ~{:.0}x) ==",
            sizes.1,
            sizes.0,
            k * k
        );
        print_table(
            &[
                "shape",
                "load",
                "index",
                "up ∅ (cold)",
                "up ∅",
                "up @head",
                "down base",
            ],
            &rows,
        );
        println!(
            "  Linear code still costs 2-3x more per revision once the graph outgrows the CPU"
        );
        println!("  caches; quadratic code grows with the square. Budgets flag ratios past k^1.5.");
    }
}

type Column = fn(&GraphResult) -> &Samples;

/// The graph columns, named for the scaling check.
const GRAPH_COLUMNS: [(&str, Column); 6] = [
    ("load", |r| &r.load),
    ("index", |r| &r.index),
    ("up heads from empty (cold)", |r| &r.up_empty_cold),
    ("up heads from empty", |r| &r.up_empty),
    ("up heads at head", |r| &r.up_at_head),
    ("down base", |r| &r.down_base),
];

fn report_macro(results: &[MacroResult], budgets: &mut Budgets) {
    if results.is_empty() {
        return;
    }
    println!();
    println!("== Macro: rebuild of a leaf crate, dev profile (touch: incremental after touching");
    println!("   src/main.rs; full: CARGO_INCREMENTAL=0, as after a migration file changes) ==");
    let mut rows = Vec::new();
    for r in results {
        for m in &r.modes {
            let cell = |v: Variant| match m.get(v) {
                None => "-".to_owned(),
                Some(x) => match &x.aborted {
                    Some(_) => "stopped".to_owned(),
                    None => x.samples.summary(),
                },
            };
            let peak = |v: Variant| {
                m.get(v)
                    .and_then(|x| x.peak_kib)
                    .map_or("?".to_owned(), watch::fmt_kib)
            };
            let with = m.get(Variant::Macro);
            let cost = match (
                m.cost(Variant::Macro),
                with.and_then(|w| w.aborted.as_ref()),
            ) {
                (Some(c), _) => fmt_secs(c),
                (None, Some(why)) => why.clone(),
                (None, None) => "-".to_owned(),
            };
            budgets.macro_cost.push(MacroCost {
                shape: r.shape,
                n: r.n,
                mode: m.mode,
                cost: m.cost(Variant::Macro),
                aborted: with.and_then(|w| w.aborted.clone()),
            });
            rows.push(vec![
                r.shape.name().to_owned(),
                r.n.to_string(),
                m.mode.name().to_owned(),
                cell(Variant::Without),
                cell(Variant::Macro),
                cost,
                format!("{} -> {}", peak(Variant::Without), peak(Variant::Macro)),
            ]);
        }
    }
    print_table(
        &[
            "shape",
            "n",
            "build",
            "without macro",
            "with macro",
            "macro cost",
            "rustc peak RSS",
        ],
        &rows,
    );
    println!("  macro cost = median(with) - median(without); both crates link migrate.");

    let mut rows = Vec::new();
    for r in results {
        for m in &r.modes {
            if m.get(Variant::Expanded).is_none() {
                continue;
            }
            let diff = |a: Variant, b: Variant| match (m.median(a), m.median(b)) {
                (Some(a), Some(b)) => fmt_secs(a - b),
                _ => "-".to_owned(),
            };
            let peak = |v: Variant| {
                m.get(v)
                    .and_then(|x| x.peak_kib)
                    .map_or("?".to_owned(), watch::fmt_kib)
            };
            rows.push(vec![
                r.shape.name().to_owned(),
                r.n.to_string(),
                m.mode.name().to_owned(),
                diff(Variant::Include, Variant::Without),
                format!(
                    "{} ({})",
                    diff(Variant::Expanded, Variant::Include),
                    peak(Variant::Expanded)
                ),
                diff(Variant::Macro, Variant::Expanded),
                format!(
                    "{} ({})",
                    diff(Variant::OptMacro, Variant::Without),
                    peak(Variant::OptMacro)
                ),
                r.load_here.summary(),
            ]);
        }
    }
    if rows.is_empty() {
        return;
    }
    println!();
    println!("== Macro cost split (differences of medians; rustc peak RSS in parentheses) ==");
    print_table(
        &[
            "shape",
            "n",
            "build",
            "include_str!",
            "+ embedded data",
            "+ macro run",
            "opt-macro cost",
            "load (this process)",
        ],
        &rows,
    );
    println!("  include_str!: only the include_str! of every file, minus without.");
    println!("  + embedded data: the macro's expansion written out as source, minus include_str!.");
    println!(
        "  + macro run: the real macro minus its written-out expansion (load, validate, quote"
    );
    println!("  in the proc macro, built at opt-level 0 in the dev profile; token transfer).");
    println!(
        "  opt-macro: the macro with [profile.dev.build-override] opt-level = 3, minus without."
    );
    println!("  load: Migrations::load_from on the same directory in this (bench) process.");
}

/// The macro's cost on real PostgreSQL revisions with the SQL check, and
/// the check's share (checked minus unchecked, same files).
fn report_sql_check(results: &[MacroResult], budgets: &mut Budgets) {
    let mut rows = Vec::new();
    for checked in results.iter().filter(|r| r.shape == Shape::PgChecked) {
        let Some(unchecked) = results
            .iter()
            .find(|r| r.shape == Shape::PgUnchecked && r.n == checked.n)
        else {
            continue;
        };
        for m in &checked.modes {
            let Some(u) = unchecked.modes.iter().find(|u| u.mode == m.mode) else {
                continue;
            };
            let total = m.cost(Variant::Macro);
            let share = match (m.median(Variant::Macro), u.median(Variant::Macro)) {
                (Some(a), Some(b)) => Some(a - b),
                _ => None,
            };
            budgets.sql_check.push((checked.n, m.mode, total));
            let show = |x: Option<f64>| x.map_or("-".to_owned(), fmt_secs);
            rows.push(vec![
                checked.n.to_string(),
                m.mode.name().to_owned(),
                show(u.cost(Variant::Macro)),
                show(total),
                show(share),
                show(m.cost(Variant::OptParsers)),
            ]);
        }
    }
    if rows.is_empty() {
        return;
    }
    println!();
    println!(
        "== Macro with the SQL check: real PostgreSQL revisions (tests/sql-corpus, cycled) =="
    );
    print_table(
        &[
            "n",
            "build",
            "macro cost, no dialect",
            "macro cost, postgres",
            "SQL check share",
            "postgres, opt-parsers",
        ],
        &rows,
    );
    println!("  macro cost = median(with macro) - median(without); share = postgres - no dialect.");
    println!("  opt-parsers: with the [profile.dev.package.*] opt-level = 3 that 'migraph init --dialect' writes.");
}

fn report_sql_in_process(rows: &[sql_check::InProcess], budgets: &mut Budgets) {
    println!();
    println!(
        "== The loader without and with the SQL check, in this process ({} build) ==",
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let share = r.checked.median() - r.unchecked.median();
            if r.what.starts_with("sqlite") {
                budgets.sqlite_chain = Some((r.n, share));
            }
            vec![
                r.what.clone(),
                r.n.to_string(),
                r.unchecked.summary(),
                r.checked.summary(),
                fmt_secs(share),
            ]
        })
        .collect();
    print_table(&["set", "n", "load_from", "load_checked", "check"], &table);
}

#[derive(Debug)]
struct MacroCost {
    shape: Shape,
    n: usize,
    mode: Mode,
    cost: Option<f64>,
    aborted: Option<String>,
}

#[derive(Debug)]
struct Scaling {
    what: String,
    small: usize,
    big: usize,
    /// Of medians.
    ratio: f64,
    /// Of minima: the least disturbed by other work on the machine.
    ratio_min: f64,
    linear: f64,
}

#[derive(Debug, Default)]
struct Budgets {
    /// (cold, warm) medians of `plan_upgrade([], "heads")` at 10k merge-heavy.
    plan_10k_merge_heavy: Option<(f64, f64)>,
    scaling: Vec<Scaling>,
    macro_cost: Vec<MacroCost>,
    /// (n, mode, macro cost) with the SQL check on real PostgreSQL revisions.
    sql_check: Vec<(usize, Mode, Option<f64>)>,
    /// (n, seconds) the SQLite chain adds to a load.
    sqlite_chain: Option<(usize, f64)>,
}

impl Budgets {
    /// Prints the budgets; returns whether one was missed.
    fn report(&self, quick: bool) -> bool {
        println!();
        println!("== budgets ==");
        if quick {
            println!("  not evaluated in --quick (sizes differ from the budgets')");
            return false;
        }
        let mut missed = false;
        let mut line = |ok: bool, text: String| {
            missed |= !ok;
            println!("  [{}] {text}", if ok { " ok " } else { "MISS" });
        };
        if let Some((cold, warm)) = self.plan_10k_merge_heavy {
            line(
                cold < 0.050,
                format!(
                    "plan upgrade heads, 10,000 merge-heavy < 50 ms: {} (index build included), {} warm",
                    fmt_secs(cold),
                    fmt_secs(warm)
                ),
            );
        }
        // Linear work costs more per item once it outgrows the caches (2-3x
        // between 1,000 and 10,000 revisions here); a quadratic walk costs
        // k times more. Flag ratios past k^1.5, halfway (geometrically)
        // between linear and quadratic, in both medians and minima.
        let threshold = |s: &Scaling| s.linear.powf(1.5);
        let superlinear: Vec<&Scaling> = self
            .scaling
            .iter()
            .filter(|s| s.ratio > threshold(s) && s.ratio_min > threshold(s))
            .collect();
        for s in &superlinear {
            line(
                false,
                format!(
                    "linear in the graph: {} grows {:.1}x (min {:.1}x) from {} to {} revisions; linear {:.0}x, quadratic {:.0}x",
                    s.what,
                    s.ratio,
                    s.ratio_min,
                    s.small,
                    s.big,
                    s.linear,
                    s.linear * s.linear
                ),
            );
        }
        if superlinear.is_empty() {
            if let Some(worst) = self
                .scaling
                .iter()
                .max_by(|a, b| (a.ratio / a.linear).total_cmp(&(b.ratio / b.linear)))
            {
                line(
                    true,
                    format!(
                        "linear in the graph: no ratio past {:.0}x for {:.0}x the revisions (worst: {} {:.1}x)",
                        threshold(worst),
                        worst.linear,
                        worst.what,
                        worst.ratio
                    ),
                );
            }
        }
        for &(n, mode, cost) in &self.sql_check {
            if n != 1_000 {
                continue;
            }
            let what = format!(
                "macro with the SQL check, 1,000 real PostgreSQL revisions, {} build < 300 ms",
                mode.name()
            );
            match cost {
                Some(cost) => line(cost < 0.300, format!("{what}: {}", fmt_secs(cost))),
                None => line(false, format!("{what}: did not finish")),
            }
        }
        if let Some((n, secs)) = self.sqlite_chain {
            println!(
                "  [info] SQLite chain (up, down, up of each revision), {n} revisions: {}",
                fmt_secs(secs)
            );
        }
        for c in self
            .macro_cost
            .iter()
            .filter(|c| !matches!(c.shape, Shape::PgChecked | Shape::PgUnchecked))
        {
            let limit = match c.n {
                1_000 => 0.100,
                10_000 => 1.0,
                _ => continue,
            };
            let what = format!(
                "macro, {} revisions ({}), {} build < {}",
                c.n,
                c.shape.name(),
                c.mode.name(),
                fmt_secs(limit)
            );
            match (&c.cost, &c.aborted) {
                (Some(cost), _) => line(*cost < limit, format!("{what}: {}", fmt_secs(*cost))),
                (None, Some(why)) => line(false, format!("{what}: did not finish ({why})")),
                (None, None) => {}
            }
        }
        missed
    }
}
