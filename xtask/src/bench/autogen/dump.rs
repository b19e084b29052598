//! The comparison both tools are judged by, independent of this crate's
//! `schema` module: `pg_dump --schema-only --no-owner --no-privileges` of a
//! database, cut into pg_dump's entries (one per `-- Name: ...; Type: ...`
//! header) and normalized, then compared as a multiset of entries.
//!
//! What is normalized, and nothing else:
//! - dropped: the headers and other dump comments, blank lines, the session
//!   lines (`SET ...`, `SELECT pg_catalog.set_config(...)`), `\restrict` and
//!   `\unrestrict`, and the bookkeeping tables (`migrate_revisions`,
//!   `migrate_revisions_lock`);
//! - the lines between `CREATE TABLE ... (` and `)` are sorted (column
//!   order, and the order of constraints written inside the table);
//! - a constraint or index name of the server's own shape (`<...>_pkey`,
//!   `_key`, `_fkey`, `_check`, `_excl`, `_idx`, with the digits it adds on
//!   a clash) after `ADD CONSTRAINT`, `CONSTRAINT` or `CREATE [UNIQUE] INDEX`
//!   is replaced by `<generated>` plus that suffix.
//!
//! - `DEFAULT NULL::<type>` is `DEFAULT NULL`: both are no default, the
//!   first where a database was restored from a dump (pg_dump writes the
//!   second on a partition whose parent's column has a default and its own
//!   none, and the restore keeps it typed).
//!
//! Comments on objects, defaults, sequences, functions, views, triggers and
//! policies are compared as pg_dump writes them.

use std::process::Command;

use super::Res;

/// One pg_dump entry: its `Type:` and its normalized statement text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    pub kind: String,
    pub text: String,
}

/// A normalized dump: its entries, sorted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schema {
    pub entries: Vec<Entry>,
}

/// `pg_dump --schema-only` of the database at `url`, as pg_dump writes it
/// (the declared schema of a step is this text, unchanged).
pub fn dump(url: &str) -> Res<String> {
    let out = Command::new("pg_dump")
        .args([
            "--schema-only",
            "--no-owner",
            "--no-privileges",
            "--exclude-table=migrate_revisions",
            "--exclude-table=migrate_revisions_lock",
        ])
        .arg(format!("--dbname={url}"))
        .output()
        .map_err(|e| format!("cannot run pg_dump: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "pg_dump failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("pg_dump wrote non-UTF-8: {e}"))
}

/// Cuts a dump into its entries and normalizes each.
pub fn normalize(dump: &str) -> Schema {
    let mut entries = Vec::new();
    let mut current: Option<(String, Vec<&str>)> = None;
    for line in dump.lines() {
        if let Some(header) = line.strip_prefix("-- Name: ") {
            if let Some(done) = current.take() {
                entries.push(finish(done));
            }
            let kind = header
                .split("; Type: ")
                .nth(1)
                .and_then(|rest| rest.split(';').next())
                .unwrap_or("?")
                .to_owned();
            current = Some((kind, Vec::new()));
            continue;
        }
        if line.starts_with("\\restrict") || line.starts_with("\\unrestrict") {
            continue;
        }
        if let Some((_, lines)) = current.as_mut() {
            lines.push(line);
        }
    }
    if let Some(done) = current.take() {
        entries.push(finish(done));
    }
    entries.retain(|e| !e.text.is_empty());
    entries.sort();
    Schema { entries }
}

fn finish((kind, mut lines): (String, Vec<&str>)) -> Entry {
    lines.retain(|l| {
        let t = l.trim();
        !(t.is_empty()
            || t == "--"
            || (t.starts_with("SET ") && t.ends_with(';'))
            || t.starts_with("SELECT pg_catalog.set_config("))
    });
    let mut lines: Vec<String> = lines
        .into_iter()
        .map(|l| generalize_names(&untyped_null_default(l)))
        .collect();
    if kind == "TABLE" {
        sort_table_body(&mut lines);
    }
    Entry {
        kind,
        text: lines.join("\n"),
    }
}

/// Sorts the lines between `CREATE ... TABLE ... (` and the `)` line,
/// without their trailing commas.
fn sort_table_body(lines: &mut [String]) {
    let Some(open) = lines.iter().position(|l| l.ends_with('(')) else {
        return;
    };
    let Some(close) = lines.iter().skip(open + 1).position(|l| l.starts_with(')')) else {
        return;
    };
    let body = &mut lines[open + 1..open + 1 + close];
    for line in body.iter_mut() {
        if line.ends_with(',') {
            line.pop();
        }
    }
    body.sort();
}

/// `DEFAULT NULL::<type>` as `DEFAULT NULL`.
fn untyped_null_default(line: &str) -> String {
    const TYPED: &str = " DEFAULT NULL::";
    let Some(at) = line.find(TYPED) else {
        return line.to_owned();
    };
    let rest = &line[at + TYPED.len()..];
    let end = [" NOT NULL", " COLLATE ", ","]
        .iter()
        .filter_map(|word| rest.find(word))
        .min()
        .unwrap_or(rest.len());
    format!("{} DEFAULT NULL{}", &line[..at], &rest[end..])
}

const GENERATED_SUFFIXES: &[&str] = &["pkey", "key", "fkey", "check", "excl", "idx"];

/// Replaces a name of the server's own shape after the words that name a
/// constraint or an index.
fn generalize_names(line: &str) -> String {
    let mut out = line.to_owned();
    for marker in ["ADD CONSTRAINT ", "CONSTRAINT ", "INDEX "] {
        let Some(at) = out.find(marker) else { continue };
        let start = at + marker.len();
        let rest = &out[start..];
        let len = if let Some(quoted) = rest.strip_prefix('"') {
            quoted.find('"').map_or(rest.len(), |end| end + 2)
        } else {
            rest.find([' ', ';', ',']).unwrap_or(rest.len())
        };
        let name = rest[..len].trim_matches('"');
        if let Some(suffix) = generated_suffix(name) {
            out.replace_range(start..start + len, &format!("<generated>_{suffix}"));
        }
        break;
    }
    out
}

/// The suffix of a name the server would have made, if `name` is one:
/// `<anything>_<suffix>` optionally followed by digits.
fn generated_suffix(name: &str) -> Option<&'static str> {
    let name = name.trim_end_matches(|c: char| c.is_ascii_digit());
    GENERATED_SUFFIXES
        .iter()
        .find(|s| {
            name.len() > s.len() + 1
                && name.ends_with(*s)
                && name.as_bytes()[name.len() - s.len() - 1] == b'_'
        })
        .copied()
}

/// The entries only in `self` (`missing`, when `self` is the expected
/// schema) and only in `other` (`extra`), each as `"missing KIND: first line"`.
pub fn differences(expected: &Schema, got: &Schema) -> Vec<String> {
    let (mut i, mut j) = (0, 0);
    let (a, b) = (&expected.entries, &got.entries);
    let mut out = Vec::new();
    let line = |what: &str, e: &Entry| {
        format!(
            "{what} {}: {}",
            e.kind,
            e.text.lines().next().unwrap_or("").trim()
        )
    };
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x < y => {
                out.push(line("missing", x));
                i += 1;
            }
            (Some(_), Some(y)) | (None, Some(y)) => {
                out.push(line("extra", y));
                j += 1;
            }
            (Some(x), None) => {
                out.push(line("missing", x));
                i += 1;
            }
            (None, None) => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DUMP: &str = "--\n-- PostgreSQL database dump\n--\n\\restrict abc\nSET statement_timeout = 0;\n\
        SELECT pg_catalog.set_config('search_path', '', false);\n\n\
        --\n-- Name: t; Type: TABLE; Schema: public; Owner: -\n--\n\n\
        CREATE TABLE public.t (\n    id integer NOT NULL,\n    b text,\n    CONSTRAINT t_b_check CHECK ((b <> ''::text))\n);\n\n\
        --\n-- Name: t t_pkey; Type: CONSTRAINT; Schema: public; Owner: -\n--\n\n\
        ALTER TABLE ONLY public.t\n    ADD CONSTRAINT t_pkey PRIMARY KEY (id);\n\n\\unrestrict abc\n";

    #[test]
    fn column_order_and_generated_names_are_not_differences() {
        let other = DUMP
            .replace(
                "    id integer NOT NULL,\n    b text,\n",
                "    b text,\n    id integer NOT NULL,\n",
            )
            .replace("t_b_check", "t_b_check1")
            .replace("ADD CONSTRAINT t_pkey", "ADD CONSTRAINT \"t_pkey\"");
        assert_eq!(normalize(DUMP), normalize(&other));
        assert_eq!(normalize(DUMP).entries.len(), 2);
    }

    #[test]
    fn a_typed_null_default_is_no_difference() {
        let typed = DUMP.replace("b text,", "b text DEFAULT NULL::text NOT NULL,");
        let plain = DUMP.replace("b text,", "b text DEFAULT NULL NOT NULL,");
        assert!(differences(&normalize(&plain), &normalize(&typed)).is_empty());
    }

    #[test]
    fn a_chosen_name_a_comment_or_a_default_is_a_difference() {
        let named = DUMP.replace("ADD CONSTRAINT t_pkey", "ADD CONSTRAINT t_primary");
        let found = differences(&normalize(DUMP), &normalize(&named));
        assert_eq!(found.len(), 2, "{found:?}");
        let commented = format!(
            "{DUMP}--\n-- Name: TABLE t; Type: COMMENT; Schema: public; Owner: -\n--\n\nCOMMENT ON TABLE public.t IS 'x';\n"
        );
        assert_eq!(
            differences(&normalize(DUMP), &normalize(&commented)),
            ["extra COMMENT: COMMENT ON TABLE public.t IS 'x';"]
        );
        let defaulted = DUMP.replace("b text,", "b text DEFAULT 'x'::text,");
        assert_ne!(normalize(DUMP), normalize(&defaulted));
    }
}
