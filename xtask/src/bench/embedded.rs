//! A throwaway binary that embeds a generated revision set with
//! `migrations!()` and runs the CLI over it (`migraph_cli::run_embedded`),
//! as an application that carries its migrations does: no migration files
//! are read when it starts.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Writes and builds (release) a crate at `crate_dir` embedding the set's
/// `ours` directory beside it (`write_set`'s layout); returns the binary. Builds into the workspace's
/// `target` with its `Cargo.lock`, so the dependencies are reused.
pub fn build(root: &Path, cargo: &str, crate_dir: &Path, name: &str) -> Result<PathBuf, String> {
    let io = |what: &Path, e: std::io::Error| format!("{}: {e}", what.display());
    let src = crate_dir.join("src");
    std::fs::create_dir_all(&src).map_err(|e| io(&src, e))?;
    let write = |path: PathBuf, text: String| std::fs::write(&path, text).map_err(|e| io(&path, e));
    // Its own workspace: it lives under the repository's `target`.
    write(
        crate_dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\nmigraph = {{ path = \"{root}\", features = [\"postgres\"] }}\n\
             migraph-cli = {{ path = \"{root}/migrate-cli\" }}\n\n[workspace]\n",
            root = root.display()
        ),
    )?;
    // The watch `migraph init` writes, so the macro need not `include_str!` each file.
    write(
        crate_dir.join("build.rs"),
        "fn main() {\n    println!(\"cargo:rerun-if-changed=../ours\");\n}\n".to_owned(),
    )?;
    write(
        src.join("main.rs"),
        "//! A bench binary that embeds its migrations.\n\n\
         static MIGRATIONS: migraph::Migrations = migraph::migrations!(\"../ours\");\n\n\
         fn main() -> std::process::ExitCode {\n    \
         migraph_cli::run_embedded(&MIGRATIONS, std::env::args_os())\n}\n"
            .to_owned(),
    )?;
    let lock = crate_dir.join("Cargo.lock");
    std::fs::copy(root.join("Cargo.lock"), &lock).map_err(|e| io(&lock, e))?;
    let target = root.join("target");
    let status = Command::new(cargo)
        .current_dir(crate_dir)
        .args(["build", "--quiet", "--release", "--target-dir"])
        .arg(&target)
        .status()
        .map_err(|e| format!("cargo build ({name}): {e}"))?;
    if !status.success() {
        return Err(format!("cargo build of the embedding binary {name} failed"));
    }
    Ok(target.join("release").join(name))
}
