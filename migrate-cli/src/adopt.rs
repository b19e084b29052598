//! `migraph adopt`: take over a database another tool migrated. Reads the
//! other tool's table, maps its rows to the revisions `import` wrote, checks
//! them, and records them in our bookkeeping without running SQL. The other
//! tool's table is only read.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

use migraph_core::sqlx;
use migraph_core::Migrations;
use sha2::{Digest, Sha384};

use crate::commands::db::Context;
use crate::database::Conn;
use crate::import::{self, Tool};
use crate::Failure;

/// What `adopt` was asked to do.
#[derive(Debug)]
pub struct Adopt<'a> {
    pub tool: Tool,
    pub dry_run: bool,
    pub source: Option<&'a Path>,
}

/// The other tool's table.
pub fn table(tool: Tool) -> &'static str {
    match tool {
        Tool::Alembic => "alembic_version",
        Tool::Sqlx => "_sqlx_migrations",
        Tool::Diesel => "__diesel_schema_migrations",
        Tool::Refinery => "refinery_schema_history",
    }
}

/// Runs a query on whichever database the connection is (with MySQL's
/// own text where it differs).
macro_rules! fetch {
    ($conn:expr, $sql:expr, $row:ty) => {
        fetch!($conn, $sql, $sql, $row)
    };
    ($conn:expr, $sql:expr, $mysql:expr, $row:ty) => {
        match $conn {
            Conn::Postgres(c) => sqlx::query_as::<_, $row>($sql).fetch_all(c).await,
            Conn::Sqlite(c) => sqlx::query_as::<_, $row>($sql).fetch_all(c).await,
            Conn::Mysql(c) => sqlx::query_as::<_, $row>($mysql).fetch_all(c).await,
        }
    };
}

/// The applied revisions the other tool's table stands for, in its order,
/// with every problem found on the way.
async fn applied(
    conn: &mut Conn,
    m: &Migrations,
    adopt: &Adopt<'_>,
) -> Result<(Vec<String>, Vec<String>), Failure> {
    let tool = adopt.tool;
    let table = table(tool);
    let unreadable = |err: sqlx::Error| {
        Failure(format!(
            "cannot read {table}: {err}; was this database migrated by {}?",
            tool.name()
        ))
    };
    let mut problems = Vec::new();
    let mut ids = Vec::new();
    let missing = |id: &str, row: String, problems: &mut Vec<String>| {
        if m.get(id).is_none() {
            problems.push(format!(
                "{table} records {row}, but the migration directory has no revision '{id}' \
                 (import the newer history first)"
            ));
            false
        } else {
            true
        }
    };
    // With --source: the other tool's files now, to compare with what was
    // applied and with what the directory holds.
    let source = match adopt.source {
        Some(dir) if tool != Tool::Alembic => {
            Some(import::read(tool, dir, &import::Options::default())?)
        }
        _ => None,
    };
    let source_up = |id: &str| {
        source
            .as_ref()
            .and_then(|s| s.revisions.iter().find(|r| r.id == id))
    };
    let compare = |id: &str, problems: &mut Vec<String>| {
        let Some(dir) = adopt.source else { return };
        if tool == Tool::Alembic {
            return;
        }
        match (source_up(id), m.get(id)) {
            (None, _) => problems.push(format!(
                "revision '{id}' was applied but has no file in {} any more",
                dir.display()
            )),
            (Some(src), Some(ours)) if src.up.trim() != ours.up_sql().trim() => {
                problems.push(format!(
                "{}: {} differs from {} (edited since the import); re-import, or restore the file",
                dir.display(),
                src.origin,
                ours.file()
            ))
            }
            _ => {}
        }
    };
    match tool {
        Tool::Alembic => {
            let rows: Vec<(String,)> =
                fetch!(conn, "SELECT version_num FROM alembic_version", (String,))
                    .map_err(unreadable)?;
            let none: [&str; 0] = [];
            let mut all = BTreeSet::new();
            for (head,) in rows {
                if !missing(&head, format!("head '{head}'"), &mut problems) {
                    continue;
                }
                let plan = m.plan_upgrade(&none, &head)?;
                all.extend(plan.steps().map(|s| s.revision.id().to_owned()));
            }
            // In the directory's order.
            ids = m
                .revisions()
                .iter()
                .filter(|r| all.contains(r.id()))
                .map(|r| r.id().to_owned())
                .collect();
        }
        Tool::Sqlx => {
            let rows: Vec<(i64, String, bool, Vec<u8>)> = fetch!(
                conn,
                "SELECT version, description, success, checksum FROM _sqlx_migrations ORDER BY version",
                (i64, String, bool, Vec<u8>)
            )
            .map_err(unreadable)?;
            let files = match adopt.source {
                Some(dir) => Some(import::sqlx::scan(dir)?),
                None => None,
            };
            for (version, description, success, checksum) in rows {
                let id = import::sqlx::id(version);
                let row = format!("version {version} ({description})");
                if !success {
                    problems.push(format!(
                        "{table}: {row} failed (success = false); resolve it with sqlx \
                         (fix the database, delete the row) before adopting"
                    ));
                    continue;
                }
                if !missing(&id, row.clone(), &mut problems) {
                    continue;
                }
                if let Some(files) = &files {
                    match files.iter().find(|f| f.version == version) {
                        Some(f) if f.checksum() != checksum => problems.push(format!(
                            "{}: {} changed since sqlx applied it (checksum differs); \
                             restore the applied version of the file",
                            adopt.source.unwrap_or(Path::new("")).display(),
                            f.up_file
                        )),
                        _ => {}
                    }
                }
                // The revision file must still hold what sqlx applied.
                if let Some(ours) = m.get(&id) {
                    let same = import::source_candidates(ours.up_sql())
                        .iter()
                        .any(|t| Sha384::digest(t.as_bytes()).as_slice() == checksum.as_slice());
                    if !same {
                        problems.push(format!(
                            "{}: its up SQL is not what sqlx applied as {row} (checksum differs); \
                             import again from the applied files",
                            ours.file()
                        ));
                    }
                }
                compare(&id, &mut problems);
                ids.push(id);
            }
        }
        Tool::Diesel => {
            let rows: Vec<(String,)> = fetch!(
                conn,
                "SELECT version FROM __diesel_schema_migrations ORDER BY version",
                (String,)
            )
            .map_err(unreadable)?;
            for (version,) in rows {
                let id = import::diesel::id(&version);
                if !missing(&id, format!("version {version}"), &mut problems) {
                    continue;
                }
                compare(&id, &mut problems);
                ids.push(id);
            }
        }
        Tool::Refinery => {
            // CAST: refinery's `int8-versions` makes the column BIGINT.
            let rows: Vec<(i64, String, String)> = fetch!(
                conn,
                "SELECT CAST(version AS BIGINT), name, checksum FROM refinery_schema_history ORDER BY 1",
                "SELECT CAST(version AS SIGNED), name, checksum FROM refinery_schema_history ORDER BY 1",
                (i64, String, String)
            )
            .map_err(unreadable)?;
            let files = match adopt.source {
                Some(dir) => Some(import::refinery::scan(dir)?.0),
                None => None,
            };
            for (version, name, checksum) in rows {
                let id = import::refinery::id(version);
                if !missing(&id, format!("version {version} ({name})"), &mut problems) {
                    continue;
                }
                if let Some(ours) = m.get(&id) {
                    let same = import::source_candidates(ours.up_sql())
                        .into_iter()
                        .any(|sql| {
                            let file = import::refinery::Migration {
                                prefix: 'V',
                                version,
                                name: name.clone(),
                                file: String::new(),
                                sql,
                            };
                            file.checksums()
                                .iter()
                                .any(|c| c.to_string() == checksum.trim())
                        });
                    if !same {
                        problems.push(format!(
                            "{}: its SQL is not what refinery applied as version {version} ({name}) \
                             (checksum differs); import again from the applied files",
                            ours.file()
                        ));
                    }
                }
                if let Some(files) = &files {
                    match files.iter().find(|f| f.version == version) {
                        Some(f)
                            if !f
                                .checksums()
                                .iter()
                                .any(|c| c.to_string() == checksum.trim()) =>
                        {
                            problems.push(format!(
                                "{}: {} changed since refinery applied it (checksum differs); \
                                 restore the applied version of the file",
                                adopt.source.unwrap_or(Path::new("")).display(),
                                f.file
                            ))
                        }
                        _ => {}
                    }
                }
                compare(&id, &mut problems);
                ids.push(id);
            }
        }
    }
    Ok((ids, problems))
}

/// `migraph adopt <tool>`.
pub async fn run(
    cx: &Context<'_>,
    m: &Migrations,
    adopt: Adopt<'_>,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    if adopt.tool == Tool::Alembic && adopt.source.is_some() {
        eprintln!("note: Alembic keeps no checksums; --source is not used for alembic");
    }
    let mut conn = cx.connect().await?;
    let (ids, problems) = applied(&mut conn, m, &adopt).await?;
    if !problems.is_empty() {
        return Err(Failure(format!(
            "adopt refused, nothing was recorded:\n  {}",
            problems.join("\n  ")
        )));
    }
    let tool = adopt.tool.name();
    if adopt.dry_run && cx.cli.json {
        crate::output::print_json(out, &serde_json::json!({ "would_adopt": ids }))?;
        return Ok(0);
    }
    if adopt.dry_run {
        for id in &ids {
            writeln!(out, "would record {id} as applied (adopted from {tool})")?;
        }
        writeln!(
            out,
            "{} would be recorded; nothing was changed",
            crate::output::count(ids.len(), "revision")
        )?;
        return Ok(0);
    }
    let migrator = cx.migrator(m)?;
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let tool = tool.to_string();
    let report = match &mut conn {
        Conn::Postgres(c) => migrator.adopt(c, &refs, &tool).await,
        Conn::Sqlite(c) => migrator.adopt(c, &refs, &tool).await,
        Conn::Mysql(c) => migrator.adopt(c, &refs, &tool).await,
    }
    .map_err(|e| cx.fail(e))?;
    if cx.cli.json {
        crate::output::print_json(
            out,
            &serde_json::json!({ "adopted": ids, "current": report.current }),
        )?;
    } else {
        for id in &ids {
            writeln!(out, "recorded {id} as applied (adopted from {tool})")?;
        }
        writeln!(
            out,
            "adopted {} from {}; current: {}",
            crate::output::count(ids.len(), "revision"),
            table(adopt.tool),
            if report.current.is_empty() {
                "base (nothing applied)".to_owned()
            } else {
                report.current.join(", ")
            }
        )?;
    }
    Ok(0)
}
