//! The `migrate` binary.

fn main() -> std::process::ExitCode {
    migrate_cli::run(std::env::args_os())
}
