//! What autogenerate reads from PostgreSQL's catalog beyond what `verify`
//! compares, in the same round trip: the catalog's dependencies
//! (`pg_depend`, views' through `pg_rewrite`) between the snapshot's objects
//! and parts, and the definitions as the server keeps them (function
//! bodies unsqueezed, composite types in attribute order), under keys that
//! start with `~` and are never a difference.

use super::postgres_scope::named_in_schema;
use crate::schema::DEPENDS;

/// A table's constraints of its own: not the copies the server makes on
/// the referencing table of a foreign key for each partition of the table
/// it references (they follow the one declared, under names of their own),
/// nor the row a constraint trigger keeps (`contype` 't': the trigger is
/// read, and made, as a trigger).
pub(super) const OWN_CONSTRAINT: &str = "k.contype <> 't' AND NOT (k.conparentid <> 0 AND EXISTS (
    SELECT 1 FROM pg_constraint pk WHERE pk.oid = k.conparentid AND pk.conrelid = k.conrelid))";

/// Every object and part the snapshot names, by the catalog address
/// (`classid`, `objid`, `objsubid`) `pg_depend` uses. A foreign key's
/// copies for the partitions of the table it references are the foreign
/// key's (they depend on those partitions); an extension's types are the
/// extension's (a column of one depends on it); a composite type's
/// attributes are the type's (it depends on their types).
pub(super) fn nodes() -> String {
    format!(
        "node(classid, objid, subid, kind, name, pkind, pname) AS (
            SELECT 'pg_class'::regclass, r.oid, 0, r.kind, r.name, NULL::text, NULL::text FROM rel r
            UNION ALL
            SELECT 'pg_type'::regclass, c.reltype, 0, r.kind, r.name, NULL, NULL
            FROM rel r JOIN pg_class c ON c.oid = r.oid WHERE c.reltype <> 0
            UNION ALL
            SELECT 'pg_class'::regclass, a.attrelid, a.attnum, r.kind, r.name, 'column', a.attname::text
            FROM rel r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
            UNION ALL
            SELECT 'pg_attrdef'::regclass, d.oid, 0, r.kind, r.name, 'column', a.attname::text
            FROM rel r JOIN pg_attrdef d ON d.adrelid = r.oid
            JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
            UNION ALL
            SELECT 'pg_class'::regclass, i.indexrelid, 0, r.kind, r.name,
                COALESCE((SELECT 'constraint' FROM pg_constraint k WHERE k.conrelid = i.indrelid
                          AND k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x')), 'index'),
                COALESCE((SELECT k.conname::text FROM pg_constraint k WHERE k.conrelid = i.indrelid
                          AND k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x')), ic.relname::text)
            FROM rel r JOIN pg_index i ON i.indrelid = r.oid JOIN pg_class ic ON ic.oid = i.indexrelid
            UNION ALL
            SELECT 'pg_constraint'::regclass, k.oid, 0, r.kind, r.name, 'constraint',
                COALESCE((SELECT pk.conname::text FROM pg_constraint pk
                          WHERE pk.oid = k.conparentid AND pk.conrelid = k.conrelid), k.conname::text)
            FROM rel r JOIN pg_constraint k ON k.conrelid = r.oid
            UNION ALL
            SELECT 'pg_constraint'::regclass, k.oid, 0, ty.kind, ty.name, 'constraint', k.conname::text
            FROM ty JOIN pg_constraint k ON k.contypid = ty.oid
            UNION ALL
            SELECT 'pg_rewrite'::regclass, w.oid, 0, r.kind, r.name,
                CASE WHEN w.rulename <> '_RETURN' THEN 'rule' END,
                CASE WHEN w.rulename <> '_RETURN' THEN w.rulename::text END
            FROM rel r JOIN pg_rewrite w ON w.ev_class = r.oid
            UNION ALL
            SELECT 'pg_trigger'::regclass, t.oid, 0, r.kind, r.name, 'trigger', t.tgname::text
            FROM rel r JOIN pg_trigger t ON t.tgrelid = r.oid AND NOT t.tgisinternal
            UNION ALL
            SELECT 'pg_policy'::regclass, po.oid, 0, r.kind, r.name, 'policy', po.polname::text
            FROM rel r JOIN pg_policy po ON po.polrelid = r.oid
            UNION ALL
            SELECT 'pg_type'::regclass, ty.oid, 0, ty.kind, ty.name, NULL, NULL FROM ty
            UNION ALL
            SELECT 'pg_class'::regclass, a.attrelid, a.attnum, ty.kind, ty.name, NULL, NULL
            FROM ty JOIN pg_attribute a ON a.attrelid = ty.typrelid AND a.attnum > 0
                AND NOT a.attisdropped
            WHERE ty.typtype = 'c'
            UNION ALL
            SELECT 'pg_type'::regclass, t.typarray, 0, ty.kind, ty.name, NULL, NULL
            FROM ty JOIN pg_type t ON t.oid = ty.oid WHERE t.typarray <> 0
            UNION ALL
            SELECT 'pg_proc'::regclass, fun.oid, 0, fun.kind, fun.name, NULL, NULL FROM fun
            UNION ALL
            SELECT 'pg_statistic_ext'::regclass, s.oid, 0, 'statistics',
                CASE WHEN n.nspname = 'public' THEN s.stxname::text
                    ELSE n.nspname || '.' || s.stxname END, NULL, NULL
            FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
            UNION ALL
            SELECT 'pg_namespace'::regclass, n.oid, 0, 'schema', n.nspname::text, NULL, NULL
            FROM pg_namespace n WHERE n.nspname <> 'public'
            UNION ALL
            SELECT 'pg_extension'::regclass, x.oid, 0, 'extension', x.extname::text, NULL, NULL
            FROM pg_extension x
            UNION ALL
            SELECT 'pg_collation'::regclass, o.oid, 0, 'collation', o.name, NULL, NULL
            FROM {collations} o
            UNION ALL
            SELECT 'pg_ts_config'::regclass, o.oid, 0, 'text search configuration', o.name,
                NULL, NULL
            FROM {configurations} o
            UNION ALL
            SELECT 'pg_ts_dict'::regclass, o.oid, 0, 'text search dictionary', o.name, NULL, NULL
            FROM {dictionaries} o
            UNION ALL
            SELECT 'pg_event_trigger'::regclass, et.oid, 0, 'event trigger', et.evtname::text,
                NULL, NULL
            FROM pg_event_trigger et
            UNION ALL
            SELECT 'pg_type'::regclass, t.oid, 0, 'extension', x.extname::text, NULL, NULL
            FROM pg_depend e JOIN pg_extension x ON x.oid = e.refobjid
            JOIN pg_type b ON b.oid = e.objid
            JOIN pg_type t ON t.oid = b.oid OR t.oid = b.typarray
            WHERE e.classid = 'pg_type'::regclass AND e.refclassid = 'pg_extension'::regclass
              AND e.deptype = 'e')",
        collations = named_in_schema("pg_collation", "collname", "collnamespace"),
        configurations = named_in_schema("pg_ts_config", "cfgname", "cfgnamespace"),
        dictionaries = named_in_schema("pg_ts_dict", "dictname", "dictnamespace")
    )
}

/// The `SELECT`s of the six columns this module adds.
pub(super) fn bodies() -> Vec<String> {
    let encode = |n: &str| {
        format!(
            "{n}.kind || chr(1) || {n}.name || chr(1) || COALESCE({n}.pkind, '') || chr(1) \
             || COALESCE({n}.pname, '')"
        )
    };
    let key = |class: &str, object: &str, sub: &str| {
        format!("{class}::text || ':' || {object} || ':' || {sub}")
    };
    vec![
        // Ownership of a sequence by a column is not an order to create
        // them in (the column's default needs the sequence first).
        // Each side is matched on one key: the planner knows nothing of a
        // CTE's rows, and joined on `node`'s three columns it expected one
        // row and scanned `node` again for each edge (3.2 million rows on
        // a schema of 80 tables, four fifths of the read); on one key it
        // merges or hashes.
        format!(
            "SELECT DISTINCT '{DEPENDS}', {}, NULL::text, NULL::text, {}, NULL::text
             FROM pg_depend p
             JOIN node d ON {} = {}
             JOIN node r ON {} = {}
             WHERE p.deptype IN ('n', 'a')
               AND NOT (d.kind = 'sequence' AND d.pkind IS NULL AND p.deptype = 'a')",
            encode("d"),
            encode("r"),
            key("d.classid::oid", "d.objid", "d.subid"),
            key("p.classid", "p.objid", "p.objsubid"),
            key("r.classid::oid", "r.objid", "r.subid"),
            key("p.refclassid", "p.refobjid", "p.refobjsubid"),
        ),
        String::from(
            "SELECT fun.kind, fun.name, NULL::text, NULL::text, '~ddl', pg_get_functiondef(fun.oid)
             FROM fun WHERE fun.prokind <> 'a'
             UNION ALL
             SELECT fun.kind, fun.name, NULL::text, NULL::text, '~ddl',
                format('CREATE AGGREGATE %I.%I(%s) (SFUNC = %s, STYPE = %s%s%s%s%s)',
                    n.nspname, p.proname, pg_get_function_arguments(p.oid),
                    (SELECT format('%I.%I', fn.nspname, f.proname) FROM pg_proc f
                     JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggtransfn),
                    format_type(a.aggtranstype, NULL),
                    (SELECT format(', FINALFUNC = %I.%I', fn.nspname, f.proname) FROM pg_proc f
                     JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggfinalfn),
                    (SELECT format(', COMBINEFUNC = %I.%I', fn.nspname, f.proname) FROM pg_proc f
                     JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggcombinefn),
                    ', INITCOND = ' || quote_literal(a.agginitval),
                    CASE p.proparallel WHEN 's' THEN ', PARALLEL = SAFE'
                        WHEN 'r' THEN ', PARALLEL = RESTRICTED' END)
             FROM fun JOIN pg_proc p ON p.oid = fun.oid
             JOIN pg_namespace n ON n.oid = p.pronamespace
             JOIN pg_aggregate a ON a.aggfnoid = p.oid
             -- Plain aggregates of these options only (not ordered-set,
             -- moving or with a sort operator): others are left to a person.
             WHERE fun.prokind = 'a' AND a.aggkind = 'n' AND a.aggmtransfn = 0
               AND a.aggsortop = 0 AND NOT a.aggfinalextra
             UNION ALL
             SELECT ty.kind, ty.name, NULL::text, NULL::text, '~ddl',
                'CREATE TYPE ' || format_type(ty.oid, NULL) || ' AS ('
                || COALESCE((SELECT string_agg(quote_ident(a.attname) || ' '
                        || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
                    FROM pg_attribute a WHERE a.attrelid = ty.typrelid AND a.attnum > 0
                      AND NOT a.attisdropped), '') || ')'
             FROM ty WHERE ty.typtype = 'c'
             UNION ALL
             SELECT ty.kind, ty.name, 'attribute', a.attname::text, '~position',
                (row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum))::text
             FROM ty JOIN pg_attribute a ON a.attrelid = ty.typrelid AND a.attnum > 0
                AND NOT a.attisdropped
             WHERE ty.typtype = 'c'
             UNION ALL
             SELECT r.kind, r.name, NULL::text, NULL::text, '~identity', 'yes'
             FROM rel r WHERE r.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d
                WHERE d.classid = 'pg_class'::regclass AND d.objid = r.oid AND d.deptype = 'i')
             UNION ALL
             SELECT r.kind, r.name, 'column', a.attname::text, '~position', a.attnum::text
             FROM rel r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0
                AND NOT a.attisdropped
             WHERE r.relkind IN ('r', 'p', 'f')
             UNION ALL
             SELECT r.kind, r.name, 'column', a.attname::text, '~type storage',
                CASE t.typstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL'
                    WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END
             FROM rel r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0
                AND NOT a.attisdropped
             JOIN pg_type t ON t.oid = a.atttypid
             WHERE t.typstorage <> a.attstorage
             UNION ALL
             SELECT r.kind, r.name, 'column', a.attname::text, '~default',
                pg_get_expr(d.adbin, d.adrelid)
             FROM rel r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0
                AND NOT a.attisdropped
             JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
             WHERE a.attgenerated <> 's' AND pg_get_expr(d.adbin, d.adrelid) = 'CURRENT_TIMESTAMP'
             UNION ALL
             SELECT r.kind, r.name, 'column', a.attname::text, '~collation',
                format('%I.%I', cn.nspname, co.collname)
             FROM rel r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0
                AND NOT a.attisdropped
             JOIN pg_collation co ON co.oid = a.attcollation
             JOIN pg_namespace cn ON cn.oid = co.collnamespace
             WHERE a.attcollation <> (SELECT t.typcollation FROM pg_type t WHERE t.oid = a.atttypid)
             UNION ALL
             SELECT fun.kind, fun.name, NULL::text, NULL::text, '~arguments',
                pg_get_function_arguments(fun.oid)
             FROM fun",
        ),
        // Partitions: the parent (in the snapshot's names) and the bound;
        // and the parts a table has because its parent has them (columns,
        // constraints, indexes attached to the parent's, cloned triggers),
        // which the server makes and drops with the parent's: `~inherited`
        // holds the name of the parent's constraint or index; `~local`, an
        // inherited column the table declares too (plain inheritance).
        format!(
            "SELECT r.kind, r.name, NULL::text, NULL::text, p.key, p.value
             FROM rel r JOIN pg_inherits i ON i.inhrelid = r.oid JOIN rel pr ON pr.oid = i.inhparent
             CROSS JOIN LATERAL (VALUES
                ('~parent', pr.name),
                ('~bound', pg_get_expr(r.relpartbound, r.oid))
             ) AS p(key, value)
             WHERE r.relispartition
             UNION ALL
             SELECT r.kind, r.name, 'constraint', k.conname::text, '~definition',
                pg_get_constraintdef(k.oid, false)
             FROM rel r JOIN pg_constraint k ON k.conrelid = r.oid
             WHERE {own}
             UNION ALL
             SELECT r.kind, r.name, 'column', a.attname::text, '~inherited', 'yes'
             FROM rel r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0
                AND NOT a.attisdropped
             WHERE a.attinhcount > 0 AND r.relkind <> 'S'
             UNION ALL
             SELECT r.kind, r.name, 'column', a.attname::text, '~local', 'yes'
             FROM rel r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0
                AND NOT a.attisdropped
             WHERE a.attinhcount > 0 AND a.attislocal AND r.relkind IN ('r', 'p', 'f')
             UNION ALL
             SELECT r.kind, r.name, 'constraint', k.conname::text, '~inherited',
                COALESCE((SELECT pk.conname::text FROM pg_constraint pk
                          WHERE pk.oid = k.conparentid), k.conname::text)
             FROM rel r JOIN pg_constraint k ON k.conrelid = r.oid
             WHERE (k.coninhcount > 0 OR k.conparentid <> 0) AND {own}
             UNION ALL
             SELECT r.kind, r.name, 'index', ic.relname::text, '~inherited',
                COALESCE((SELECT pi.relname::text FROM pg_inherits ii
                          JOIN pg_class pi ON pi.oid = ii.inhparent
                          WHERE ii.inhrelid = ic.oid), 'yes')
             FROM rel r JOIN pg_index i ON i.indrelid = r.oid
             JOIN pg_class ic ON ic.oid = i.indexrelid
             WHERE ic.relispartition
               AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = i.indrelid
                               AND k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
             UNION ALL
             SELECT r.kind, r.name, 'trigger', t.tgname::text, '~inherited', 'yes'
             FROM rel r JOIN pg_trigger t ON t.tgrelid = r.oid AND NOT t.tgisinternal
             WHERE t.tgparentid <> 0",
            own = OWN_CONSTRAINT
        ),
    ]
}
