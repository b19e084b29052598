//! What `migrations!()` adds to an incremental dev build of a leaf crate.
//!
//! Throwaway crates under `target/bench/` depend on the facade by path and
//! share one target directory, so dependencies build once. Each variant's
//! `src/main.rs` is touched and the crate rebuilt; the macro's cost is the
//! median rebuild time with the macro minus the median without it.
//!
//! Two kinds of rebuild: `touch` (incremental, only `src/main.rs` touched)
//! and `full` (`CARGO_INCREMENTAL=0`, as when a migration file changes).
//! A watcher records the peak memory of the leaf crate's rustc and stops a
//! build that passes the memory or time limit.
//!
//! Diagnostic variants split that cost:
//! - `include`: only the `include_str!` of every file the macro tracks;
//! - `expanded`: the macro's output written out by hand (no macro runs);
//! - `opt-macro`: the macro, with the proc macro and its dependencies
//!   optimised (`[profile.dev.build-override] opt-level = 3`);
//! - `opt-parsers`: the macro, with the profile overrides that
//!   `migraph init --dialect` writes (the SQL check's parsers optimised).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

use migraph_core::Migrations;

use super::gen::{self, Shape};
use super::stats::{time, Samples};
use super::watch;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// Depends on `migraph`, does not call the macro.
    Without,
    /// `static M: Migrations = migrations!("../migrations");`
    Macro,
    /// Only `include_str!` of each migration file.
    Include,
    /// The macro's expansion written out as source.
    Expanded,
    /// The macro, built with optimisations.
    OptMacro,
    /// The macro, with the profile overrides `migraph init --dialect`
    /// writes (the SQL check's parsers optimised).
    OptParsers,
}

impl Variant {
    pub fn name(self) -> &'static str {
        match self {
            Variant::Without => "without",
            Variant::Macro => "macro",
            Variant::Include => "include",
            Variant::Expanded => "expanded",
            Variant::OptMacro => "opt-macro",
            Variant::OptParsers => "opt-parsers",
        }
    }
}

/// How the leaf crate is rebuilt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Touch `src/main.rs`, incremental dev build: what editing code in the
    /// crate feels like (rustc may reuse its cached analysis of the data).
    Touch,
    /// `CARGO_INCREMENTAL=0`: the crate compiled from scratch, as after
    /// adding or editing a migration (the embedded data changes) or in CI.
    Full,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Touch => "touch",
            Mode::Full => "full",
        }
    }

    fn target(self) -> &'static str {
        match self {
            Mode::Touch => "macro-target",
            Mode::Full => "macro-target-full",
        }
    }
}

#[derive(Debug)]
pub struct VariantResult {
    pub variant: Variant,
    pub samples: Samples,
    /// Peak resident memory of the leaf crate's rustc, in KiB.
    pub peak_kib: Option<u64>,
    /// Set when the memory or time guard stopped the build.
    pub aborted: Option<String>,
}

#[derive(Debug)]
pub struct ModeResult {
    pub mode: Mode,
    pub variants: Vec<VariantResult>,
}

impl ModeResult {
    pub fn get(&self, variant: Variant) -> Option<&VariantResult> {
        self.variants.iter().find(|v| v.variant == variant)
    }

    /// Median rebuild time of `variant` (not aborted), in seconds.
    pub fn median(&self, variant: Variant) -> Option<f64> {
        self.get(variant)
            .filter(|v| v.aborted.is_none() && !v.samples.is_empty())
            .map(|v| v.samples.median())
    }

    /// Median rebuild time of `variant` minus that of `Without`.
    pub fn cost(&self, variant: Variant) -> Option<f64> {
        Some(self.median(variant)? - self.median(Variant::Without)?)
    }
}

#[derive(Debug)]
pub struct MacroResult {
    pub shape: Shape,
    pub n: usize,
    pub modes: Vec<ModeResult>,
    /// `Migrations::load` of the same directory in this process.
    pub load_here: Samples,
}

/// Where the throwaway crates live and how cargo is invoked.
#[derive(Debug)]
pub struct Env {
    pub workspace: PathBuf,
    pub bench_root: PathBuf,
    pub cargo: String,
    pub verbose: bool,
    pub limits: watch::Limits,
}

/// One build's outcome.
enum Built {
    Done {
        time: Duration,
        peak_kib: Option<u64>,
    },
    Aborted {
        why: String,
        peak_kib: Option<u64>,
    },
}

impl Env {
    fn target_dir(&self, mode: Mode) -> PathBuf {
        self.bench_root.join(mode.target())
    }

    fn crate_dir(&self, variant: Variant, shape: Shape, n: usize) -> PathBuf {
        match variant {
            Variant::Without => self.bench_root.join("macro-without"),
            _ => self
                .bench_root
                .join(format!("macro-{}-{n}", shape.name()))
                .join(variant.name()),
        }
    }

    fn package(variant: Variant, shape: Shape, n: usize) -> String {
        match variant {
            Variant::Without => "bench-without".to_owned(),
            _ => format!("bench-{}-{}-{n}", variant.name(), shape.name()),
        }
    }

    fn binary(&self, mode: Mode, variant: Variant, shape: Shape, n: usize) -> PathBuf {
        let mut name = Self::package(variant, shape, n);
        name.push_str(std::env::consts::EXE_SUFFIX);
        self.target_dir(mode).join("debug").join(name)
    }

    fn cargo_build(
        &self,
        mode: Mode,
        variant: Variant,
        shape: Shape,
        n: usize,
    ) -> Result<Built, String> {
        let dir = self.crate_dir(variant, shape, n);
        let log_path = dir.join("build.log");
        let log = std::fs::File::create(&log_path)
            .map_err(|e| format!("cannot write {}: {e}", log_path.display()))?;
        let log2 = log
            .try_clone()
            .map_err(|e| format!("cannot write {}: {e}", log_path.display()))?;
        let mut cmd = Command::new(&self.cargo);
        cmd.arg("build")
            .arg("--manifest-path")
            .arg(dir.join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", self.target_dir(mode))
            // The macro reads this before CARGO_MANIFEST_DIR (for trybuild).
            .env_remove("MIGRAPH_MANIFEST_DIR")
            .stdout(log)
            .stderr(log2);
        if mode == Mode::Full {
            cmd.env("CARGO_INCREMENTAL", "0");
        }
        if !self.verbose {
            cmd.arg("--quiet");
        }
        let crate_name = Self::package(variant, shape, n).replace('-', "_");
        let watched = watch::run(cmd, &crate_name, self.limits)
            .map_err(|e| format!("cannot run {}: {e}", self.cargo))?;
        if self.verbose {
            if let Ok(text) = std::fs::read_to_string(&log_path) {
                eprint!("{text}");
            }
        }
        if let Some(why) = watched.aborted {
            return Ok(Built::Aborted {
                why,
                peak_kib: watched.peak_kib,
            });
        }
        if watched.status.success() {
            return Ok(Built::Done {
                time: watched.elapsed,
                peak_kib: watched.peak_kib,
            });
        }
        let text = std::fs::read_to_string(&log_path).unwrap_or_default();
        let tail: Vec<&str> = text.lines().rev().take(40).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        Err(format!(
            "cargo build in {} failed ({}):\n{}",
            dir.display(),
            watched.status,
            tail.join("\n")
        ))
    }
}

fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn manifest(env: &Env, package: &str, variant: Variant) -> String {
    let mut text = format!(
        "# Generated by `cargo xtask bench`; safe to delete.\n\
         [package]\nname = \"{package}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nmigraph = {{ path = {:?} }}\n\n\
         # Not part of the repository's workspace.\n[workspace]\n",
        env.workspace.display().to_string()
    );
    if variant == Variant::OptMacro {
        text.push_str("\n[profile.dev.build-override]\nopt-level = 3\n");
    }
    if variant == Variant::OptParsers {
        text.push('\n');
        text.push_str(migraph_core::settings::PROFILE_OVERRIDES);
    }
    text
}

const WITHOUT_MAIN: &str = "\
static M: Option<&migraph::Migrations> = None;

fn main() {
    println!(\"{}\", M.map_or(0, |m| m.len()));
}
";

const MACRO_MAIN: &str = "\
static M: migraph::Migrations = migraph::migrations!(\"../migrations\");

fn main() {
    println!(\"{}\", M.len());
}
";

fn include_main(files: &[PathBuf]) -> String {
    let mut text = String::new();
    for f in files {
        let _ = writeln!(
            text,
            "const _: &str = ::core::include_str!({:?});",
            f.display().to_string()
        );
    }
    text.push('\n');
    text.push_str(WITHOUT_MAIN);
    text
}

/// The macro's expansion, written as the macro writes it for a crate whose
/// build script watches the directory (see `migrate-macros/src/quote.rs`):
/// one encoded literal. Only used to split the macro's cost.
fn expanded_main(m: &Migrations, _files: &[PathBuf]) -> String {
    let policy = m.policy();
    format!(
        "static M: migraph::Migrations = ::migraph::__private::Migrations::__from_encoded({:?}, {:?}, {}, {}, &[]);\n\n\
         fn main() {{\n    println!(\"{{}}\", M.len());\n}}\n",
        m.dir(),
        m.__encode(),
        policy.allow_multiple_heads,
        policy.allow_multiple_bases
    )
}

fn touch(path: &Path) -> Result<(), String> {
    std::fs::File::options()
        .append(true)
        .open(path)
        .and_then(|f| f.set_modified(SystemTime::now()))
        .map_err(|e| format!("cannot touch {}: {e}", path.display()))
}

fn mtime(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Sets up the crates for `variants` at (shape, n); then, for each mode,
/// warms them up and measures `iters` rebuilds of each, interleaved.
pub fn run(
    env: &Env,
    shape: Shape,
    n: usize,
    variants: &[Variant],
    modes: &[(Mode, usize)],
) -> Result<MacroResult, String> {
    let case_dir = env.bench_root.join(format!("macro-{}-{n}", shape.name()));
    let mig_dir = case_dir.join("migrations");
    gen::write_dir(&mig_dir, shape, n)
        .map_err(|e| format!("cannot write {}: {e}", mig_dir.display()))?;

    // What the macro sees: the same directory, named as in the source.
    let mut load_here = Samples::default();
    let mut loaded = None;
    for _ in 0..3 {
        let (m, d) = time(|| {
            Migrations::load_from(
                "../migrations",
                &mig_dir,
                &migraph_core::GraphPolicy::default(),
            )
        });
        load_here.push(d);
        loaded = Some(m.map_err(|p| format!("{}: {p}", mig_dir.display()))?);
    }
    let (m, files) = loaded.ok_or("no load")?;

    let lock = std::fs::read_to_string(env.workspace.join("Cargo.lock")).ok();
    for &variant in variants {
        let dir = env.crate_dir(variant, shape, n);
        let package = Env::package(variant, shape, n);
        write_if_changed(&dir.join("Cargo.toml"), &manifest(env, &package, variant))?;
        if let Some(lock) = &lock {
            // Same versions as the workspace, and no registry look-up.
            if !dir.join("Cargo.lock").exists() {
                write_if_changed(&dir.join("Cargo.lock"), lock)?;
            }
        }
        let main = match variant {
            Variant::Without => WITHOUT_MAIN.to_owned(),
            Variant::Macro | Variant::OptMacro | Variant::OptParsers => MACRO_MAIN.to_owned(),
            Variant::Include => include_main(&files),
            Variant::Expanded => expanded_main(&m, &files),
        };
        write_if_changed(&dir.join("src/main.rs"), &main)?;
        // The one-time set-up `migraph init` writes; in every variant, so its
        // (tiny) cost cancels out of the difference.
        write_if_changed(
            &dir.join("build.rs"),
            "fn main() {\n    println!(\"cargo:rerun-if-changed=../migrations\");\n}\n",
        )?;
    }
    drop(m);

    let mut out = Vec::new();
    // A variant the guard stopped in one mode is not tried in the next.
    let mut stopped: Vec<(Variant, String, Option<u64>)> = Vec::new();
    for &(mode, iters) in modes {
        eprintln!(
            "  {} build, {} variants x {iters} ...",
            mode.name(),
            variants.len()
        );
        let mut results: Vec<VariantResult> = variants
            .iter()
            .map(|&variant| {
                let prior = stopped.iter().find(|(v, _, _)| *v == variant);
                VariantResult {
                    variant,
                    samples: Samples::default(),
                    peak_kib: prior.and_then(|p| p.2),
                    aborted: prior.map(|p| format!("not run ({})", p.1)),
                }
            })
            .collect();
        // Warm-up, untimed: a first build (dependencies the first time),
        // then one more rebuild each.
        for r in results.iter_mut().filter(|r| r.aborted.is_none()) {
            for _ in 0..2 {
                touch(&env.crate_dir(r.variant, shape, n).join("src/main.rs"))?;
                if let Built::Aborted { why, peak_kib } =
                    env.cargo_build(mode, r.variant, shape, n)?
                {
                    eprintln!("  {} {}: stopped: {why}", r.variant.name(), mode.name());
                    r.aborted = Some(why.clone());
                    r.peak_kib = peak_kib;
                    stopped.push((r.variant, why, peak_kib));
                    break;
                }
            }
        }
        // Every variant must really embed the directory.
        for r in results.iter().filter(|r| r.aborted.is_none()) {
            let bin = env.binary(mode, r.variant, shape, n);
            let out = Command::new(&bin)
                .output()
                .map_err(|e| format!("cannot run {}: {e}", bin.display()))?;
            let printed = String::from_utf8_lossy(&out.stdout).trim().to_owned();
            let want = match r.variant {
                Variant::Without | Variant::Include => 0,
                _ => n,
            };
            if printed != want.to_string() {
                return Err(format!(
                    "{} printed '{printed}', expected {want}",
                    bin.display()
                ));
            }
        }
        for i in 0..iters {
            // Rotate the order so no variant always follows the same one.
            let len = results.len();
            for k in 0..len {
                let r = &mut results[(i + k) % len];
                if r.aborted.is_some() {
                    continue;
                }
                let bin = env.binary(mode, r.variant, shape, n);
                let before = mtime(&bin);
                touch(&env.crate_dir(r.variant, shape, n).join("src/main.rs"))?;
                match env.cargo_build(mode, r.variant, shape, n)? {
                    Built::Done { time, peak_kib } => {
                        r.samples.push(time);
                        r.peak_kib = r.peak_kib.max(peak_kib);
                        if mtime(&bin) == before {
                            eprintln!(
                                "warning: {} was not rebuilt after touching src/main.rs",
                                bin.display()
                            );
                        }
                    }
                    Built::Aborted { why, peak_kib } => {
                        eprintln!("  {} {}: stopped: {why}", r.variant.name(), mode.name());
                        r.aborted = Some(why);
                        r.peak_kib = r.peak_kib.max(peak_kib);
                    }
                }
            }
        }
        out.push(ModeResult {
            mode,
            variants: results,
        });
    }
    Ok(MacroResult {
        shape,
        n,
        modes: out,
        load_here,
    })
}
