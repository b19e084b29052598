//! An application that carries its migrations: at start-up it upgrades its
//! database to the embedded head, and `example-app migrate <command>` runs
//! any migraph command over the embedded set, with no files on the host.
//!
//! The database comes from `DATABASE_URL` (PostgreSQL, MySQL or SQLite),
//! else the SQLite file `app.db` in the working directory.
//!
//! Its set is the repository's own `migrations/`, live: a revision added
//! there is in the next build of this binary, the build refuses what the
//! macro refuses (a second head, SQL that does not parse), and the Rust
//! code revision there (a backfill in batches) is compiled and type-checked
//! as part of this crate. `cargo xtask upgrade` runs through this binary.
//!
//! `example-app timescale <command>` runs the CLI over a second set,
//! `examples/timescale/migrations`, whose `migrate.toml` declares
//! PostgreSQL: the declared dialect is embedded with the set, so without a
//! PostgreSQL URL the embedded CLI refuses, as the directory CLI does.

use std::ffi::OsString;
use std::process::ExitCode;

use migraph::sqlx::{MySqlPool, PgPool, SqlitePool};
use migraph::{migrations, Migrations, Target};

static MIGRATIONS: Migrations = migrations!("../../migrations");

/// A set declared for PostgreSQL (`dialect = "postgres"` in its migrate.toml).
static TIMESCALE: Migrations = migrations!("../timescale/migrations");

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    if args.first().is_some_and(|a| a == "migrate") {
        // `migraph` stands where the CLI expects its program name.
        return migraph_cli::run_embedded(&MIGRATIONS, args);
    }
    if args.first().is_some_and(|a| a == "timescale") {
        return migraph_cli::run_embedded(&TIMESCALE, args);
    }
    let url =
        std::env::var("DATABASE_URL").unwrap_or_else(|_| "sqlite://app.db?mode=rwc".to_owned());
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("error: cannot start the runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(start(&url)) {
        Ok(current) => {
            println!("database at {}; ready", current.join(", "));
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Start-up: bring the schema to the embedded head, whatever replicas do
/// at the same moment (the migrator takes the database's lock).
async fn start(url: &str) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let report = if url.starts_with("postgres") {
        let pool = PgPool::connect(url).await?;
        MIGRATIONS.upgrade(&pool, Target::HEADS).await?
    } else if url.starts_with("mysql") {
        let pool = MySqlPool::connect(url).await?;
        MIGRATIONS.upgrade(&pool, Target::HEADS).await?
    } else {
        let pool = SqlitePool::connect(url).await?;
        MIGRATIONS.upgrade(&pool, Target::HEADS).await?
    };
    for step in &report.steps {
        println!(
            "applied {} in {} ms",
            step.revision,
            step.elapsed.as_millis()
        );
    }
    Ok(report.current)
}
