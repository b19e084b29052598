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
    // Keys starting with `~` hold what autogenerate needs to write DDL (the
    // text as the server keeps it), never a difference of their own.
    for key in keys.into_iter().filter(|k| !k.starts_with('~')) {
        let (a, b) = (old.get(key), new.get(key));
        if a != b {
            out.push(format!("{label} {key} {}", change(a, b)));
        }
    }
}

/// `changed from 0 to none`, or for long values where they first differ,
/// with a little context on each side.
fn change(old: Option<&String>, new: Option<&String>) -> String {
    let is_short = |v: Option<&String>| v.is_none_or(|v| v.len() <= SHORT && !v.contains('\n'));
    if is_short(old) && is_short(new) {
        return format!("changed from {} to {}", shown(old), shown(new));
    }
    let (Some(old), Some(new)) = (old, new) else {
        return format!("changed from {} to {}", excerpt(old), excerpt(new));
    };
    let a: Vec<char> = old.chars().collect();
    let b: Vec<char> = new.chars().collect();
    let at = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let line = a[..at].iter().filter(|&&c| c == '\n').count() + 1;
    let place = if old.contains('\n') || new.contains('\n') {
        format!(" at line {line}")
    } else {
        String::new()
    };
    format!(
        "changed{place}: {} became {}",
        window(&a, at),
        window(&b, at)
    )
}

/// Characters around position `at`, quoted, newlines shown as spaces.
fn window(text: &[char], at: usize) -> String {
    const BEFORE: usize = 20;
    const AFTER: usize = 40;
    let start = at.saturating_sub(BEFORE);
    let end = (at + AFTER).min(text.len());
    if start >= end {
        return "nothing more".to_owned();
    }
    let body: String = text[start..end]
        .iter()
        .map(|&c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let lead = if start > 0 { "..." } else { "" };
    let tail = if end < text.len() { "..." } else { "" };
    format!("'{lead}{body}{tail}'")
}

/// A value in a sentence: short ones whole, long ones cut.
fn excerpt(value: Option<&String>) -> String {
    match value {
        None => "none".to_owned(),
        Some(v) => window(&v.chars().collect::<Vec<_>>(), 0),
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
