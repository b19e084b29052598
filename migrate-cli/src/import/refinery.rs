//! refinery histories: `V<n>__<name>.sql` (versioned) and `U<n>__<name>.sql`
//! (unversioned: refinery may apply it out of order), found in the
//! directory and its subdirectories, applied in version order. refinery
//! has no down migrations, so every revision is irreversible.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use siphasher::sip::SipHasher13;

use super::{chain, entries, read_text, Imported, Rev};
use crate::Failure;

/// One migration as refinery sees it.
#[derive(Debug, Clone)]
pub struct Migration {
    pub prefix: char,
    pub version: i64,
    pub name: String,
    pub file: String,
    pub sql: String,
}

impl Migration {
    /// refinery's checksum: SipHash-1-3 (zero keys) of the name, the
    /// version and the SQL, as refinery hashes them; the version is an
    /// `i32`, or an `i64` with refinery's `int8-versions`, so both are given.
    pub fn checksums(&self) -> [u64; 2] {
        let hash = |version: &dyn Fn(&mut SipHasher13)| {
            let mut hasher = SipHasher13::new();
            self.name.hash(&mut hasher);
            version(&mut hasher);
            self.sql.hash(&mut hasher);
            hasher.finish()
        };
        [
            hash(&|h| (self.version as i32).hash(h)),
            hash(&|h| self.version.hash(h)),
        ]
    }
}

/// The revision id of a refinery version.
pub fn id(version: i64) -> String {
    format!("V{version}")
}

fn walk(dir: &Path, files: &mut Vec<(String, PathBuf)>) -> Result<(), Failure> {
    for (name, path) in entries(dir)? {
        if path.is_dir() {
            if !name.starts_with('.') {
                walk(&path, files)?;
            }
        } else {
            files.push((name, path));
        }
    }
    Ok(())
}

/// Splits `V12__add_users` into its parts, as refinery's file name rule does.
fn parse_stem(stem: &str) -> Option<(char, i64, &str)> {
    let prefix = stem.chars().next().filter(|c| *c == 'V' || *c == 'U')?;
    let (version, name) = stem[1..].split_once("__")?;
    let ok_name = !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    if version.is_empty() || !version.chars().all(|c| c.is_ascii_digit()) || !ok_name {
        return None;
    }
    Some((prefix, version.parse().ok()?, name))
}

/// Reads the migrations under a directory, in version order.
pub fn scan(dir: &Path) -> Result<(Vec<Migration>, Vec<String>), Failure> {
    let mut files = Vec::new();
    walk(dir, &mut files)?;
    let mut migrations: Vec<Migration> = Vec::new();
    let mut notes = Vec::new();
    for (name, path) in files {
        let (stem, ext) = match name.rsplit_once('.') {
            Some(parts) => parts,
            None => continue,
        };
        let Some((prefix, version, mname)) = parse_stem(stem) else {
            continue;
        };
        match ext {
            "sql" => {}
            "rs" => {
                return Err(Failure(format!(
                    "{}: a Rust migration; import handles SQL files only \
                     (rewrite it as SQL, or as a Rust code revision by hand)",
                    path.display()
                )))
            }
            _ => continue,
        }
        if prefix == 'U' {
            notes.push(format!(
                "{name}: unversioned in refinery (may run out of order); imported in version order"
            ));
        }
        migrations.push(Migration {
            prefix,
            version,
            name: mname.to_owned(),
            file: path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .display()
                .to_string(),
            sql: read_text(&path)?,
        });
    }
    migrations.sort_by_key(|m| m.version);
    for pair in migrations.windows(2) {
        if pair[0].version == pair[1].version {
            return Err(Failure(format!(
                "{}: {} and {} have the same version {}; refinery would refuse them too",
                dir.display(),
                pair[0].file,
                pair[1].file,
                pair[0].version
            )));
        }
    }
    Ok((migrations, notes))
}

/// The history as revisions: an irreversible chain in version order.
pub fn read(dir: &Path) -> Result<Imported, Failure> {
    let (migrations, notes) = scan(dir)?;
    let mut imported = Imported {
        notes,
        ..Imported::default()
    };
    for m in migrations {
        imported.revisions.push(Rev {
            id: id(m.version),
            message: Some(m.name.replace('_', " ")),
            transactional: true,
            up: m.sql,
            down: None,
            origin: format!("refinery {} ({}{})", m.file, m.prefix, m.version),
            ..Rev::default()
        });
    }
    chain(&mut imported.revisions);
    Ok(imported)
}
