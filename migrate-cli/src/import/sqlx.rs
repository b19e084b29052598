//! sqlx-cli histories: `<version>_<description>.sql` (simple, cannot be
//! reverted) or `<version>_<description>.up.sql` with `.down.sql`. The
//! version is an `i64`; sqlx applies in version order; `-- no-transaction`
//! as the first line runs the file outside a transaction.

use std::collections::BTreeMap;
use std::path::Path;

use sha2::{Digest, Sha384};

use super::{chain, entries, read_text, Imported, Rev};
use crate::Failure;

/// One migration as sqlx sees it.
#[derive(Debug, Clone)]
pub struct Migration {
    pub version: i64,
    pub description: String,
    pub up: String,
    pub down: Option<String>,
    pub up_file: String,
}

impl Migration {
    /// sqlx's checksum: SHA-384 of the up file's bytes.
    pub fn checksum(&self) -> Vec<u8> {
        Sha384::digest(self.up.as_bytes()).to_vec()
    }
}

/// The revision id of a sqlx version.
pub fn id(version: i64) -> String {
    if version < 0 {
        format!("m{}", version.unsigned_abs())
    } else {
        version.to_string()
    }
}

/// Reads the migrations of a directory the way sqlx does, in version order.
pub fn scan(dir: &Path) -> Result<Vec<Migration>, Failure> {
    let mut ups: BTreeMap<i64, Migration> = BTreeMap::new();
    let mut downs: BTreeMap<i64, (String, String)> = BTreeMap::new();
    for (name, path) in entries(dir)? {
        if !path.is_file() {
            continue;
        }
        // sqlx ignores what does not look like `<version>_<rest>.sql`.
        let Some((version, rest)) = name.split_once('_') else {
            continue;
        };
        if !rest.ends_with(".sql") {
            continue;
        }
        let version: i64 = version.parse().map_err(|_| {
            Failure(format!(
                "{}: '{version}' is not a sqlx version (an integer); rename the file",
                path.display()
            ))
        })?;
        let sql = read_text(&path)?;
        let (kind, description) = if let Some(d) = rest.strip_suffix(".up.sql") {
            ("up", d)
        } else if let Some(d) = rest.strip_suffix(".down.sql") {
            ("down", d)
        } else {
            ("simple", rest.trim_end_matches(".sql"))
        };
        let description = description.replace('_', " ");
        if kind == "down" {
            if downs.insert(version, (sql, name.clone())).is_some() {
                return Err(duplicate(dir, version));
            }
            continue;
        }
        let migration = Migration {
            version,
            description,
            up: sql,
            down: None,
            up_file: name.clone(),
        };
        if ups.insert(version, migration).is_some() {
            return Err(duplicate(dir, version));
        }
        if kind == "simple" && downs.contains_key(&version) {
            return Err(duplicate(dir, version));
        }
    }
    for (version, (sql, file)) in downs {
        match ups.get_mut(&version) {
            Some(m) if m.up_file.ends_with(".up.sql") => m.down = Some(sql),
            _ => {
                return Err(Failure(format!(
                    "{}: {file} has no matching .up.sql; add it or remove the down file",
                    dir.display()
                )))
            }
        }
    }
    Ok(ups.into_values().collect())
}

fn duplicate(dir: &Path, version: i64) -> Failure {
    Failure(format!(
        "{}: version {version} is used by more than one migration; sqlx would refuse it too",
        dir.display()
    ))
}

/// The history as revisions: a chain in version order.
pub fn read(dir: &Path) -> Result<Imported, Failure> {
    let migrations = scan(dir)?;
    let mut imported = Imported::default();
    for m in migrations {
        let transactional = !m.up.starts_with("-- no-transaction");
        imported.revisions.push(Rev {
            id: id(m.version),
            message: Some(m.description.clone()),
            transactional,
            up: m.up,
            down: m.down,
            origin: format!("sqlx {}", m.up_file),
            ..Rev::default()
        });
    }
    chain(&mut imported.revisions);
    Ok(imported)
}
