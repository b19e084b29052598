//! Many databases at once (`--each FILE|-`, `--each-schema PATTERN`) for
//! `upgrade`, `downgrade`, `current`, `check` and `stamp`: the flags, the
//! members built from a list of URLs or from the schemas of one database,
//! and the run through `migraph_core::runtime::fleet`, whose outcomes
//! `report` shows as they come.

mod list;
mod report;

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use futures_util::stream::{Stream, StreamExt};
use migraph_core::runtime::fleet::{self, ConnectOptions, Fleet, FleetBackend, Member, Outcome};
use migraph_core::sqlx::{MySql, Postgres, Sqlite};
use migraph_core::{DatabaseUrl, Dialect};
use migraph_core::{Migrations, Migrator, Target};

use self::report::{Kind, Reporter, Running};
use crate::cli::{Cli, Command};
use crate::commands::db::configure;
use crate::database;
use crate::trace;
use crate::Failure;

/// The flags of a fleet run (global, so they follow the command as the
/// other database flags do).
#[derive(Debug, clap::Args)]
#[command(next_help_heading = "Many databases (upgrade, downgrade, current, check, stamp)")]
pub struct EachArgs {
    /// Run on every database of FILE, one URL a line (`-`: standard input;
    /// blank lines and lines starting with `#` are skipped). All of one kind.
    #[arg(long, global = true, value_name = "FILE", conflicts_with_all = ["each_schema", "database_url"])]
    pub each: Option<PathBuf>,

    /// Run on every schema of the database (--database-url or DATABASE_URL)
    /// whose name is LIKE PATTERN (`_` and `%` are wildcards; `\_` a plain
    /// `_`). PostgreSQL: bookkeeping and lock in each schema, which comes
    /// first on search_path. MySQL: every database of the server so named.
    #[arg(
        long,
        global = true,
        value_name = "PATTERN",
        conflicts_with = "table_schema"
    )]
    pub each_schema: Option<String>,

    /// Targets at work at once, each on one connection of its own.
    #[arg(long, global = true, default_value_t = 4, value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: u16,

    /// Start no more targets after the first failure (the rest are skipped).
    #[arg(long, global = true)]
    pub fail_fast: bool,

    /// Run the first N targets first, and the rest only if all of them succeeded.
    #[arg(long, global = true, default_value_t = 0, value_name = "N")]
    pub canary: usize,

    /// Seconds a target may take to connect before it fails.
    #[arg(long, global = true, default_value_t = 10, value_name = "SECS")]
    pub connect_timeout: u64,
}

impl EachArgs {
    /// Whether the command runs on a fleet.
    pub fn is_set(&self) -> bool {
        self.each.is_some() || self.each_schema.is_some()
    }
}

/// Refuses `--each` on commands that do not run on a fleet.
pub fn refuse_elsewhere(cli: &Cli) -> Result<(), Failure> {
    let fleet_command = matches!(
        cli.command,
        Command::Upgrade { .. }
            | Command::Downgrade { .. }
            | Command::Current
            | Command::Check { .. }
            | Command::Stamp { .. }
    );
    if cli.each.is_set() && !fleet_command {
        return Err(Failure(
            "--each and --each-schema work with upgrade, downgrade, current, check and stamp"
                .to_owned(),
        ));
    }
    Ok(())
}

/// What runs on each member.
enum Operation {
    Upgrade(Target),
    Downgrade(Target),
    Stamp(Target, bool),
    Current,
    Check,
}

impl Operation {
    fn kind(&self) -> Kind {
        match self {
            Operation::Upgrade(_) => Kind::Upgrade,
            Operation::Downgrade(_) => Kind::Downgrade,
            Operation::Stamp(..) => Kind::Stamp,
            Operation::Current => Kind::Current,
            Operation::Check => Kind::Check,
        }
    }
}

/// Runs the command on every member of the fleet; the exit code says
/// whether all succeeded (0), one failed (1), or, for `check`, one is
/// behind (3).
pub fn run(cli: &Cli, migrations: &Migrations, out: &mut dyn Write) -> Result<u8, Failure> {
    let (operation, atomic, sync) = match &cli.command {
        Command::Upgrade { dry_run: true, .. }
        | Command::Downgrade { dry_run: true, .. }
        | Command::Upgrade { sql: true, .. }
        | Command::Downgrade { sql: true, .. } => {
            return Err(Failure(
                "--dry-run and --sql show one database's plan; run them without --each".to_owned(),
            ))
        }
        Command::Upgrade {
            target,
            atomic,
            sync_every_revision,
            ..
        } => (
            Operation::Upgrade(target.parse()?),
            *atomic,
            *sync_every_revision,
        ),
        Command::Downgrade {
            target,
            atomic,
            sync_every_revision,
            ..
        } => (
            Operation::Downgrade(target.parse()?),
            *atomic,
            *sync_every_revision,
        ),
        Command::Stamp { target, purge } => {
            (Operation::Stamp(target.parse()?, *purge), false, false)
        }
        Command::Current => (Operation::Current, false, false),
        Command::Check { .. } => (Operation::Check, false, false),
        _ => return refuse_elsewhere(cli).map(|()| 0),
    };
    let migrator = configure(cli, migrations, false)?
        .atomic(atomic)
        .sync_every_revision(sync);
    let args = &cli.each;
    let fleet = Fleet::default()
        .jobs(usize::from(args.jobs))
        .fail_fast(args.fail_fast)
        .canary(args.canary)
        .connect_timeout(Duration::from_secs(args.connect_timeout));
    // The database's notices (`schema ... already exists, skipping`)
    // cannot say which of many targets raised them: warnings only.
    trace::notices_as_warnings_only();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|err| Failure(format!("cannot start the async runtime: {err}")))?;
    let run = Run {
        cli,
        migrator: &migrator,
        operation,
        fleet,
    };
    runtime.block_on(async {
        match (&args.each, &args.each_schema) {
            (Some(source), _) => run.each_url(source, out).await,
            (None, Some(pattern)) => run.each_schema(pattern, out).await,
            (None, None) => Ok(0),
        }
    })
}

struct Run<'a, 'm> {
    cli: &'a Cli,
    migrator: &'a Migrator<'m>,
    operation: Operation,
    fleet: Fleet,
}

impl Run<'_, '_> {
    /// `--each`: the first URL says which database the fleet is; every
    /// other URL must be of the same kind (else that target fails).
    async fn each_url(&self, source: &std::path::Path, out: &mut dyn Write) -> Result<u8, Failure> {
        let total = list::count(source);
        let (lines, read_error) = list::urls(source)?;
        let mut lines = Box::pin(lines.peekable());
        let dialect = match lines.as_mut().peek().await {
            Some(first) => DatabaseUrl::parse(&first.url)
                .map(|url| url.dialect())
                .map_err(|err| Failure(format!("{}:{}: {err}", source.display(), first.number)))?,
            None => Dialect::Postgres, // an empty list: nothing will connect
        };
        // Each URL parsed once: its masked form names the target, the
        // driver gets its own form. One that does not parse fails at its
        // turn, named by its line (never by its text, which may hold a
        // password).
        let list = source.display().to_string();
        let members = lines.map(move |line| match DatabaseUrl::parse(&line.url) {
            Ok(url) => (url.masked().to_owned(), url.driver_url().to_owned()),
            Err(err) => (format!("{list}:{} ({err})", line.number), String::new()),
        });
        let result = match dialect {
            Dialect::Postgres => {
                let members = members.map(|(name, url)| Member::<Postgres>::url(name, &url));
                self.drive(members, total, out, Some(&read_error)).await
            }
            Dialect::Mysql => {
                let members = members.map(|(name, url)| Member::<MySql>::url(name, &url));
                self.drive(members, total, out, Some(&read_error)).await
            }
            _ => {
                let members = members.map(|(name, url)| Member::<Sqlite>::url(name, &url));
                self.drive(members, total, out, Some(&read_error)).await
            }
        };
        if total == Some(0) || (total.is_none() && result.as_ref().is_ok_and(|r| r.1 == 0)) {
            eprintln!("note: {} lists no database", source.display());
        }
        result.map(|(code, _)| code)
    }

    /// `--each-schema`: the schemas of the one database whose names match.
    async fn each_schema(&self, pattern: &str, out: &mut dyn Write) -> Result<u8, Failure> {
        let given = self.cli.database_url.is_some()
            || std::env::var("DATABASE_URL").is_ok_and(|u| !u.is_empty());
        if !given {
            return Err(Failure(
                "--each-schema runs on the schemas of one database: pass --database-url or set DATABASE_URL"
                    .to_owned(),
            ));
        }
        let url = database::choose_url(
            self.cli.database_url.as_deref(),
            self.cli.database.as_deref(),
        )
        .and_then(|url| database::parse_url(&url))
        .map_err(Failure)?;
        let timeout = self.fleet.connect_timeout;
        let result =
            match url.dialect() {
                Dialect::Postgres => {
                    let options = parse::<Postgres>(&url)?;
                    self.drive(
                        fleet::schemas::<Postgres>(options, pattern, timeout),
                        None,
                        out,
                        None,
                    )
                    .await
                }
                Dialect::Mysql => {
                    let options = parse::<MySql>(&url)?;
                    self.drive(
                        fleet::schemas::<MySql>(options, pattern, timeout),
                        None,
                        out,
                        None,
                    )
                    .await
                }
                _ => return Err(Failure(
                    "--each-schema needs a server with schemas (PostgreSQL, or MySQL where each \
                     schema is a database); SQLite keeps one database per file: list the files \
                     with --each"
                        .to_owned(),
                )),
            };
        if result.as_ref().is_ok_and(|r| r.1 == 0) {
            eprintln!("note: no schema of {url} matches '{pattern}'");
        }
        result.map(|(code, _)| code)
    }

    /// Runs the operation over the members and reports each outcome;
    /// returns the exit code and how many targets there were.
    async fn drive<DB: FleetBackend>(
        &self,
        members: impl Stream<Item = Member<DB>> + Send + 'static,
        total: Option<u64>,
        out: &mut dyn Write,
        read_error: Option<&list::ReadError>,
    ) -> Result<(u8, usize), Failure> {
        let running = Running::default();
        let tracker = running.clone();
        // A member pulled from the list is a member started (or, once
        // the run stopped, one about to be reported skipped).
        let members = members.inspect(move |member| tracker.started(member.name()));
        let m = self.migrator;
        let fleet = &self.fleet;
        let outcomes: std::pin::Pin<Box<dyn Stream<Item = Outcome> + Send>> = match &self.operation
        {
            Operation::Upgrade(target) => Box::pin(m.upgrade_each(members, target, fleet)?),
            Operation::Downgrade(target) => Box::pin(m.downgrade_each(members, target, fleet)?),
            Operation::Stamp(target, purge) => {
                Box::pin(m.stamp_each(members, target, *purge, fleet)?)
            }
            Operation::Current => Box::pin(m.current_each(members, fleet)),
            Operation::Check => Box::pin(m.check_each(members, fleet)),
        };
        let mut outcomes = outcomes;
        let kind = self.operation.kind();
        let mut reporter =
            Reporter::new(out, kind, self.cli.json, self.cli.verbose, running, total)?;
        let mut tick = tokio::time::interval(Duration::from_millis(250));
        let mut targets = 0;
        loop {
            tokio::select! {
                next = outcomes.next() => match next {
                    Some(outcome) => {
                        targets += 1;
                        reporter.outcome(outcome)?;
                    }
                    None => break,
                },
                _ = tick.tick() => reporter.tick(),
            }
        }
        reporter.trouble = read_error.and_then(list::ReadError::take);
        Ok((reporter.finish()?, targets))
    }
}

/// Connect options from a URL, the URL masked in the error.
fn parse<DB: FleetBackend>(url: &DatabaseUrl) -> Result<ConnectOptions<DB>, Failure> {
    url.driver_url()
        .parse::<ConnectOptions<DB>>()
        .map_err(|err| Failure(url.scrub(&format!("cannot read the database URL {url}: {err}"))))
}
