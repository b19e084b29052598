//! migra (PyPI), installed into its own venv, on a step: the scratch at k
//! (built by the chain, `ours::build_by_chain`) and a scratch built from
//! the declared dump at k+1; `migra --unsafe`
//! from k to k+1 (the up) and from k+1 to k (the down), both taken before
//! either is applied; each applied by `psql` as a script to its scratch and
//! the result compared with the other dump.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use super::dump;
use super::pg::{self, Scratch};
use super::steps::Step;
use super::{Measured, Outcome, Res};

/// The pins that work on this machine's Python: migra's last release and
/// the schemainspect and sqlbag it was released with; SQLAlchemy 1 (sqlbag
/// opens `postgresql://` with its default driver, which in SQLAlchemy 2 is
/// psycopg 3), psycopg2, and a setuptools that still ships `pkg_resources`
/// (schemainspect imports it).
const PACKAGES: &[&str] = &[
    "migra==3.0.1663481299",
    "schemainspect==3.1.1663587362",
    "sqlbag==0.1.1617247075",
    "sqlalchemy<2",
    "psycopg2-binary",
    "setuptools<81",
];

/// `target/tools/migra-venv/bin/migra`, installed when missing.
pub fn install(root: &Path) -> Res<PathBuf> {
    let venv = root.join("target/tools/migra-venv");
    let migra = venv.join("bin/migra");
    let works = |migra: &Path| {
        Command::new(migra)
            .arg("--help")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if works(&migra) {
        return Ok(migra);
    }
    eprintln!(
        "autogen: installing {} into {}",
        PACKAGES.join(", "),
        venv.display()
    );
    let status = Command::new("python3")
        .args(["-m", "venv"])
        .arg(&venv)
        .status()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    if !status.success() {
        return Err(format!("python3 -m venv {} failed", venv.display()));
    }
    let status = Command::new(venv.join("bin/pip"))
        .args(["install", "--quiet"])
        .args(PACKAGES)
        .status()
        .map_err(|e| format!("cannot run pip: {e}"))?;
    if !status.success() || !works(&migra) {
        return Err("pip could not install a working migra".to_owned());
    }
    Ok(migra)
}

/// The up and down of one step; `k` and `next` are the worker's scratch
/// databases.
pub fn measure(
    [migra, migraph]: [&Path; 2],
    [k, next]: [&Scratch; 2],
    step: &Step,
    tag: &str,
    work: &Path,
) -> Res<Measured> {
    super::ours::build_by_chain(migraph, k, step, &work.join(format!("{tag}-chain")))?;
    next.reset_to(&step.after)?;
    let started = Instant::now();
    let up = diff(migra, &k.url(), &next.url());
    let down = diff(migra, &next.url(), &k.url());
    let tool_secs = started.elapsed().as_secs_f64();
    let up = settle(
        up,
        k,
        &step.after_schema,
        &work.join(format!("{tag}.up.sql")),
    );
    let down = settle(
        down,
        next,
        &step.before_schema,
        &work.join(format!("{tag}.down.sql")),
    );
    Ok(Measured {
        up,
        down,
        tool_secs,
    })
}

/// migra's script from `from` to `to` (exit 0: nothing to do, 2: a script).
fn diff(migra: &Path, from: &str, to: &str) -> Result<String, String> {
    // SQLAlchemy 1.4 knows the scheme only by its long name.
    let long = |url: &str| match url.strip_prefix("postgres://") {
        Some(rest) => format!("postgresql://{rest}"),
        None => url.to_owned(),
    };
    let out = Command::new(migra)
        .args(["--unsafe", &long(from), &long(to)])
        .output()
        .map_err(|e| format!("cannot run migra: {e}"))?;
    match out.status.code() {
        Some(0 | 2) => Ok(String::from_utf8_lossy(&out.stdout).into_owned()),
        _ => {
            let stderr = String::from_utf8_lossy(&out.stderr);
            let last = stderr
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("");
            Err(format!("migra failed: {}", last.trim()))
        }
    }
}

/// Applies the script to `db` and compares it with `expected`.
fn settle(
    script: Result<String, String>,
    db: &Scratch,
    expected: &dump::Schema,
    file: &Path,
) -> Outcome {
    let script = match script {
        Ok(s) => s,
        Err(e) => return Outcome::failed(e, Vec::new()),
    };
    if let Err(e) = std::fs::write(file, &script) {
        return Outcome::failed(format!("cannot write {}: {e}", file.display()), Vec::new());
    }
    if let Err(e) = pg::apply_file(&db.url(), file, false) {
        return Outcome::failed(format!("its script fails: {}", super::generic(&e)), vec![e]);
    }
    super::compare(&db.url(), expected)
}
