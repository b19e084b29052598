//! How revisions are printed: Alembic's one-line form, the verbose form,
//! and JSON objects.

use migraph_core::{Migrations, Revision};
use serde_json::{json, Value};
use std::io::Write;

/// Facts about a revision's place in the graph, gathered once per command.
pub struct Shape<'m> {
    pub migrations: &'m Migrations,
    labels: Vec<Vec<&'m str>>,
    positions: std::collections::HashMap<&'m str, usize>,
    color: bool,
}

/// Colour on a terminal, unless `NO_COLOR` is set (no-color.org).
pub fn use_color(stream: &impl std::io::IsTerminal) -> bool {
    stream.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Wraps `text` in an ANSI colour when `on`.
pub fn paint(text: &str, code: &str, on: bool) -> String {
    if on {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_owned()
    }
}

impl<'m> Shape<'m> {
    pub fn new(migrations: &'m Migrations) -> Self {
        let positions = migrations
            .revisions()
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id(), i))
            .collect();
        Shape {
            migrations,
            labels: migrations.branch_labels(),
            positions,
            color: use_color(&std::io::stdout()),
        }
    }

    /// Declared and inherited branch labels.
    pub fn labels(&self, revision: &Revision) -> &[&'m str] {
        self.positions
            .get(revision.id())
            .map(|&i| self.labels[i].as_slice())
            .unwrap_or(&[])
    }

    pub fn is_head(&self, revision: &Revision) -> bool {
        self.migrations.children(revision).is_empty()
    }

    pub fn is_effective_head(&self, revision: &Revision) -> bool {
        self.is_head(revision) && !self.migrations.dependents(revision).is_empty()
    }

    pub fn is_branch_point(&self, revision: &Revision) -> bool {
        self.migrations.children(revision).len() > 1
    }

    /// `a, b -> c (label) (head) (mergepoint), message`
    pub fn line(&self, revision: &Revision, current: bool) -> String {
        let parents = if revision.is_base() {
            "<base>".to_owned()
        } else {
            revision.down_revisions().collect::<Vec<_>>().join(", ")
        };
        let mut line = format!(
            "{parents} -> {}{}",
            revision.id(),
            self.marks(revision, current)
        );
        if let Some(message) = revision.message() {
            line.push_str(", ");
            line.push_str(message);
        }
        line
    }

    /// ` (label) (head) (branchpoint) (mergepoint) (current)`
    pub fn marks(&self, revision: &Revision, current: bool) -> String {
        let mut marks = String::new();
        let mut mark = |text: &str, code: &str| {
            marks.push(' ');
            marks.push_str(&paint(text, code, self.color));
        };
        let labels = self.labels(revision);
        if !labels.is_empty() {
            mark(&format!("({})", labels.join(", ")), "36");
        }
        if self.is_effective_head(revision) {
            mark("(effective head)", "32");
        } else if self.is_head(revision) {
            mark("(head)", "32");
        }
        if self.is_branch_point(revision) {
            mark("(branchpoint)", "33");
        }
        if revision.is_merge() {
            mark("(mergepoint)", "33");
        }
        if revision.is_code() {
            mark("(rust)", "35");
        }
        if current {
            mark("(current)", "1;32");
        }
        marks
    }

    /// The verbose form or the one-line form.
    pub fn entry(&self, revision: &Revision, current: bool, verbose: bool) -> String {
        if verbose {
            self.verbose(revision, current)
        } else {
            self.line(revision, current)
        }
    }

    /// The verbose, multi-line form.
    pub fn verbose(&self, revision: &Revision, current: bool) -> String {
        let ids = |list: Vec<&Revision>| list.iter().map(|r| r.id()).collect::<Vec<_>>().join(", ");
        let mut out = format!("Rev: {}{}\n", revision.id(), self.marks(revision, current));
        let parents: Vec<&str> = revision.down_revisions().collect();
        match parents.len() {
            0 => out.push_str("Parent: <base>\n"),
            1 => out.push_str(&format!("Parent: {}\n", parents[0])),
            _ => out.push_str(&format!("Merges: {}\n", parents.join(", "))),
        }
        if revision.depends_on().len() > 0 {
            let deps: Vec<&str> = revision.depends_on().collect();
            out.push_str(&format!("Also depends on: {}\n", deps.join(", ")));
        }
        let children = self.migrations.children(revision);
        if children.len() > 1 {
            out.push_str(&format!("Branches into: {}\n", ids(children)));
        }
        let labels = self.labels(revision);
        if !labels.is_empty() {
            out.push_str(&format!("Branch names: {}\n", labels.join(", ")));
        }
        if !revision.is_transactional() {
            out.push_str("Transactional: false\n");
        }
        if !revision.is_reversible() {
            out.push_str("Reversible: no (irreversible)\n");
        }
        if revision.is_code() {
            out.push_str("Kind: Rust code revision\n");
        } else if !revision.is_sql_checked() {
            out.push_str("SQL check: off (header 'sql_check: off')\n");
        }
        let allowed: Vec<&str> = revision.lint_allow().collect();
        if !allowed.is_empty() {
            out.push_str(&format!("Lint allows: {}\n", allowed.join(", ")));
        }
        out.push_str(&format!("Path: {}\n", revision.file()));
        out.push_str(&format!("Checksum: {}\n", revision.checksum()));
        if let Some(message) = revision.message() {
            out.push_str(&format!("\n    {message}\n"));
        }
        out
    }

    pub fn json(&self, revision: &Revision) -> Value {
        json!({
            "revision": revision.id(),
            "down_revisions": revision.down_revisions().collect::<Vec<_>>(),
            "depends_on": revision.depends_on().collect::<Vec<_>>(),
            "branch_labels": revision.branch_labels().collect::<Vec<_>>(),
            "labels": self.labels(revision),
            "message": revision.message(),
            "file": revision.file(),
            "transactional": revision.is_transactional(),
            "code": revision.is_code(),
            "reversible": revision.is_reversible(),
            "checksum": revision.checksum().to_string(),
            "is_head": self.is_head(revision),
            "is_base": revision.is_base(),
            "is_branch_point": self.is_branch_point(revision),
            "is_merge_point": revision.is_merge(),
        })
    }
}

/// Prints a JSON value on one line.
pub fn print_json(out: &mut dyn std::io::Write, value: &Value) -> std::io::Result<()> {
    writeln!(out, "{value}")
}

/// `1 revision`, `2 revisions`: a count and its noun, agreeing.
pub fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// Standard output that notices when its reader has gone (`history | head`
/// closing the pipe): the write still fails, so the command stops, and the
/// program then exits quietly instead of printing "Broken pipe".
pub struct PipeOut<W> {
    inner: W,
    closed: bool,
}

impl<W: Write> PipeOut<W> {
    pub fn new(inner: W) -> Self {
        PipeOut {
            inner,
            closed: false,
        }
    }

    /// Whether a write found the pipe closed.
    pub fn closed(&self) -> bool {
        self.closed
    }

    fn note<T>(&mut self, result: std::io::Result<T>) -> std::io::Result<T> {
        if let Err(err) = &result {
            self.closed |= err.kind() == std::io::ErrorKind::BrokenPipe;
        }
        result
    }
}

impl<W: Write> Write for PipeOut<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let result = self.inner.write(buf);
        self.note(result)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let result = self.inner.flush();
        self.note(result)
    }
}
