//! Where a person must decide, written as `-- review:` lines: a column or
//! table dropped beside another added with the same shape (a rename, or
//! data thrown away?), and, on a table known to hold rows, a type that
//! narrows, a NOT NULL column added without a default, a column made NOT
//! NULL.

use std::collections::BTreeMap;

use super::ddl::get;
use super::table::TableChange;
use crate::autogen::Facts;
use crate::schema::{Object, Properties};

/// A column's compared properties.
fn shape(props: &Properties) -> Vec<(&String, &String)> {
    props.iter().filter(|(k, _)| !k.starts_with('~')).collect()
}

/// A table's columns, compared by name and properties.
fn columns(table: &Object) -> Vec<(&String, Vec<(&String, &String)>)> {
    table
        .parts
        .iter()
        .filter(|((k, _), _)| k == "column")
        .map(|((_, n), p)| (n, shape(p)))
        .collect()
}

/// Tables dropped beside one created with the same columns.
pub(super) fn renamed_tables(
    dropped: &[&str],
    created: &[&str],
    old: &BTreeMap<&str, &Object>,
    new: &BTreeMap<&str, &Object>,
) -> Vec<String> {
    let mut out = Vec::new();
    for d in dropped {
        let alike: Vec<&&str> = created
            .iter()
            .filter(|c| columns(old[d]) == columns(new[*c]))
            .collect();
        if let [c] = alike.as_slice() {
            out.push(format!(
                "table {d} is dropped and table {c} created with the same columns: if it is \
                 a rename, write RENAME TABLE `{d}` TO `{c}` instead (keeps the rows); else \
                 the rows of {d} are lost"
            ));
        }
    }
    out
}

/// The review lines of one table's `ALTER TABLE`.
pub(super) fn table(name: &str, change: &TableChange, facts: &Facts) -> Vec<String> {
    let mut out = Vec::new();
    let (gone, added, changed) = change.columns();
    for g in &gone {
        let old = change.old_column(g).map(shape);
        let alike: Vec<&&str> = added
            .iter()
            .filter(|a| change.new_column(a).map(shape) == old)
            .collect();
        if let [a] = alike.as_slice() {
            out.push(format!(
                "column {name}.{g} is dropped and {name}.{a} added with the same definition: \
                 if it is a rename, write RENAME COLUMN `{g}` TO `{a}` instead (keeps the \
                 data); else the data of {g} is lost"
            ));
        }
    }
    for index in change.unwritable_indexes() {
        out.push(format!(
            "index {name}.{index} is on an expression, which the catalog does not spell: \
             add it by hand"
        ));
    }
    if !facts.has_rows(name) {
        return out;
    }
    for a in &added {
        let props = change.new_column(a).expect("added");
        let extra = get(props, "extra").unwrap_or("").to_ascii_lowercase();
        if get(props, "nullable") == Some("no")
            && get(props, "default").is_none()
            && get(props, "generated").is_none()
            && !extra.contains("auto_increment")
        {
            out.push(format!(
                "column {name}.{a} is added NOT NULL without a default to a table with rows: \
                 they get the type's zero value ('' or 0); give a default or fill it first"
            ));
        }
    }
    for c in &changed {
        let (Some(old), Some(new)) = (change.old_column(c), change.new_column(c)) else {
            continue;
        };
        let (from, to) = (
            get(old, "type").unwrap_or(""),
            get(new, "type").unwrap_or(""),
        );
        if from != to && !widens(from, to) {
            out.push(format!(
                "column {name}.{c} changes type from {from} to {to} on a table with rows: \
                 values that do not fit are cut or refused; check them first"
            ));
        }
        if get(old, "nullable") == Some("yes") && get(new, "nullable") == Some("no") {
            out.push(format!(
                "column {name}.{c} becomes NOT NULL on a table with rows: rows where it is \
                 NULL make the ALTER fail; fill them first"
            ));
        }
    }
    out
}

/// Whether every value of type `from` fits in `to` unchanged.
pub(super) fn widens(from: &str, to: &str) -> bool {
    let (fb, fa, fu) = split(from);
    let (tb, ta, tu) = split(to);
    let rank = |families: &[&[&str]], base: &str| {
        families
            .iter()
            .enumerate()
            .find_map(|(f, names)| names.iter().position(|n| *n == base).map(|p| (f, p)))
    };
    const INTEGERS: &[&str] = &["tinyint", "smallint", "mediumint", "int", "bigint"];
    const TEXTS: &[&str] = &["tinytext", "text", "mediumtext", "longtext"];
    const BLOBS: &[&str] = &["tinyblob", "blob", "mediumblob", "longblob"];
    let number = |a: &str| {
        a.split(',')
            .map(|n| n.trim().parse::<u64>().ok())
            .collect::<Vec<_>>()
    };
    match (fb.as_str(), tb.as_str()) {
        (f, t) if INTEGERS.contains(&f) && INTEGERS.contains(&t) => {
            let (rf, rt) = (rank(&[INTEGERS], f), rank(&[INTEGERS], t));
            if fu == tu {
                rf <= rt
            } else {
                fu && !tu && rf < rt
            }
        }
        ("char" | "varchar", "char" | "varchar")
        | ("binary" | "varbinary", "binary" | "varbinary") => {
            matches!((number(&fa).first(), number(&ta).first()), (Some(Some(a)), Some(Some(b))) if b >= a)
        }
        ("char" | "varchar" | "tinytext", t) if TEXTS.contains(&t) => {
            let length = number(&fa).first().copied().flatten().unwrap_or(u64::MAX);
            let limit = [255u64, 65_535, 16_777_215, u64::MAX]
                [TEXTS.iter().position(|n| *n == t).unwrap_or(0)];
            length <= limit
        }
        (f, t) if TEXTS.contains(&f) && TEXTS.contains(&t) => {
            rank(&[TEXTS], f) <= rank(&[TEXTS], t)
        }
        (f, t) if BLOBS.contains(&f) && BLOBS.contains(&t) => {
            rank(&[BLOBS], f) <= rank(&[BLOBS], t)
        }
        ("float", "double") => true,
        ("decimal", "decimal") => match (number(&fa).as_slice(), number(&ta).as_slice()) {
            ([Some(p1), Some(s1)], [Some(p2), Some(s2)]) => s2 >= s1 && p2 - s2 >= p1 - s1,
            _ => false,
        },
        ("enum", "enum") | ("set", "set") => {
            let values = |a: &str| {
                a.split(',')
                    .map(|v| v.trim().to_owned())
                    .collect::<Vec<_>>()
            };
            let (old, new) = (values(&fa), values(&ta));
            old.iter().all(|v| new.contains(v))
        }
        ("date", "datetime") => true,
        ("datetime", "datetime") | ("timestamp", "timestamp") | ("time", "time") => {
            number(&fa).first().copied().flatten().unwrap_or(0)
                <= number(&ta).first().copied().flatten().unwrap_or(0)
        }
        _ => false,
    }
}

/// `int(10) unsigned` as (`int`, `10`, unsigned).
fn split(ty: &str) -> (String, String, bool) {
    let lower = ty.to_ascii_lowercase();
    let unsigned = lower.contains(" unsigned");
    let base_end = lower.find(['(', ' ']).unwrap_or(lower.len());
    let base = lower[..base_end].to_owned();
    let args = match (ty.find('('), ty.rfind(')')) {
        (Some(open), Some(close)) if close > open => ty[open + 1..close].to_owned(),
        _ => String::new(),
    };
    (base, args, unsigned)
}
