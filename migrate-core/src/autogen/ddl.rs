//! The statement that creates, drops or alters each kind of object, from
//! the properties the catalog reader records (PostgreSQL).

use std::collections::BTreeMap;

use crate::schema::{Object, Properties};

/// Words PostgreSQL reserves (and a few it treats as type names): an
/// identifier spelled as one needs quotes.
const RESERVED: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "authorization",
    "between",
    "bigint",
    "binary",
    "bit",
    "boolean",
    "both",
    "case",
    "cast",
    "char",
    "character",
    "check",
    "coalesce",
    "collate",
    "collation",
    "column",
    "concurrently",
    "constraint",
    "create",
    "cross",
    "current_catalog",
    "current_date",
    "current_role",
    "current_schema",
    "current_time",
    "current_timestamp",
    "current_user",
    "dec",
    "decimal",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "exists",
    "extract",
    "false",
    "fetch",
    "float",
    "for",
    "foreign",
    "freeze",
    "from",
    "full",
    "grant",
    "greatest",
    "group",
    "grouping",
    "having",
    "ilike",
    "in",
    "initially",
    "inner",
    "inout",
    "int",
    "integer",
    "intersect",
    "interval",
    "into",
    "is",
    "isnull",
    "join",
    "lateral",
    "leading",
    "least",
    "left",
    "like",
    "limit",
    "localtime",
    "localtimestamp",
    "national",
    "natural",
    "nchar",
    "none",
    "normalize",
    "not",
    "notnull",
    "null",
    "nullif",
    "numeric",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "out",
    "outer",
    "overlaps",
    "overlay",
    "placing",
    "position",
    "precision",
    "primary",
    "real",
    "references",
    "returning",
    "right",
    "row",
    "select",
    "session_user",
    "setof",
    "similar",
    "smallint",
    "some",
    "substring",
    "symmetric",
    "system_user",
    "table",
    "tablesample",
    "then",
    "time",
    "timestamp",
    "to",
    "trailing",
    "treat",
    "trim",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "values",
    "varchar",
    "variadic",
    "verbose",
    "when",
    "where",
    "window",
    "with",
    "xmlattributes",
    "xmlconcat",
    "xmlelement",
    "xmlexists",
    "xmlforest",
    "xmlnamespaces",
    "xmlparse",
    "xmlpi",
    "xmlroot",
    "xmlserialize",
    "xmltable",
];

/// Words PostgreSQL takes bare that the project's own SQL check (squawk's
/// parser) does not: a column definition that starts `exclude` reads to it
/// as an exclusion constraint, so a generated revision would not build.
const MISREAD_BY_THE_CHECK: &[&str] = &["exclude"];

/// An identifier as SQL spells it: bare when it may be, else quoted.
pub(super) fn ident(name: &str) -> String {
    let bare = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '$')
        && !RESERVED.contains(&name)
        && !MISREAD_BY_THE_CHECK.contains(&name);
    if bare {
        name.to_owned()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// A snapshot name (`auth.users`, `trades`) as its schema, where it names
/// one, and its bare name.
pub(super) fn split_name(name: &str) -> (Option<&str>, &str) {
    match name.rsplit_once('.') {
        Some((schema, bare)) => (Some(schema), bare),
        None => (None, name),
    }
}

/// A snapshot name (`auth.users`, `trades`) as SQL spells it.
pub(super) fn qualified(name: &str) -> String {
    match name.split_once('.') {
        Some((schema, rest)) => format!("{}.{}", ident(schema), ident(rest)),
        None => ident(name),
    }
}

/// A function's snapshot name (`auth.uid()`, `f(a integer)`) as SQL
/// spells it in `DROP FUNCTION` and `COMMENT ON FUNCTION`.
pub(super) fn signature(name: &str) -> String {
    match name.split_once('(') {
        Some((head, args)) => format!("{}({args}", qualified(head)),
        None => qualified(name),
    }
}

/// A string literal.
pub(super) fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// What `COMMENT ON` and `DROP` call an object kind.
pub(super) fn keyword(kind: &str) -> &str {
    match kind {
        "type" | "domain" | "sequence" | "view" | "table" | "function" | "procedure" | "schema"
        | "extension" | "statistics" | "aggregate" => kind,
        "materialized view" => "materialized view",
        "foreign table" => "foreign table",
        "window function" => "function",
        _ => kind,
    }
}

/// The object's name as `DROP`/`COMMENT ON` take it.
pub(super) fn object_name(kind: &str, name: &str) -> String {
    match kind {
        "function" | "procedure" | "aggregate" | "window function" => signature(name),
        "extension" | "schema" | "event trigger" => ident(name),
        _ => qualified(name),
    }
}

/// Whether a part is the server's copy of its parent table's (a column,
/// constraint, index or trigger of a partition): made, changed and dropped
/// with the parent's, never by a statement of its own.
pub(super) fn inherited(props: &Properties) -> bool {
    props.contains_key("~inherited")
}

/// A property.
pub(super) fn get<'a>(props: &'a Properties, key: &str) -> Option<&'a str> {
    props.get(key).map(String::as_str)
}

/// A table constraint's definition to write: the server's own, fully
/// parenthesized, which parses back to the same expression tree (the
/// shortened form compared in the snapshot may not), `NOT VALID` where the
/// plan adds it so.
pub(super) fn constraint_sql(props: &Properties) -> String {
    let definition = get(props, "definition").unwrap_or("");
    match get(props, "~definition") {
        Some(raw) if definition.ends_with(" NOT VALID") && !raw.ends_with(" NOT VALID") => {
            format!("{raw} NOT VALID")
        }
        Some(raw) => raw.to_owned(),
        None => definition.to_owned(),
    }
}

/// A column's default as the desired schema spells it (`CURRENT_TIMESTAMP`,
/// which the snapshot compares as `now()`).
pub(super) fn default_sql(props: &Properties) -> Option<&str> {
    get(props, "~default").or_else(|| get(props, "default"))
}

/// One column as `CREATE TABLE` and `ADD COLUMN` spell it.
pub(super) fn column(name: &str, props: &Properties) -> String {
    let mut out = format!("{} {}", ident(name), get(props, "type").unwrap_or("text"));
    if let Some(collation) = collation(props) {
        out.push_str(&format!(" COLLATE {collation}"));
    }
    if let Some(expr) = get(props, "generated") {
        out.push_str(&format!(" GENERATED ALWAYS AS ({expr}) STORED"));
    } else if let Some(default) = default_sql(props) {
        out.push_str(&format!(" DEFAULT {default}"));
    }
    if get(props, "nullable") == Some("no") {
        out.push_str(" NOT NULL");
    }
    if let Some(identity) = get(props, "identity") {
        out.push_str(&format!(
            " GENERATED {} AS IDENTITY",
            identity.to_uppercase()
        ));
    }
    out
}

/// `CREATE TABLE` with its columns (constraints and the rest come after);
/// a partition is made as a table of its own and attached by
/// [`attach_partition`].
pub(super) fn create_table(name: &str, object: &Object) -> String {
    // Plain inheritance: the columns the parents give are not declared
    // again (unless the table declares one too), as `INHERITS` makes them.
    let inherits = get(&object.properties, "inherits");
    let from_parents = |props: &Properties| {
        inherits.is_some() && inherited(props) && get(props, "~local").is_none()
    };
    // In the desired schema's order where the reader recorded it.
    let mut columns: Vec<(usize, String)> = object
        .parts
        .iter()
        .filter(|((kind, _), props)| kind == "column" && !from_parents(props))
        .map(|((_, column_name), props)| {
            let position = get(props, "~position").and_then(|p| p.parse().ok());
            (
                position.unwrap_or(usize::MAX),
                format!("    {}", column(column_name, props)),
            )
        })
        .collect();
    columns.sort_by_key(|(position, _)| *position);
    let columns: Vec<String> = columns.into_iter().map(|(_, c)| c).collect();
    let props = &object.properties;
    let attached = get(props, "~parent").is_some() && get(props, "~bound").is_some();
    if let (Some(of), false) = (get(props, "partition of"), attached) {
        // `parent FOR VALUES ...` / `parent DEFAULT`, as the reader wrote it.
        let (parent, bound) = of.split_once(' ').unwrap_or((of, ""));
        return format!(
            "CREATE TABLE {} PARTITION OF {parent} {bound};",
            qualified(name)
        );
    }
    let mut sql = format!(
        "CREATE TABLE {} (\n{}\n)",
        qualified(name),
        columns.join(",\n")
    );
    if let Some(parents) = inherits {
        sql.push_str(&format!(" INHERITS ({parents})"));
    }
    if let Some(key) = get(props, "partition key") {
        sql.push_str(&format!(" PARTITION BY {key}"));
    }
    sql.push(';');
    sql
}

/// `CREATE SEQUENCE` with every option the reader records.
pub(super) fn create_sequence(name: &str, props: &Properties) -> String {
    format!(
        "CREATE SEQUENCE {}{};",
        qualified(name),
        sequence_options(props)
    )
}

/// ` AS integer START WITH 1 ...`, each option the reader records.
pub(super) fn sequence_options(props: &Properties) -> String {
    let mut out = String::new();
    let mut add = |key: &str, word: &str| {
        if let Some(value) = get(props, key) {
            out.push_str(&format!(" {word} {value}"));
        }
    };
    add("type", "AS");
    add("increment", "INCREMENT BY");
    add("minimum", "MINVALUE");
    add("maximum", "MAXVALUE");
    add("start", "START WITH");
    add("cache", "CACHE");
    if get(props, "cycle") == Some("yes") {
        out.push_str(" CYCLE");
    } else {
        out.push_str(" NO CYCLE");
    }
    out
}

/// The `OWNED BY` target from the reader's `table.column` (the table as
/// `regclass` prints it, already quoted where needed).
pub(super) fn owned_by(value: &str) -> String {
    match value.rsplit_once('.') {
        Some((table, column)) => format!("{table}.{}", ident(column)),
        None => value.to_owned(),
    }
}

/// The enum's values in order.
pub(super) fn enum_values(object: &Object) -> Vec<String> {
    let mut values: Vec<(usize, &str)> = object
        .parts
        .iter()
        .filter(|((kind, _), _)| kind == "value")
        .map(|((_, value), props)| {
            let position = get(props, "position").and_then(|p| p.parse().ok());
            (position.unwrap_or(usize::MAX), value.as_str())
        })
        .collect();
    values.sort();
    values.into_iter().map(|(_, v)| v.to_owned()).collect()
}

/// `CREATE TYPE`/`CREATE DOMAIN` for a type of the reader's `types()`.
pub(super) fn create_type(kind: &str, name: &str, object: &Object) -> Option<String> {
    let props = &object.properties;
    if kind == "domain" {
        let mut sql = format!(
            "CREATE DOMAIN {} AS {}",
            qualified(name),
            get(props, "base type")?
        );
        if let Some(default) = get(props, "default") {
            sql.push_str(&format!(" DEFAULT {default}"));
        }
        if get(props, "nullable") == Some("no") {
            sql.push_str(" NOT NULL");
        }
        sql.push(';');
        return Some(sql);
    }
    match get(props, "kind")? {
        "enum" => Some(format!(
            "CREATE TYPE {} AS ENUM ({});",
            qualified(name),
            enum_values(object).join(", ")
        )),
        "range" => Some(format!(
            "CREATE TYPE {} AS RANGE (subtype = {});",
            qualified(name),
            get(props, "subtype")?
        )),
        "composite" => get(props, "~ddl").map(|ddl| format!("{ddl};")),
        _ => None,
    }
}

/// `CREATE [UNIQUE] INDEX` from the reader's definition (`UNIQUE USING
/// btree (a)`), on the owner.
pub(super) fn create_index(
    owner: &str,
    index: &str,
    props: &Properties,
    concurrently: bool,
) -> String {
    let definition = get(props, "definition").unwrap_or("");
    let (unique, using) = match definition.strip_prefix("UNIQUE ") {
        Some(rest) => ("UNIQUE ", rest),
        None => ("", definition),
    };
    let (how, exists) = if concurrently {
        ("CONCURRENTLY ", "IF NOT EXISTS ")
    } else {
        ("", "")
    };
    format!(
        "CREATE {unique}INDEX {how}{exists}{} ON {} {using};",
        ident(index),
        qualified(owner)
    )
}

/// The name of an index (a part of a table) in `DROP INDEX`: in the
/// table's schema.
pub(super) fn index_name(owner: &str, index: &str) -> String {
    match owner.split_once('.') {
        Some((schema, _)) => format!("{}.{}", ident(schema), ident(index)),
        None => ident(index),
    }
}

/// `CREATE POLICY` from the reader's properties.
pub(super) fn create_policy(owner: &str, policy: &str, props: &Properties) -> String {
    let command = match get(props, "command") {
        Some("r") => "SELECT",
        Some("a") => "INSERT",
        Some("w") => "UPDATE",
        Some("d") => "DELETE",
        _ => "ALL",
    };
    let permissive = if get(props, "permissive") == Some("no") {
        "RESTRICTIVE"
    } else {
        "PERMISSIVE"
    };
    let roles: Vec<String> = get(props, "roles")
        .unwrap_or("public")
        .split(", ")
        .map(|r| {
            if r == "public" {
                r.to_owned()
            } else {
                ident(r)
            }
        })
        .collect();
    let mut sql = format!(
        "CREATE POLICY {} ON {} AS {permissive} FOR {command} TO {}",
        ident(policy),
        qualified(owner),
        roles.join(", ")
    );
    if let Some(using) = get(props, "using") {
        sql.push_str(&format!(" USING ({using})"));
    }
    if let Some(check) = get(props, "with check") {
        sql.push_str(&format!(" WITH CHECK ({check})"));
    }
    sql.push(';');
    sql
}

/// `COMMENT ON ... IS ...` (or `IS NULL`), for an object or one part.
pub(super) fn comment(
    kind: &str,
    name: &str,
    part: Option<(&str, &str)>,
    text: Option<&str>,
) -> String {
    let target = match part {
        None => format!(
            "{} {}",
            keyword(kind).to_uppercase(),
            object_name(kind, name)
        ),
        Some(("column", column)) => format!("COLUMN {}.{}", qualified(name), ident(column)),
        Some(("index", index)) => format!("INDEX {}", index_name(name, index)),
        Some(("constraint", constraint)) if kind == "domain" => {
            format!(
                "CONSTRAINT {} ON DOMAIN {}",
                ident(constraint),
                qualified(name)
            )
        }
        Some((part_kind, part_name)) => format!(
            "{} {} ON {}",
            part_kind.to_uppercase(),
            ident(part_name),
            qualified(name)
        ),
    };
    let text = text.map_or("NULL".to_owned(), literal);
    format!("COMMENT ON {target} IS {text};")
}

/// What makes a new table a partition, as `pg_dump` writes it: the parts it
/// has from its parent that attaching does not make (checks, keys, indexes,
/// under their names in `object`; foreign keys and triggers are cloned by
/// the server), then `ATTACH PARTITION`. Empty for a table that is no
/// partition.
pub(super) fn attach_partition(name: &str, object: &Object) -> Vec<String> {
    let props = &object.properties;
    let (Some(parent), Some(bound)) = (get(props, "~parent"), get(props, "~bound")) else {
        return Vec::new();
    };
    let mut sql = Vec::new();
    for ((part_kind, part_name), part) in &object.parts {
        if !part.contains_key("~inherited") {
            continue;
        }
        let definition = get(part, "definition").unwrap_or("");
        match part_kind.as_str() {
            "constraint" if !definition.starts_with("FOREIGN KEY") => sql.push(format!(
                "ALTER TABLE {} ADD CONSTRAINT {} {};",
                qualified(name),
                ident(part_name),
                constraint_sql(part)
            )),
            "index" => sql.push(create_index(name, part_name, part, false)),
            _ => {}
        }
    }
    sql.push(format!(
        "ALTER TABLE {} ATTACH PARTITION {} {bound};",
        qualified(parent),
        qualified(name)
    ));
    sql
}

/// A composite type's attributes in order, with their types.
pub(super) fn attributes(object: &Object) -> Vec<(&str, &str)> {
    let mut out: Vec<(usize, &str, &str)> = object
        .parts
        .iter()
        .filter(|((kind, _), _)| kind == "attribute")
        .map(|((_, name), props)| {
            let position = get(props, "~position").and_then(|p| p.parse().ok());
            (
                position.unwrap_or(usize::MAX),
                name.as_str(),
                get(props, "type").unwrap_or(""),
            )
        })
        .collect();
    out.sort();
    out.into_iter().map(|(_, n, t)| (n, t)).collect()
}

/// Whether `ALTER TYPE ... ADD/DROP/ALTER ATTRIBUTE` turns the composite
/// type `old` into `new` (the attributes kept stay in their order, the ones
/// added come last), so that the columns of the type keep their values.
pub(super) fn attributes_alterable(old: &Object, new: &Object) -> bool {
    let (was, will) = (attributes(old), attributes(new));
    let kept_before: Vec<&str> = was
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| will.iter().any(|(m, _)| m == n))
        .collect();
    let kept_after: Vec<&str> = will
        .iter()
        .map(|(n, _)| *n)
        .take_while(|n| was.iter().any(|(m, _)| m == n))
        .collect();
    kept_before == kept_after
}

/// The `ALTER TYPE` statements that turn composite `old` into `new`
/// (see [`attributes_alterable`]).
pub(super) fn alter_attributes(name: &str, old: &Object, new: &Object) -> Vec<String> {
    let (was, will) = (attributes(old), attributes(new));
    let t = qualified(name);
    let mut sql = Vec::new();
    for (n, _) in &was {
        if !will.iter().any(|(m, _)| m == n) {
            sql.push(format!("ALTER TYPE {t} DROP ATTRIBUTE {};", ident(n)));
        }
    }
    for (n, ty) in &will {
        match was.iter().find(|(m, _)| m == n) {
            None => sql.push(format!("ALTER TYPE {t} ADD ATTRIBUTE {} {ty};", ident(n))),
            Some((_, old_ty)) if old_ty != ty => sql.push(format!(
                "ALTER TYPE {t} ALTER ATTRIBUTE {} TYPE {ty};",
                ident(n)
            )),
            _ => {}
        }
    }
    sql
}

/// A table's or materialized view's storage parameters (`fillfactor`,
/// `autovacuum_...`), or a view's options, by name (the reader lists them
/// `a=1, b=2`), in the order they were set where the reader kept it
/// (`~storage`: `storage` is sorted, to compare), so that a table is made
/// as declared, to the text `pg_dump` writes of it.
fn options(props: &Properties) -> Vec<(&str, &str)> {
    option_pairs(get(props, "~storage").or_else(|| get(props, "storage")))
}

/// Each `name=value` of a list the reader joins with `, ` (storage
/// parameters, a view's or a column's options).
pub(super) fn option_pairs(list: Option<&str>) -> Vec<(&str, &str)> {
    list.into_iter()
        .flat_map(|all| all.split(", "))
        .filter_map(|option| option.split_once('='))
        .collect()
}

/// `ALTER TABLE ... SET (...)` and `RESET (...)` that turn the storage
/// parameters of `old` (none for an object just made) into `new`'s.
pub(super) fn alter_options(
    kind: &str,
    name: &str,
    old: Option<&Properties>,
    new: &Properties,
) -> Vec<String> {
    let was = old.map(options).unwrap_or_default();
    let target = format!("ALTER {} {}", keyword(kind).to_uppercase(), qualified(name));
    reset_and_set(&target, &was, &options(new), literal)
}

/// `{target} RESET (...)` of the options `was` has and `will` has not,
/// and `{target} SET (...)` of those `will` has otherwise or anew, each
/// value as `value` writes it.
pub(super) fn reset_and_set(
    target: &str,
    was: &[(&str, &str)],
    will: &[(&str, &str)],
    value: fn(&str) -> String,
) -> Vec<String> {
    let set: Vec<String> = will
        .iter()
        .filter(|option| !was.contains(option))
        .map(|(key, v)| format!("{key} = {}", value(v)))
        .collect();
    let reset: Vec<&str> = was
        .iter()
        .filter(|(key, _)| !will.iter().any(|(k, _)| k == key))
        .map(|(key, _)| *key)
        .collect();
    let mut sql = Vec::new();
    if !reset.is_empty() {
        sql.push(format!("{target} RESET ({});", reset.join(", ")));
    }
    if !set.is_empty() {
        sql.push(format!("{target} SET ({});", set.join(", ")));
    }
    sql
}

/// An index definition (`USING btree (a) WITH (fillfactor='50') WHERE
/// ...`, as the reader keeps it) without its `WITH (...)`, and the storage
/// parameters that clause lists, each `name=value` as the server wrote it.
fn split_index_options(definition: &str) -> (String, Vec<&str>) {
    let bytes = definition.as_bytes();
    let (mut depth, mut quoted, mut i) = (0usize, None::<u8>, 0);
    while i < bytes.len() {
        let c = bytes[i];
        match quoted {
            Some(q) if c == q => quoted = None,
            Some(_) => {}
            None if c == b'\'' || c == b'"' => quoted = Some(c),
            None if c == b'(' => depth += 1,
            None if c == b')' => depth = depth.saturating_sub(1),
            None if depth == 0 && definition[i..].starts_with(" WITH (") => {
                let open = i + " WITH ".len();
                let Some(close) = closing_paren(definition, open) else {
                    break;
                };
                let list = top_level_items(&definition[open + 1..close]);
                let rest = format!("{}{}", &definition[..i], &definition[close + 1..]);
                return (rest, list);
            }
            None => {}
        }
        i += 1;
    }
    (definition.to_owned(), Vec::new())
}

/// The byte index of the `)` closing the `(` at `open`.
fn closing_paren(text: &str, open: usize) -> Option<usize> {
    let (mut depth, mut quoted) = (0usize, None::<u8>);
    for (i, &c) in text.as_bytes().iter().enumerate().skip(open) {
        match quoted {
            Some(q) if c == q => quoted = None,
            Some(_) => {}
            None if c == b'\'' || c == b'"' => quoted = Some(c),
            None if c == b'(' => depth += 1,
            None if c == b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            None => {}
        }
    }
    None
}

/// `a='1', b=off` split at its top-level commas.
fn top_level_items(list: &str) -> Vec<&str> {
    let (mut items, mut start, mut quoted) = (Vec::new(), 0, None::<u8>);
    for (i, &c) in list.as_bytes().iter().enumerate() {
        match quoted {
            Some(q) if c == q => quoted = None,
            Some(_) => {}
            None if c == b'\'' || c == b'"' => quoted = Some(c),
            None if c == b',' => {
                items.push(list[start..i].trim());
                start = i + 1;
            }
            None => {}
        }
    }
    if !list[start..].trim().is_empty() {
        items.push(list[start..].trim());
    }
    items
}

/// When two definitions of an index differ only in their storage
/// parameters: `ALTER INDEX ... RESET (...)` and `SET (...)` that turn the
/// old parameters into the new (the index is not built again).
pub(super) fn alter_index_options(
    owner: &str,
    index: &str,
    old: &str,
    new: &str,
) -> Option<Vec<String>> {
    let (old_rest, was) = split_index_options(old);
    let (new_rest, will) = split_index_options(new);
    if old_rest != new_rest || was == will {
        return None;
    }
    let key = |option: &str| option.split_once('=').map_or(option, |(k, _)| k).to_owned();
    let target = format!("ALTER INDEX {}", index_name(owner, index));
    let reset: Vec<String> = was
        .iter()
        .map(|o| key(o))
        .filter(|k| !will.iter().any(|o| key(o) == *k))
        .collect();
    let set: Vec<&str> = will.iter().filter(|o| !was.contains(o)).copied().collect();
    let mut sql = Vec::new();
    if !reset.is_empty() {
        sql.push(format!("{target} RESET ({});", reset.join(", ")));
    }
    if !set.is_empty() {
        sql.push(format!("{target} SET ({});", set.join(", ")));
    }
    Some(sql)
}

/// `CREATE PUBLICATION` with its options; its tables are added after.
pub(super) fn create_publication(name: &str, props: &Properties) -> String {
    let all = if get(props, "all tables").is_some() {
        " FOR ALL TABLES"
    } else {
        ""
    };
    format!(
        "CREATE PUBLICATION {}{all} WITH ({});",
        ident(name),
        publication_options(props)
    )
}

/// A publication's `WITH (...)` options.
pub(super) fn publication_options(props: &Properties) -> String {
    let root = get(props, "via partition root").is_some();
    format!(
        "publish = {}, publish_via_partition_root = {root}",
        literal(get(props, "publish").unwrap_or(""))
    )
}

/// `CREATE COLLATION` with its provider, locale and options (`None` for
/// the database's default provider, which no statement names).
pub(super) fn create_collation(name: &str, props: &Properties) -> Option<String> {
    let provider = get(props, "provider")?;
    if provider == "default" {
        return None;
    }
    let mut options = vec![format!("provider = {provider}")];
    for key in ["locale", "lc_collate", "lc_ctype", "rules"] {
        if let Some(value) = get(props, key) {
            options.push(format!("{key} = {}", literal(value)));
        }
    }
    if get(props, "deterministic") == Some("no") {
        options.push("deterministic = false".to_owned());
    }
    Some(format!(
        "CREATE COLLATION {} ({});",
        qualified(name),
        options.join(", ")
    ))
}

/// A text search configuration's mappings: each token type with the
/// dictionaries it goes through, in order.
fn ts_mappings(object: &Object) -> BTreeMap<&str, &str> {
    object
        .parts
        .iter()
        .filter(|((kind, _), _)| kind == "mapping")
        .filter_map(|((_, token), props)| Some((token.as_str(), get(props, "dictionaries")?)))
        .collect()
}

/// `ALTER TEXT SEARCH CONFIGURATION ... {ADD|ALTER} MAPPING` for each
/// group of token types that go through the same dictionaries.
fn ts_mapping_statements(name: &str, verb: &str, mappings: &[(&str, &str)]) -> Vec<String> {
    let mut by_dictionaries: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (token, dictionaries) in mappings {
        by_dictionaries.entry(dictionaries).or_default().push(token);
    }
    by_dictionaries
        .into_iter()
        .map(|(dictionaries, tokens)| {
            format!(
                "ALTER TEXT SEARCH CONFIGURATION {} {verb} MAPPING FOR {} WITH {dictionaries};",
                qualified(name),
                tokens.join(", ")
            )
        })
        .collect()
}

/// `CREATE TEXT SEARCH CONFIGURATION` with its parser, then its mappings.
pub(super) fn create_ts_config(name: &str, object: &Object) -> Vec<String> {
    let parser = get(&object.properties, "parser").unwrap_or("pg_catalog.\"default\"");
    let mut sql = vec![format!(
        "CREATE TEXT SEARCH CONFIGURATION {} (PARSER = {parser});",
        qualified(name)
    )];
    let mappings: Vec<(&str, &str)> = ts_mappings(object).into_iter().collect();
    sql.extend(ts_mapping_statements(name, "ADD", &mappings));
    sql
}

/// The statements that turn configuration `old`'s mappings into `new`'s
/// (the parser the same): token types dropped, added, and changed.
pub(super) fn alter_ts_mappings(name: &str, old: &Object, new: &Object) -> Vec<String> {
    let (was, now) = (ts_mappings(old), ts_mappings(new));
    let gone: Vec<&str> = was
        .keys()
        .filter(|t| !now.contains_key(*t))
        .copied()
        .collect();
    let mut sql = Vec::new();
    if !gone.is_empty() {
        sql.push(format!(
            "ALTER TEXT SEARCH CONFIGURATION {} DROP MAPPING FOR {};",
            qualified(name),
            gone.join(", ")
        ));
    }
    let added: Vec<(&str, &str)> = now
        .iter()
        .filter(|(t, _)| !was.contains_key(*t))
        .map(|(t, d)| (*t, *d))
        .collect();
    let changed: Vec<(&str, &str)> = now
        .iter()
        .filter(|(t, d)| was.get(*t).is_some_and(|w| w != *d))
        .map(|(t, d)| (*t, *d))
        .collect();
    sql.extend(ts_mapping_statements(name, "ADD", &added));
    sql.extend(ts_mapping_statements(name, "ALTER", &changed));
    sql
}

/// A dictionary's options as the server keeps them
/// (`language = 'english', stopwords = 'english'`), each name with its
/// value; commas inside quoted values do not split.
fn dictionary_options(text: &str) -> Vec<(&str, &str)> {
    super::reparse::split_top_level(text)
        .into_iter()
        .filter_map(|item| item.split_once('='))
        .map(|(name, value)| (name.trim(), value.trim()))
        .collect()
}

/// `CREATE TEXT SEARCH DICTIONARY` with its template and options.
pub(super) fn create_ts_dictionary(name: &str, props: &Properties) -> String {
    let template = get(props, "template").unwrap_or("pg_catalog.simple");
    let options = get(props, "options").map_or(String::new(), |o| format!(", {o}"));
    format!(
        "CREATE TEXT SEARCH DICTIONARY {} (TEMPLATE = {template}{options});",
        qualified(name)
    )
}

/// `ALTER TEXT SEARCH DICTIONARY` setting `new`'s options and removing
/// those only `old` has; `None` when they are the same.
pub(super) fn alter_ts_dictionary(
    name: &str,
    old: &Properties,
    new: &Properties,
) -> Option<String> {
    let (was, now) = (
        dictionary_options(get(old, "options").unwrap_or("")),
        dictionary_options(get(new, "options").unwrap_or("")),
    );
    if was == now {
        return None;
    }
    let mut options: Vec<String> = now.iter().map(|(n, v)| format!("{n} = {v}")).collect();
    options.extend(
        was.iter()
            .filter(|(n, _)| !now.iter().any(|(m, _)| m == n))
            .map(|(n, _)| n.to_string()),
    );
    Some(format!(
        "ALTER TEXT SEARCH DICTIONARY {} ({});",
        qualified(name),
        options.join(", ")
    ))
}

/// `CREATE EVENT TRIGGER`, then its state where it is not `enabled`.
pub(super) fn create_event_trigger(name: &str, props: &Properties) -> Vec<String> {
    let tags = get(props, "tags").map_or(String::new(), |t| format!(" WHEN TAG IN ({t})"));
    let mut sql = vec![format!(
        "CREATE EVENT TRIGGER {} ON {}{tags} EXECUTE FUNCTION {}();",
        ident(name),
        get(props, "event").unwrap_or("ddl_command_end"),
        get(props, "function").unwrap_or("")
    )];
    if get(props, "state").is_some_and(|state| state != "enabled") {
        sql.push(event_trigger_enabled(name, props));
    }
    sql
}

/// `ALTER EVENT TRIGGER` to the state `props` gives.
pub(super) fn event_trigger_enabled(name: &str, props: &Properties) -> String {
    let how = match get(props, "state") {
        Some("disabled") => "DISABLE",
        Some("replica") => "ENABLE REPLICA",
        Some("always") => "ENABLE ALWAYS",
        _ => "ENABLE",
    };
    format!("ALTER EVENT TRIGGER {} {how};", ident(name))
}

/// A value of type `ty` for rows that a NOT NULL column without a default
/// is added to: the empty or zero value of common types, each a constant
/// (or `now()`, stable), so the table is not rewritten; `None` for any
/// other (a `uuid`, which a constant would repeat and a volatile default
/// would rewrite the table for; an enum, a domain, a type of the user's
/// own), which a person must choose.
pub(super) fn placeholder(ty: &str) -> Option<&'static str> {
    if ty.ends_with("[]") {
        return Some("'{}'");
    }
    let base = ty.split('(').next().unwrap_or(ty).trim();
    Some(match base {
        "text" | "character varying" | "character" | "citext" | "bytea" => "''",
        "smallint" | "integer" | "bigint" | "numeric" | "real" | "double precision" => "0",
        "boolean" => "false",
        "json" | "jsonb" => "'{}'",
        "interval" => "'0'",
        "date"
        | "timestamp without time zone"
        | "timestamp with time zone"
        | "timestamp"
        | "timestamptz" => "now()",
        _ => return None,
    })
}

/// How a column's `COLLATE` names its collation: qualified and quoted
/// where the catalog read says so, else the bare name quoted.
pub(super) fn collation(props: &Properties) -> Option<String> {
    get(props, "~collation")
        .map(str::to_owned)
        .or_else(|| get(props, "collation").map(ident))
}

/// The tables a publication names (not those of `FOR ALL TABLES`), each
/// `ONLY` (a table's children are published only when named), with its
/// column list and row filter where it has them.
pub(super) fn publication_tables(props: &Properties) -> Vec<String> {
    if get(props, "all tables").is_some() {
        return Vec::new();
    }
    get(props, "tables")
        .map(|l| split_list(l).iter().map(|t| format!("ONLY {t}")).collect())
        .unwrap_or_default()
}

/// The schemas a publication publishes whole (`TABLES IN SCHEMA`), as SQL
/// spells them.
pub(super) fn publication_schemas(props: &Properties) -> Vec<&str> {
    get(props, "schemas").map(split_list).unwrap_or_default()
}

/// The table of one of [`publication_tables`] (`ONLY t (a, b) WHERE (...)`:
/// `t`), as SQL spells it.
pub(super) fn publication_table(entry: &str) -> &str {
    let entry = entry.trim_start_matches("ONLY ");
    let mut quoted = false;
    for (at, c) in entry.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => return &entry[..at],
            _ => {}
        }
    }
    entry
}

/// A list the catalog read joins with `, `, split where the comma is
/// outside quotes and parentheses (a table's column list and row filter
/// hold commas of their own).
fn split_list(list: &str) -> Vec<&str> {
    super::reparse::split_top_level(list)
        .into_iter()
        .map(str::trim)
        .collect()
}
