//! The server the benchmark works on, through `psql`: scratch databases
//! (made, filled from a dump, dropped on drop) and SQL applied as a user
//! applies a script.

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

    /// A new database built from a `pg_dump` file.
    pub fn restore(server: &Server, name: String, dump: &Path) -> Res<Scratch> {
        let scratch = Scratch::create(server, name)?;
        apply_file(&scratch.url(), dump, false).map_err(|e| format!("restore: {e}"))?;
        Ok(scratch)
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
