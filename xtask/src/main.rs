//! `cargo xtask`: every `migraph` command on this repository's `migrations/`,
//! plus repository chores (`bench`, and `test`: the test suite with the
//! peer tools it needs installed). The commands that run revisions go
//! through `examples/app`, which embeds the set (`app`).

mod app;
mod bench;
mod test;
mod tidy;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("bench") => bench::run(&args[1..]),
        Some("test") => test::run(&args[1..]),
        _ => {
            // Paths in output are relative to the repository root, as in the docs.
            if let Err(err) = std::env::set_current_dir(project_root()) {
                eprintln!("error: cannot enter the project root: {err}");
                return ExitCode::FAILURE;
            }
            if app::runs_revisions(&args) {
                return app::run(&args);
            }
            migraph_cli::run(std::iter::once("cargo xtask".to_owned()).chain(args))
        }
    }
}

/// The workspace root: the parent of this crate's manifest directory.
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}
