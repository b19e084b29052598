//! `cargo xtask test`: installs the peer tools the adoption tests run
//! (Alembic in a Python venv, sqlx-cli, diesel_cli, refinery_cli) and the
//! linter `migraph lint` is compared with (squawk, in the same venv) into
//! `target/tools/` when they are missing, then runs `cargo test --workspace`
//! with them on `PATH` and `MIGRAPH_TOOLS_BIN` naming the directory. Extra
//! arguments go to `cargo test`; its exit code is the command's.

use std::path::Path;
use std::process::{Command, ExitCode};

/// Python packages the Alembic tests import (`sqlmodel`: the revisions of
/// the public history in the fixtures use its column types), and squawk.
const PYTHON_PACKAGES: &[&str] = &[
    "alembic",
    "psycopg2-binary",
    "sqlmodel",
    // `migraph lint` is measured against squawk 2.70 (bench/lint.rs, migrate-cli/tests/lint.rs).
    "squawk-cli==2.70.0",
];

pub fn run(args: &[String]) -> ExitCode {
    let root = crate::project_root();
    let tools = root.join("target").join("tools");
    if let Err(err) = install(&tools) {
        eprintln!(
            "error: cannot install the peer tools into {}: {err}",
            tools.display()
        );
        return ExitCode::FAILURE;
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut dirs = vec![tools.join("bin"), tools.join("venv").join("bin")];
    dirs.extend(std::env::split_paths(&path));
    let path = match std::env::join_paths(dirs) {
        Ok(path) => path,
        Err(err) => {
            eprintln!("error: cannot build PATH: {err}");
            return ExitCode::FAILURE;
        }
    };
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .current_dir(&root)
        .args(["test", "--workspace"])
        .args(args)
        .env("PATH", path)
        .env("MIGRAPH_TOOLS_BIN", &tools)
        .status();
    match status {
        Ok(status) => ExitCode::from(status.code().unwrap_or(1).clamp(0, 255) as u8),
        Err(err) => {
            eprintln!("error: cannot run cargo test: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run_cmd(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let status = cmd
        .status()
        .map_err(|err| format!("cannot run {shown}: {err}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

fn succeeds(cmd: &mut Command) -> bool {
    cmd.stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn apt_install(package: &str) -> Result<(), String> {
    eprintln!("test: installing {package} (apt-get)");
    let _ = succeeds(Command::new("apt-get").arg("update"));
    run_cmd(Command::new("apt-get").args(["install", "-y", package]))
}

fn install(tools: &Path) -> Result<(), String> {
    std::fs::create_dir_all(tools).map_err(|err| err.to_string())?;
    let venv = tools.join("venv");
    if !venv.join("bin").join("alembic").exists() {
        if !succeeds(Command::new("python3").args(["-m", "venv", "--help"]))
            || !succeeds(Command::new("python3").args(["-c", "import ensurepip"]))
        {
            apt_install("python3-venv")?;
        }
        eprintln!(
            "test: installing {} into {}",
            PYTHON_PACKAGES.join(", "),
            venv.display()
        );
        run_cmd(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
        run_cmd(
            Command::new(venv.join("bin").join("pip"))
                .args(["install", "--quiet"])
                .args(PYTHON_PACKAGES),
        )?;
    } else if !succeeds(
        Command::new(venv.join("bin").join("python")).args(["-c", "import sqlmodel"]),
    ) || !venv.join("bin").join("squawk").exists()
    {
        run_cmd(
            Command::new(venv.join("bin").join("pip"))
                .args(["install", "--quiet"])
                .args(PYTHON_PACKAGES),
        )?;
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let cargo_install = |krate: &str, features: &str| {
        eprintln!(
            "test: installing {krate} into {} (a few minutes, once)",
            tools.display()
        );
        run_cmd(
            Command::new(&cargo)
                .args([
                    "install",
                    "--locked",
                    krate,
                    "--no-default-features",
                    "--features",
                ])
                .arg(features)
                .arg("--root")
                .arg(tools),
        )
    };
    let bin = tools.join("bin");
    if !bin.join("sqlx").exists() {
        cargo_install("sqlx-cli", "postgres,sqlite,mysql,rustls")?;
    }
    if !bin.join("diesel").exists() {
        if !succeeds(Command::new("dpkg").args(["-s", "libpq-dev"])) {
            apt_install("libpq-dev")?;
        }
        cargo_install("diesel_cli", "postgres,sqlite")?;
    }
    if !bin.join("refinery").exists() {
        cargo_install("refinery_cli", "postgresql")?;
    }
    Ok(())
}
