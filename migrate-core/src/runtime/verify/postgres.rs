//! PostgreSQL's catalog (`pg_catalog`) read into a [`Snapshot`]. Every
//! expression goes through the server's own deparse (`pg_get_expr`,
//! `pg_get_indexdef`, `pg_get_constraintdef`, `pg_get_viewdef`,
//! `pg_get_triggerdef`, `pg_get_functiondef`), so the same definition reads
//! the same however it was written (function bodies, which the server
//! keeps as written, are compared whitespace aside); OIDs, column positions, sequence values
//! and statistics are never read. Objects that belong to an extension are
//! the extension's, and only the extension itself is listed.

use sqlx::postgres::PgConnection;

use super::postgres_ddl::OWN_CONSTRAINT;
use super::postgres_others::other_bodies;
use super::postgres_scope::{comment_of, FIRST_USER_OID, USER_SCHEMA};
use crate::schema::{squeeze_sql, Fact, Snapshot};

/// Relations (tables, views, sequences, foreign tables) with the kind and
/// name the snapshot uses: `public` is left out of names.
pub(super) fn relations() -> String {
    format!(
        "rel AS (
            SELECT c.oid, c.relkind, c.relrowsecurity, c.relispartition, c.relpartbound,
                CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
                    WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table' ELSE 'table' END AS kind,
                CASE WHEN n.nspname = 'public' THEN c.relname::text
                    ELSE n.nspname || '.' || c.relname END AS name
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.oid >= {FIRST_USER_OID} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
              AND {USER_SCHEMA}
              AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass
                              AND e.objid = c.oid AND e.deptype = 'e'))"
    )
}

/// Enums, domains, ranges and composite types of their own (not a table's
/// row type); array types come with them and are left out.
pub(super) fn types() -> String {
    format!(
        "ty AS (
                SELECT t.oid, t.typtype, t.typrelid, t.typbasetype, t.typtypmod, t.typnotnull,
                    t.typdefault,
                    CASE WHEN t.typtype = 'd' THEN 'domain' ELSE 'type' END AS kind,
                    CASE WHEN n.nspname = 'public' THEN t.typname::text
                        ELSE n.nspname || '.' || t.typname END AS name
                FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE t.oid >= {FIRST_USER_OID} AND {USER_SCHEMA}
                  AND (t.typtype IN ('e', 'd', 'r')
                       OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class c
                           WHERE c.oid = t.typrelid AND c.relkind = 'c')))
                  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_type'::regclass
                                  AND e.objid = t.oid AND e.deptype = 'e'))"
    )
}

/// Functions, procedures and aggregates, named by signature. Extensions'
/// members are left out through a hashed list of them: as a correlated
/// `NOT EXISTS`, the plan made once for a walk could compare every function
/// with every member (a million comparisons a read with a few large
/// extensions).
pub(super) fn functions() -> String {
    format!(
        "fun AS (
            SELECT f.oid, f.prokind,
                CASE f.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate'
                    WHEN 'w' THEN 'window function' ELSE 'function' END AS kind,
                CASE WHEN n.nspname = 'public' THEN '' ELSE n.nspname || '.' END
                    || f.proname || '(' || pg_get_function_identity_arguments(f.oid) || ')' AS name
            FROM pg_proc f JOIN pg_namespace n ON n.oid = f.pronamespace
            WHERE f.oid >= {FIRST_USER_OID} AND {USER_SCHEMA}
              AND f.oid NOT IN (SELECT e.objid FROM pg_depend e
                                WHERE e.classid = 'pg_proc'::regclass AND e.deptype = 'e'))"
    )
}

/// The whole catalog in one round trip; with `ddl`, also what autogenerate
/// needs to write statements (dependencies, definitions as kept).
fn query(ddl: bool) -> String {
    let mut bodies = bodies();
    if ddl {
        bodies.extend(super::postgres_ddl::bodies());
    }
    let parts: Vec<String> = bodies.iter().map(|b| format!("({b})")).collect();
    let nodes = if ddl {
        format!(", {}", super::postgres_ddl::nodes())
    } else {
        String::new()
    };
    format!(
        "WITH {}, {}, {}{nodes} {}",
        relations(),
        types(),
        functions(),
        parts.join("\nUNION ALL\n")
    )
}

/// Each part of the catalog, as one `SELECT` of the six columns.
pub(super) fn bodies() -> Vec<String> {
    let mut bodies = object_bodies();
    bodies.extend(other_bodies());
    bodies
}

/// The facts of each relation, type and function of `rel`, `ty` and `fun`.
pub(super) fn object_bodies() -> Vec<String> {
    vec![
        format!(
            "SELECT r.kind, r.name, NULL::text, NULL::text, p.key, p.value
             FROM rel r CROSS JOIN LATERAL (VALUES
                ('comment', {}),
                ('definition', CASE WHEN r.relkind IN ('v', 'm') THEN pg_get_viewdef(r.oid, true) END),
                ('partition key', CASE WHEN r.relkind = 'p' THEN pg_get_partkeydef(r.oid) END),
                ('partition of', CASE WHEN r.relispartition THEN
                    (SELECT i.inhparent::regclass::text FROM pg_inherits i WHERE i.inhrelid = r.oid)
                    || ' ' || pg_get_expr(r.relpartbound, r.oid) END),
                ('inherits', CASE WHEN r.relkind IN ('r', 'p', 'f') AND NOT r.relispartition THEN
                    (SELECT string_agg(i.inhparent::regclass::text, ', ' ORDER BY i.inhseqno)
                     FROM pg_inherits i WHERE i.inhrelid = r.oid) END),
                ('row level security', CASE WHEN r.relrowsecurity THEN 'enabled' END),
                ('forced row level security', (SELECT 'forced' FROM pg_class c
                    WHERE c.oid = r.oid AND c.relforcerowsecurity)),
                ('unlogged', (SELECT 'yes' FROM pg_class c
                    WHERE c.oid = r.oid AND c.relpersistence = 'u' AND r.relkind <> 'S')),
                ('replica identity', (SELECT CASE c.relreplident WHEN 'f' THEN 'FULL'
                    WHEN 'n' THEN 'NOTHING' WHEN 'i' THEN
                        (SELECT 'USING INDEX ' || quote_ident(ic.relname) FROM pg_index i
                         JOIN pg_class ic ON ic.oid = i.indexrelid
                         WHERE i.indrelid = c.oid AND i.indisreplident) END
                    FROM pg_class c WHERE c.oid = r.oid AND r.relkind IN ('r', 'p'))),
                ('cluster on', (SELECT quote_ident(ic.relname) FROM pg_index i
                    JOIN pg_class ic ON ic.oid = i.indexrelid
                    WHERE i.indrelid = r.oid AND i.indisclustered)),
                ('storage', CASE WHEN r.relkind IN ('r', 'p', 'm', 'v') THEN
                    (SELECT string_agg(o, ', ' ORDER BY o) FROM pg_class c, unnest(c.reloptions) o
                     WHERE c.oid = r.oid) END),
                ('~storage', CASE WHEN r.relkind IN ('r', 'p', 'm', 'v') THEN
                    (SELECT string_agg(o, ', ' ORDER BY n) FROM pg_class c,
                        unnest(c.reloptions) WITH ORDINALITY AS u(o, n) WHERE c.oid = r.oid) END)
             ) AS p(key, value)",
            comment_of("r.oid", "pg_class", "0")
        ),
        String::from(
            "SELECT r.kind, r.name, NULL::text, NULL::text, p.key, p.value
             FROM rel r JOIN pg_sequence s ON s.seqrelid = r.oid CROSS JOIN LATERAL (VALUES
                ('type', format_type(s.seqtypid, NULL)),
                ('start', s.seqstart::text),
                ('increment', s.seqincrement::text),
                ('minimum', s.seqmin::text),
                ('maximum', s.seqmax::text),
                ('cache', s.seqcache::text),
                ('cycle', CASE WHEN s.seqcycle THEN 'yes' ELSE 'no' END),
                ('owned by', (SELECT d.refobjid::regclass::text || '.' || a.attname
                              FROM pg_depend d JOIN pg_attribute a
                                ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                              WHERE d.classid = 'pg_class'::regclass AND d.objid = r.oid
                                AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
                              LIMIT 1))
             ) AS p(key, value)"
        ),
        // A typed NULL default (`NULL::bpchar`, kept for `DEFAULT NULL` on a
        // `char(n)`) is a default pg_dump writes; on a partition it is what
        // no default means (pg_dump writes it where the parent's column has
        // a default and the partition's has none). Of a column's options,
        // the two PostgreSQL defines: a server may keep entries of its own
        // there, which no statement sets and pg_dump does not write.
        format!(
            "SELECT r.kind, r.name, 'column', a.attname::text, p.key, p.value
             FROM rel r
             JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
             LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
             CROSS JOIN LATERAL (VALUES
                ('type', format_type(a.atttypid, a.atttypmod)),
                ('nullable', CASE WHEN r.relkind IN ('r', 'p', 'f') THEN
                    CASE WHEN a.attnotnull THEN 'no' ELSE 'yes' END END),
                ('default', CASE WHEN a.attgenerated <> 's' AND NOT (r.relispartition
                    AND pg_get_expr(d.adbin, d.adrelid) LIKE 'NULL::%')
                    THEN pg_get_expr(d.adbin, d.adrelid) END),
                ('generated', CASE WHEN a.attgenerated = 's' THEN pg_get_expr(d.adbin, d.adrelid) END),
                ('identity', CASE a.attidentity WHEN 'a' THEN 'always' WHEN 'd' THEN 'by default' END),
                ('collation', CASE WHEN a.attcollation <> 0 AND a.attcollation <>
                    (SELECT t.typcollation FROM pg_type t WHERE t.oid = a.atttypid)
                    THEN (SELECT co.collname::text FROM pg_collation co WHERE co.oid = a.attcollation) END),
                ('comment', {}),
                ('statistics', CASE WHEN a.attstattarget >= 0 THEN a.attstattarget::text END),
                ('storage', (SELECT CASE a.attstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL'
                    WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END
                    FROM pg_type t WHERE t.oid = a.atttypid AND t.typstorage <> a.attstorage)),
                ('compression', CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END),
                ('options', (SELECT string_agg(o, ', ' ORDER BY o) FROM unnest(a.attoptions) o
                    WHERE split_part(o, '=', 1) IN ('n_distinct', 'n_distinct_inherited')))
             ) AS p(key, value)
             WHERE r.relkind <> 'S'",
            comment_of("r.oid", "pg_class", "a.attnum")
        ),
        format!(
            "SELECT r.kind, r.name, 'constraint', k.conname::text, p.key, p.value
             FROM rel r JOIN pg_constraint k ON k.conrelid = r.oid CROSS JOIN LATERAL (VALUES
                ('definition', pg_get_constraintdef(k.oid, true)),
                ('comment', {})
             ) AS p(key, value)
             WHERE {OWN_CONSTRAINT}",
            comment_of("k.oid", "pg_constraint", "0")
        ),
        // Indexes that implement a constraint are the constraint's; the
        // definition leaves out the index's own name and the table's.
        format!(
            "SELECT r.kind, r.name, 'index', ic.relname::text, p.key, p.value
             FROM rel r JOIN pg_index i ON i.indrelid = r.oid
             JOIN pg_class ic ON ic.oid = i.indexrelid
             CROSS JOIN LATERAL (VALUES
                ('definition', CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END
                    || btrim(substring(pg_get_indexdef(i.indexrelid) FROM ' USING .*$'))),
                ('comment', {})
             ) AS p(key, value)
             WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = i.indrelid
                               AND k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))",
            comment_of("i.indexrelid", "pg_class", "0")
        ),
        format!(
            "SELECT r.kind, r.name, 'trigger', t.tgname::text, p.key, p.value
             FROM rel r JOIN pg_trigger t ON t.tgrelid = r.oid AND NOT t.tgisinternal
             CROSS JOIN LATERAL (VALUES
                ('definition', pg_get_triggerdef(t.oid, true)),
                ('enabled', CASE t.tgenabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'replica'
                    WHEN 'A' THEN 'always' END),
                ('comment', {})
             ) AS p(key, value)",
            comment_of("t.oid", "pg_trigger", "0")
        ),
        String::from(
            "SELECT r.kind, r.name, 'rule', w.rulename::text, 'definition', pg_get_ruledef(w.oid, true)
             FROM rel r JOIN pg_rewrite w ON w.ev_class = r.oid WHERE w.rulename <> '_RETURN'
             UNION ALL
             SELECT r.kind, r.name, 'policy', po.polname::text, p.key, p.value
             FROM rel r JOIN pg_policy po ON po.polrelid = r.oid CROSS JOIN LATERAL (VALUES
                ('command', po.polcmd::text),
                ('permissive', CASE WHEN po.polpermissive THEN 'yes' ELSE 'no' END),
                ('roles', (SELECT string_agg(x.role, ', ' ORDER BY x.role) FROM (
                    SELECT CASE WHEN o = 0 THEN 'public' ELSE pg_get_userbyid(o)::text END AS role
                    FROM unnest(po.polroles) AS o) x)),
                ('using', pg_get_expr(po.polqual, po.polrelid)),
                ('with check', pg_get_expr(po.polwithcheck, po.polrelid))
             ) AS p(key, value)"
        ),
        format!(
            "SELECT fun.kind, fun.name, NULL::text, NULL::text, p.key, p.value
             FROM fun CROSS JOIN LATERAL (VALUES
                ('definition', CASE WHEN fun.prokind <> 'a' THEN pg_get_functiondef(fun.oid) END),
                ('result', pg_get_function_result(fun.oid)),
                ('comment', {})
             ) AS p(key, value)",
            comment_of("fun.oid", "pg_proc", "0"),
        ),
        // The types of `types()`, their values, attributes and constraints.
        format!(
            "SELECT ty.kind, ty.name, NULL::text, NULL::text, p.key, p.value
             FROM ty CROSS JOIN LATERAL (VALUES
                ('kind', CASE ty.typtype WHEN 'e' THEN 'enum' WHEN 'r' THEN 'range'
                    WHEN 'c' THEN 'composite' END),
                ('base type', CASE WHEN ty.typtype = 'd' THEN format_type(ty.typbasetype, ty.typtypmod) END),
                ('nullable', CASE WHEN ty.typtype = 'd' THEN
                    CASE WHEN ty.typnotnull THEN 'no' ELSE 'yes' END END),
                ('default', ty.typdefault),
                ('subtype', (SELECT format_type(rg.rngsubtype, NULL) FROM pg_range rg
                             WHERE rg.rngtypid = ty.oid)),
                ('comment', {})
             ) AS p(key, value)
             UNION ALL
             SELECT ty.kind, ty.name, 'value', quote_literal(e.enumlabel), 'position',
                (row_number() OVER (PARTITION BY e.enumtypid ORDER BY e.enumsortorder))::text
             FROM ty JOIN pg_enum e ON e.enumtypid = ty.oid
             UNION ALL
             SELECT ty.kind, ty.name, 'attribute', a.attname::text, 'type',
                format_type(a.atttypid, a.atttypmod)
             FROM ty JOIN pg_attribute a ON a.attrelid = ty.typrelid AND a.attnum > 0
                AND NOT a.attisdropped
             WHERE ty.typtype = 'c'
             UNION ALL
             SELECT ty.kind, ty.name, 'constraint', k.conname::text, 'definition',
                pg_get_constraintdef(k.oid, true)
             FROM ty JOIN pg_constraint k ON k.contypid = ty.oid",
            comment_of("ty.oid", "pg_type", "0")
        ),
    ]
}

pub(super) type Row = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// The one spelling of what the server keeps in several: function bodies
/// as written (whitespace aside), and `CURRENT_TIMESTAMP`, which is `now()`.
pub(super) fn canonical(mut fact: Fact) -> Fact {
    let function = matches!(
        fact.kind.as_str(),
        "function" | "procedure" | "window function"
    );
    if let Some((key, Some(value))) = &mut fact.property {
        if key.starts_with('~') {
            return fact;
        }
        // A comment is text, not SQL: its spaces are its own.
        if function && key != "comment" {
            *value = squeeze_sql(value, false);
        } else if key == "default" && value == "CURRENT_TIMESTAMP" {
            "now()".clone_into(value);
        } else if key == "default" && value == "NULL" {
            fact.property = Some(("default".to_owned(), None));
        }
    }
    fact
}

/// The catalog on `conn`; with `ddl`, what autogenerate needs too.
pub(crate) async fn read(conn: &mut PgConnection, ddl: bool) -> Result<Snapshot, sqlx::Error> {
    let mut snapshot = Snapshot::new();
    let rows: Vec<Row> = sqlx::query_as(&query(ddl)).fetch_all(&mut *conn).await?;
    for row in rows {
        snapshot.add(canonical(Fact::from_row(row)));
    }
    Ok(snapshot)
}
