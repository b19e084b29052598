//! The side-by-side with squawk that `cargo xtask bench lint` and the
//! recall test share: each revision's up section written where squawk reads
//! it (same file name, same line numbers, no down section), squawk's JSON
//! read back, and its lock-hazard findings matched to ours statement by
//! statement. Not public API.

use std::path::{Path, PathBuf};
use std::process::Command;

use migraph_core::lint::{Report, Rule};
use migraph_core::{split, Migrations};

/// squawk's rules about locks held (or rows scanned) on a table that has
/// data, each with the rules of ours that cover the same statements.
pub const LOCK_RULES: &[(&str, &[Rule])] = &[
    (
        "require-concurrent-index-creation",
        &[Rule::CreateIndexNotConcurrently],
    ),
    (
        "require-concurrent-index-deletion",
        &[Rule::DropIndexNotConcurrently],
    ),
    (
        "adding-foreign-key-constraint",
        &[Rule::AddForeignKeyWithoutNotValid],
    ),
    // squawk also gives this rule for PRIMARY KEY and UNIQUE, where NOT
    // VALID does not exist: ours calls that add-unique-without-index.
    (
        "constraint-missing-not-valid",
        &[
            Rule::AddForeignKeyWithoutNotValid,
            Rule::AddCheckWithoutNotValid,
            Rule::AddUniqueWithoutIndex,
        ],
    ),
    ("adding-not-nullable-field", &[Rule::SetNotNullWithoutCheck]),
    (
        "adding-required-field",
        &[Rule::AddNotNullColumnWithoutDefault],
    ),
    ("changing-column-type", &[Rule::AlterColumnType]),
    (
        "adding-serial-primary-key-field",
        &[Rule::AddUniqueWithoutIndex, Rule::AddColumnVolatileDefault],
    ),
    (
        "adding-field-with-default",
        &[Rule::AddColumnVolatileDefault],
    ),
    (
        "disallowed-unique-constraint",
        &[Rule::AddUniqueWithoutIndex],
    ),
];

/// One squawk finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SquawkFinding {
    /// The file name (no directory).
    pub file: String,
    /// 1-based.
    pub line: u32,
    pub rule: String,
}

/// Writes each revision's file of `migrations` into `out`, cut before its
/// `-- migrate:down` marker, and returns the paths written.
pub fn write_up_sections(migrations: &Migrations, out: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(out)?;
    let mut written = Vec::new();
    for revision in migrations.revisions() {
        let source = Path::new(revision.file());
        let text = std::fs::read_to_string(source)?;
        let mut kept = String::new();
        for line in text.lines() {
            if line.trim_start().starts_with("-- migrate:down") {
                break;
            }
            kept.push_str(line);
            kept.push('\n');
        }
        let target = out.join(source.file_name().unwrap_or_default());
        std::fs::write(&target, kept)?;
        written.push(target);
    }
    Ok(written)
}

/// Runs squawk on `files` and reads its findings.
///
/// # Errors
///
/// When squawk does not run or its output is not the JSON expected.
pub fn run(squawk: &Path, files: &[PathBuf]) -> Result<Vec<SquawkFinding>, String> {
    let output = Command::new(squawk)
        .arg("--reporter")
        .arg("json")
        .args(files)
        .output()
        .map_err(|err| format!("cannot run {}: {err}", squawk.display()))?;
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).map_err(|err| {
        format!(
            "squawk printed no JSON ({err}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    })?;
    let list = value.as_array().ok_or("squawk's JSON is not a list")?;
    list.iter()
        .map(|item| {
            let file = item["file"].as_str().ok_or("a finding without a file")?;
            Ok(SquawkFinding {
                file: Path::new(file)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                // squawk counts lines from 0.
                line: item["line"].as_u64().ok_or("a finding without a line")? as u32 + 1,
                rule: item["rule_name"].as_str().unwrap_or("").to_owned(),
            })
        })
        .collect()
}

/// How many of squawk's lock-hazard findings ours covers.
#[derive(Debug, Default)]
pub struct Recall {
    /// squawk's lock-hazard findings.
    pub squawk: usize,
    /// Those on tables created in the same revision, which ours leaves out
    /// on purpose (it saw the same hazard and knows the table is new).
    pub on_new_tables: usize,
    /// Those on existing tables that ours also reports.
    pub matched: usize,
    /// Those on existing tables that ours does not report on purpose, with
    /// the reason: `(file:line, squawk rule, reason)`.
    pub justified: Vec<(String, String, String)>,
    /// Those on existing tables that ours does not report:
    /// `(file:line, squawk rule, the statement's first line)`.
    pub missed: Vec<(String, String, String)>,
}

/// Why ours does not report a squawk rule on a statement, where the
/// difference is by design.
fn justification(rule: &str) -> Option<&'static str> {
    match rule {
        // squawk flags any function call in a default; ours only volatile
        // ones (random(), gen_random_uuid(), nextval(), ...). PostgreSQL 11+
        // evaluates a non-volatile default once and rewrites nothing.
        "adding-field-with-default" => Some(
            "the default calls no volatile function: PostgreSQL 11+ stores it once, without rewriting the table",
        ),
        _ => None,
    }
}

impl Recall {
    /// The share of squawk's findings on existing tables ours reports (the
    /// justified differences count against it).
    pub fn ratio(&self) -> f64 {
        let existing = self.matched + self.justified.len() + self.missed.len();
        if existing == 0 {
            1.0
        } else {
            self.matched as f64 / existing as f64
        }
    }
}

/// Matches squawk's lock-hazard findings to `report`'s, by statement.
pub fn recall(migrations: &Migrations, report: &Report, squawk: &[SquawkFinding]) -> Recall {
    let mut recall = Recall::default();
    for found in squawk {
        let Some((_, ours)) = LOCK_RULES.iter().find(|(name, _)| *name == found.rule) else {
            continue;
        };
        recall.squawk += 1;
        let Some(revision) = migrations.revisions().iter().find(|r| {
            Path::new(r.file())
                .file_name()
                .is_some_and(|n| *n == *found.file)
        }) else {
            continue;
        };
        let (start, end, text) = statement_at(revision.up_sql(), revision.up_line(), found.line);
        let covers = |list: &[migraph_core::lint::Finding]| {
            list.iter().any(|f| {
                f.file == revision.file()
                    && (start..=end).contains(&f.line)
                    && ours.contains(&f.rule)
            })
        };
        if covers(&report.findings) {
            recall.matched += 1;
        } else if covers(&report.on_new_tables) {
            recall.on_new_tables += 1;
        } else if let Some(reason) = justification(&found.rule) {
            recall.justified.push((
                format!("{}:{}", revision.file(), found.line),
                found.rule.clone(),
                format!("{reason}: {text}"),
            ));
        } else {
            recall.missed.push((
                format!("{}:{}", revision.file(), found.line),
                found.rule.clone(),
                text,
            ));
        }
    }
    recall
}

/// The lines `(first, last)` of the statement of `sql` (starting at file
/// line `first_line`) that holds file line `line`, and its first line.
fn statement_at(sql: &str, first_line: u32, line: u32) -> (u32, u32, String) {
    for piece in split::split(sql, split::Dialect::Postgres) {
        if piece.is_blank {
            continue;
        }
        let start = first_line + sql[..piece.offset].matches('\n').count() as u32;
        let end = start + piece.text.trim_end().matches('\n').count() as u32;
        if (start..=end).contains(&line) {
            let statement = split::strip_leading_comments(piece.text, split::Dialect::Postgres);
            return (
                start,
                end,
                statement.lines().next().unwrap_or("").trim().to_owned(),
            );
        }
    }
    (line, line, String::new())
}
