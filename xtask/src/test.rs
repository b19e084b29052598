//! `cargo xtask test`: installs the peer tools the adoption tests run
//! (Alembic in a Python venv, sqlx-cli, diesel_cli, refinery_cli) and the
//! linter `migraph lint` is compared with (squawk, in the same venv) into
//! `<target>/tools/` when they are missing, then runs `cargo test
//! --workspace` with them on `PATH` and `MIGRAPH_TOOLS_BIN` naming the
//! directory. Extra arguments go to `cargo test`; its exit code is the
//! command's.
//!
//! `<target>` is `CARGO_TARGET_DIR` when set, else the repository's
//! `target/`. A first run on a fresh machine is mostly compiling: the
//! tools are built with the features the tests use and nothing more
//! (diesel_cli and refinery_cli, which only the tests run, unoptimised;
//! sqlx-cli optimised, since the benchmarks time it), one after another in
//! one build directory so that they share their common dependencies, while
//! the workspace's tests compile beside them. Tests that skip (a server or
//! a tool missing) are listed at the end.

use std::path::{Path, PathBuf};
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

/// A peer tool built from crates.io: crate, binary, features (only what the
/// tests and benchmarks use), and whether it is built optimised.
struct Tool {
    krate: &'static str,
    binary: &'static str,
    features: &'static str,
    release: bool,
}

const TOOLS: &[Tool] = &[
    // PostgreSQL and SQLite (adoption tests); timed by `bench compare` and
    // `bench fanout`, so optimised as users run it. No TLS: local servers.
    Tool {
        krate: "sqlx-cli",
        binary: "sqlx",
        features: "postgres,sqlite",
        release: true,
    },
    // PostgreSQL only (the adoption tests).
    Tool {
        krate: "diesel_cli",
        binary: "diesel",
        features: "postgres",
        release: false,
    },
    Tool {
        krate: "refinery_cli",
        binary: "refinery",
        features: "postgresql",
        release: false,
    },
];

pub fn run(args: &[String]) -> ExitCode {
    let root = crate::project_root();
    let target = target_dir(&root);
    let tools = target.join("tools");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    // The tools and the workspace's tests build at once; the tests run
    // once both are done.
    let installed = std::thread::scope(|scope| {
        let install = scope.spawn(|| install(&tools, &cargo));
        let mut build = Command::new(&cargo);
        build.current_dir(&root).args(["test", "--workspace"]);
        // Before the arguments: after a `--` it would go to the tests.
        let mut cargo_args = args.iter().take_while(|arg| *arg != "--");
        if !cargo_args.any(|arg| arg == "--no-run") {
            build.arg("--no-run");
        }
        let built = build.args(args).status();
        if !built.is_ok_and(|status| status.success()) {
            // `cargo test` below reports the build's errors.
            eprintln!("test: the test build failed; waiting for the tools to finish");
        }
        install
            .join()
            .unwrap_or_else(|_| Err("the installer panicked".to_owned()))
    });
    if let Err(err) = installed {
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
    let skips = target.join("test-skips.log");
    let _ = std::fs::remove_file(&skips);
    let status = Command::new(&cargo)
        .current_dir(&root)
        .args(["test", "--workspace"])
        .args(args)
        .env("PATH", path)
        .env("MIGRAPH_TOOLS_BIN", &tools)
        .env("MIGRAPH_SKIP_LOG", &skips)
        .status();
    report_skips(&skips);
    match status {
        Ok(status) => ExitCode::from(status.code().unwrap_or(1).clamp(0, 255) as u8),
        Err(err) => {
            eprintln!("error: cannot run cargo test: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Where cargo builds: `CARGO_TARGET_DIR` (relative to the directory cargo
/// was started in), else `target/` in the repository.
fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR").filter(|dir| !dir.is_empty()) {
        Some(dir) => std::env::current_dir()
            .map(|here| here.join(&dir))
            .unwrap_or_else(|_| PathBuf::from(dir)),
        None => root.join("target"),
    }
}

/// The tests that skipped, after the harness's own summary (which counts a
/// skipped test as passed).
fn report_skips(log: &Path) {
    let Ok(text) = std::fs::read_to_string(log) else {
        return;
    };
    let mut lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    lines.sort_unstable();
    lines.dedup();
    if lines.is_empty() {
        return;
    }
    eprintln!(
        "\ntest: {} test{} SKIPPED (reported as passed above); set MIGRAPH_REQUIRE_DB=1 to fail them instead:",
        lines.len(),
        if lines.len() == 1 { "" } else { "s" }
    );
    for line in lines {
        eprintln!("  {line}");
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

fn install(tools: &Path, cargo: &str) -> Result<(), String> {
    std::fs::create_dir_all(tools).map_err(|err| err.to_string())?;
    let missing: Vec<&Tool> = TOOLS
        .iter()
        .filter(|tool| !tools.join("bin").join(tool.binary).exists())
        .collect();
    if missing.iter().any(|tool| tool.krate == "diesel_cli")
        && !succeeds(Command::new("dpkg").args(["-s", "libpq-dev"]))
    {
        apt_install("libpq-dev")?;
    }
    // pip downloads while cargo compiles.
    std::thread::scope(|scope| {
        let python = scope.spawn(|| install_python(tools));
        // One build directory for the three, so that what they share is
        // compiled once; removed afterwards (only the binaries are kept).
        let build = tools.join("build");
        let built = missing
            .iter()
            .try_for_each(|tool| cargo_install(cargo, tool, tools, &build));
        let _ = std::fs::remove_dir_all(&build);
        let python = python
            .join()
            .unwrap_or_else(|_| Err("the venv installer panicked".to_owned()));
        built.and(python)
    })
}

fn cargo_install(cargo: &str, tool: &Tool, tools: &Path, build: &Path) -> Result<(), String> {
    eprintln!(
        "test: building {} ({}{}) into {}, once",
        tool.krate,
        tool.features,
        if tool.release { "" } else { ", unoptimised" },
        tools.display()
    );
    let mut command = Command::new(cargo);
    command
        .args([
            "install",
            "--locked",
            tool.krate,
            "--no-default-features",
            "--features",
        ])
        .arg(tool.features)
        .arg("--root")
        .arg(tools)
        .arg("--target-dir")
        .arg(build);
    if !tool.release {
        command.arg("--debug");
    }
    run_cmd(&mut command)
}

fn install_python(tools: &Path) -> Result<(), String> {
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
    Ok(())
}
