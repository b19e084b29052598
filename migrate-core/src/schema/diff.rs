//! The comparison of two snapshots, each difference one sentence.

use std::collections::BTreeMap;

use super::{Object, Properties, Snapshot};

/// Longest value quoted whole in a sentence; longer or multi-line values
/// (function bodies, view definitions) are shown by their first differing line.
const SHORT: usize = 80;

pub(super) fn differences(before: &Snapshot, after: &Snapshot) -> Vec<String> {
    let mut out = Vec::new();
    for (key, old) in &before.objects {
        let (kind, name) = key;
        match after.objects.get(key) {
            None => out.push(format!("{kind} {name} is missing")),
            Some(new) => object(&format!("{kind} {name}"), old, new, &mut out),
        }
    }
    for (kind, name) in after.objects.keys() {
        if !before.objects.contains_key(&(kind.clone(), name.clone())) {
            out.push(format!("{kind} {name} remains"));
        }
    }
    out
}

fn object(label: &str, old: &Object, new: &Object, out: &mut Vec<String>) {
    properties(label, &old.properties, &new.properties, out);
    let missing: Vec<_> = parts_only_in(&old.parts, &new.parts);
    let remaining: Vec<_> = parts_only_in(&new.parts, &old.parts);
    for key in &missing {
        if !renamed(key, &old.parts[*key], &remaining, &new.parts) {
            out.push(format!("{label}: {} {} is missing", key.0, key.1));
        }
    }
    for ((part, name), props) in &old.parts {
        if let Some(new_props) = new.parts.get(&(part.clone(), name.clone())) {
            properties(&format!("{label}: {part} {name}"), props, new_props, out);
        }
    }
    for key in &remaining {
        if !renamed(key, &new.parts[*key], &missing, &old.parts) {
            out.push(format!("{label}: {} {} remains", key.0, key.1));
        }
    }
}

type PartKey = (String, String);

fn parts_only_in<'a>(
    these: &'a BTreeMap<PartKey, Properties>,
    other: &BTreeMap<PartKey, Properties>,
) -> Vec<&'a PartKey> {
    these.keys().filter(|k| !other.contains_key(*k)).collect()
}

/// Whether a part missing on one side is the same part under a name the
/// database numbered itself on the other (`t_ibfk_1` and `t_ibfk_3`,
/// `t_a_fkey` and `t_a_fkey1`): a down that recreates an unnamed constraint
/// cannot choose the number, and nothing else differs.
fn renamed(
    key: &PartKey,
    props: &Properties,
    others: &[&PartKey],
    other_parts: &BTreeMap<PartKey, Properties>,
) -> bool {
    let stem = key.1.trim_end_matches(|c: char| c.is_ascii_digit());
    others.iter().any(|other| {
        other.0 == key.0
            && other.1.trim_end_matches(|c: char| c.is_ascii_digit()) == stem
            && other_parts[*other] == *props
    })
}

fn properties(label: &str, old: &Properties, new: &Properties, out: &mut Vec<String>) {
    let keys: std::collections::BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for key in keys {
        let (a, b) = (old.get(key), new.get(key));
        if a != b {
            out.push(format!("{label} {key} {}", change(a, b)));
        }
    }
}

/// `changed from 0 to none`, or for long values the first line that differs.
fn change(old: Option<&String>, new: Option<&String>) -> String {
    let is_short = |v: Option<&String>| v.is_none_or(|v| v.len() <= SHORT && !v.contains('\n'));
    if is_short(old) && is_short(new) {
        return format!("changed from {} to {}", shown(old), shown(new));
    }
    let (old, new) = (
        old.map_or("", String::as_str),
        new.map_or("", String::as_str),
    );
    let mut a = old.lines();
    let mut b = new.lines();
    let mut line = 1;
    loop {
        match (a.next(), b.next()) {
            (None, None) => return "changed in whitespace only".to_owned(),
            (x, y) if x == y => line += 1,
            (x, y) => {
                let quote = |l: Option<&str>| {
                    l.map_or("nothing".to_owned(), |l| format!("'{}'", shorten(l.trim())))
                };
                return format!("changed at line {line}: {} became {}", quote(x), quote(y));
            }
        }
    }
}

fn shown(value: Option<&String>) -> String {
    value.map_or("none".to_owned(), |v| {
        if v.is_empty() {
            "''".to_owned()
        } else {
            v.clone()
        }
    })
}

fn shorten(line: &str) -> String {
    if line.chars().count() <= SHORT {
        line.to_owned()
    } else {
        let cut: String = line.chars().take(SHORT).collect();
        format!("{cut}...")
    }
}
