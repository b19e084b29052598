//! `lint`: the hazard linter over the directory, or over the revisions
//! pending on a database, ranked by the size of the tables they would block
//! (read from the catalog: `pg_class`, MySQL's `information_schema.tables`).

use std::collections::{HashMap, HashSet};
use std::io::Write;

use migraph_core::ledger::Status;
use migraph_core::lint::{self, Finding, Scope, Severity};
use migraph_core::{Migrations, Settings};
use serde_json::json;

use super::db::{with_conn, Context};
use crate::cli::Cli;
use crate::database::{self, Conn};
use crate::output::{paint, print_json, use_color};
use crate::Failure;

/// A table's size as the catalog estimates it.
#[derive(Debug, Clone, Copy)]
struct Size {
    rows: Option<i64>,
    bytes: i64,
}

pub fn run(
    cli: &Cli,
    migrations: &Migrations,
    with_database: bool,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let directory = super::dir(cli);
    let settings =
        Settings::read(&directory.to_string_lossy(), &directory).map_err(|problems| {
            Failure(
                problems
                    .iter()
                    .map(|p| p.message().to_owned())
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
        })?;
    let (report, sizes) = if with_database {
        let url = database::choose_url(cli.database_url.as_deref(), cli.database.as_deref())
            .and_then(|url| database::parse_url(&url))
            .map_err(Failure)?;
        let dialect = settings.dialect.unwrap_or(url.dialect());
        let cx = Context { cli, url };
        let (applied, sizes) = super::runtime()?.block_on(read_database(&cx, migrations))?;
        let report = lint::lint(migrations, dialect, &settings, Scope::Database(&applied))
            .map_err(Failure)?;
        (report, sizes)
    } else {
        let Some(dialect) = settings.dialect else {
            return Err(Failure(format!(
                "{}, so there is no SQL to lint; write dialect = \"postgres\" \
                 (or mysql, sqlite) in {}, or give the database with --database-url",
                super::no_dialect(&directory),
                directory.join(migraph_core::settings::FILE_NAME).display()
            )));
        };
        let report =
            lint::lint(migrations, dialect, &settings, Scope::Directory).map_err(Failure)?;
        (report, HashMap::new())
    };
    let mut findings = report.findings;
    if with_database {
        // What would block the most comes first.
        findings.sort_by_key(|f| {
            let size = f.table.as_deref().and_then(|t| sizes.get(t));
            std::cmp::Reverse(size.map_or(-1, |s| s.bytes))
        });
    }
    let denied = findings.iter().any(|f| f.severity == Severity::Deny);
    if cli.json {
        let list: Vec<_> = findings
            .iter()
            .map(|f| {
                json!({
                    "revision": f.revision,
                    "file": f.file,
                    "line": f.line,
                    "rule": f.rule.name(),
                    "severity": f.severity.name(),
                    "message": format!("{}; {}", message(f, &sizes), f.rule.fix()),
                })
            })
            .collect();
        print_json(out, &json!({ "findings": list }))?;
    } else {
        let color = use_color(&std::io::stdout());
        for finding in &findings {
            print_finding(out, finding, &sizes, color)?;
        }
        let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
        writeln!(
            out,
            "{} finding{} ({} deny, {} warn) in {} revision{} linted{}",
            findings.len(),
            if findings.len() == 1 { "" } else { "s" },
            count(Severity::Deny),
            count(Severity::Warn),
            report.linted,
            if report.linted == 1 { "" } else { "s" },
            if report.on_new_tables.is_empty() {
                String::new()
            } else {
                format!(
                    "; {} more on tables no one uses yet (created in the same revision, or by one not yet {}) not reported",
                    report.on_new_tables.len(),
                    if with_database { "applied" } else { "released" }
                )
            }
        )?;
    }
    Ok(u8::from(denied))
}

/// The finding's message, with its table's size where the catalog gave one.
fn message(finding: &Finding, sizes: &HashMap<String, Size>) -> String {
    match finding
        .table
        .as_deref()
        .and_then(|t| sizes.get(t).map(|s| (t, s)))
    {
        Some((table, size)) => {
            let rows = size
                .rows
                .map(|r| format!("{} rows / ", count(r)))
                .unwrap_or_default();
            let sized = format!("{table} (about {rows}{})", bytes(size.bytes));
            // What the rule says of a table that may have rows, the
            // catalog answers: it has them.
            let text = match size.rows {
                Some(rows) if rows > 0 => finding.message.replace(
                    lint::ONCE_THE_TABLE_HAS_ROWS,
                    &format!("fails, as the table has about {} rows", count(rows)),
                ),
                _ => finding.message.clone(),
            };
            match word_at(&text, table) {
                Some(at) => format!("{}{sized}{}", &text[..at], &text[at + table.len()..]),
                None => format!("{text} ({sized})"),
            }
        }
        None => finding.message.clone(),
    }
}

/// Where `name` first stands as a whole word in `text` (not inside
/// `fills_trade_fk` when looking for `fills`).
fn word_at(text: &str, name: &str) -> Option<usize> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_' || c == '.';
    text.match_indices(name).map(|(at, _)| at).find(|&at| {
        !text[..at].chars().next_back().is_some_and(is_word)
            && !text[at + name.len()..].chars().next().is_some_and(is_word)
    })
}

fn print_finding(
    out: &mut dyn Write,
    finding: &Finding,
    sizes: &HashMap<String, Size>,
    color: bool,
) -> std::io::Result<()> {
    let (label, code) = match finding.severity {
        Severity::Deny => ("error", "1;31"),
        _ => ("warning", "1;33"),
    };
    let width = finding.line.to_string().len();
    let pad = " ".repeat(width);
    writeln!(
        out,
        "{}: {}",
        paint(&format!("{label}[{}]", finding.rule), code, color),
        message(finding, sizes)
    )?;
    writeln!(out, "{pad}--> {}:{}", finding.file, finding.line)?;
    writeln!(out, "{pad} |")?;
    writeln!(out, "{} | {}", finding.line, finding.excerpt)?;
    writeln!(out, "{pad} |")?;
    writeln!(out, "{pad} = fix: {}", finding.rule.fix())?;
    writeln!(out)
}

/// `48 M`, `12 k`, `950`.
fn count(n: i64) -> String {
    match n {
        n if n >= 10_000_000 => format!("{} M", n / 1_000_000),
        n if n >= 1_000_000 => format!("{:.1} M", n as f64 / 1e6),
        n if n >= 10_000 => format!("{} k", n / 1_000),
        n => n.to_string(),
    }
}

/// `6.1 GB`, `120 MB`, `8 kB`.
fn bytes(n: i64) -> String {
    let n = n.max(0) as f64;
    if n >= 1e9 {
        format!("{:.1} GB", n / 1e9)
    } else if n >= 1e6 {
        format!("{:.0} MB", n / 1e6)
    } else {
        format!("{:.0} kB", (n / 1e3).max(1.0))
    }
}

/// The revisions applied to the database (read through the ledger) and
/// each table's size.
async fn read_database(
    cx: &Context<'_>,
    migrations: &Migrations,
) -> Result<(HashSet<String>, HashMap<String, Size>), Failure> {
    let mut conn = cx.connect().await?;
    let migrator = cx.migrator(migrations)?;
    let records = with_conn!(&mut conn, c => migrator.records(c).await).map_err(|e| cx.fail(e))?;
    let applied = records
        .into_iter()
        .filter(|r| r.status == Status::Applied)
        .map(|r| r.revision)
        .collect();
    let sizes = table_sizes(&mut conn)
        .await
        .map_err(|e| cx.fail_with(&e.to_string()))?;
    Ok((applied, sizes))
}

/// Every user table's estimated rows and bytes, by the name the linter
/// gives it (`public` left out on PostgreSQL).
async fn table_sizes(conn: &mut Conn) -> Result<HashMap<String, Size>, migraph_core::sqlx::Error> {
    let rows: Vec<(String, String, Option<i64>, i64)> = match conn {
        Conn::Postgres(c) => {
            // reltuples is -1 for a table never analyzed (PostgreSQL 14+).
            migraph_core::sqlx::query_as(
                "SELECT n.nspname::text, c.relname::text, \
                 CASE WHEN c.reltuples < 0 THEN NULL ELSE c.reltuples::bigint END, \
                 pg_total_relation_size(c.oid) \
                 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                 WHERE c.relkind IN ('r', 'p', 'm') \
                 AND n.nspname NOT IN ('pg_catalog', 'information_schema') \
                 AND n.nspname NOT LIKE 'pg_toast%'",
            )
            .fetch_all(c)
            .await?
        }
        Conn::Mysql(c) => {
            migraph_core::sqlx::query_as(
                "SELECT CAST(table_schema AS CHAR), CAST(table_name AS CHAR), \
                 CAST(table_rows AS SIGNED), \
                 CAST(COALESCE(data_length, 0) + COALESCE(index_length, 0) AS SIGNED) \
                 FROM information_schema.tables \
                 WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'",
            )
            .fetch_all(c)
            .await?
        }
        Conn::Sqlite(_) => Vec::new(),
    };
    let postgres = matches!(conn, Conn::Postgres(_));
    Ok(rows
        .into_iter()
        .map(|(schema, table, rows, bytes)| {
            let name = if postgres && schema != "public" {
                format!("{schema}.{table}")
            } else {
                table
            };
            (name, Size { rows, bytes })
        })
        .collect())
}
