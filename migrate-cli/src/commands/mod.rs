//! One module per group of commands; each takes the parsed [`Cli`] and
//! writes to the given output.

mod autogenerate;
#[cfg(feature = "sql-check")]
mod check_cache;
pub(crate) mod db;
mod graph;
mod init;
#[cfg(feature = "sql-check")]
mod lint;
mod new;

use std::io::Write;

use migraph_core::{Direction, GraphPolicy, Migrations, Repair, Settings, SqlDialect};

use crate::cli::{Cli, Command};
use crate::Failure;

/// Runs the command over the embedded set, or else the directory; `Ok`
/// carries the exit code (0, or 3 from `check`).
pub fn run(cli: &Cli, embedded: Option<&Migrations>, out: &mut dyn Write) -> Result<u8, Failure> {
    let done = |result: Result<(), Failure>| result.map(|()| 0);
    crate::fleet::refuse_elsewhere(cli)?;
    match (&cli.command, embedded) {
        (Command::Completions { shell }, _) => {
            let mut command = <Cli as clap::CommandFactory>::command();
            let name = command.get_name().to_owned();
            // Into a buffer: clap_complete panics on a failed write (a closed pipe).
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut command, name, &mut script);
            out.write_all(&script)?;
            return Ok(0);
        }
        // Written into the source tree's directory, replayed from the set
        // the binary embeds (its code revisions compiled in).
        (
            Command::New {
                autogenerate: true, ..
            },
            _,
        ) => return autogenerate::new(cli, embedded, out),
        (Command::New { .. } | Command::Merge { .. } | Command::Init { .. }, Some(_)) => {
            return Err(Failure(
                "new, merge and init write files; run them in the source tree \
                 (cargo xtask new-migration, or migraph --dir <path>)"
                    .to_owned(),
            ))
        }
        (Command::New { desired, .. }, None) if desired.any() => {
            return usage_error("--schema, --from-url and --dev-url go with --autogenerate")
        }
        (Command::New { .. } | Command::Merge { .. }, None) => return done(new::run(cli, out)),
        (
            Command::Import {
                tool,
                source,
                upgrade_sql,
                downgrade_sql,
            },
            _,
        ) => {
            let options = crate::import::Options {
                upgrade_sql: upgrade_sql.clone(),
                downgrade_sql: downgrade_sql.clone(),
            };
            return done(crate::import::run(*tool, source, &dir(cli), &options, out));
        }
        (
            Command::Init {
                path,
                dialect,
                migrate_path,
            },
            None,
        ) => {
            let init = init::Init {
                krate: path,
                dir: &cli.dir,
                dialect: dialect.as_deref(),
                database: cli.database.as_deref(),
                migrate_path: migrate_path.as_deref(),
            };
            return done(init::run(init, out));
        }
        _ => {}
    }
    // `current` reads the database too, and changes nothing: like the graph
    // commands, it works while the directory has heads left to merge.
    let read_only = matches!(
        cli.command,
        Command::Heads
            | Command::Branches
            | Command::History { .. }
            | Command::Show { .. }
            | Command::Current
    );
    let loaded;
    let migrations = match embedded {
        Some(migrations) => migrations,
        None if checks_like_the_build(&cli.command) => {
            // What the build refuses, no command applies or records: the
            // macro's loader, its SQL check and denied lint rules included.
            // `check` checks every time; the others remember a pass.
            loaded = if matches!(cli.command, Command::Check { .. }) {
                load_checked(cli, &policy(cli))?
            } else {
                load_checked_once(cli, &policy(cli))?
            };
            &loaded
        }
        None if read_only => {
            loaded = load_for_reading(cli)?;
            &loaded
        }
        None => {
            loaded = load(cli)?;
            &loaded
        }
    };
    match &cli.command {
        Command::Heads => done(graph::heads(migrations, cli.json, cli.verbose, out)),
        Command::Branches => done(graph::branches(migrations, cli.json, cli.verbose, out)),
        Command::History { range } => {
            let range = range.as_deref();
            // With a database given (or `current` in the range), mark its
            // current revisions.
            let current = if database_given(cli)? || range.is_some_and(graph::names_current) {
                current_ids(cli, migrations, embedded.is_some())?
            } else {
                Vec::new()
            };
            done(graph::history(
                migrations,
                cli.json,
                range,
                cli.verbose,
                &current,
                out,
            ))
        }
        Command::Show { revision } => done(graph::show(migrations, cli.json, revision, out)),
        #[cfg(feature = "sql-check")]
        Command::Lint => lint::run(
            cli,
            migrations,
            database_given(cli)?,
            embedded.is_some(),
            out,
        ),
        #[cfg(not(feature = "sql-check"))]
        Command::Lint => Err(Failure(
            "lint is not in this build: migraph-cli was compiled without its feature \"sql-check\""
                .to_owned(),
        )),
        Command::Check { desired } if desired.any() => {
            autogenerate::check(cli, migrations, embedded.is_none(), desired, out)
        }
        _ => run_with_database(cli, migrations, embedded.is_none(), out),
    }
}

/// The commands that load the directory exactly as `migrations!()` does:
/// every command that runs revisions or records them (on the database, or
/// on `verify`'s scratch one), and `check`, which says whether the
/// directory is ready to apply. `current`, `lint` and the graph commands
/// read a set the build would refuse, to help fix it.
fn checks_like_the_build(command: &Command) -> bool {
    matches!(
        command,
        Command::Upgrade { .. }
            | Command::Downgrade { .. }
            | Command::Stamp { .. }
            | Command::Repair { .. }
            | Command::Adopt { .. }
            | Command::Verify { .. }
            | Command::Check { .. }
    )
}

/// Whether the user names a database (the flag, the environment, `.env`),
/// as opposed to a default (`migrate.toml`'s `url`, the SQLite file).
fn database_given(cli: &Cli) -> Result<bool, Failure> {
    Ok(crate::database::named(cli).map_err(Failure)?.is_some())
}

fn current_ids(cli: &Cli, migrations: &Migrations, embedded: bool) -> Result<Vec<String>, Failure> {
    let chosen = match crate::database::choose(cli, migrations, embedded) {
        Ok(chosen) => chosen,
        Err(refusal) => return Err(Failure(refusal.message().to_owned())),
    };
    let cx = db::Context {
        cli,
        url: chosen.url,
    };
    runtime()?.block_on(db::current_ids(&cx, migrations))
}

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|err| Failure(format!("cannot start the async runtime: {err}")))
}

/// Runs a database command over a migration set: the directory's
/// (`from_directory`), or the set an application embeds (whose settings
/// came with it: the same dialect rules apply).
pub fn run_with_database(
    cli: &Cli,
    migrations: &Migrations,
    from_directory: bool,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let embedded = !from_directory;
    if cli.each.is_set() {
        return crate::fleet::run(cli, migrations, embedded, out);
    }
    // A set declared for a server has no default database: a SQLite file
    // would be the wrong database, silently. A URL of another database is
    // refused before anything connects.
    let chosen = match crate::database::choose(cli, migrations, embedded) {
        Ok(chosen) => chosen,
        Err(crate::database::Refusal::NoDatabase(_))
            if is_offline_sql(&cli.command) && migrations.settings().dialect.is_some() =>
        {
            // `--sql` renders the declared dialect; no database is opened.
            let dialect = migrations.settings().dialect.unwrap_or(SqlDialect::Sqlite);
            crate::database::Chosen {
                url: crate::database::parse_url(&format!("{dialect}://")).map_err(Failure)?,
                source: crate::database::Source::Default,
            }
        }
        Err(crate::database::Refusal::Invalid(message)) => return Err(Failure(message)),
        Err(refusal) => return usage_error(refusal.message()),
    };
    let source = chosen.source;
    let url = chosen.url;
    let cx = db::Context { cli, url };
    if cli.verbose {
        let migrator = migrations.migrator();
        let table = match (&cli.table_schema, &cli.table) {
            (None, None) => migrator.bookkeeping_table().to_string(),
            (schema, table) => format!(
                "{}{}",
                schema
                    .as_deref()
                    .map(|s| format!("{s}."))
                    .unwrap_or_default(),
                table
                    .as_deref()
                    .unwrap_or(migraph_core::ledger::DEFAULT_TABLE)
            ),
        };
        eprintln!(
            "database: {} (from {source}; bookkeeping table {table})",
            cx.url
        );
    }
    runtime()?.block_on(async {
        match &cli.command {
            Command::Upgrade {
                target,
                dry_run,
                sql,
                atomic,
                sync_every_revision,
            }
            | Command::Downgrade {
                target,
                dry_run,
                sql,
                atomic,
                sync_every_revision,
            } => {
                let direction = match cli.command {
                    Command::Upgrade { .. } => Direction::Up,
                    _ => Direction::Down,
                };
                let mv = db::Move {
                    direction,
                    target,
                    dry_run: *dry_run,
                    sql: *sql,
                    atomic: *atomic,
                    sync_every_revision: *sync_every_revision,
                };
                db::migrate(&cx, migrations, mv, out).await
            }
            Command::Current => db::current(&cx, migrations, out).await,
            Command::Stamp { target, purge } => {
                db::stamp(&cx, migrations, target, *purge, out).await
            }
            Command::Check { .. } => db::check(&cx, migrations, out).await,
            Command::Verify { prepare } => {
                db::verify(&cx, migrations, prepare.as_deref(), out).await
            }
            Command::Repair {
                revisions,
                accept_checksum,
                applied,
                ..
            } => {
                let repair = if *accept_checksum {
                    Repair::AcceptChecksum
                } else if *applied {
                    Repair::MarkApplied
                } else {
                    Repair::MarkNotApplied
                };
                db::repair(&cx, migrations, revisions, repair, out).await
            }
            Command::Adopt {
                tool,
                dry_run,
                source,
            } => {
                let adopt = crate::adopt::Adopt {
                    tool: *tool,
                    dry_run: *dry_run,
                    source: source.as_deref(),
                };
                crate::adopt::run(&cx, migrations, adopt, out).await
            }
            _ => Err(Failure(
                "this command works on the migration directory, not on embedded migrations"
                    .to_owned(),
            )),
        }
    })
}

pub fn policy(cli: &Cli) -> GraphPolicy {
    GraphPolicy::default()
        .allow_multiple_heads(cli.allow_multiple_heads)
        .allow_multiple_bases(cli.allow_multiple_bases)
}

/// The migration directory: `--dir`, or `<dir>/<NAME>` with `--database NAME`.
pub fn dir(cli: &Cli) -> std::path::PathBuf {
    match &cli.database {
        Some(name) => cli.dir.join(name),
        None => cli.dir.clone(),
    }
}

/// Loads the directory for the commands that only read the graph: several
/// heads or bases are shown, not refused (that is when a user needs `heads`
/// and `history`), with a warning on stderr that the macro will not compile
/// the directory and how to fix it. Any other problem still refuses.
fn load_for_reading(cli: &Cli) -> Result<Migrations, Failure> {
    let lenient = policy(cli)
        .allow_multiple_heads(true)
        .allow_multiple_bases(true)
        .allow_review_markers(true);
    let migrations = Migrations::load_with(dir(cli), &lenient)?;
    let mut problems = migrations.shape_problems(&policy(cli));
    problems.extend_from_slice(migrations.review_markers());
    warn_will_not_compile(&problems);
    Ok(migrations)
}

/// Says on stderr what stops the build (and the commands that change a
/// database) in a set that a read-only command showed anyway.
fn warn_will_not_compile(problems: &[migraph_core::Problem]) {
    if problems.is_empty() {
        return;
    }
    let color = crate::output::use_color(&std::io::stderr());
    let label = crate::output::paint("warning", "1;33", color);
    for problem in problems {
        eprintln!(
            "{label}: {}",
            crate::program::localize(&problem.to_string())
        );
    }
    eprintln!(
        "{label}: migrations!() will not compile this directory until then; \
         check, upgrade and the other commands that use a database refuse it too"
    );
}

/// Loads the directory with the macro's checks of the graph (and of
/// `migrate.toml`), without the SQL check: for `current` and `lint`, which
/// change nothing. Revisions still under review load (with a warning): a
/// reviewer lints them.
pub fn load(cli: &Cli) -> Result<Migrations, Failure> {
    let migrations = Migrations::load_with(dir(cli), &policy(cli).allow_review_markers(true))?;
    warn_will_not_compile(migrations.review_markers());
    Ok(migrations)
}

/// [`load_checked`], skipped where the same files passed it before under
/// the same policy and program ([`check_cache`]).
#[cfg(feature = "sql-check")]
fn load_checked_once(cli: &Cli, policy: &GraphPolicy) -> Result<Migrations, Failure> {
    let directory = dir(cli);
    let display = directory.to_string_lossy();
    let mark = match Migrations::load_from(&display, &directory, policy) {
        // Without a dialect the checked load is this one.
        Ok((migrations, _)) if migrations.settings().dialect.is_none() => return Ok(migrations),
        Ok((migrations, read)) => match check_cache::Mark::of(&read, policy) {
            Some(mark) if mark.is_set() => {
                if cli.verbose {
                    eprintln!(
                        "note: these files passed the build's checks before ({})",
                        mark.path().display()
                    );
                }
                return Ok(migrations);
            }
            mark => mark,
        },
        // Reported by the checked load, with the SQL check's own problems.
        Err(_) => None,
    };
    let migrations = load_checked(cli, policy)?;
    if let Some(mark) = mark {
        mark.set();
    }
    Ok(migrations)
}

#[cfg(not(feature = "sql-check"))]
fn load_checked_once(cli: &Cli, policy: &GraphPolicy) -> Result<Migrations, Failure> {
    load_checked(cli, policy)
}

/// Loads the directory with exactly the macro's checks, the SQL check of a
/// set whose `migrate.toml` declares a dialect included; without one, says
/// once on stderr that the SQL was not checked.
pub fn load_checked(cli: &Cli, policy: &GraphPolicy) -> Result<Migrations, Failure> {
    let directory = dir(cli);
    let display = directory.to_string_lossy();
    #[cfg(feature = "sql-check")]
    let (migrations, _) = Migrations::load_checked(&display, &directory, policy)
        .map_err(|problems| Failure(migraph_core::Error::Invalid(problems).to_string()))?;
    // Without the SQL check, a set whose SQL the build checks is refused
    // rather than applied unchecked.
    #[cfg(not(feature = "sql-check"))]
    let (migrations, _) = match Migrations::load_from(&display, &directory, policy) {
        Ok((migrations, _)) if migrations.settings().dialect.is_some() => {
            return Err(Failure(format!(
                "{} declares a dialect, and this program was built without migraph-cli's \
                 feature \"sql-check\", so it cannot check the SQL as the build does; use the \
                 migraph binary, or the program that embeds the set",
                crate::database::settings_file(&migrations)
            )))
        }
        loaded => loaded
            .map_err(|problems| Failure(migraph_core::Error::Invalid(problems).to_string()))?,
    };
    if matches!(cli.command, Command::Check { .. }) && migrations.settings().dialect.is_none() {
        eprintln!(
            "note: {}, so the SQL of the revisions was not checked; \
             write dialect = \"postgres\" (or sqlite, mysql) in {}, or run 'migraph init --dialect D'",
            no_dialect(&directory),
            directory.join(migraph_core::settings::FILE_NAME).display()
        );
    }
    Ok(migrations)
}

/// Where the directory's dialect is missing from: its `migrate.toml`
/// declares none, or it has no `migrate.toml`.
pub(crate) fn no_dialect(directory: &std::path::Path) -> String {
    let file = directory.join(migraph_core::settings::FILE_NAME);
    if file.exists() {
        format!("{} declares no dialect", file.display())
    } else {
        format!(
            "{} has no {} declaring a dialect",
            directory.display(),
            migraph_core::settings::FILE_NAME
        )
    }
}

/// The dialect the directory's `migrate.toml` declares (its problems were
/// reported by the load), for `new`, which writes before any set is loaded.
pub(crate) fn declared_dialect(cli: &Cli) -> Option<SqlDialect> {
    let directory = dir(cli);
    Settings::read(&directory.to_string_lossy(), &directory)
        .ok()
        .and_then(|settings| settings.dialect)
}

fn is_offline_sql(command: &Command) -> bool {
    matches!(
        command,
        Command::Upgrade { sql: true, .. } | Command::Downgrade { sql: true, .. }
    )
}

/// A usage error found after parsing: printed as clap prints its own, exit 2.
fn usage_error(message: &str) -> Result<u8, Failure> {
    eprintln!("error: {message}");
    Ok(2)
}
