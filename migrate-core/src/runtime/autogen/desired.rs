//! The desired schema: SQL that builds it from an empty database (a file,
//! a directory of `.sql` files in name order, `pg_dump --schema-only`
//! output as it is), or a database that has it.

use std::path::{Path, PathBuf};

use crate::DatabaseUrl;

/// Where the desired schema comes from.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Desired {
    /// A `.sql` file, or a directory whose `.sql` files run in name order.
    Path(PathBuf),
    /// SQL text.
    Sql(String),
    /// A database whose schema is the desired one (read, never written).
    Url(DatabaseUrl),
}

impl Desired {
    /// A file or a directory of `.sql` files.
    pub fn path(path: impl AsRef<Path>) -> Self {
        Desired::Path(path.as_ref().to_owned())
    }

    /// SQL text.
    pub fn sql(sql: impl Into<String>) -> Self {
        Desired::Sql(sql.into())
    }
}

/// The SQL of a desired schema, read from its file or directory, with a
/// name for messages.
pub(super) fn read_sql(desired: &Desired) -> crate::error::Result<Option<(String, String)>> {
    let fail = |name: &Path, err: std::io::Error| crate::Error::DesiredSchema {
        source_name: name.display().to_string(),
        message: err.to_string(),
    };
    match desired {
        Desired::Url(_) => Ok(None),
        Desired::Sql(sql) => Ok(Some(("(SQL text)".to_owned(), sql.clone()))),
        Desired::Path(path) if path.is_dir() => {
            let mut files: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| fail(path, e))?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "sql"))
                .collect();
            files.sort();
            let mut sql = String::new();
            for file in &files {
                sql.push_str(&std::fs::read_to_string(file).map_err(|e| fail(file, e))?);
                sql.push_str("\n;\n");
            }
            Ok(Some((path.display().to_string(), sql)))
        }
        Desired::Path(path) => {
            let sql = std::fs::read_to_string(path).map_err(|e| fail(path, e))?;
            Ok(Some((path.display().to_string(), sql)))
        }
    }
}

/// The statements that build the schema, with their lines: psql's
/// meta-commands (`\restrict KEY`, `\connect`) left out, and pg_dump's
/// emptied `search_path` too (the dump names every object with its schema;
/// a SQL function that does not, used in an index, would not restore), and
/// ownership and privileges, which a schema comparison does not read and
/// whose roles the dev server may not have. An array the server deparsed
/// as cast whole (`(ARRAY['a'::character varying])::text[]`, which
/// `pg_dump` writes for a `varchar` column's `IN` list) is written so that
/// it parses back to the same tree, not to a cast of each element.
#[cfg(feature = "postgres")]
pub(super) fn statements(sql: &str) -> Vec<(u32, String)> {
    let kept: String = sql
        .lines()
        .map(|line| {
            let meta = line.starts_with('\\');
            let search_path = line
                .trim_start()
                .starts_with("SELECT pg_catalog.set_config('search_path', ''");
            if meta || search_path {
                ""
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    crate::split::split(&kept, crate::Dialect::Postgres)
        .into_iter()
        .filter(|piece| !piece.is_blank)
        .map(|piece| (piece.line, piece.statement().to_owned()))
        .filter(|(_, statement)| !is_privilege(statement))
        .map(|(line, statement)| (line, crate::autogen::keep_array_casts(&statement)))
        .collect()
}

/// The parameter a `SET name = value` (or `SET [SESSION | LOCAL] name TO
/// value`) statement sets, lowercased; `None` for any other statement, and
/// for a dotted name, which any server takes as a placeholder.
#[cfg(feature = "postgres")]
pub(super) fn setting(statement: &str) -> Option<String> {
    let mut rest = statement.trim_start();
    let word = |rest: &mut &str| -> String {
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '=')
            .unwrap_or(rest.len());
        let taken = rest[..end].to_ascii_lowercase();
        *rest = rest[end..].trim_start();
        taken
    };
    if word(&mut rest) != "set" {
        return None;
    }
    let mut name = word(&mut rest);
    if name == "session" || name == "local" {
        name = word(&mut rest);
    }
    let assigns = rest.starts_with('=')
        || rest
            .get(..3)
            .is_some_and(|to| to.eq_ignore_ascii_case("to "));
    (assigns && !name.is_empty() && !name.contains('.')).then_some(name)
}

/// `GRANT`, `REVOKE`, `ALTER DEFAULT PRIVILEGES`, `ALTER ... OWNER TO`.
#[cfg(feature = "postgres")]
fn is_privilege(statement: &str) -> bool {
    let upper = statement.trim_start().to_ascii_uppercase();
    upper.starts_with("GRANT ")
        || upper.starts_with("REVOKE ")
        || upper.starts_with("ALTER DEFAULT PRIVILEGES")
        || upper.starts_with("ALTER ") && upper.contains(" OWNER TO ")
}

#[cfg(all(test, feature = "postgres"))]
mod tests {
    use super::setting;

    #[test]
    fn a_set_statement_names_its_parameter() {
        assert_eq!(
            setting("SET transaction_timeout = 0;").as_deref(),
            Some("transaction_timeout")
        );
        assert_eq!(
            setting("set Lock_Timeout=0").as_deref(),
            Some("lock_timeout")
        );
        assert_eq!(
            setting("SET LOCAL search_path TO a, b").as_deref(),
            Some("search_path")
        );
        assert_eq!(
            setting("SET SESSION xmloption = content").as_deref(),
            Some("xmloption")
        );
        for other in [
            "SET myapp.tenant = 'a'",
            "SET ROLE admin",
            "SET SESSION AUTHORIZATION 'u'",
            "SET TIME ZONE 'UTC'",
            "SET CONSTRAINTS ALL DEFERRED",
            "CREATE TABLE set_x (id int)",
        ] {
            assert_eq!(setting(other), None, "{other}");
        }
    }
}
