//! A progress bar for long runs on a terminal: apply, verify (and fan-out's
//! targets). `start(total)`, `tick` per step done, `finish`; lines printed
//! meanwhile go above the bar. When stderr is not a terminal (a pipe, a
//! file, CI) there is no bar and lines are printed as they are.

use std::io::{IsTerminal, Write};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A bar of steps on stderr, or nothing.
#[derive(Debug)]
pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    /// A bar of `total` steps labelled `what` (`applying`, `verifying`), when
    /// stderr is a terminal and there is more than one step.
    pub fn start(total: u64, what: &str) -> Progress {
        if total < 2 || !std::io::stderr().is_terminal() {
            return Progress::hidden();
        }
        let style = ProgressStyle::with_template(&format!(
            "{what} [{{bar:30}}] {{pos}}/{{len}} {{elapsed}} {{msg}}"
        ))
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
            .with_style(style);
        Progress { bar: Some(bar) }
    }

    /// No bar: lines go to stderr as they are.
    pub fn hidden() -> Progress {
        Progress { bar: None }
    }

    /// Whether a bar is drawn.
    pub fn is_shown(&self) -> bool {
        self.bar.is_some()
    }

    /// Names what is being done now (a revision, a target).
    pub fn message(&self, text: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(text.to_owned());
        }
    }

    /// One more step done.
    pub fn tick(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// Writes `text` to stderr: above the bar, or as it is (in one write:
    /// stderr is unbuffered, and a write per fragment showed at 10,000
    /// revisions; a closed pipe is ignored, progress is not the result).
    pub fn print(&self, text: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| write_stderr(text.as_bytes())),
            None => write_stderr(text.as_bytes()),
        }
    }

    /// Clears the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

fn write_stderr(text: &[u8]) {
    let _ = std::io::stderr().write_all(text);
}
