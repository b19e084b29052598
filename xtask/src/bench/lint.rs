//! `migraph lint` beside squawk, in one run, on the real PostgreSQL
//! histories of `tests/sql-corpus/postgres/` (and on 1,000 revisions cycled
//! from them): findings per 100 revisions, recall of squawk's lock hazards
//! on tables that existed before the revision (with the differences by
//! design listed), and lint time of each, as a ratio.
//!
//! squawk reads each revision's up section only (the file cut before its
//! `-- migrate:down`, so its lines are ours); it runs as one process over
//! every file, as its users run it. Ours runs as one `lint --json` process
//! per set (this xtask binary, which is the CLI), and in process.

use std::path::{Path, PathBuf};
use std::process::Command;

use migraph_cli::squawk;
use migraph_core::lint::{self, Scope};
use migraph_core::{Migrations, Settings, SqlDialect};

use super::stats::{fmt_secs, print_table, time, Samples};

const SETS: &[&str] = &["supabase-auth", "chirpstack", "hydra"];

/// squawk from `cargo xtask test`'s venv, else `PATH`.
fn squawk_binary(root: &Path) -> Result<PathBuf, String> {
    let venv = root.join("target/tools/venv/bin/squawk");
    if venv.is_file() {
        return Ok(venv);
    }
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|dir| dir.join("squawk"))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            "squawk is not installed: run `cargo xtask test` (it installs squawk-cli into target/tools/venv)".to_owned()
        })
}

/// One set's counts.
struct SetResult {
    name: String,
    revisions: usize,
    squawk_findings: usize,
    ours: usize,
    recall: squawk::Recall,
    dir: PathBuf,
    up_files: Vec<PathBuf>,
}

fn measure_set(
    name: &str,
    dir: &Path,
    scratch: &Path,
    squawk_bin: &Path,
) -> Result<SetResult, String> {
    let migrations = Migrations::load(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let settings = Settings::read(&dir.to_string_lossy(), dir)
        .map_err(|p| format!("{}: {p:?}", dir.display()))?;
    let report = lint::lint(
        &migrations,
        SqlDialect::Postgres,
        &settings,
        Scope::Directory,
    )?;
    let up_files = squawk::write_up_sections(&migrations, &scratch.join(name))
        .map_err(|e| format!("write the up sections: {e}"))?;
    let found = squawk::run(squawk_bin, &up_files)?;
    let recall = squawk::recall(&migrations, &report, &found);
    Ok(SetResult {
        name: name.to_owned(),
        revisions: migrations.len(),
        squawk_findings: found.len(),
        ours: report.findings.len(),
        recall,
        dir: dir.to_owned(),
        up_files,
    })
}

/// Runs the comparison; `quick` takes fewer samples.
pub fn run(root: &Path, bench_root: &Path, quick: bool) -> Result<(), String> {
    let squawk_bin = squawk_binary(root)?;
    let version = Command::new(&squawk_bin)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    let scratch = bench_root.join("lint");
    let corpus = root.join("tests/sql-corpus/postgres");
    let mut sets = Vec::new();
    for name in SETS {
        sets.push(measure_set(
            name,
            &corpus.join(name),
            &scratch,
            &squawk_bin,
        )?);
    }
    // 1,000 revisions cycled from the corpus, as the SQL check's benchmark does.
    let thousand = scratch.join("pg-1000");
    super::sql_check::write_pg_dir(root, &thousand, 1_000, true)
        .map_err(|e| format!("write 1,000 revisions: {e}"))?;
    let big = measure_set("1,000 cycled", &thousand, &scratch, &squawk_bin)?;

    println!();
    println!("== lint: findings and recall against {version} (up sections only) ==");
    let per100 = |n: usize, revisions: usize| format!("{:.0}", n as f64 * 100.0 / revisions as f64);
    let mut rows = Vec::new();
    let mut total = (0, 0, 0, squawk::Recall::default());
    for set in &sets {
        let r = &set.recall;
        rows.push(vec![
            set.name.clone(),
            set.revisions.to_string(),
            format!(
                "{} ({}/100)",
                set.squawk_findings,
                per100(set.squawk_findings, set.revisions)
            ),
            format!("{} ({}/100)", set.ours, per100(set.ours, set.revisions)),
            r.squawk.to_string(),
            r.on_new_tables.to_string(),
            format!(
                "{}/{}",
                r.matched,
                r.matched + r.justified.len() + r.missed.len()
            ),
            r.justified.len().to_string(),
            r.missed.len().to_string(),
        ]);
        total.0 += set.revisions;
        total.1 += set.squawk_findings;
        total.2 += set.ours;
        total.3.squawk += r.squawk;
        total.3.on_new_tables += r.on_new_tables;
        total.3.matched += r.matched;
        total.3.justified.extend(r.justified.iter().cloned());
        total.3.missed.extend(r.missed.iter().cloned());
    }
    let t = &total.3;
    rows.push(vec![
        "all".to_owned(),
        total.0.to_string(),
        format!("{} ({}/100)", total.1, per100(total.1, total.0)),
        format!("{} ({}/100)", total.2, per100(total.2, total.0)),
        t.squawk.to_string(),
        t.on_new_tables.to_string(),
        format!(
            "{}/{} ({:.1}%)",
            t.matched,
            t.matched + t.justified.len() + t.missed.len(),
            t.ratio() * 100.0
        ),
        t.justified.len().to_string(),
        t.missed.len().to_string(),
    ]);
    print_table(
        &[
            "set",
            "revisions",
            "squawk findings",
            "ours",
            "squawk lock hazards",
            "on tables of the same revision",
            "ours also reports",
            "differ by design",
            "missed",
        ],
        &rows,
    );
    let root_prefix = format!("{}/", root.display());
    let relative = |at: &str| at.strip_prefix(&root_prefix).unwrap_or(at).to_owned();
    for (at, rule, reason) in &t.justified {
        println!("  by design: {} [{rule}]: {reason}", relative(at));
    }
    for (at, rule, text) in &t.missed {
        println!("  MISSED: {} [{rule}]: {text}", relative(at));
    }

    // Time: squawk as one process over every file; ours as one process per
    // set, and in process.
    let iterations = if quick { 3 } else { 11 };
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut timing_rows = Vec::new();
    for (label, group) in [
        ("corpus (323)", sets.iter().collect::<Vec<_>>()),
        ("1,000 cycled", vec![&big]),
    ] {
        let files: Vec<PathBuf> = group
            .iter()
            .flat_map(|s| s.up_files.iter().cloned())
            .collect();
        let (mut theirs, mut ours_process, mut ours_in) =
            (Samples::default(), Samples::default(), Samples::default());
        for _ in 0..iterations {
            let (out, elapsed) = time(|| {
                Command::new(&squawk_bin)
                    .args(["--reporter", "json"])
                    .args(&files)
                    .output()
            });
            out.map_err(|e| format!("squawk: {e}"))?;
            theirs.push(elapsed);
            let (status, elapsed) = time(|| {
                group.iter().try_for_each(|set| {
                    let output = Command::new(&exe)
                        .arg("--dir")
                        .arg(&set.dir)
                        .args(["lint", "--json"])
                        .output()
                        .map_err(|e| e.to_string())?;
                    match output.status.code() {
                        Some(0 | 1) => Ok(()),
                        _ => Err(String::from_utf8_lossy(&output.stderr).into_owned()),
                    }
                })
            });
            status.map_err(|e| format!("migraph lint: {e}"))?;
            ours_process.push(elapsed);
            let (result, elapsed) = time(|| {
                group.iter().try_for_each(|set| {
                    let m = Migrations::load(&set.dir).map_err(|e| e.to_string())?;
                    let settings = Settings::read(&set.dir.to_string_lossy(), &set.dir)
                        .map_err(|p| format!("{p:?}"))?;
                    lint::lint(&m, SqlDialect::Postgres, &settings, Scope::Directory).map(drop)
                })
            });
            result?;
            ours_in.push(elapsed);
        }
        timing_rows.push(vec![
            label.to_owned(),
            fmt_secs(theirs.median()),
            fmt_secs(ours_process.median()),
            format!("{:.2}x", ours_process.median() / theirs.median()),
            fmt_secs(ours_in.median()),
            format!("{:.2}x", ours_in.median() / theirs.median()),
        ]);
    }
    println!();
    println!(
        "== lint: time, medians of {iterations} (ratio = ours / squawk; below 1 is faster) =="
    );
    print_table(
        &[
            "revisions",
            "squawk (1 process)",
            "ours (1 process per set)",
            "ratio",
            "ours in process (load + lint)",
            "ratio",
        ],
        &timing_rows,
    );
    if !t.missed.is_empty() {
        return Err(format!(
            "{} of squawk's lock hazards on existing tables missed",
            t.missed.len()
        ));
    }
    Ok(())
}
