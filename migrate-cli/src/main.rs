//! The `migraph` binary.

fn main() -> std::process::ExitCode {
    migraph_cli::run(std::env::args_os())
}
