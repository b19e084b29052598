//! The steps both tools are measured on. A history is walked once: each
//! revision's up applied by `psql` to one database (in one transaction
//! unless the revision says `transactional: false`) and the schema dumped
//! after each. A step is a pair of consecutive revisions k → k+1 whose
//! normalized dumps differ: the dump at k (what a down must give back) and
//! the dump at k+1 (the declared schema, as pg_dump wrote it); a tool's
//! scratch at k is built by the chain, as a user's database got there.
//!
//! Six histories expect something made before their first revision:
//! chirpstack `pg_trgm` (its operators create it), supabase/auth the schema
//! `auth` (its server creates it), harbor golang-migrate's own table,
//! harness, graphile/worker and hasura-auth their migrators' (their
//! revisions alter them). That statement is the history's prelude,
//! run before the walk and, for ours, put at the start of the first
//! revision's up in the copy of the chain.

use std::path::{Path, PathBuf};

use migraph_core::Migrations;

use super::dump::{self, Schema};
use super::pg::{self, Scratch, Server};
use super::Res;

/// SQL a history expects to have run before its first revision.
const PRELUDES: &[(&str, &str)] = &[
    (
        "chirpstack",
        "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;",
    ),
    ("supabase-auth", "CREATE SCHEMA IF NOT EXISTS auth;"),
    (
        "harbor",
        "CREATE TABLE IF NOT EXISTS schema_migrations \
         (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL);",
    ),
    (
        "harness",
        "CREATE TABLE IF NOT EXISTS migrations (version text NOT NULL);",
    ),
    (
        "graphile-worker",
        "CREATE SCHEMA IF NOT EXISTS graphile_worker; \
         CREATE TABLE IF NOT EXISTS graphile_worker.migrations (id int PRIMARY KEY, \
         ts timestamptz DEFAULT now() NOT NULL, breaking boolean NOT NULL DEFAULT false);",
    ),
    (
        "hasura-auth",
        "CREATE SCHEMA IF NOT EXISTS auth; \
         CREATE TABLE IF NOT EXISTS auth.schema_migrations \
         (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL);",
    ),
];

/// One step, its dumps on disk.
pub struct Step {
    /// The history's directory, and how many of its revisions (in canonical
    /// order) make the schema at k.
    pub dir: PathBuf,
    pub applied: usize,
    pub prelude: Option<&'static str>,
    pub from: String,
    pub to: String,
    /// The dump at k+1, the declared schema (the database at k is built by
    /// the chain, `ours::build_by_chain`).
    pub after: PathBuf,
    pub before_schema: Schema,
    pub after_schema: Schema,
}

/// A walked history.
pub struct History {
    pub name: String,
    pub revisions: usize,
    pub steps: Vec<Step>,
}

/// Walks `dir`, keeping at most `limit` steps.
pub fn walk(server: &Server, name: &str, dir: &Path, work: &Path, limit: usize) -> Res<History> {
    let migrations = Migrations::load(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let revisions = migrations.revisions();
    let out = work.join(name);
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let db = Scratch::create(server, format!("mbench_ag_walk_{}", std::process::id()))?;
    let prelude = PRELUDES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, sql)| *sql);
    if let Some(sql) = prelude {
        let file = out.join("prelude.sql");
        std::fs::write(&file, sql).map_err(|e| e.to_string())?;
        pg::apply_file(&db.url(), &file, true).map_err(|e| format!("{name}: prelude: {e}"))?;
    }
    let mut steps = Vec::new();
    let mut previous: Option<Schema> = None;
    for (i, revision) in revisions.iter().enumerate() {
        if steps.len() >= limit {
            break;
        }
        let up = out.join(format!("{i:04}.up.sql"));
        std::fs::write(&up, revision.up_sql()).map_err(|e| e.to_string())?;
        pg::apply_file(&db.url(), &up, revision.is_transactional())
            .map_err(|e| format!("{name}: {} does not apply: {e}", revision.id()))?;
        let text = dump::dump(&db.url())?;
        let path = out.join(format!("{i:04}_{}.sql", revision.id()));
        std::fs::write(&path, &text).map_err(|e| e.to_string())?;
        let schema = dump::normalize(&text);
        if let Some(before_schema) = previous.take() {
            if before_schema != schema {
                steps.push(Step {
                    dir: dir.to_owned(),
                    applied: i,
                    prelude,
                    from: revisions[i - 1].id().to_owned(),
                    to: revision.id().to_owned(),
                    after: path.clone(),
                    before_schema,
                    after_schema: schema.clone(),
                });
            }
        }
        previous = Some(schema);
    }
    Ok(History {
        name: name.to_owned(),
        revisions: revisions.len(),
        steps,
    })
}
