//! What a run writes to stderr as it goes, rendered from the runtime's
//! `tracing` events (target `migraph`, see `migraph_core::runtime::observe`):
//! one line per revision with its duration (a bar above them on a
//! terminal), lock waits, table-lock retries, and the database's notices
//! (`RAISE NOTICE`, PostgreSQL warnings) and backfill batches as they
//! arrive, naming the revision that raised them.
//!
//! [`scope`] installs the renderer for the duration of one command, on the
//! command's thread: an application that embeds the CLI keeps its own
//! subscriber everywhere else.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tracing::field::{Field, Visit};
use tracing::{Level, Metadata, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

use crate::progress::Progress;

/// The target of the runtime's spans and events.
const RUN: &str = "migraph";
/// The target the runtime's `backfill` helper logs its batches under.
const BACKFILL: &str = "migraph::backfill";
/// The target sqlx logs PostgreSQL's notices under.
const NOTICE: &str = "sqlx::postgres::notice";

/// Whether revisions are shown as they run (off for `--json`, and for
/// `verify` without `--verbose`).
static SHOW_STEPS: AtomicBool = AtomicBool::new(true);

/// Whether the database's notices (not its warnings) are shown: a fleet
/// run cannot say which of many targets raised one.
static SHOW_NOTICES: AtomicBool = AtomicBool::new(true);

/// Whether the notices a revision raises are shown: not while autogenerate
/// replays the chain, whose `DROP ... IF EXISTS` notices the user saw when
/// the revisions were applied (pages of them on a long history).
static SHOW_REVISION_NOTICES: AtomicBool = AtomicBool::new(true);

/// Shows the database's warnings only, not its notices.
pub fn notices_as_warnings_only() {
    SHOW_NOTICES.store(false, Ordering::Relaxed);
}

/// Shows no notice a revision raises (its warnings still), only those of
/// what runs outside a revision: for a replay of the chain.
pub fn hide_revision_notices() {
    SHOW_REVISION_NOTICES.store(false, Ordering::Relaxed);
}

/// Shows (or not) one line per revision as a run goes.
pub fn show_steps(show: bool) {
    SHOW_STEPS.store(show, Ordering::Relaxed);
}

/// Runs `body` with the renderer installed on this thread; clears a bar
/// left when it returns.
pub fn scope<T>(body: impl FnOnce() -> T) -> T {
    let renderer = Renderer::default();
    let state = renderer.state.clone();
    let subscriber = tracing_subscriber::registry().with(renderer);
    let result = tracing::subscriber::with_default(subscriber, || {
        CURRENT.with(|current| *current.borrow_mut() = Some(state.clone()));
        let result = body();
        CURRENT.with(|current| current.borrow_mut().take());
        result
    });
    clear(&state);
    result
}

thread_local! {
    /// The renderer of the command running on this thread.
    static CURRENT: std::cell::RefCell<Option<Arc<Mutex<State>>>> =
        const { std::cell::RefCell::new(None) };
}

/// Clears the bars now, before the command prints its result.
pub fn finish_bars() {
    CURRENT.with(|current| {
        if let Some(state) = current.borrow().as_ref() {
            clear(state);
        }
    });
}

fn clear(state: &Mutex<State>) {
    let mut state = lock(state);
    for bar in [state.bar.take(), state.verify.take()]
        .into_iter()
        .flatten()
    {
        bar.finish();
    }
}

/// Prints the runtime's events on stderr.
#[derive(Default)]
struct Renderer {
    state: Arc<Mutex<State>>,
}

/// Where the output stands.
#[derive(Default)]
struct State {
    /// The revision being applied or reverted.
    revision: Option<String>,
    /// Whether "applying X ... " is written and waits for its "done".
    open: bool,
    /// The bar of a run's revisions, on a terminal.
    bar: Option<Progress>,
    /// The bar of verify's revisions, on a terminal.
    verify: Option<Progress>,
    /// With a bar, the start of a revision's line, kept until its end
    /// (only whole lines go above a bar).
    pending: String,
}

fn lock(state: &Mutex<State>) -> std::sync::MutexGuard<'_, State> {
    state.lock().unwrap_or_else(|e| e.into_inner())
}

impl State {
    /// Writes whole lines: above the bar, or after breaking an open line.
    fn lines(&mut self, text: &str) {
        let mut out = String::new();
        if self.open {
            out.push('\n');
            self.open = false;
        }
        out.push_str(text);
        self.print(&out);
    }

    fn print(&self, text: &str) {
        match self.bar.as_ref().or(self.verify.as_ref()) {
            Some(bar) => bar.print(text),
            None => Progress::hidden().print(text),
        }
    }
}

impl<S: Subscriber> Layer<S> for Renderer {
    fn enabled(&self, metadata: &Metadata<'_>, _: Context<'_, S>) -> bool {
        let target = metadata.target();
        (target == RUN && metadata.is_event()) || target == BACKFILL || target == NOTICE
    }

    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        let mut fields = Fields::default();
        event.record(&mut fields);
        let metadata = event.metadata();
        let mut state = lock(&self.state);
        if metadata.target() != RUN {
            let kind = match *metadata.level() {
                Level::ERROR | Level::WARN => "warning",
                _ if !SHOW_NOTICES.load(Ordering::Relaxed) => return,
                _ if state.revision.is_some() && !SHOW_REVISION_NOTICES.load(Ordering::Relaxed) => {
                    return
                }
                _ if metadata.target() == BACKFILL => "progress",
                _ => "notice",
            };
            let line = match &state.revision {
                Some(revision) => format!("{kind} from {revision}: {}\n", fields.message),
                None => format!("{kind}: {}\n", fields.message),
            };
            state.lines(&line);
            return;
        }
        let steps = SHOW_STEPS.load(Ordering::Relaxed);
        if fields.event == "revision_done" {
            // What the database says next is not this revision's (a
            // desired schema built after autogenerate's replay).
            state.revision = None;
        }
        match fields.event.as_str() {
            "lock_waiting" => state.lines(&format!(
                "waiting for the migration lock, held by {} ({}s so far)\n",
                fields.holder, fields.waited_s
            )),
            "revision_started" => {
                state.revision = Some(fields.revision.clone());
                if !steps {
                    return;
                }
                if fields.position == 1 && state.bar.is_none() {
                    let bar = Progress::start(fields.total, verb(&fields.direction));
                    state.bar = bar.is_shown().then_some(bar);
                }
                let mut line = String::new();
                if fields.total > 1 {
                    let _ = write!(line, "[{}/{}] ", fields.position, fields.total);
                }
                let _ = write!(line, "{} {} ... ", verb(&fields.direction), fields.revision);
                match &state.bar {
                    Some(bar) => {
                        bar.message(&fields.revision);
                        state.pending = line;
                    }
                    None => {
                        state.print(&line);
                        state.open = true;
                    }
                }
            }
            "revision_done" if steps => {
                let summary = if fields.summary.is_empty() {
                    String::new()
                } else {
                    format!("  {}", fields.summary)
                };
                let done = format!(
                    "done in {}{summary}\n",
                    human(Duration::from_millis(fields.elapsed_ms))
                );
                let line = match (state.open, state.bar.is_some()) {
                    (true, _) => done,
                    (false, true) => format!("{}{done}", std::mem::take(&mut state.pending)),
                    // A notice broke the line: say again which revision is done.
                    (false, false) => format!("{} {done}", fields.revision),
                };
                state.open = false;
                state.print(&line);
                if let Some(bar) = &state.bar {
                    bar.tick();
                }
                if fields.position >= fields.total {
                    if let Some(bar) = state.bar.take() {
                        bar.finish();
                    }
                }
            }
            "revision_retrying" if steps => state.lines(&format!(
                "gave up waiting for a table lock; retry {} of {} in {}\n",
                fields.attempt,
                fields.retries,
                human(Duration::from_millis(fields.backoff_ms))
            )),
            "revision_skipped" if steps => state.lines("already done by another runner\n"),
            "verify_revision" => {
                if state.verify.is_none() && fields.position == 1 {
                    let bar = Progress::start(fields.total, "verifying");
                    state.verify = bar.is_shown().then_some(bar);
                }
                if let Some(bar) = &state.verify {
                    if fields.position > 1 {
                        bar.tick();
                    }
                    bar.message(&fields.revision);
                }
            }
            _ => {}
        }
    }
}

fn verb(direction: &str) -> &'static str {
    match direction {
        "down" => "reverting",
        _ => "applying",
    }
}

/// A duration as people read it: `12 ms`, `3.4 s`.
pub fn human(elapsed: Duration) -> String {
    if elapsed < Duration::from_secs(1) {
        format!("{} ms", elapsed.as_millis())
    } else {
        format!("{:.1} s", elapsed.as_secs_f64())
    }
}

/// The fields of one event that the lines use.
#[derive(Default)]
struct Fields {
    message: String,
    event: String,
    revision: String,
    direction: String,
    summary: String,
    holder: String,
    position: u64,
    total: u64,
    elapsed_ms: u64,
    waited_s: u64,
    attempt: u64,
    retries: u64,
    backoff_ms: u64,
}

impl Visit for Fields {
    fn record_str(&mut self, field: &Field, value: &str) {
        let slot = match field.name() {
            "message" => &mut self.message,
            "event" => &mut self.event,
            "revision" => &mut self.revision,
            "direction" => &mut self.direction,
            "summary" => &mut self.summary,
            "holder" => &mut self.holder,
            _ => return,
        };
        *slot = value.to_owned();
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        let slot = match field.name() {
            "position" => &mut self.position,
            "total" => &mut self.total,
            "elapsed_ms" => &mut self.elapsed_ms,
            "waited_s" => &mut self.waited_s,
            "attempt" => &mut self.attempt,
            "retries" => &mut self.retries,
            "backoff_ms" => &mut self.backoff_ms,
            _ => return,
        };
        *slot = value;
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            self.message = format!("{value:?}");
        }
    }
}
