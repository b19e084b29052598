//! diesel_cli histories: one directory per migration, `<version>_<name>/`
//! with `up.sql`, `down.sql` and optionally `metadata.toml`
//! (`run_in_transaction = false`). The version is the part of the name
//! before the first `_` with the `-` removed; diesel applies in the string
//! order of versions and records the version in its table.

use std::path::Path;

use super::{chain, entries, read_text, Imported, Rev};
use crate::Failure;

/// One migration as diesel sees it.
#[derive(Debug, Clone)]
pub struct Migration {
    pub version: String,
    pub name: String,
    pub dir: String,
    pub up: String,
    pub down: Option<String>,
    pub run_in_transaction: bool,
}

/// Reads the migrations of a directory, in diesel's order.
pub fn scan(dir: &Path) -> Result<Vec<Migration>, Failure> {
    let mut migrations = Vec::new();
    for (name, path) in entries(dir)? {
        if !path.is_dir() || name.starts_with('.') {
            continue;
        }
        let up_path = path.join("up.sql");
        if !up_path.is_file() {
            continue;
        }
        let (version, rest) = name.split_once('_').unwrap_or((name.as_str(), ""));
        let version = version.replace('-', "");
        let up = read_text(&up_path)?;
        let down_path = path.join("down.sql");
        let down = if down_path.is_file() {
            Some(read_text(&down_path)?)
        } else {
            None
        };
        let metadata = path.join("metadata.toml");
        let run_in_transaction = if metadata.is_file() {
            run_in_transaction(&read_text(&metadata)?, &metadata)?
        } else {
            true
        };
        migrations.push(Migration {
            version,
            name: rest.to_owned(),
            dir: name.clone(),
            up,
            down,
            run_in_transaction,
        });
    }
    migrations.sort_by(|a, b| a.version.cmp(&b.version));
    for pair in migrations.windows(2) {
        if pair[0].version == pair[1].version {
            return Err(Failure(format!(
                "{}: {} and {} have the same version {}; rename one",
                dir.display(),
                pair[0].dir,
                pair[1].dir,
                pair[0].version
            )));
        }
    }
    Ok(migrations)
}

/// The `run_in_transaction` key of a `metadata.toml` (default true).
fn run_in_transaction(text: &str, path: &Path) -> Result<bool, Failure> {
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if let Some((key, value)) = line.split_once('=') {
            if key.trim() == "run_in_transaction" {
                return match value.trim() {
                    "true" => Ok(true),
                    "false" => Ok(false),
                    other => Err(Failure(format!(
                        "{}:{}: run_in_transaction = {other} is not true or false",
                        path.display(),
                        n + 1
                    ))),
                };
            }
        }
    }
    Ok(true)
}

/// The revision id of a diesel version.
pub fn id(version: &str) -> String {
    version.to_owned()
}

/// The history as revisions: a chain in diesel's order.
pub fn read(dir: &Path) -> Result<Imported, Failure> {
    let mut imported = Imported::default();
    for m in scan(dir)? {
        let down = m.down.clone();
        if down.is_none() {
            imported.notes.push(format!(
                "{}: no down.sql; revision {} is irreversible",
                m.dir, m.version
            ));
        }
        imported.revisions.push(Rev {
            id: id(&m.version),
            message: Some(m.name.replace('_', " ")).filter(|s| !s.is_empty()),
            transactional: m.run_in_transaction,
            up: m.up,
            down,
            origin: format!("diesel {}/up.sql", m.dir),
            ..Rev::default()
        });
    }
    chain(&mut imported.revisions);
    Ok(imported)
}
