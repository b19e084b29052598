//! `new` and `merge`: write a revision file whose parents are the heads.
//!
//! The directory is loaded (and so validated) first, and again after the
//! file is written; a file that would break the graph is removed again.

use std::io::Write;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use migraph_core::source::check_id;
use migraph_core::{Migrations, Revision, SqlDialect};
use serde_json::json;

use crate::cli::{Cli, Command};
use crate::commands::{dir, load_checked, policy};
use crate::output::print_json;
use crate::Failure;

const NO_DB: &[&str] = &[];

/// A revision file to write.
pub(super) struct NewRevision<'a> {
    pub id: String,
    pub parents: Vec<String>,
    pub depends_on: Vec<String>,
    pub labels: &'a [String],
    pub message: String,
    pub up: String,
    /// The down section's text (empty: the section is left for the author).
    pub down: String,
    /// `false` writes `-- transactional: false` in the header.
    pub transactional: bool,
    /// Lint rules the header allows (`-- lint_allow: a, b`), if any.
    pub lint_allow: Vec<String>,
    /// A Rust code revision for this dialect (`None`: any database, `Db`).
    pub rust: Option<Option<SqlDialect>>,
}

pub fn run(cli: &Cli, out: &mut dyn Write) -> Result<(), Failure> {
    let directory = dir(cli);
    // Several heads are what `merge` is for (and `new --head` may pick one),
    // so they may not stop the load; every other check applies.
    let migrations = if directory.exists() {
        load_checked(cli, &policy(cli).allow_multiple_heads(true))?
    } else {
        return Err(Failure(format!(
            "migration directory '{}' does not exist; create it (or run 'init') first",
            directory.display()
        )));
    };
    let new = match &cli.command {
        Command::New {
            message,
            head,
            branch_label,
            depends_on,
            rev_id,
            rust,
            autogenerate: _,
            desired: _,
        } => NewRevision {
            id: choose_id(&migrations, rev_id.as_deref(), &[])?,
            parents: parents_for_new(
                &migrations,
                head.as_deref(),
                migrations.shape_problems(&policy(cli)).is_empty(),
            )?,
            depends_on: resolve_depends_on(&migrations, depends_on)?,
            labels: branch_label,
            message: one_line(message),
            up: "-- Write the SQL that applies this revision here.".to_owned(),
            down: String::new(),
            transactional: true,
            lint_allow: Vec::new(),
            rust: rust.then(|| crate::commands::declared_dialect(cli)),
        },
        Command::Merge {
            revisions,
            message,
            rev_id,
            branch_label,
        } => {
            let parents = parents_for_merge(&migrations, revisions)?;
            // Alembic lets a merge go without a message; name what it joins.
            let message = match message {
                Some(message) => one_line(message),
                None => format!("merge {}", parents.join(", ")),
            };
            NewRevision {
                id: choose_id(&migrations, rev_id.as_deref(), &[])?,
                parents,
                depends_on: Vec::new(),
                labels: branch_label,
                message,
                up: "-- Merge revision: joins the branches above, changes no schema.".to_owned(),
                down: String::new(),
                transactional: true,
                lint_allow: Vec::new(),
                rust: None,
            }
        }
        _ => unreachable!("dispatched on New and Merge only"),
    };
    for label in new.labels {
        check_id(label).map_err(|why| Failure(format!("invalid branch label '{label}': {why}")))?;
    }
    let path = write(&directory, &new)?;
    // The same checks as the macro: never leave a directory that would not compile.
    if let Err(Failure(err)) = load_checked(cli, &policy(cli)) {
        let _ = std::fs::remove_file(&path);
        return Err(Failure(format!(
            "the new revision would break the graph, so it was not written:\n{err}"
        )));
    }
    if cli.json {
        print_json(
            out,
            &json!({ "revision": new.id, "down_revisions": new.parents, "file": path.display().to_string() }),
        )?;
    } else {
        writeln!(out, "Generated {} (revision {})", path.display(), new.id)?;
    }
    Ok(())
}

pub(super) fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The head to build on: the one head, or the revision `--head` names.
/// `heads_allowed`: the directory's heads compile as they are (labelled
/// branches, or `--allow-multiple-heads`), so a revision on one of them
/// compiles too, and `--head` is worth suggesting; otherwise only a merge
/// helps.
pub(super) fn parents_for_new(
    m: &Migrations,
    head: Option<&str>,
    heads_allowed: bool,
) -> Result<Vec<String>, Failure> {
    if let Some(target) = head {
        let found = m.resolve(target, NO_DB)?;
        return match found.as_slice() {
            [one] => Ok(vec![one.id().to_owned()]),
            [] => Ok(Vec::new()),
            many => Err(Failure(format!(
                "--head '{target}' names {} revisions; name one",
                many.len()
            ))),
        };
    }
    match m.heads().as_slice() {
        [] => Ok(Vec::new()),
        [one] => Ok(vec![one.id().to_owned()]),
        many if heads_allowed => Err(Failure(format!(
            "{} heads: {}; pick the one to build on with --head, e.g. --head {}",
            many.len(),
            describe(many),
            many[0].id()
        ))),
        many => Err(Failure(format!(
            "{} heads: {}; the build refuses them until they are merged: \
             run 'merge heads -m \"<message>\"' first",
            many.len(),
            describe(many)
        ))),
    }
}

fn parents_for_merge(m: &Migrations, targets: &[String]) -> Result<Vec<String>, Failure> {
    let mut picked: Vec<&Revision> = Vec::new();
    for target in targets {
        let found = if target == "heads" {
            m.heads()
        } else {
            m.resolve(target, NO_DB)?
        };
        for revision in found {
            if !picked.iter().any(|p| p.id() == revision.id()) {
                picked.push(revision);
            }
        }
    }
    for revision in &picked {
        if !m.children(revision).is_empty() {
            return Err(Failure(format!(
                "revision '{}' is not a head (it has children); merge joins heads",
                revision.id()
            )));
        }
    }
    if picked.len() < 2 {
        return Err(Failure(format!(
            "nothing to merge: {} head{} ({}); a merge joins two or more",
            picked.len(),
            if picked.len() == 1 { "" } else { "s" },
            describe(&picked)
        )));
    }
    // Parents in canonical order, so the header reads oldest first.
    let position = |r: &Revision| m.revisions().iter().position(|x| x.id() == r.id());
    picked.sort_by_key(|r| position(r));
    Ok(picked.iter().map(|r| r.id().to_owned()).collect())
}

pub(super) fn resolve_depends_on(
    m: &Migrations,
    entries: &[String],
) -> Result<Vec<String>, Failure> {
    entries
        .iter()
        .flat_map(|e| e.split(',').map(str::trim))
        .filter(|e| !e.is_empty())
        .map(|entry| {
            let found = m.resolve(entry, NO_DB)?;
            match found.as_slice() {
                // Labels stay labels, as in Alembic; prefixes become full ids.
                [one] if one.branch_labels().any(|l| l == entry) => Ok(entry.to_owned()),
                [one] => Ok(one.id().to_owned()),
                _ => Err(Failure(format!(
                    "--depends-on '{entry}' must name one revision"
                ))),
            }
        })
        .collect()
}

fn describe(revisions: &[&Revision]) -> String {
    revisions
        .iter()
        .map(|r| format!("'{}' ({})", r.id(), r.file()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A given id, checked; or a new one, `YYYYMMDD_HHMMSS_xxxxxx`: the UTC
/// time, so ids and file names sort in the order revisions were made, then
/// six random hex digits from the operating system, so two developers who
/// run `new` in the same second on two branches still get different ids.
/// The random part is also the short form: any 4 or more of its leading
/// digits name the revision (`upgrade 3f9a`), where a prefix of the date
/// would name every revision of that day. `taken` are ids chosen for files
/// not written yet (autogenerate's chain), treated as existing.
pub(super) fn choose_id(
    m: &Migrations,
    given: Option<&str>,
    taken: &[String],
) -> Result<String, Failure> {
    if let Some(id) = given {
        check_id(id).map_err(|why| Failure(format!("invalid --rev-id '{id}': {why}")))?;
        if m.get(id).is_some() || taken.iter().any(|t| t == id) {
            return Err(Failure(format!("revision '{id}' already exists")));
        }
        return Ok(id.to_owned());
    }
    let ids = || {
        m.revisions()
            .iter()
            .map(Revision::id)
            .chain(taken.iter().map(String::as_str))
    };
    // Within one directory ids keep the order they were made in: a second
    // that already has a revision moves on to the next free one.
    let mut at = SystemTime::now();
    let mut stamp = utc_stamp(at);
    for _ in 0..100_000 {
        if !ids().any(|id| id.starts_with(&stamp)) {
            break;
        }
        at += std::time::Duration::from_secs(1);
        stamp = utc_stamp(at);
    }
    for _ in 0..100 {
        let suffix = random_hex()?;
        // The short form must name this revision alone: draw again when
        // another revision's random part starts the same way, or when an id
        // (this one included) starts with it, as a prefix is matched first.
        let short = &suffix[..4];
        let clash = stamp.starts_with(short)
            || ids().any(|id| {
                id.starts_with(short)
                    || id
                        .rsplit_once('_')
                        .is_some_and(|(_, tail)| tail.starts_with(short))
            });
        if !clash {
            return Ok(format!("{stamp}_{suffix}"));
        }
    }
    Err(Failure(
        "could not find a free revision id; pass --rev-id".to_owned(),
    ))
}

/// Six lowercase hex digits from the operating system's random source.
fn random_hex() -> Result<String, Failure> {
    let mut bytes = [0u8; 3];
    getrandom::getrandom(&mut bytes).map_err(|err| {
        Failure(format!(
            "cannot read random bytes for a revision id: {err}; pass --rev-id"
        ))
    })?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// `YYYYMMDD_HHMMSS` in UTC.
fn utc_stamp(now: SystemTime) -> String {
    let secs = now
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (days, rest) = (secs / 86_400, secs % 86_400);
    let (y, m, d) = civil_from_days(days as i64);
    format!(
        "{y:04}{m:02}{d:02}_{:02}{:02}{:02}",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
/// well-known algorithm, restated).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// A file-name slug from the message: lowercase words joined by `_`.
fn slug(message: &str) -> String {
    let mut slug = String::new();
    for word in message
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if slug.len() + word.len() + 1 > 48 {
            break;
        }
        if !slug.is_empty() {
            slug.push('_');
        }
        slug.push_str(&word.to_ascii_lowercase());
    }
    if slug.is_empty() {
        slug.push_str("revision");
    }
    slug
}

pub(super) fn write(dir: &Path, new: &NewRevision<'_>) -> Result<std::path::PathBuf, Failure> {
    let extension = if new.rust.is_some() { "rs" } else { "sql" };
    let path = dir.join(format!("{}_{}.{extension}", new.id, slug(&new.message)));
    let down = if new.parents.is_empty() {
        "none".to_owned()
    } else {
        new.parents.join(", ")
    };
    let c = if new.rust.is_some() { "//" } else { "--" };
    let mut text = format!("{c} revision: {}\n{c} down_revision: {down}\n", new.id);
    if !new.depends_on.is_empty() {
        text.push_str(&format!("{c} depends_on: {}\n", new.depends_on.join(", ")));
    }
    if !new.labels.is_empty() {
        text.push_str(&format!("{c} branch_labels: {}\n", new.labels.join(", ")));
    }
    text.push_str(&format!("{c} message: {}\n", new.message));
    if !new.transactional {
        text.push_str(&format!("{c} transactional: false\n"));
    }
    if !new.lint_allow.is_empty() {
        text.push_str(&format!("{c} lint_allow: {}\n", new.lint_allow.join(", ")));
    }
    match new.rust {
        Some(dialect) => text.push_str(&code_template(dialect)),
        None => {
            let section = |body: &str| {
                let body = body.trim_end();
                if body.is_empty() {
                    String::new()
                } else {
                    format!("{body}\n")
                }
            };
            text.push_str(&format!(
                "\n-- migrate:up\n{}\n-- migrate:down\n{}",
                section(&new.up),
                section(&new.down)
            ));
        }
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|err| Failure(format!("cannot create {}: {err}", path.display())))?;
    file.write_all(text.as_bytes())
        .map_err(|err| Failure(format!("cannot write {}: {err}", path.display())))?;
    Ok(path)
}

/// The body of a new code revision: functions that compile and do
/// nothing yet, taking the set's dialect connection (or `Db` when
/// `migrate.toml` declares none).
fn code_template(dialect: Option<SqlDialect>) -> String {
    let (import, param) = match dialect {
        Some(SqlDialect::Postgres) => ("migraph::sqlx::PgConnection", "&mut PgConnection"),
        Some(SqlDialect::Mysql) => ("migraph::sqlx::MySqlConnection", "&mut MySqlConnection"),
        Some(SqlDialect::Sqlite) => ("migraph::sqlx::SqliteConnection", "&mut SqliteConnection"),
        _ => ("migraph::runtime::Db", "Db<'_>"),
    };
    format!(
        "
//! A Rust code revision, compiled into the application that embeds this
//! directory with migrations!(). `db` is the runner's connection, inside
//! the revision's transaction. For a backfill of a large table, add the
//! header line `// transactional: false` and use
//! migraph::runtime::backfill, which commits batch by batch.

use {import};

pub async fn up(db: {param}) -> Result<(), migraph::sqlx::Error> {{
    let _ = db; // Write the code that applies this revision here.
    Ok(())
}}

pub async fn down(db: {param}) -> Result<(), migraph::sqlx::Error> {{
    let _ = db; // Undo it here, or write '// irreversible: true' above and delete this function.
    Ok(())
}}
"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        let t = UNIX_EPOCH + std::time::Duration::from_secs(1_763_778_896);
        assert_eq!(utc_stamp(t), "20251122_023456");
    }

    #[test]
    fn new_ids_are_time_ordered_with_a_random_short_form() {
        let dir = std::env::temp_dir().join(format!("migrate-ids-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let m = Migrations::load(&dir).unwrap();
        let ids: Vec<String> = (0..20).map(|_| choose_id(&m, None, &[]).unwrap()).collect();
        let _ = std::fs::remove_dir_all(&dir);
        for id in &ids {
            let (stamp, suffix) = id.rsplit_once('_').unwrap();
            assert_eq!(stamp.len(), 15, "{id}");
            assert_eq!(suffix.len(), 6, "{id}");
            assert!(suffix.chars().all(|c| c.is_ascii_hexdigit()), "{id}");
            check_id(id).unwrap();
        }
        // Made within a second or two, the ids still differ (24 random
        // bits each: one pair in 20 collides with odds of about 1 in 90,000,
        // two pairs practically never).
        let distinct: std::collections::BTreeSet<&String> = ids.iter().collect();
        assert!(distinct.len() >= ids.len() - 1, "{ids:?}");
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Add user preferences table!"),
            "add_user_preferences_table"
        );
        assert_eq!(slug("   "), "revision");
        assert!(slug(&"word ".repeat(40)).len() <= 48);
    }
}
