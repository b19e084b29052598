//! Deparsed expressions written so that they parse back to the tree the
//! server deparsed them from.
//!
//! The server writes an array coerced to another array type as
//! `(ARRAY['a'::character varying, ...])::text[]` (what `origin IN ('a',
//! 'b')` on a `varchar` column becomes), but parsing that text casts each
//! element instead (`ARRAY[('a'::character varying)::text, ...]`): the
//! constraint, index or view made from it reads back otherwise than the
//! declared one. Casting the array to its own type first
//! (`(ARRAY[...]::character varying[])::text[]`) keeps the coercion of the
//! whole array, as declared. The elements' type is their common cast, or
//! for constants the server writes without one (`0.5`, `true`) the type
//! it gives them (`numeric`, `boolean`).

/// `sql` with each `(ARRAY[...])::type[]` whose elements share one cast
/// written `(ARRAY[...]::element[])::type[]`; quoted text, quoted names
/// and dollar-quoted bodies are left as they are.
pub fn keep_array_casts(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut at = 0;
    while at < sql.len() {
        let rest = &sql[at..];
        if let Some(len) = quoted_len(sql, at) {
            out.push_str(&rest[..len]);
            at += len;
        } else if let Some((array, len)) = after_word(sql, at).then(|| array_cast(rest)).flatten() {
            out.push_str(&array);
            at += len;
        } else {
            let c = rest.chars().next().expect("not at the end");
            out.push(c);
            at += c.len_utf8();
        }
    }
    out
}

/// The length of the quoted text, quoted name or dollar-quoted body that
/// starts at `at`, if one does.
fn quoted_len(sql: &str, at: usize) -> Option<usize> {
    let rest = &sql[at..];
    match rest.as_bytes()[0] {
        quote @ (b'\'' | b'"') => {
            let mut i = 1;
            while i < rest.len() {
                if rest.as_bytes()[i] == quote {
                    // A doubled quote is one quote inside the text.
                    if rest.as_bytes().get(i + 1) == Some(&quote) {
                        i += 2;
                        continue;
                    }
                    return Some(i + 1);
                }
                i += 1;
            }
            Some(rest.len())
        }
        b'$' => {
            let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
            if at > 0 && word(sql.as_bytes()[at - 1]) {
                return None;
            }
            let tag_end = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))? + 1;
            if rest.as_bytes()[tag_end] != b'$'
                || rest[1..tag_end].starts_with(|c: char| c.is_ascii_digit())
            {
                return None;
            }
            let tag = &rest[..=tag_end];
            let body = rest[tag.len()..].find(tag)?;
            Some(tag.len() + body + tag.len())
        }
        _ => None,
    }
}

/// At `ARRAY[` (or `(ARRAY[`, as constraints are deparsed) whose elements
/// all end in the same cast and whose array is cast to another array type:
/// the array rewritten with its own cast and the length of the text it
/// replaces (the cast after it is kept).
fn array_cast(rest: &str) -> Option<(String, usize)> {
    let paren = rest.starts_with('(');
    let open = if paren { "(ARRAY[" } else { "ARRAY[" };
    if !rest.starts_with(open) {
        return None;
    }
    let close = open.len() + matching_bracket(&rest[open.len()..])?;
    let inner = &rest[open.len()..close];
    let end = close + 1 + usize::from(paren);
    let after = rest[end - usize::from(paren)..].strip_prefix(if paren { ")::" } else { "::" })?;
    let target = after
        .split("[]")
        .next()
        .filter(|t| after.len() > t.len() && is_type(t))?;
    let elements = split_top_level(inner);
    let casts: Vec<&str> = elements
        .iter()
        .map(|e| last_cast(e).or_else(|| bare_constant_type(e)))
        .collect::<Option<_>>()?;
    let element = casts.first()?.trim();
    if casts.iter().any(|c| c.trim() != element) || element.contains('[') || element == target {
        return None;
    }
    // Integers alone are left as they are: the server does not deparse a
    // column's default that way, and text written so is taken as it is.
    if elements
        .iter()
        .all(|e| bare_constant_type(e) == Some("integer"))
    {
        return None;
    }
    let (open, close) = if paren { ("(", ")") } else { ("", "") };
    let inner = keep_array_casts(inner);
    Some((format!("{open}ARRAY[{inner}]::{element}[]{close}"), end))
}

/// The bytes of `text` outside quoted text, quoted names and dollar-quoted
/// bodies, each with its offset and how many brackets (`[`, `(`) are open
/// before it.
fn unquoted_bytes(text: &str) -> impl Iterator<Item = (usize, u8, usize)> + '_ {
    let (mut at, mut depth) = (0, 0usize);
    std::iter::from_fn(move || loop {
        if at >= text.len() {
            return None;
        }
        if let Some(len) = quoted_len(text, at) {
            at += len;
            continue;
        }
        let (here, byte, open) = (at, text.as_bytes()[at], depth);
        match byte {
            b'[' | b'(' => depth += 1,
            b']' | b')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        at += 1;
        return Some((here, byte, open));
    })
}

/// Where the `]` closing an array's elements is, in text just after its `[`.
fn matching_bracket(text: &str) -> Option<usize> {
    let (at, byte, _) =
        unquoted_bytes(text).find(|&(_, byte, open)| open == 0 && matches!(byte, b']' | b')'))?;
    (byte == b']').then_some(at)
}

/// The elements of a list, split at its top-level commas (quoted text
/// and bracketed lists kept whole).
pub(super) fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, _, _) in unquoted_bytes(text).filter(|&(_, byte, open)| byte == b',' && open == 0) {
        parts.push(&text[start..at]);
        start = at + 1;
    }
    parts.push(&text[start..]);
    parts
}

/// The type of an element's last top-level cast (`'a'::character varying`
/// gives `character varying`), if it ends in one.
fn last_cast(element: &str) -> Option<&str> {
    let (mut last, mut depth, mut second_colon) = (None, 0usize, None);
    for (at, byte, open) in unquoted_bytes(element) {
        depth = match byte {
            b'[' | b'(' => open + 1,
            b']' | b')' => open.saturating_sub(1),
            _ => open,
        };
        if byte == b':' && open == 0 && second_colon != Some(at) && element[at..].starts_with("::")
        {
            last = Some(at + 2);
            second_colon = Some(at + 1);
        }
    }
    let cast = &element[last?..];
    // A cast, not a cast followed by more of the expression.
    let plain = cast
        .trim()
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || " _.\"()".contains(c));
    (plain && depth == 0).then_some(cast)
}

/// The type of a constant the server deparses without a cast: digits
/// alone are an `integer`, digits with a point or an exponent a `numeric`
/// (`percentile_cont(ARRAY[0.5, 0.9])` is deparsed
/// `(ARRAY[0.5, 0.9])::double precision[]`), `true` and `false` a
/// `boolean`. A negative number is deparsed quoted and cast.
fn bare_constant_type(element: &str) -> Option<&'static str> {
    let text = element.trim();
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if matches!(text, "true" | "false") {
        Some("boolean")
    } else if digits(text) {
        Some("integer")
    } else if text.starts_with(|c: char| c.is_ascii_digit())
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || b"+-eE.".contains(&b))
        && text.contains(['.', 'e', 'E'])
    {
        Some("numeric")
    } else {
        None
    }
}

/// Whether text is a type's name (`text`, `character varying(10)`,
/// `public."Kind"`) and nothing more.
fn is_type(text: &str) -> bool {
    let (name, typmod) = match text.strip_suffix(')').and_then(|t| t.split_once('(')) {
        Some((name, typmod)) => (name, typmod),
        None => (text, ""),
    };
    !name.trim().is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " _.\"".contains(c))
        && typmod
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == ' ')
}

/// Whether `at` starts a word (no letter, digit or `_` just before it).
fn after_word(sql: &str, at: usize) -> bool {
    at == 0 || !sql.as_bytes()[at - 1].is_ascii_alphanumeric() && sql.as_bytes()[at - 1] != b'_'
}
