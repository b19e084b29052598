//! Ours on a step, through the CLI as a user runs it: the chain
//! up to k copied into a scratch directory, `migraph revision
//! --autogenerate --schema <dump at k+1>` writing into it (it replays the
//! chain on a scratch database of its own), then, on an emptied scratch,
//! `upgrade <k>` (the chain, as a user's database got there),
//! `upgrade heads` compared with the dump at k+1 and `downgrade <k>`
//! compared with the dump at k.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use migraph_core::Migrations;

use super::pg::{Scratch, Server};
use super::steps::Step;
use super::{Measured, Outcome, Res};

/// `None` with the reason when this build's CLI cannot autogenerate.
pub fn available(migraph: &Path) -> Result<(), String> {
    let out = Command::new(migraph)
        .args(["revision", "--help"])
        .output()
        .map_err(|e| format!("cannot run {}: {e}", migraph.display()))?;
    let help = String::from_utf8_lossy(&out.stdout);
    if help.contains("--autogenerate") {
        Ok(())
    } else {
        Err("this build's `migraph revision` has no --autogenerate".to_owned())
    }
}

/// `db` is the worker's scratch database for ours.
pub fn measure(
    migraph: &Path,
    server: &Server,
    db: &Scratch,
    step: &Step,
    tag: &str,
    work: &Path,
) -> Res<Measured> {
    let dir = work.join(format!("{tag}-migrations"));
    chain_up_to(step, &dir)?;
    let cli = |url: &str| {
        let mut cmd = Command::new(migraph);
        cmd.arg("--dir").arg(&dir).args(["--database-url", url]);
        cmd
    };
    let started = Instant::now();
    let out = cli(&server.url("postgres"))
        .args(["--json", "revision", "--autogenerate", "-m", "autogen"])
        .arg("--schema")
        .arg(&step.after)
        .output()
        .map_err(|e| format!("cannot run migraph: {e}"))?;
    let tool_secs = started.elapsed().as_secs_f64();
    let written = if out.status.success() {
        written(&out.stdout)
    } else {
        Vec::new()
    };
    if written.is_empty() {
        let why = if out.status.success() {
            "autogenerate wrote nothing".to_owned()
        } else {
            format!("autogenerate failed: {}", last_line(&out.stderr))
        };
        let _ = std::fs::remove_dir_all(&dir);
        return Ok(Measured {
            up: Outcome::failed(why.clone(), Vec::new()),
            down: Outcome::failed(why, Vec::new()),
            tool_secs,
        });
    }
    db.reset()?;
    let run = |args: &[&str]| -> Result<(), String> {
        let out = cli(&db.url())
            .args(args)
            .output()
            .map_err(|e| format!("cannot run migraph: {e}"))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(last_line(&out.stderr))
        }
    };
    // A revision left with a review line makes the whole set refused.
    if let Err(e) = run(&["upgrade", &step.from]) {
        let cause = refusal(&e);
        let _ = std::fs::remove_dir_all(&dir);
        return Ok(Measured {
            up: Outcome::failed(cause.clone(), vec![e.clone()]),
            down: Outcome::failed(cause, vec![e]),
            tool_secs,
        });
    }
    let up = match run(&["upgrade", "heads"]) {
        Ok(()) => super::compare(&db.url(), &step.after_schema),
        Err(e) => Outcome::failed(format!("upgrade fails: {}", super::generic(&e)), vec![e]),
    };
    let down = match run(&["downgrade", &step.from]) {
        Ok(()) => super::compare(&db.url(), &step.before_schema),
        Err(e) => Outcome::failed(format!("downgrade fails: {}", super::generic(&e)), vec![e]),
    };
    let _ = std::fs::remove_dir_all(&dir);
    Ok(Measured {
        up,
        down,
        tool_secs,
    })
}

/// Why the CLI refused the set with the generated revision in it, in
/// words that group: the kind of review line, or the error without names.
fn refusal(error: &str) -> String {
    let Some((_, what)) = error.split_once("needs review: ") else {
        return format!("refused: {}", super::generic(error));
    };
    let kind = if let Some((_, failed)) = what.split_once("failed: ") {
        let failed = failed.split("; delete this line").next().unwrap_or(failed);
        format!(
            "not proven: {}",
            super::generic(failed.trim_start_matches("error returned from database: "))
        )
    } else if what.contains(" is dropped and ") {
        "a drop and an add of the same shape (a rename?)".to_owned()
    } else if what.contains(" is written as renamed to ") {
        "a column renamed in its place (a rename, to confirm)".to_owned()
    } else if what.contains("no implicit cast") {
        "a type change with no implicit cast".to_owned()
    } else if what.contains("NOT NULL without a default") {
        "a NOT NULL column added without a default".to_owned()
    } else if what.contains(" becomes NOT NULL on table ") {
        "a column made NOT NULL on a table with rows".to_owned()
    } else {
        what.split(':').next().unwrap_or(what).to_owned()
    };
    format!("left for review: {kind}")
}

/// Empties `db` and builds the schema at k in it by the chain, with the
/// CLI's `upgrade` (its bookkeeping tables dropped after): the database a
/// tool's up is applied to, as a user's got there. Built from the dump at
/// k instead, a materialized view would be empty (`pg_dump --schema-only`
/// writes it `WITH NO DATA`) and a statement reading it would fail.
pub fn build_by_chain(migraph: &Path, db: &Scratch, step: &Step, dir: &Path) -> Res<()> {
    chain_up_to(step, dir)?;
    db.reset()?;
    let out = Command::new(migraph)
        .arg("--dir")
        .arg(dir)
        .args(["--database-url", &db.url(), "upgrade", &step.from])
        .output()
        .map_err(|e| format!("cannot run migraph: {e}"))?;
    let _ = std::fs::remove_dir_all(dir);
    if !out.status.success() {
        return Err(format!(
            "the chain to {}: {}",
            step.from,
            last_line(&out.stderr)
        ));
    }
    db.execute("DROP TABLE IF EXISTS migrate_revisions, migrate_revisions_lock")
}

/// The history's `migrate.toml` and its first `step.applied` revisions,
/// the prelude (if any) at the start of the first one's up.
fn chain_up_to(step: &Step, dir: &Path) -> Res<()> {
    let migrations = Migrations::load(&step.dir).map_err(|e| e.to_string())?;
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let mut files: Vec<PathBuf> = vec![step.dir.join("migrate.toml")];
    for revision in &migrations.revisions()[..step.applied] {
        let name = Path::new(revision.file())
            .file_name()
            .ok_or_else(|| format!("{}: no file name", revision.file()))?;
        files.push(step.dir.join(name));
    }
    for (i, file) in files.iter().enumerate().filter(|(_, f)| f.exists()) {
        let mut text =
            std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
        if let (1, Some(prelude)) = (i, step.prelude) {
            text = text.replacen("-- migrate:up\n", &format!("-- migrate:up\n{prelude}\n"), 1);
        }
        std::fs::write(dir.join(file.file_name().unwrap_or_default()), text)
            .map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(())
}

/// The paths of `{"written": [...]}`.
fn written(stdout: &[u8]) -> Vec<String> {
    serde_json::from_slice::<serde_json::Value>(stdout)
        .ok()
        .and_then(|v| {
            v.get("written")?.as_array().map(|a| {
                a.iter()
                    .filter_map(|p| p.as_str().map(str::to_owned))
                    .collect()
            })
        })
        .unwrap_or_default()
}

fn last_line(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_owned()
}
