//! `migraph import`: another tool's history rewritten as a directory of
//! revision files. Each tool's module reads its own layout into
//! [`Imported`]; this module writes it out.

pub mod alembic;
pub mod diesel;
pub mod refinery;
pub mod sqlx;

use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::Failure;

/// The tools `import` and `adopt` know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Tool {
    /// Alembic: a project with `alembic.ini` (or its script directory).
    Alembic,
    /// sqlx-cli: `<version>_<description>.sql` or `.up.sql`/`.down.sql`.
    Sqlx,
    /// diesel_cli: `<version>_<name>/up.sql` and `down.sql`.
    Diesel,
    /// refinery: `V<n>__<name>.sql`.
    Refinery,
}

impl Tool {
    pub fn name(self) -> &'static str {
        match self {
            Tool::Alembic => "alembic",
            Tool::Sqlx => "sqlx",
            Tool::Diesel => "diesel",
            Tool::Refinery => "refinery",
        }
    }
}

/// One revision to write.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rev {
    pub id: String,
    pub down_revisions: Vec<String>,
    pub depends_on: Vec<String>,
    pub branch_labels: Vec<String>,
    pub message: Option<String>,
    pub transactional: bool,
    pub up: String,
    /// `None`: irreversible.
    pub down: Option<String>,
    /// The file (or directory) it came from, for messages.
    pub origin: String,
}

/// A converted history: revisions in the source tool's order, and what the
/// conversion could not carry over exactly.
#[derive(Debug, Default)]
pub struct Imported {
    pub revisions: Vec<Rev>,
    /// Lines for the report: revisions that need a person's eye.
    pub notes: Vec<String>,
}

/// Options of `import` beyond the tool and the source.
#[derive(Debug, Default)]
pub struct Options {
    /// Alembic: a saved `alembic upgrade ... --sql` output instead of running Alembic.
    pub upgrade_sql: Option<PathBuf>,
    /// Alembic: a saved `alembic downgrade ... --sql` output.
    pub downgrade_sql: Option<PathBuf>,
}

/// Reads a source history in memory.
pub fn read(tool: Tool, source: &Path, options: &Options) -> Result<Imported, Failure> {
    match tool {
        Tool::Sqlx => sqlx::read(source),
        Tool::Diesel => diesel::read(source),
        Tool::Refinery => refinery::read(source),
        Tool::Alembic => alembic::read(source, options),
    }
}

/// `migraph import <tool> <source> --dir <out>`.
pub fn run(
    tool: Tool,
    source: &Path,
    out_dir: &Path,
    options: &Options,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let imported = read(tool, source, options)?;
    if imported.revisions.is_empty() {
        return Err(Failure(format!(
            "{}: no {} migrations found; give the directory that holds them",
            source.display(),
            tool.name()
        )));
    }
    let mut imported = imported;
    write_dir(out_dir, &imported)?;
    // The result must load exactly as the macro would load it; several
    // unlabelled heads or bases need the macro's allow options.
    let strict =
        migraph_core::Migrations::load_with(out_dir, &migraph_core::GraphPolicy::default());
    let loaded = match strict {
        Ok(loaded) => loaded,
        Err(strict_err) => {
            let loaded = migraph_core::Migrations::load_with(
                out_dir,
                &migraph_core::GraphPolicy::default()
                    .allow_multiple_heads(true)
                    .allow_multiple_bases(true),
            )
            .map_err(|err| {
                Failure(format!(
                    "the imported directory {} does not load (please report this): {err}",
                    out_dir.display()
                ))
            })?;
            imported.notes.push(format!(
                "the history has several heads or bases without branch labels ({}); \
                 use migrations!(\"...\", allow_multiple_heads, allow_multiple_bases) and \
                 --allow-multiple-heads/--allow-multiple-bases, or merge them",
                strict_err.to_string().lines().next().unwrap_or("")
            ));
            write_report(out_dir, &imported)?;
            loaded
        }
    };
    writeln!(
        out,
        "imported {} from {} ({}) into {}",
        crate::output::count(loaded.len(), "revision"),
        source.display(),
        tool.name(),
        out_dir.display()
    )?;
    if !imported.notes.is_empty() {
        writeln!(
            out,
            "{}, also written to {}:",
            crate::output::count(imported.notes.len(), "note"),
            out_dir.join(REPORT).display()
        )?;
        for note in &imported.notes {
            writeln!(out, "  {note}")?;
        }
    }
    Ok(())
}

/// The report `import` leaves next to the revisions (a `.md` file is not a revision).
pub const REPORT: &str = "IMPORT_REPORT.md";

/// The file name a revision is written to.
pub fn file_name(rev: &Rev) -> String {
    let slug: String = rev
        .message
        .as_deref()
        .unwrap_or("")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    let slug: Vec<&str> = slug.split('_').filter(|s| !s.is_empty()).collect();
    let mut slug = slug.join("_");
    slug.truncate(40);
    let slug = slug.trim_end_matches('_');
    if slug.is_empty() {
        format!("{}.sql", rev.id)
    } else {
        format!("{}_{slug}.sql", rev.id)
    }
}

/// What an empty up section of the source becomes.
pub const EMPTY_UP: &str = "-- nothing to do (empty in the source)";
const EMPTY_DOWN: &str = "-- nothing to undo (empty in the source)";

/// The texts the source's file may have had, given a section as the import
/// wrote it: exactly it, without the final newline the import adds, and with
/// `\r\n` line ends (the loader reads them as `\n`).
pub fn source_candidates(section: &str) -> Vec<String> {
    let mut out = Vec::new();
    let base = if section.trim() == EMPTY_UP {
        vec![String::new()]
    } else {
        vec![section.to_owned()]
    };
    for text in base {
        let trimmed = text.strip_suffix('\n').map(str::to_owned);
        for t in std::iter::once(text).chain(trimmed) {
            out.push(t.replace('\n', "\r\n"));
            out.push(t);
        }
    }
    out
}

/// The text of a revision file.
pub fn render(rev: &Rev) -> String {
    let mut text = String::new();
    let list = |ids: &[String]| ids.join(", ");
    let _ = writeln!(text, "-- revision: {}", rev.id);
    if rev.down_revisions.is_empty() {
        let _ = writeln!(text, "-- down_revision: none");
    } else {
        let _ = writeln!(text, "-- down_revision: {}", list(&rev.down_revisions));
    }
    if !rev.depends_on.is_empty() {
        let _ = writeln!(text, "-- depends_on: {}", list(&rev.depends_on));
    }
    if !rev.branch_labels.is_empty() {
        let _ = writeln!(text, "-- branch_labels: {}", list(&rev.branch_labels));
    }
    if let Some(message) = &rev.message {
        let message = message.replace(['\r', '\n'], " ");
        let message = message.trim();
        if !message.is_empty() {
            let _ = writeln!(text, "-- message: {message}");
        }
    }
    if !rev.transactional {
        let _ = writeln!(text, "-- transactional: false");
    }
    let _ = writeln!(text, "-- imported from {}", rev.origin);
    text.push_str("\n-- migrate:up\n");
    push_section(&mut text, &rev.up, EMPTY_UP);
    // No blank line before the next marker: each section is the source's
    // text exactly (plus a final newline if it had none), so that checksums
    // of the source can be compared with it.
    match &rev.down {
        Some(down) => {
            text.push_str("-- migrate:down\n");
            push_section(&mut text, down, EMPTY_DOWN);
        }
        None => text.push_str("-- migrate:down irreversible\n"),
    }
    text
}

fn push_section(text: &mut String, sql: &str, empty: &str) {
    if sql.trim().is_empty() {
        text.push_str(empty);
        text.push('\n');
    } else {
        text.push_str(sql);
        if !sql.ends_with('\n') {
            text.push('\n');
        }
    }
}

/// Writes the revisions and the report into `dir`, refusing to overwrite:
/// an existing directory must hold no `.sql` file.
pub fn write_dir(dir: &Path, imported: &Imported) -> Result<(), Failure> {
    for rev in &imported.revisions {
        check_rev(rev)?;
    }
    if dir.exists() {
        let entries = std::fs::read_dir(dir)
            .map_err(|err| Failure(format!("cannot read {}: {err}", dir.display())))?;
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.ends_with(".sql") || name.ends_with(".rs") || name == REPORT {
                return Err(Failure(format!(
                    "{} already holds migration files ({name}); import into a new or empty directory (--dir)",
                    dir.display()
                )));
            }
        }
    }
    std::fs::create_dir_all(dir)
        .map_err(|err| Failure(format!("cannot create {}: {err}", dir.display())))?;
    let mut names = std::collections::HashSet::new();
    for rev in &imported.revisions {
        let name = file_name(rev);
        if !names.insert(name.clone()) {
            return Err(Failure(format!(
                "two revisions would be written to {name}; the source has duplicate versions"
            )));
        }
        let path = dir.join(&name);
        std::fs::write(&path, render(rev))
            .map_err(|err| Failure(format!("cannot write {}: {err}", path.display())))?;
    }
    write_report(dir, imported)
}

/// Writes `IMPORT_REPORT.md` when there is something to say.
fn write_report(dir: &Path, imported: &Imported) -> Result<(), Failure> {
    if !imported.notes.is_empty() {
        let mut report = String::from(
            "# Import report\n\nWhat `migraph import` could not carry over exactly; \
             check each before relying on the directory.\n\n",
        );
        for note in &imported.notes {
            let _ = writeln!(report, "- {note}");
        }
        let path = dir.join(REPORT);
        std::fs::write(&path, report)
            .map_err(|err| Failure(format!("cannot write {}: {err}", path.display())))?;
    }
    Ok(())
}

/// Refuses what the file format cannot carry: a bad id, or SQL with a line
/// our loader would read as a section marker.
fn check_rev(rev: &Rev) -> Result<(), Failure> {
    let id_ok = !rev.id.is_empty()
        && rev.id.len() <= migraph_core::source::MAX_ID_LEN
        && rev
            .id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !migraph_core::source::RESERVED_IDS.contains(&rev.id.as_str());
    if !id_ok {
        return Err(Failure(format!(
            "{}: '{}' cannot be a revision id (letters, digits and '_', 1 to 64 characters); \
             rename the migration in the source first",
            rev.origin, rev.id
        )));
    }
    for sql in std::iter::once(&rev.up).chain(rev.down.as_ref()) {
        for (n, line) in sql.lines().enumerate() {
            let t = line.trim_start();
            if t.strip_prefix("--")
                .is_some_and(|r| r.trim_start().starts_with("migrate:"))
            {
                return Err(Failure(format!(
                    "{}: line {} '{}' reads as a section marker of migraph's format; \
                     reword that comment in the source and import again",
                    rev.origin,
                    n + 1,
                    line.trim()
                )));
            }
        }
    }
    Ok(())
}

/// A linear chain: each revision's parent is the one before it.
pub fn chain(revisions: &mut [Rev]) {
    let mut previous: Option<String> = None;
    for rev in revisions.iter_mut() {
        rev.down_revisions = previous.iter().cloned().collect();
        previous = Some(rev.id.clone());
    }
}

/// Reads a file as UTF-8, naming it on failure.
pub fn read_text(path: &Path) -> Result<String, Failure> {
    let bytes = std::fs::read(path)
        .map_err(|err| Failure(format!("cannot read {}: {err}", path.display())))?;
    String::from_utf8(bytes).map_err(|_| {
        Failure(format!(
            "{} is not UTF-8; convert it and import again",
            path.display()
        ))
    })
}

/// The entries of a directory, sorted by name.
pub fn entries(dir: &Path) -> Result<Vec<(String, PathBuf)>, Failure> {
    let read = std::fs::read_dir(dir).map_err(|err| {
        Failure(format!(
            "cannot read the directory {}: {err}",
            dir.display()
        ))
    })?;
    let mut out = Vec::new();
    for entry in read {
        let entry =
            entry.map_err(|err| Failure(format!("cannot read {}: {err}", dir.display())))?;
        out.push((
            entry.file_name().to_string_lossy().into_owned(),
            entry.path(),
        ));
    }
    out.sort();
    Ok(out)
}
