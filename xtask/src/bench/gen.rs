//! Synthetic migration directories in the shapes the benchmarks exercise.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

/// Number of parallel branches in the `wide` shape.
pub const WIDE_BRANCHES: usize = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One chain: each revision's parent is the previous one.
    Linear,
    /// One base, `WIDE_BRANCHES` chains growing from it (ids interleaved, as
    /// when teams work in parallel), joined by one final merge revision.
    Wide,
    /// Merge-heavy: repeated diamonds `m -> b1, b2 -> m'`.
    Diamond,
    /// One chain of real PostgreSQL revisions (the SQL corpus, cycled) with
    /// `migrate.toml` declaring PostgreSQL: the macro checks the SQL.
    PgChecked,
    /// The same chain without `migrate.toml`: the graph only.
    PgUnchecked,
}

impl Shape {
    pub const ALL: [Shape; 3] = [Shape::Linear, Shape::Wide, Shape::Diamond];

    pub fn name(self) -> &'static str {
        match self {
            Shape::Linear => "linear",
            Shape::Wide => "wide",
            Shape::Diamond => "merge-heavy",
            Shape::PgChecked => "pg-checked",
            Shape::PgUnchecked => "pg-unchecked",
        }
    }
}

/// One revision to generate: its parents are earlier revisions (0-based).
#[derive(Debug)]
struct Node {
    parents: Vec<usize>,
    branch: Option<usize>,
}

fn nodes(shape: Shape, n: usize) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::with_capacity(n);
    if n == 0 {
        return out;
    }
    out.push(Node {
        parents: Vec::new(),
        branch: None,
    });
    match shape {
        Shape::Linear | Shape::PgChecked | Shape::PgUnchecked => {
            for i in 1..n {
                out.push(Node {
                    parents: vec![i - 1],
                    branch: None,
                });
            }
        }
        Shape::Wide => {
            if n < 3 {
                for i in 1..n {
                    out.push(Node {
                        parents: vec![i - 1],
                        branch: None,
                    });
                }
                return out;
            }
            // Revisions 1..n-1 go round-robin to the branches; the last merges.
            let branches = WIDE_BRANCHES.min(n - 2);
            let mut tips: Vec<usize> = vec![0; branches];
            for k in 0..n - 2 {
                let b = k % branches;
                out.push(Node {
                    parents: vec![tips[b]],
                    branch: Some(b),
                });
                tips[b] = out.len() - 1;
            }
            out.push(Node {
                parents: tips,
                branch: None,
            });
        }
        Shape::Diamond => {
            let mut tip = 0;
            while out.len() + 3 <= n {
                out.push(Node {
                    parents: vec![tip],
                    branch: Some(1),
                });
                out.push(Node {
                    parents: vec![tip],
                    branch: Some(2),
                });
                let b2 = out.len() - 1;
                out.push(Node {
                    parents: vec![b2 - 1, b2],
                    branch: None,
                });
                tip = out.len() - 1;
            }
            while out.len() < n {
                out.push(Node {
                    parents: vec![tip],
                    branch: None,
                });
                tip = out.len() - 1;
            }
        }
    }
    out
}

pub fn rev_id(i: usize) -> String {
    format!("r{:06}", i + 1)
}

/// Writes `n` revisions of `shape` into `dir`, replacing what was there.
/// Returns the total number of bytes written.
pub fn write_dir(dir: &Path, shape: Shape, n: usize) -> io::Result<u64> {
    if matches!(shape, Shape::PgChecked | Shape::PgUnchecked) {
        let checked = shape == Shape::PgChecked;
        return super::sql_check::write_pg_dir(&crate::project_root(), dir, n, checked);
    }
    if dir.exists() {
        std::fs::remove_dir_all(dir)?;
    }
    std::fs::create_dir_all(dir)?;
    let mut bytes = 0u64;
    let mut text = String::new();
    for (i, node) in nodes(shape, n).iter().enumerate() {
        text.clear();
        let id = rev_id(i);
        let table = format!("t{:06}", i + 1);
        let down = if node.parents.is_empty() {
            "none".to_owned()
        } else {
            node.parents
                .iter()
                .map(|&p| rev_id(p))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let merge = node.parents.len() > 1;
        let slug = if merge {
            "merge_heads".to_owned()
        } else {
            match node.branch {
                Some(b) => format!("b{b:02}_create_{table}"),
                None => format!("create_{table}"),
            }
        };
        let _ = writeln!(text, "-- revision: {id}");
        let _ = writeln!(text, "-- down_revision: {down}");
        if merge {
            let _ = writeln!(text, "-- message: merge {} heads", node.parents.len());
            let _ = write!(
                text,
                "\n-- Joins parallel lines of history; no schema change.\n\n\
                 -- migrate:up\n-- merge point only\n\n\
                 -- migrate:down\n-- merge point only\n"
            );
        } else {
            let _ = writeln!(text, "-- message: create {table}");
            let _ = write!(
                text,
                "\n-- migrate:up\n\
                 CREATE TABLE {table} (\n    \
                     id BIGINT PRIMARY KEY,\n    \
                     name TEXT NOT NULL,\n    \
                     payload TEXT,\n    \
                     created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP\n\
                 );\n\
                 CREATE INDEX {table}_name_idx ON {table} (name);\n\n\
                 -- migrate:down\n\
                 DROP INDEX {table}_name_idx;\n\
                 DROP TABLE {table};\n"
            );
        }
        bytes += text.len() as u64;
        std::fs::write(dir.join(format!("{id}_{slug}.sql")), &text)?;
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_have_n_revisions_and_one_head() {
        for shape in Shape::ALL {
            for n in [1, 2, 3, 7, 200, 1000] {
                let nodes = nodes(shape, n);
                assert_eq!(nodes.len(), n, "{shape:?} {n}");
                let mut has_child = vec![false; n];
                for (i, node) in nodes.iter().enumerate() {
                    for &p in &node.parents {
                        assert!(p < i);
                        has_child[p] = true;
                    }
                }
                assert_eq!(
                    has_child.iter().filter(|c| !**c).count(),
                    1,
                    "{shape:?} {n}"
                );
            }
        }
    }
}
