//! How MySQL and MariaDB spell each part of a table, from the properties
//! the catalog reader (`runtime::verify::mysql`) files: quoting, a column's
//! definition, an index, a foreign key, a check, table options, views,
//! triggers and routines.

use std::collections::BTreeMap;

use crate::schema::{Object, Properties};

/// A name in backquotes.
pub(super) fn ident(name: &str) -> String {
    format!("`{}`", name.replace('`', "``"))
}

/// A string literal in single quotes (backslashes doubled too: MySQL
/// reads them as escapes unless `NO_BACKSLASH_ESCAPES` is on).
pub(super) fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "''"))
}

/// A property's value.
pub(super) fn get<'p>(props: &'p Properties, key: &str) -> Option<&'p str> {
    props.get(key).map(String::as_str)
}

/// A column's definition after its name: type, collation, generation,
/// nullability, default, `AUTO_INCREMENT`, `ON UPDATE`, visibility, comment,
/// and a check written with the column (MariaDB).
pub(super) fn column(name: &str, props: &Properties) -> String {
    let mut out = format!("{} {}", ident(name), get(props, "type").unwrap_or("text"));
    if let Some(collation) = get(props, "collation") {
        out.push_str(&format!(" COLLATE {collation}"));
    }
    let extra = get(props, "extra").unwrap_or("").to_ascii_lowercase();
    if let Some(expression) = get(props, "generated") {
        let stored = if extra.contains("stored") || extra.contains("persistent") {
            "STORED"
        } else {
            "VIRTUAL"
        };
        out.push_str(&format!(" GENERATED ALWAYS AS ({expression}) {stored}"));
        // MariaDB keeps no NOT NULL on a generated column; MySQL may.
        if get(props, "nullable") == Some("no") {
            out.push_str(" NOT NULL");
        }
    } else {
        out.push_str(if get(props, "nullable") == Some("no") {
            " NOT NULL"
        } else {
            " NULL"
        });
        if let Some(default) = get(props, "default") {
            out.push_str(&format!(" DEFAULT {}", default_value(default)));
        }
        if extra.contains("auto_increment") {
            out.push_str(" AUTO_INCREMENT");
        }
        if let Some(at) = extra.find("on update ") {
            let raw = get(props, "extra").unwrap_or("");
            out.push_str(&format!(
                " ON UPDATE {}",
                raw[at + "on update ".len()..].trim()
            ));
        }
    }
    if extra.split_whitespace().any(|w| w == "invisible") {
        out.push_str(" INVISIBLE");
    }
    if let Some(comment) = get(props, "comment") {
        out.push_str(&format!(" COMMENT {}", literal(comment)));
    }
    // MariaDB's check kept with the column (last, as the server prints it).
    if let Some(check) = get(props, "check") {
        out.push_str(&format!(" {check}"));
    }
    out
}

/// A default as the reader keeps it (MariaDB's form: string literals
/// quoted, `NULL`, numbers, otherwise an expression) as SQL: literals and
/// numbers as they are, the current-time functions bare, any other
/// expression in parentheses (MySQL 8 wants them; MariaDB accepts them).
pub(super) fn default_value(default: &str) -> String {
    let trimmed = default.trim();
    let lower = trimmed.to_ascii_lowercase();
    let is_number = !trimmed.is_empty()
        && trimmed
            .trim_start_matches(['-', '+'])
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == 'e' || c == 'E');
    let is_literal = trimmed.starts_with('\'')
        || lower.starts_with("b'")
        || lower.starts_with("x'")
        || lower.starts_with("0x")
        || lower.starts_with("_")
        || lower == "null"
        || lower == "true"
        || lower == "false";
    let is_time = [
        "current_timestamp",
        "now",
        "localtime",
        "curdate",
        "current_date",
    ]
    .iter()
    .any(|f| lower.starts_with(f) && is_call_or_word(&lower[f.len()..]));
    if is_number || is_literal || is_time || trimmed.starts_with('(') {
        trimmed.to_owned()
    } else {
        format!("({trimmed})")
    }
}

/// Whether `rest` is nothing, or a parenthesized argument list alone.
fn is_call_or_word(rest: &str) -> bool {
    rest.is_empty() || rest.starts_with('(') && rest.ends_with(')')
}

/// One column of an index as the reader writes it (`a`, `b(10)`,
/// `c DESC`): its name, prefix length and order.
pub(super) fn index_part(part: &str) -> String {
    let (rest, desc) = match part.strip_suffix(" DESC") {
        Some(rest) => (rest, " DESC"),
        None => (part, ""),
    };
    let (name, length) = match (rest.rfind('('), rest.ends_with(')')) {
        (Some(open), true)
            if rest[open + 1..rest.len() - 1]
                .chars()
                .all(|c| c.is_ascii_digit()) =>
        {
            (&rest[..open], &rest[open..])
        }
        _ => (rest, ""),
    };
    format!("{}{length}{desc}", ident(name))
}

/// The text inside the outermost parentheses that follow `from`.
pub(super) fn inside(text: &str) -> &str {
    let start = text.find('(').map_or(0, |i| i + 1);
    let end = text.rfind(')').unwrap_or(text.len());
    if end < start {
        return "";
    }
    &text[start..end]
}

/// The column names of an index definition (`UNIQUE BTREE (a, b(10))`):
/// `a`, `b`; none for an expression.
pub(super) fn index_columns(definition: &str) -> Vec<String> {
    inside(definition)
        .split(", ")
        .map(|part| {
            let part = part.strip_suffix(" DESC").unwrap_or(part);
            match (part.rfind('('), part.ends_with(')')) {
                (Some(open), true) => part[..open].to_owned(),
                _ => part.to_owned(),
            }
        })
        .collect()
}

/// An index (`PRIMARY KEY (...)`, `UNIQUE KEY n (...)`, `FULLTEXT KEY n
/// (...)`, `KEY n (...) USING HASH`) as a table element, or `None` for an
/// index on an expression, which the catalog does not spell.
pub(super) fn index(name: &str, definition: &str) -> Option<String> {
    let open = definition.find('(')?;
    let head = definition[..open].trim();
    let body = inside(definition);
    if body.contains("<expression>") {
        return None;
    }
    let unique = head.starts_with("UNIQUE");
    let method = head.trim_start_matches("UNIQUE").trim();
    let columns: Vec<String> = body
        .split(", ")
        .map(|part| match method {
            // The server lists a length for a spatial index's column (the
            // whole value), which it refuses as a prefix.
            "SPATIAL" => index_part(part.split('(').next().unwrap_or(part)),
            _ => index_part(part),
        })
        .collect();
    let columns = columns.join(", ");
    if name == "PRIMARY" {
        return Some(format!("PRIMARY KEY ({columns})"));
    }
    let n = ident(name);
    Some(match method {
        "FULLTEXT" => format!("FULLTEXT KEY {n} ({columns})"),
        "SPATIAL" => format!("SPATIAL KEY {n} ({columns})"),
        "HASH" if unique => format!("UNIQUE KEY {n} ({columns}) USING HASH"),
        "HASH" => format!("KEY {n} ({columns}) USING HASH"),
        _ if unique => format!("UNIQUE KEY {n} ({columns})"),
        _ => format!("KEY {n} ({columns})"),
    })
}

/// A foreign key the reader wrote (`FOREIGN KEY (a) REFERENCES t (b) ON
/// UPDATE x ON DELETE y`), in parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ForeignKey {
    pub columns: Vec<String>,
    pub target: String,
    pub target_columns: Vec<String>,
    pub on_update: String,
    pub on_delete: String,
}

impl ForeignKey {
    pub(super) fn parse(definition: &str) -> Option<Self> {
        let rest = definition.strip_prefix("FOREIGN KEY (")?;
        let (columns, rest) = rest.split_once(") REFERENCES ")?;
        let (target, rest) = rest.split_once(" (")?;
        let (target_columns, rest) = rest.split_once(") ON UPDATE ")?;
        let (on_update, on_delete) = rest.split_once(" ON DELETE ")?;
        let list = |s: &str| s.split(", ").map(str::to_owned).collect();
        Some(ForeignKey {
            columns: list(columns),
            target: target.to_owned(),
            target_columns: list(target_columns),
            on_update: on_update.to_owned(),
            on_delete: on_delete.to_owned(),
        })
    }

    /// `CONSTRAINT n FOREIGN KEY (...) REFERENCES t (...) ON DELETE ... ON UPDATE ...`.
    pub(super) fn sql(&self, name: &str) -> String {
        let list = |v: &[String]| v.iter().map(|c| ident(c)).collect::<Vec<_>>().join(", ");
        let mut out = format!(
            "CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {} ({})",
            ident(name),
            list(&self.columns),
            ident(&self.target),
            list(&self.target_columns)
        );
        for (what, action) in [("DELETE", &self.on_delete), ("UPDATE", &self.on_update)] {
            if !action.is_empty() && action != "RESTRICT" && action != "NO ACTION" {
                out.push_str(&format!(" ON {what} {action}"));
            } else if action == "NO ACTION" {
                out.push_str(&format!(" ON {what} NO ACTION"));
            }
        }
        out
    }
}

/// A constraint part: a foreign key or a check, as a table element.
pub(super) fn constraint(name: &str, definition: &str) -> Option<String> {
    if let Some(key) = ForeignKey::parse(definition) {
        return Some(key.sql(name));
    }
    definition
        .starts_with("CHECK")
        .then(|| format!("CONSTRAINT {} {definition}", ident(name)))
}

/// Table options that differ from `old` (all of `new`'s when `old` is none):
/// `ENGINE=`, `DEFAULT COLLATE=`, `COMMENT=`.
pub(super) fn table_options(old: Option<&Properties>, new: &Properties) -> Vec<String> {
    let changed = |key: &str| old.is_none_or(|o| get(o, key) != get(new, key));
    let mut out = Vec::new();
    if let Some(engine) = get(new, "engine").filter(|_| changed("engine")) {
        out.push(format!("ENGINE={engine}"));
    }
    if let Some(collation) = get(new, "collation").filter(|_| changed("collation")) {
        // The collation names its character set: no `CHARSET` needed.
        out.push(format!("DEFAULT COLLATE={collation}"));
    }
    if changed("comment") && (old.is_some() || get(new, "comment").is_some()) {
        out.push(format!(
            "COMMENT={}",
            literal(get(new, "comment").unwrap_or(""))
        ));
    }
    out
}

/// `CREATE VIEW` from the view's properties.
pub(super) fn create_view(name: &str, props: &Properties) -> String {
    let security = match get(props, "security") {
        Some("INVOKER") => "SQL SECURITY INVOKER ",
        _ => "",
    };
    let check = match get(props, "check option") {
        Some(option @ ("CASCADED" | "LOCAL")) => format!("\nWITH {option} CHECK OPTION"),
        _ => String::new(),
    };
    format!(
        "CREATE {security}VIEW {} AS {}{check};",
        ident(name),
        get(props, "definition").unwrap_or("SELECT 1")
    )
}

/// `CREATE TRIGGER` from its part's properties (its body as written, kept
/// in `~body`; else the squeezed definition).
pub(super) fn create_trigger(table: &str, name: &str, props: &Properties) -> String {
    let definition = get(props, "definition").unwrap_or("");
    let (head, squeezed) = definition
        .split_once(" FOR EACH ROW ")
        .unwrap_or((definition, ""));
    let body = get(props, "~body").unwrap_or(squeezed);
    let (timing, event) = head.split_once(' ').unwrap_or((head, ""));
    format!(
        "CREATE TRIGGER {} {timing} {event} ON {} FOR EACH ROW {};",
        ident(name),
        ident(table),
        body.trim().trim_end_matches(';')
    )
}

/// `CREATE FUNCTION` / `CREATE PROCEDURE` from the routine's properties.
pub(super) fn create_routine(kind: &str, name: &str, props: &Properties) -> String {
    let parameters = get(props, "parameters").unwrap_or("");
    let parameters: Vec<String> = parameters
        .split(", ")
        .filter(|p| !p.is_empty())
        .map(|p| {
            // `IN name type` (procedures) or `name type` (functions).
            let words: Vec<&str> = p.splitn(3, ' ').collect();
            match words.as_slice() {
                [mode @ ("IN" | "OUT" | "INOUT"), name, ty] => {
                    format!("{mode} {} {ty}", ident(name))
                }
                [name, rest @ ..] => format!("{} {}", ident(name), rest.join(" ")),
                [] => String::new(),
            }
        })
        .collect();
    let mut out = format!(
        "CREATE {} {}({})",
        kind.to_uppercase(),
        ident(name),
        parameters.join(", ")
    );
    if kind == "function" {
        out.push_str(&format!(
            " RETURNS {}",
            get(props, "returns").unwrap_or("int")
        ));
    }
    if let Some(comment) = get(props, "comment") {
        out.push_str(&format!("\nCOMMENT {}", literal(comment)));
    }
    match get(props, "deterministic") {
        Some("YES") => out.push_str("\nDETERMINISTIC"),
        _ => out.push_str("\nNOT DETERMINISTIC"),
    }
    if let Some(access) = get(props, "data access") {
        out.push_str(&format!("\n{access}"));
    }
    if get(props, "security") == Some("INVOKER") {
        out.push_str("\nSQL SECURITY INVOKER");
    }
    let body = get(props, "~body")
        .or(get(props, "definition"))
        .unwrap_or("");
    out.push_str(&format!("\n{};", body.trim().trim_end_matches(';')));
    out
}

/// The foreign keys of a table, parsed, by name.
pub(super) fn foreign_keys(table: &Object) -> BTreeMap<&str, ForeignKey> {
    table
        .parts
        .iter()
        .filter(|((kind, _), _)| kind == "constraint")
        .filter_map(|((_, name), props)| {
            let key = ForeignKey::parse(get(props, "definition")?)?;
            Some((name.as_str(), key))
        })
        .collect()
}
