//! Commands that read the graph only: `heads`, `branches`, `history`, `show`.

use std::io::Write;

use migraph_core::{Migrations, Revision};
use serde_json::json;

use crate::output::{print_json, Shape};
use crate::Failure;

const NO_DB: &[&str] = &[];

pub fn heads(
    m: &Migrations,
    json: bool,
    verbose: bool,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let shape = Shape::new(m);
    let heads = m.heads();
    if json {
        let mut ids: Vec<&str> = heads.iter().map(|r| r.id()).collect();
        ids.sort_unstable();
        print_json(out, &json!({ "heads": ids }))?;
        return Ok(());
    }
    for head in heads {
        if verbose {
            writeln!(out, "{}", shape.verbose(head, false))?;
        } else {
            writeln!(out, "{}{}", head.id(), shape.marks(head, false))?;
        }
    }
    Ok(())
}

pub fn branches(
    m: &Migrations,
    json: bool,
    verbose: bool,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let shape = Shape::new(m);
    let points: Vec<&Revision> = m
        .revisions()
        .iter()
        .filter(|r| shape.is_branch_point(r))
        .collect();
    if json {
        let list: Vec<_> = points
            .iter()
            .map(|r| {
                let mut value = shape.json(r);
                value["children"] = json!(m.children(r).iter().map(|c| c.id()).collect::<Vec<_>>());
                value
            })
            .collect();
        print_json(out, &json!(list))?;
        return Ok(());
    }
    for point in points {
        writeln!(out, "{}", shape.entry(point, false, verbose))?;
        for child in m.children(point) {
            writeln!(
                out,
                "{:width$}-> {}",
                "",
                shape.line(child, false),
                width = 4
            )?;
        }
    }
    Ok(())
}

/// The graph newest first; `current` (from a database, when one is given)
/// adds Alembic's `(current)` mark.
pub fn history(
    m: &Migrations,
    json: bool,
    range: Option<&str>,
    verbose: bool,
    current: &[String],
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let shape = Shape::new(m);
    let selected = select_range(m, range, current)?;
    let newest_first = m
        .revisions()
        .iter()
        .rev()
        .filter(|r| selected.contains(r.id()));
    let is_current = |r: &Revision| current.iter().any(|c| c == r.id());
    if json {
        let list: Vec<_> = newest_first
            .map(|r| {
                let mut value = shape.json(r);
                value["current"] = json!(is_current(r));
                value
            })
            .collect();
        print_json(out, &json!(list))?;
        return Ok(());
    }
    for revision in newest_first {
        writeln!(
            out,
            "{}",
            shape.entry(revision, is_current(revision), verbose)
        )?;
    }
    Ok(())
}

/// Whether a history range names the database's `current` revisions on
/// either side (`current:`, `:current`), so the database must be read.
pub fn names_current(range: &str) -> bool {
    range
        .split_once(':')
        .is_some_and(|(start, end)| start == "current" || end == "current")
}

/// The ids in `start:end`: descendants of `start` (inclusive; everything for
/// an empty start or `base`) that are ancestors of `end` (inclusive; the
/// heads for an empty end). `current` on either side stands for the
/// database's current revisions (as in Alembic).
fn select_range<'m>(
    m: &'m Migrations,
    range: Option<&str>,
    current: &[String],
) -> Result<std::collections::HashSet<&'m str>, Failure> {
    let all = || m.revisions().iter().map(|r| r.id()).collect();
    let Some(range) = range else {
        return Ok(all());
    };
    let Some((start, end)) = range.split_once(':') else {
        return Err(Failure(format!(
            "history range '{range}' needs a colon: 'start:end', 'start:' or ':end'"
        )));
    };
    let current_revisions =
        || -> Vec<&'m Revision> { current.iter().filter_map(|id| m.get(id)).collect() };
    let end = if end.is_empty() { "heads" } else { end };
    let below_end = if end == "current" {
        ancestors(m, current_revisions())
    } else {
        ancestors(m, m.resolve(end, NO_DB)?)
    };
    if start.is_empty() || start == "base" {
        return Ok(below_end);
    }
    let above_start = if start == "current" {
        // Nothing applied: the whole graph is above the current state.
        if current.is_empty() {
            return Ok(below_end);
        }
        descendants(m, current_revisions())
    } else {
        descendants(m, m.resolve(start, NO_DB)?)
    };
    Ok(below_end.intersection(&above_start).copied().collect())
}

fn ancestors<'m>(m: &'m Migrations, from: Vec<&'m Revision>) -> std::collections::HashSet<&'m str> {
    let mut seen = std::collections::HashSet::new();
    let mut stack = from;
    while let Some(r) = stack.pop() {
        if seen.insert(r.id()) {
            stack.extend(
                r.parent_indices()
                    .iter()
                    .chain(r.dependency_indices())
                    .map(|&i| &m.revisions()[i as usize]),
            );
        }
    }
    seen
}

fn descendants<'m>(
    m: &'m Migrations,
    from: Vec<&'m Revision>,
) -> std::collections::HashSet<&'m str> {
    let mut seen = std::collections::HashSet::new();
    let mut stack = from;
    while let Some(r) = stack.pop() {
        if seen.insert(r.id()) {
            stack.extend(m.children(r));
            stack.extend(m.dependents(r));
        }
    }
    seen
}

pub fn show(m: &Migrations, json: bool, target: &str, out: &mut dyn Write) -> Result<(), Failure> {
    let shape = Shape::new(m);
    let found = m.resolve(target, NO_DB)?;
    let [revision] = found.as_slice() else {
        let ids: Vec<&str> = found.iter().map(|r| r.id()).collect();
        return Err(Failure(format!(
            "'{target}' names {} revisions ({}); show takes one",
            ids.len(),
            ids.join(", ")
        )));
    };
    if json {
        let mut value = shape.json(revision);
        value["up"] = json!(revision.up_sql());
        value["down"] = json!(revision.down_sql());
        value["sql_check"] = json!(revision.is_sql_checked());
        value["code"] = json!(revision.is_code());
        print_json(out, &value)?;
        return Ok(());
    }
    write!(out, "{}", shape.verbose(revision, false))?;
    if revision.is_code() {
        writeln!(
            out,
            "\nRust code revision: 'pub async fn up' on line {}{}",
            revision.up_line(),
            if revision.is_reversible() {
                format!(", 'pub async fn down' on line {}", revision.down_line())
            } else {
                ", irreversible".to_owned()
            }
        )?;
        return Ok(());
    }
    writeln!(out, "\n-- migrate:up (line {})", revision.up_line())?;
    writeln!(out, "{}", revision.up_sql().trim_end())?;
    match revision.down_sql() {
        Some(down) => {
            writeln!(out, "\n-- migrate:down (line {})", revision.down_line())?;
            writeln!(out, "{}", down.trim_end())?;
        }
        None => writeln!(out, "\n-- migrate:down irreversible")?,
    }
    Ok(())
}
