//! What a fleet run shows: one progress line on stderr (a bar on a
//! terminal, plain lines otherwise) with the counts and the slowest
//! running target; each target's result on stdout as it completes for
//! `current` and `check`, or as one JSON object of `{"targets": [...]}`
//! with `--json`; then a summary with counts per outcome and one line per
//! failed target. Only the counts, the failed targets and the running ones
//! are kept, so memory does not grow with the fleet.

use std::io::{IsTerminal, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use migraph_core::runtime::fleet::{Outcome, Status};
use serde_json::json;

use crate::progress::human;
use crate::Failure;

/// The targets at work and since when (at most `--jobs` of them).
#[derive(Clone, Default)]
pub struct Running(Arc<Mutex<Vec<(String, Instant)>>>);

impl Running {
    pub fn started(&self, name: &str) {
        self.lock().push((name.to_owned(), Instant::now()));
    }

    fn finished(&self, name: &str) {
        let mut running = self.lock();
        if let Some(at) = running.iter().position(|(n, _)| n == name) {
            running.swap_remove(at);
        }
    }

    /// How many run, and the one running longest.
    fn status(&self) -> (usize, Option<(String, Duration)>) {
        let running = self.lock();
        let slowest = running
            .iter()
            .min_by_key(|(_, since)| *since)
            .map(|(name, since)| (name.clone(), since.elapsed()));
        (running.len(), slowest)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(String, Instant)>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Which command runs, for the words and the exit code.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Upgrade,
    Downgrade,
    Stamp,
    Current,
    Check,
}

pub struct Reporter<'o> {
    out: &'o mut dyn Write,
    kind: Kind,
    json: bool,
    verbose: bool,
    bar: Option<ProgressBar>,
    running: Running,
    counts: [usize; 5],
    failed: Vec<(String, String)>,
    /// The last plain progress line, so a quiet run still shows one now and then.
    last_line: Instant,
    /// A problem outside any target (the list could not be read).
    pub trouble: Option<String>,
}

const STATUSES: [Status; 5] = [
    Status::Applied,
    Status::UpToDate,
    Status::Behind,
    Status::Failed,
    Status::Skipped,
];

fn index(status: Status) -> usize {
    STATUSES.iter().position(|s| *s == status).unwrap_or(3)
}

/// How often a plain progress line is written while nothing completes.
const QUIET: Duration = Duration::from_secs(10);

impl<'o> Reporter<'o> {
    pub fn new(
        out: &'o mut dyn Write,
        kind: Kind,
        json: bool,
        verbose: bool,
        running: Running,
        total: Option<u64>,
    ) -> Result<Self, Failure> {
        let bar = std::io::stderr().is_terminal().then(|| {
            let template = match total {
                Some(_) => "{spinner} {elapsed_precise} [{bar:28}] {pos}/{len} {msg}",
                None => "{spinner} {elapsed_precise} {pos} done {msg}",
            };
            let style = ProgressStyle::with_template(template)
                .unwrap_or_else(|_| ProgressStyle::default_spinner())
                .progress_chars("=> ");
            let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr())
                .with_style(style);
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        let mut reporter = Reporter {
            out,
            kind,
            json,
            verbose,
            bar,
            running,
            counts: [0; 5],
            failed: Vec::new(),
            last_line: Instant::now(),
            trouble: None,
        };
        if json {
            reporter.write("{\"targets\": [")?;
        }
        Ok(reporter)
    }

    fn done(&self) -> usize {
        self.counts.iter().sum()
    }

    /// `1 failed · 4 running · slowest tenant_7 (3.2 s)`
    fn progress_message(&self) -> String {
        let (running, slowest) = self.running.status();
        let mut message = format!(
            "{} failed · {running} running",
            self.counts[index(Status::Failed)]
        );
        if let Some((name, elapsed)) = slowest {
            message.push_str(&format!(" · slowest {name} ({})", human(elapsed)));
        }
        message
    }

    /// Redraws the bar, or writes a plain line when none was written for a while.
    pub fn tick(&mut self) {
        match &self.bar {
            Some(bar) => bar.set_message(self.progress_message()),
            None if self.last_line.elapsed() >= QUIET => {
                let line = format!("fleet: {} done, {}", self.done(), self.progress_message());
                self.plain(&line);
            }
            None => {}
        }
    }

    fn plain(&mut self, line: &str) {
        self.last_line = Instant::now();
        let _ = writeln!(std::io::stderr().lock(), "{line}");
    }

    /// Takes one target's outcome: counts it, shows it, keeps it if it failed.
    pub fn outcome(&mut self, outcome: Outcome) -> Result<(), Failure> {
        self.running.finished(&outcome.target);
        let first = self.done() == 0;
        self.counts[index(outcome.status)] += 1;
        let error = outcome.error.as_ref().map(|e| e.to_string());
        let what = describe(&outcome, self.kind);
        if self.json {
            let steps: Vec<_> = outcome
                .steps
                .iter()
                .map(|s| json!({ "revision": s.revision, "direction": s.direction.as_str() }))
                .collect();
            let object = json!({
                "target": outcome.target,
                "status": outcome.status.as_str(),
                "steps": steps,
                "current": outcome.current,
                "error": error,
            });
            let separator = if first { "\n" } else { ",\n" };
            self.write(&format!("{separator}{object}"))?;
        } else if matches!(self.kind, Kind::Current | Kind::Check)
            || (self.verbose && outcome.status != Status::Skipped)
        {
            let line = format!("{}: {what}", outcome.target);
            self.suspended(|out| writeln!(out, "{line}"))?;
        }
        if let Some(error) = error {
            self.failed.push((outcome.target.clone(), error));
        }
        match &self.bar {
            Some(bar) => {
                bar.inc(1);
                bar.set_message(self.progress_message());
            }
            None if outcome.status != Status::Skipped => {
                let line = format!(
                    "fleet: {} done, {} | {}: {what} ({})",
                    self.done(),
                    self.progress_message(),
                    outcome.target,
                    human(outcome.elapsed)
                );
                self.plain(&line);
            }
            None => {}
        }
        Ok(())
    }

    fn write(&mut self, text: &str) -> Result<(), Failure> {
        self.suspended(|out| write!(out, "{text}"))
    }

    /// Writes to stdout with the bar out of the way.
    fn suspended(
        &mut self,
        f: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<(), Failure> {
        let out = &mut *self.out;
        match &self.bar {
            Some(bar) => bar.suspend(|| f(out)),
            None => f(out),
        }?;
        Ok(())
    }

    /// The summary; returns the exit code: 1 when a target failed, 3 from
    /// `check` when one is behind, else 0.
    pub fn finish(mut self) -> Result<u8, Failure> {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
        let failed = self.counts[index(Status::Failed)];
        let behind = self.counts[index(Status::Behind)];
        if self.json {
            self.write("\n]}\n")?;
        } else {
            let parts: Vec<String> = STATUSES
                .iter()
                .zip(self.counts)
                .filter(|(_, n)| *n > 0)
                .map(|(status, n)| format!("{n} {}", words(*status, self.kind)))
                .collect();
            let total = self.done();
            let summary = format!(
                "{total} target{}{}{}",
                if total == 1 { "" } else { "s" },
                if parts.is_empty() { "" } else { ": " },
                parts.join(", ")
            );
            writeln!(self.out, "{summary}")?;
            if !self.failed.is_empty() {
                writeln!(self.out, "failed:")?;
            }
            for (target, error) in &self.failed {
                let error = error.replace('\n', "\n    ");
                writeln!(self.out, "  {target}: {error}")?;
            }
        }
        // The failures on stderr too, where an operator reading the
        // progress looks (stdout may be a JSON file).
        if self.json {
            for (target, error) in &self.failed {
                let first = error.lines().next().unwrap_or_default();
                eprintln!("failed: {target}: {first}");
            }
        }
        if let Some(trouble) = &self.trouble {
            eprintln!("error: {trouble}");
        }
        Ok(if failed > 0 || self.trouble.is_some() {
            1
        } else if self.kind == Kind::Check && behind > 0 {
            crate::commands::db::PENDING
        } else {
            0
        })
    }
}

/// An outcome in a few words: `applied 31`, `up to date at X`, `failed: …`.
fn describe(outcome: &Outcome, kind: Kind) -> String {
    let n = outcome.steps.len();
    let current = || {
        if outcome.current.is_empty() {
            "base (nothing applied)".to_owned()
        } else {
            outcome.current.join(", ")
        }
    };
    match outcome.status {
        Status::Applied if kind == Kind::Stamp => format!("stamped; current {}", current()),
        Status::Applied => format!(
            "{} {n} revision{}; current {}",
            if kind == Kind::Downgrade {
                "reverted"
            } else {
                "applied"
            },
            if n == 1 { "" } else { "s" },
            current()
        ),
        Status::UpToDate => format!("up to date at {}", current()),
        Status::Behind => format!("{n} pending; current {}", current()),
        Status::Failed => {
            let error = outcome
                .error
                .as_ref()
                .map(|e| e.to_string())
                .unwrap_or_default();
            format!("failed: {}", error.lines().next().unwrap_or_default())
        }
        _ => "skipped".to_owned(),
    }
}

/// How the summary names a status.
fn words(status: Status, kind: Kind) -> &'static str {
    match (status, kind) {
        (Status::Applied, Kind::Stamp) => "stamped",
        (Status::Applied, Kind::Downgrade) => "reverted",
        (Status::Applied, _) => "applied",
        (Status::UpToDate, _) => "up to date",
        (Status::Behind, _) => "behind",
        (Status::Failed, _) => "failed",
        _ => "skipped",
    }
}
