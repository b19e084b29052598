//! Commands that talk to a database: `upgrade`, `downgrade`, `current`,
//! `stamp`, `check`; and their offline forms (`--sql`, which needs none).

use std::io::Write;
use std::time::Duration;

use migraph_core::ledger::Status;
use migraph_core::offline::{self, RenderOptions};
use migraph_core::{
    DatabaseUrl, Direction, Migrations, Migrator, Plan, Record, Repair, Report, Scratch, Target,
    Verification,
};
use serde_json::json;

use crate::advice;
use crate::cli::Cli;
use crate::database::Conn;
use crate::output::print_json;
use crate::trace::{self, human};
use crate::Failure;

/// Exit code of `check` when revisions are pending.
pub const PENDING: u8 = 3;

/// Runs `$body` with `$c` bound to the connection, whichever database it is.
macro_rules! with_conn {
    ($conn:expr, $c:ident => $body:expr) => {
        match $conn {
            #[cfg(feature = "postgres")]
            Conn::Postgres($c) => $body,
            #[cfg(feature = "sqlite")]
            Conn::Sqlite($c) => $body,
            #[cfg(feature = "mysql")]
            Conn::Mysql($c) => $body,
        }
    };
}
#[cfg(feature = "sql-check")]
pub(crate) use with_conn;

/// The migrator of a command: the flags' and the set's `migrate.toml` settings,
/// with progress lines on stderr only when `show_progress`.
pub(crate) fn configure<'m>(
    cli: &Cli,
    m: &'m Migrations,
    show_progress: bool,
) -> Result<Migrator<'m>, Failure> {
    let mut migrator = m
        .migrator()
        .lock_timeout(Duration::from_secs(cli.lock_timeout));
    if let Some(schema) = &cli.table_schema {
        migrator = migrator.schema(schema)?;
    }
    if let Some(table) = &cli.table {
        migrator = migrator.table(table)?;
    }
    trace::show_steps(show_progress);
    // `[runner]` of the set's migrate.toml came with `m.migrator()`.
    Ok(migrator)
}

pub struct Context<'a> {
    pub cli: &'a Cli,
    pub url: DatabaseUrl,
}

impl Context<'_> {
    pub(crate) fn migrator<'m>(&self, m: &'m Migrations) -> Result<Migrator<'m>, Failure> {
        self.migrator_showing(m, !self.cli.json)
    }

    /// [`Context::migrator`], with progress lines on stderr only when `show_progress`.
    pub(crate) fn migrator_showing<'m>(
        &self,
        m: &'m Migrations,
        show_progress: bool,
    ) -> Result<Migrator<'m>, Failure> {
        configure(self.cli, m, show_progress)
    }

    pub(crate) async fn connect(&self) -> Result<Conn, Failure> {
        Conn::connect(&self.url).await.map_err(Failure)
    }

    /// An error of a run on the database, in the CLI's words (with the
    /// command that resolves it), the URL's password scrubbed.
    pub(crate) fn fail(&self, err: migraph_core::Error) -> Failure {
        self.fail_with(&advice::explain(&err))
    }

    /// Any text about the database, the URL's password scrubbed.
    pub(crate) fn fail_with(&self, text: &str) -> Failure {
        Failure(self.url.scrub(text))
    }
}

fn print_steps(
    out: &mut dyn Write,
    json: bool,
    plan_steps: Vec<(String, Direction)>,
    current: &[String],
) -> Result<(), Failure> {
    if json {
        let steps: Vec<_> = plan_steps
            .iter()
            .map(|(id, d)| json!({ "revision": id, "direction": d.as_str() }))
            .collect();
        print_json(out, &json!({ "steps": steps, "current": current }))?;
    } else if plan_steps.is_empty() {
        writeln!(out, "Nothing to do; current: {}", list(current))?;
    } else {
        writeln!(
            out,
            "{} step{}; current: {}",
            plan_steps.len(),
            if plan_steps.len() == 1 { "" } else { "s" },
            list(current)
        )?;
    }
    Ok(())
}

fn list(ids: &[String]) -> String {
    if ids.is_empty() {
        "base (nothing applied)".to_owned()
    } else {
        ids.join(", ")
    }
}

fn report_steps(report: &Report) -> Vec<(String, Direction)> {
    report
        .steps
        .iter()
        .map(|s| (s.revision.clone(), s.direction))
        .collect()
}

fn plan_steps(plan: &Plan<'_>) -> Vec<(String, Direction)> {
    plan.steps()
        .map(|s| (s.revision.id().to_owned(), s.direction))
        .collect()
}

fn sorted(plan: &Plan<'_>) -> Vec<String> {
    let mut ids: Vec<String> = plan.current_after().map(|r| r.id().to_owned()).collect();
    ids.sort();
    ids
}

pub struct Move<'a> {
    pub direction: Direction,
    pub target: &'a str,
    pub dry_run: bool,
    pub sql: bool,
    pub atomic: bool,
    pub sync_every_revision: bool,
}

pub async fn migrate(
    cx: &Context<'_>,
    m: &Migrations,
    mv: Move<'_>,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    if mv.sql {
        return offline_sql(cx, m, &mv, out);
    }
    let target: Target = mv.target.parse()?;
    let mut conn = cx.connect().await?;
    let migrator = cx
        .migrator(m)?
        .atomic(mv.atomic)
        .sync_every_revision(mv.sync_every_revision);
    if mv.dry_run {
        let plan = with_conn!(&mut conn, c => migrator.plan(c, mv.direction, &target).await)
            .map_err(|e| cx.fail(e))?;
        if !cx.cli.json {
            for step in plan.steps() {
                writeln!(
                    out,
                    "would {} {}",
                    if step.direction == Direction::Up {
                        "apply"
                    } else {
                        "revert"
                    },
                    step.revision.id()
                )?;
            }
        }
        print_steps(out, cx.cli.json, plan_steps(&plan), &sorted(&plan))?;
        return Ok(0);
    }
    let report = match mv.direction {
        Direction::Up => with_conn!(&mut conn, c => migrator.upgrade(c, &target).await),
        Direction::Down => {
            with_conn!(&mut conn, c => migrator.downgrade(c, &target).await)
        }
    }
    .map_err(|e| cx.fail(e))?;
    print_steps(out, cx.cli.json, report_steps(&report), &report.current)?;
    Ok(0)
}

/// `--sql`: the script a plan runs, without a database. A `start:end`
/// range starts from `start` (applied with everything it requires);
/// otherwise an upgrade starts from base, as in Alembic.
fn offline_sql(
    cx: &Context<'_>,
    m: &Migrations,
    mv: &Move<'_>,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let (start, end) = match mv.target.split_once(':') {
        Some((start, end)) => (Some(start).filter(|s| !s.is_empty() && *s != "base"), end),
        None if mv.direction == Direction::Down => {
            return Err(Failure(
                "downgrade --sql needs a range 'start:end' (the state to start from is not read from a database)".to_owned(),
            ))
        }
        None => (None, mv.target),
    };
    let none: [&str; 0] = [];
    let applied: Vec<String> = match start {
        Some(start) => m
            .plan_upgrade(&none, start)?
            .steps()
            .map(|s| s.revision.id().to_owned())
            .collect(),
        None => Vec::new(),
    };
    let plan = match mv.direction {
        Direction::Up => m.plan_upgrade(&applied, end)?,
        Direction::Down => m.plan_downgrade(&applied, end)?,
    };
    let dialect = cx.url.dialect();
    let mut options = RenderOptions::default()
        .atomic(mv.atomic)
        .create_table(start.is_none());
    if cx.cli.table.is_some() || cx.cli.table_schema.is_some() {
        let table = migraph_core::ledger::Table::new(
            cx.cli.table_schema.as_deref(),
            cx.cli
                .table
                .as_deref()
                .unwrap_or(migraph_core::ledger::DEFAULT_TABLE),
        )?;
        options = options.table(table);
    }
    let script = offline::render(&plan, dialect, &options)?;
    write!(out, "{script}")?;
    let code: Vec<String> = plan
        .steps()
        .filter(|s| s.revision.is_code())
        .map(|s| format!("'{}' ({})", s.revision.id(), s.revision.file()))
        .collect();
    if !code.is_empty() {
        eprintln!(
            "warning: the script leaves out {} Rust code revision{}, which SQL cannot render \
             (marked NOT RENDERABLE): {}; run {} with the application that embeds the set",
            code.len(),
            if code.len() == 1 { "" } else { "s" },
            code.join(", "),
            if code.len() == 1 { "it" } else { "them" },
        );
    }
    Ok(0)
}

/// The database's current revisions.
pub async fn current_ids(cx: &Context<'_>, m: &Migrations) -> Result<Vec<String>, Failure> {
    let mut conn = cx.connect().await?;
    let migrator = cx.migrator(m)?;
    with_conn!(&mut conn, c => migrator.current(c).await).map_err(|e| cx.fail(e))
}

pub async fn current(cx: &Context<'_>, m: &Migrations, out: &mut dyn Write) -> Result<u8, Failure> {
    let mut conn = cx.connect().await?;
    let migrator = cx.migrator(m)?;
    let (current, records) = with_conn!(&mut conn, c => {
        let current = migrator.current(&mut *c).await;
        let records = migrator.records(c).await;
        (current, records)
    });
    let current = current.map_err(|e| cx.fail(e))?;
    let records = records.map_err(|e| cx.fail(e))?;
    if cx.cli.json {
        print_json(out, &json!({ "current": current }))?;
        return Ok(0);
    }
    if current.is_empty() {
        writeln!(out, "base (nothing applied)")?;
    }
    for id in &current {
        match m.get(id) {
            Some(r) => writeln!(
                out,
                "{id}{}",
                r.message()
                    .map(|msg| format!(", {msg}"))
                    .unwrap_or_default()
            )?,
            None => writeln!(out, "{id} (not in this build)")?,
        }
        if cx.cli.verbose {
            if let Some(record) = records.iter().find(|r| &r.revision == id) {
                write_details(out, m, record)?;
            }
        }
    }
    for record in records.iter().filter(|r| r.status != Status::Applied) {
        let what = match record.status {
            Status::Running => "running: still at work, or its runner was stopped part-way",
            _ => "failed",
        };
        writeln!(out, "{} ({what})", record.revision)?;
        if let Some(detail) = &record.detail {
            writeln!(out, "  {detail}")?;
        }
        if cx.cli.verbose {
            write_details(out, m, record)?;
        }
        writeln!(
            out,
            "  resolve it: 'repair {id} --applied' if you finished it by hand, \
             'repair {id} --not-applied' if you undid it",
            id = record.revision
        )?;
    }
    Ok(0)
}

/// The `current -v` lines of one row: file, applied-at time, duration.
fn write_details(out: &mut dyn Write, m: &Migrations, record: &Record) -> std::io::Result<()> {
    let file = m
        .get(&record.revision)
        .map_or("not in this build", |r| r.file());
    writeln!(out, "  file: {file}")?;
    writeln!(
        out,
        "  applied at: {}",
        record.applied_at.as_deref().unwrap_or("unknown")
    )?;
    writeln!(
        out,
        "  took: {}",
        human(Duration::from_millis(record.execution_ms.max(0) as u64))
    )
}

pub async fn stamp(
    cx: &Context<'_>,
    m: &Migrations,
    target: &str,
    purge: bool,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let target: Target = target.parse()?;
    let mut conn = cx.connect().await?;
    let migrator = cx.migrator(m)?;
    let report = with_conn!(&mut conn, c => migrator.stamp(c, &target, purge).await)
        .map_err(|e| cx.fail(e))?;
    if !cx.cli.json {
        for id in &report.cleared {
            writeln!(
                out,
                "cleared the failed or interrupted row of {id} (what of it ran stays in the database)"
            )?;
        }
        for step in &report.steps {
            let verb = if step.direction == Direction::Up {
                "marked applied"
            } else {
                "marked not applied"
            };
            writeln!(out, "{verb}: {}", step.revision)?;
        }
    }
    print_steps(out, cx.cli.json, report_steps(&report), &report.current)?;
    Ok(0)
}

pub async fn repair(
    cx: &Context<'_>,
    m: &Migrations,
    revisions: &[String],
    repair: Repair,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let mut conn = cx.connect().await?;
    let migrator = cx.migrator(m)?;
    let changes = with_conn!(&mut conn, c => migrator.repair(c, revisions, repair).await)
        .map_err(|e| cx.fail(e))?;
    if cx.cli.json {
        let changes: Vec<_> = changes
            .iter()
            .map(|c| json!({ "revision": c.revision, "before": c.before, "after": c.after }))
            .collect();
        print_json(out, &json!({ "repaired": changes }))?;
    } else {
        for change in &changes {
            writeln!(out, "repaired {change}")?;
        }
    }
    Ok(0)
}

pub async fn check(cx: &Context<'_>, m: &Migrations, out: &mut dyn Write) -> Result<u8, Failure> {
    let mut conn = cx.connect().await?;
    let migrator = cx.migrator(m)?;
    let report = with_conn!(&mut conn, c => migrator.check(c).await).map_err(|e| cx.fail(e))?;
    let code = if !report.drift.is_empty() {
        1
    } else if !report.pending.is_empty() {
        PENDING
    } else {
        0
    };
    if cx.cli.json {
        let drift: Vec<String> = report.drift.iter().map(|d| d.to_string()).collect();
        print_json(
            out,
            &json!({ "current": report.current, "pending": report.pending, "drift": drift, "up_to_date": code == 0 }),
        )?;
    } else {
        for drift in &report.drift {
            writeln!(out, "drift: {}", advice::drift_line(drift))?;
        }
        match code {
            0 => writeln!(out, "up to date at {}", list(&report.current))?,
            PENDING => writeln!(
                out,
                "{} pending: {}",
                report.pending.len(),
                report.pending.join(", ")
            )?,
            _ => {}
        }
    }
    Ok(code)
}

/// Exit code of `verify` when interrupted (128 + SIGINT, as shells report it).
pub const INTERRUPTED: u8 = 130;

/// `verify`: the stairway on a scratch database, dropped on every path out,
/// Ctrl-C included (or in the URL's empty database, in one transaction
/// rolled back).
pub async fn verify(
    cx: &Context<'_>,
    m: &Migrations,
    prepare: Option<&str>,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    // Code revisions run only where they were compiled in: say so before
    // a scratch database is made.
    let code: Vec<String> = m
        .revisions()
        .iter()
        .filter(|r| !m.can_run(r))
        .map(|r| format!("'{}' ({})", r.id(), r.file()))
        .collect();
    if !code.is_empty() {
        return Err(Failure(format!(
            "the set holds Rust code revisions ({}), which only the application that embeds it \
             can run: verify from there ('myapp migrate verify' through migraph_cli::run_embedded, \
             or MIGRATIONS.verify(url) in a test)",
            code.join(", ")
        )));
    }
    // Three steps a revision: the progress lines only with --verbose.
    let migrator = cx.migrator_showing(m, cx.cli.verbose && !cx.cli.json)?;
    let scratch = Scratch::for_verify(&cx.url).await.map_err(|e| cx.fail(e))?;
    if cx.cli.verbose && scratch.is_rolled_back() {
        eprintln!(
            "{} is empty: verify works there in one transaction, rolled back",
            scratch.name()
        );
    } else if cx.cli.verbose {
        eprintln!("scratch database: {}", scratch.name());
    }
    let run = async {
        if let Some(sql) = prepare {
            scratch.prepare(sql).await?;
        }
        migrator.verify_on(&scratch).await
    };
    let outcome = tokio::select! {
        verified = run => Some(verified),
        _ = tokio::signal::ctrl_c() => None,
    };
    trace::finish_bars();
    let name = scratch.name();
    let scratch_rolled_back = scratch.is_rolled_back();
    let dropped = scratch.drop_database().await;
    let verification = match outcome {
        None if scratch_rolled_back => {
            eprintln!("interrupted; verify's transaction in {name} is rolled back");
            return Ok(INTERRUPTED);
        }
        None => {
            eprintln!(
                "interrupted; the scratch database {name} was {}",
                if dropped.is_ok() {
                    "dropped"
                } else {
                    "NOT dropped"
                }
            );
            return Ok(INTERRUPTED);
        }
        Some(verified) => verified.map_err(|e| cx.fail(e))?,
    };
    if cx.cli.verbose {
        eprintln!("verify worked {}", verification.workplace);
    }
    dropped.map_err(|e| cx.fail_with(&format!("{e}; drop {name} by hand")))?;
    print_verification(cx, &verification, out)?;
    Ok(if verification.is_ok() { 0 } else { 1 })
}

fn print_verification(
    cx: &Context<'_>,
    verification: &Verification,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    if cx.cli.json {
        let not_restored: Vec<_> = verification
            .not_restored
            .iter()
            .map(|n| {
                let mut entry = json!({ "revision": n.revision, "differences": n.differences });
                if let Some(error) = &n.error {
                    entry["error"] = json!(cx.fail_with(&error.cause().to_string()).0);
                }
                entry
            })
            .collect();
        let mut value = json!({
            "revisions": verification.revisions,
            "not_restored": not_restored,
            "skipped": verification.skipped,
        });
        if let Some(failed) = &verification.failed {
            value["failed"] = json!({
                "revision": failed.revision,
                "direction": failed.direction.as_str(),
                "error": cx.fail_with(&failed.cause()).0,
            });
        }
        print_json(out, &value)?;
        return Ok(());
    }
    for id in &verification.skipped {
        writeln!(
            out,
            "revision {id}: irreversible, skipped (its up was applied)"
        )?;
    }
    let text = cx.url.scrub(&verification.to_string());
    writeln!(out, "{text}")?;
    Ok(())
}
