//! What the CLI writes to stderr while a run goes: one line per revision
//! with its duration, lock waits, and the database's notices (`RAISE
//! NOTICE`, PostgreSQL warnings) as they arrive, naming the revision that
//! raised them.
//!
//! sqlx hands notices to the `log` facade; the CLI installs a logger for
//! them when the process has none (an application that embeds the CLI and
//! has its own logger receives them there instead).

use std::io::Write;
use std::sync::Mutex;
use std::time::Duration;

use migraph_core::{Direction, Event};

/// Where the progress line stands.
struct Line {
    /// The revision being applied or reverted.
    revision: Option<String>,
    /// Whether "applying X ... " is written and waits for its "done".
    open: bool,
}

static LINE: Mutex<Line> = Mutex::new(Line {
    revision: None,
    open: false,
});

/// Writes `text` to stderr in one call: stderr is unbuffered, and a write
/// per fragment showed as system time at 10,000 revisions. Errors (a closed
/// pipe) are ignored: progress is not the result.
fn write_stderr(text: &[u8]) {
    let _ = std::io::stderr().write_all(text);
}

/// One line per revision on stderr as the run goes, with its duration.
pub fn progress(event: &Event<'_>) {
    let mut err = Vec::with_capacity(96);
    let verb = |direction: &Direction| match direction {
        Direction::Up => "applying",
        Direction::Down => "reverting",
    };
    let mut line = LINE.lock().unwrap_or_else(|e| e.into_inner());
    let _ = match event {
        Event::LockWaiting { holder, waited } => writeln!(
            err,
            "waiting for the migration lock, held by {} ({}s so far)",
            holder.unwrap_or("another session"),
            waited.as_secs()
        ),
        Event::StepStarted {
            revision,
            direction,
            position: (n, total),
        } => {
            line.revision = Some(revision.id().to_owned());
            line.open = true;
            if *total > 1 {
                write!(
                    err,
                    "[{n}/{total}] {} {} ... ",
                    verb(direction),
                    revision.id()
                )
            } else {
                write!(err, "{} {} ... ", verb(direction), revision.id())
            }
        }
        Event::StepFinished {
            revision, elapsed, ..
        } => {
            let message = revision
                .message()
                .map(|m| format!("  {m}"))
                .unwrap_or_default();
            // A notice broke the line: say again which revision is done.
            let who = if line.open {
                String::new()
            } else {
                format!("{} ", revision.id())
            };
            line.open = false;
            writeln!(err, "{who}done in {}{message}", human(*elapsed))
        }
        Event::StepSkipped { .. } => {
            line.open = false;
            writeln!(err, "already done by another runner")
        }
        _ => Ok(()),
    };
    write_stderr(&err);
}

/// A duration as people read it: `12 ms`, `3.4 s`.
pub fn human(elapsed: Duration) -> String {
    if elapsed < Duration::from_secs(1) {
        format!("{} ms", elapsed.as_millis())
    } else {
        format!("{:.1} s", elapsed.as_secs_f64())
    }
}

/// The target sqlx logs PostgreSQL's notices under.
const NOTICE_TARGET: &str = "sqlx::postgres::notice";

/// The target the runtime's `backfill` helper logs its batches under.
const BACKFILL_TARGET: &str = "migraph::backfill";

/// Prints the database's notices and the progress of backfills in code
/// revisions; everything else is left to nobody, as before the CLI
/// installed it.
struct Notices;

impl log::Log for Notices {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.target() == NOTICE_TARGET || metadata.target() == BACKFILL_TARGET
    }

    fn log(&self, record: &log::Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let kind = match record.level() {
            log::Level::Error | log::Level::Warn => "warning",
            _ if record.target() == BACKFILL_TARGET => "progress",
            _ => "notice",
        };
        let mut line = LINE.lock().unwrap_or_else(|e| e.into_inner());
        let mut err = Vec::with_capacity(96);
        if line.open {
            err.push(b'\n');
            line.open = false;
        }
        let _ = match &line.revision {
            Some(revision) => writeln!(err, "{kind} from {revision}: {}", record.args()),
            None => writeln!(err, "{kind}: {}", record.args()),
        };
        write_stderr(&err);
    }

    fn flush(&self) {}
}

/// Installs the notice printer, unless the process already has a logger.
pub fn show_notices() {
    static NOTICES: Notices = Notices;
    if log::set_logger(&NOTICES).is_ok() {
        log::set_max_level(log::LevelFilter::Info);
    }
}
