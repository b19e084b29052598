//! The server the benchmark works on, through `psql`: scratch databases
//! (made once per worker, emptied and filled from a dump for each step,
//! dropped on drop: a `DROP DATABASE` costs the server a checkpoint, which
//! would be most of a step) and SQL applied as a user applies a script.

use std::path::Path;
use std::process::{Command, Output};

use super::Res;

/// The server (`postgres://user@host:port`, no database).
#[derive(Clone)]
pub struct Server(pub String);

impl Server {
    pub fn url(&self, database: &str) -> String {
        format!("{}/{database}", self.0)
    }

    /// Runs one statement on the `postgres` database.
    pub fn admin(&self, sql: &str) -> Res<()> {
        let out = psql(&self.url("postgres"))
            .args(["-c", sql])
            .output()
            .map_err(|e| format!("cannot run psql: {e}"))?;
        check(&out).map_err(|e| format!("{sql}: {e}"))
    }
}

/// A database of its own, dropped (with its sessions) on drop.
pub struct Scratch {
    server: Server,
    pub name: String,
}

impl Scratch {
    pub fn create(server: &Server, name: String) -> Res<Scratch> {
        server.admin(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))?;
        server.admin(&format!("CREATE DATABASE {name}"))?;
        Ok(Scratch {
            server: server.clone(),
            name,
        })
    }

    /// Empties the database and builds the schema of a `pg_dump` file in
    /// it, as the chain built it: an array the dump writes cast whole (a
    /// `varchar` column's `IN` list, `percentile_cont(ARRAY[0.5])`) kept
    /// whole, as autogenerate builds a desired schema
    /// (`autogen::keep_array_casts`). Run by psql as written, the dump's
    /// text parses back with each element cast: the database at k would
    /// hold an index or a view otherwise than the chain made it, and every
    /// step of the history would fail over it, whatever the tool.
    pub fn reset_to(&self, dump: &Path) -> Res<()> {
        self.reset()?;
        let text = std::fs::read_to_string(dump).map_err(|e| format!("restore: {e}"))?;
        let kept = dump.with_extension(format!("{}.sql", self.name));
        std::fs::write(&kept, migraph_core::autogen::keep_array_casts(&text))
            .map_err(|e| format!("restore: {e}"))?;
        let applied = apply_file(&self.url(), &kept, false);
        let _ = std::fs::remove_file(&kept);
        applied.map_err(|e| format!("restore: {e}"))
    }

    /// Drops every schema but the system's, and makes `public` anew as a
    /// fresh database has it (owner, usage, comment), so that pg_dump
    /// writes nothing for it. The histories make no object that lives
    /// outside a schema (event triggers, casts, publications, servers);
    /// [`Scratch::is_empty`] checks a worker's databases once.
    pub fn reset(&self) -> Res<()> {
        let out = psql(&self.url())
            .args(["-c", RESET])
            .output()
            .map_err(|e| format!("cannot run psql: {e}"))?;
        check(&out).map_err(|e| format!("reset {}: {e}", self.name))
    }

    /// Runs SQL in the database.
    pub fn execute(&self, sql: &str) -> Res<()> {
        let out = psql(&self.url())
            .args(["-c", sql])
            .output()
            .map_err(|e| format!("cannot run psql: {e}"))?;
        check(&out).map_err(|e| format!("{sql}: {e}"))
    }

    /// Whether pg_dump finds nothing in the database.
    pub fn is_empty(&self) -> Res<bool> {
        Ok(super::dump::normalize(&super::dump::dump(&self.url())?)
            .entries
            .is_empty())
    }

    pub fn url(&self) -> String {
        self.server.url(&self.name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = self.server.admin(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        ));
    }
}

const RESET: &str = r"
DO $$
DECLARE s name;
BEGIN
    FOR s IN SELECT nspname FROM pg_namespace
             WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
               AND nspname NOT LIKE 'pg\_temp\_%' AND nspname NOT LIKE 'pg\_toast\_temp\_%'
    LOOP
        EXECUTE format('DROP SCHEMA %I CASCADE', s);
    END LOOP;
END $$;
CREATE SCHEMA public AUTHORIZATION pg_database_owner;
GRANT USAGE ON SCHEMA public TO PUBLIC;
COMMENT ON SCHEMA public IS 'standard public schema';
";

fn psql(url: &str) -> Command {
    let mut cmd = Command::new("psql");
    cmd.args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url])
        .env("PGOPTIONS", "-c client_min_messages=warning");
    cmd
}

/// Applies a SQL file with `psql`, in one transaction when `single`; the
/// error is PostgreSQL's `ERROR:` line.
pub fn apply_file(url: &str, file: &Path, single: bool) -> Res<()> {
    let mut cmd = psql(url);
    if single {
        cmd.arg("-1");
    }
    let out = cmd
        .arg("-f")
        .arg(file)
        .output()
        .map_err(|e| format!("cannot run psql: {e}"))?;
    check(&out)
}

fn check(out: &Output) -> Res<()> {
    if out.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let error = stderr
        .lines()
        .find_map(|l| l.split_once("ERROR:").map(|(_, e)| e.trim().to_owned()))
        .unwrap_or_else(|| stderr.trim().to_owned());
    Err(error)
}
