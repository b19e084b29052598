//! The parts of PostgreSQL's catalog that are not a relation, type or
//! function: schemas, statistics, publications, collations, text search
//! configurations and dictionaries, event triggers, extensions, and (from
//! [`postgres_unwritten`]) the objects autogenerate does not write. Few
//! and cheap, they are read in full on every read.

use super::postgres_scope::{comment_of, named_in_schema, USER_SCHEMA};
use super::postgres_unwritten;

/// Whether facts of `kind` are of the other parts of the catalog (read in
/// full, with one md5 over all of them, by [`other_bodies`]).
pub(super) fn is_other_kind(kind: &str) -> bool {
    OTHER_KINDS.contains(&kind) || postgres_unwritten::KINDS.contains(&kind)
}

/// The kinds of the facts [`other_bodies`] reads itself.
const OTHER_KINDS: [&str; 8] = [
    "schema",
    "statistics",
    "publication",
    "collation",
    "text search configuration",
    "text search dictionary",
    "event trigger",
    "extension",
];

/// The parts of the catalog that are not about a relation, type or
/// function (`rel`, `ty`, `fun`): schemas, statistics, publications (with
/// the tables and schemas they publish), collations, text search configurations and
/// dictionaries, event triggers, extensions; and the objects autogenerate
/// does not write ([`postgres_unwritten`]).
pub(super) fn other_bodies() -> Vec<String> {
    let mut bodies = own_other_bodies();
    bodies.extend(postgres_unwritten::bodies());
    bodies
}

fn own_other_bodies() -> Vec<String> {
    vec![
        format!(
            "SELECT 'schema', n.nspname::text, NULL::text, NULL::text, 'comment',
                    {}
             FROM pg_namespace n
             WHERE {USER_SCHEMA} AND n.nspname <> 'public'
               AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_namespace'::regclass
                               AND e.objid = n.oid AND e.deptype = 'e')",
            comment_of("n.oid", "pg_namespace", "0")
        ),
        format!(
            "SELECT 'statistics', CASE WHEN n.nspname = 'public' THEN s.stxname::text
                        ELSE n.nspname || '.' || s.stxname END, NULL::text, NULL::text, p.key, p.value
             FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
             CROSS JOIN LATERAL (VALUES
                ('definition', pg_get_statisticsobjdef(s.oid)),
                ('comment', {})
             ) AS p(key, value)
             WHERE {USER_SCHEMA}",
            comment_of("s.oid", "pg_statistic_ext", "0")
        ),
        // Each table with its column list and row filter (PostgreSQL 15's),
        // and the schemas published whole, read through `to_jsonb`, the
        // view and `pg_depend` so that the query still runs on a server
        // that has none of them. A partitioned table published through its
        // partitions is not in the view: its row filter is not read.
        format!(
            "SELECT 'publication', pb.pubname::text, NULL::text, NULL::text, p.key, p.value
             FROM pg_publication pb CROSS JOIN LATERAL (VALUES
                ('all tables', CASE WHEN pb.puballtables THEN 'yes' END),
                ('publish', concat_ws(', ', CASE WHEN pb.pubinsert THEN 'insert' END,
                    CASE WHEN pb.pubupdate THEN 'update' END, CASE WHEN pb.pubdelete THEN 'delete' END,
                    CASE WHEN pb.pubtruncate THEN 'truncate' END)),
                ('via partition root', CASE WHEN pb.pubviaroot THEN 'yes' END),
                ('tables', (SELECT string_agg(r.prrelid::regclass::text
                                || coalesce(' (' || (SELECT string_agg(quote_ident(a.attname), ', '
                                        ORDER BY a.attnum) FROM pg_attribute a
                                    WHERE a.attrelid = r.prrelid AND a.attnum IN (SELECT x::int2
                                        FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(
                                            to_jsonb(r) -> 'prattrs') = 'array' THEN to_jsonb(r) -> 'prattrs' END) x))
                                    || ')', '')
                                || coalesce(' WHERE (' || (SELECT to_jsonb(v) ->> 'rowfilter'
                                    FROM pg_publication_tables v JOIN pg_class c ON c.oid = r.prrelid
                                    JOIN pg_namespace n ON n.oid = c.relnamespace
                                    WHERE v.pubname = pb.pubname AND v.schemaname = n.nspname
                                        AND v.tablename = c.relname) || ')', ''), ', '
                                ORDER BY r.prrelid::regclass::text)
                            FROM pg_publication_rel r WHERE r.prpubid = pb.oid)),
                ('schemas', (SELECT string_agg(quote_ident(n.nspname), ', ' ORDER BY n.nspname)
                             FROM pg_depend p JOIN pg_depend s ON s.classid = p.classid AND s.objid = p.objid
                                 AND s.refclassid = 'pg_namespace'::regclass
                             JOIN pg_namespace n ON n.oid = s.refobjid
                             WHERE p.classid = to_regclass('pg_catalog.pg_publication_namespace')
                                 AND p.refclassid = 'pg_publication'::regclass AND p.refobjid = pb.oid)),
                ('comment', {})
             ) AS p(key, value)",
            comment_of("pb.oid", "pg_publication", "0")
        ),
        // A locale's column is named after the server's version (ICU's
        // `colliculocale` before 17, `colllocale` from it), so read by name.
        format!(
            "SELECT 'collation', o.name, NULL::text, NULL::text, p.key, p.value
             FROM pg_collation co JOIN {own} o ON o.oid = co.oid
             CROSS JOIN LATERAL (SELECT to_jsonb(co) AS j) AS jr
             CROSS JOIN LATERAL (VALUES
                ('provider', CASE co.collprovider WHEN 'i' THEN 'icu' WHEN 'c' THEN 'libc'
                    WHEN 'b' THEN 'builtin' ELSE 'default' END),
                ('locale', CASE WHEN co.collprovider <> 'c'
                    THEN COALESCE(jr.j ->> 'colliculocale', jr.j ->> 'colllocale')
                    WHEN jr.j ->> 'collcollate' = jr.j ->> 'collctype' THEN jr.j ->> 'collcollate' END),
                ('lc_collate', CASE WHEN co.collprovider = 'c'
                    AND jr.j ->> 'collcollate' <> jr.j ->> 'collctype' THEN jr.j ->> 'collcollate' END),
                ('lc_ctype', CASE WHEN co.collprovider = 'c'
                    AND jr.j ->> 'collcollate' <> jr.j ->> 'collctype' THEN jr.j ->> 'collctype' END),
                ('deterministic', CASE WHEN NOT co.collisdeterministic THEN 'no' END),
                ('rules', jr.j ->> 'collicurules'),
                ('comment', {comment})
             ) AS p(key, value)",
            own = named_in_schema("pg_collation", "collname", "collnamespace"),
            comment = comment_of("co.oid", "pg_collation", "0")
        ),
        // A text search configuration: its parser, and for each token type
        // the dictionaries it goes through, in order (a part each).
        format!(
            "SELECT 'text search configuration', o.name, NULL::text, NULL::text, p.key, p.value
             FROM pg_ts_config c JOIN {own} o ON o.oid = c.oid
             CROSS JOIN LATERAL (VALUES
                ('parser', (SELECT format('%I.%I', pn.nspname, pr.prsname) FROM pg_ts_parser pr
                    JOIN pg_namespace pn ON pn.oid = pr.prsnamespace WHERE pr.oid = c.cfgparser)),
                ('comment', {comment})
             ) AS p(key, value)
             UNION ALL
             SELECT 'text search configuration', o.name, 'mapping', t.alias, 'dictionaries',
                string_agg(format('%I.%I', dn.nspname, d.dictname), ', ' ORDER BY m.mapseqno)
             FROM pg_ts_config c JOIN {own} o ON o.oid = c.oid
             JOIN pg_ts_config_map m ON m.mapcfg = c.oid
             JOIN pg_ts_dict d ON d.oid = m.mapdict JOIN pg_namespace dn ON dn.oid = d.dictnamespace
             JOIN LATERAL ts_token_type(c.cfgparser) t ON t.tokid = m.maptokentype
             GROUP BY o.name, t.alias",
            own = named_in_schema("pg_ts_config", "cfgname", "cfgnamespace"),
            comment = comment_of("c.oid", "pg_ts_config", "0")
        ),
        // A text search dictionary: its template, and its options as the
        // server keeps them (`language = 'english', stopwords = 'english'`).
        format!(
            "SELECT 'text search dictionary', o.name, NULL::text, NULL::text, p.key, p.value
             FROM pg_ts_dict d JOIN {own} o ON o.oid = d.oid
             CROSS JOIN LATERAL (VALUES
                ('template', (SELECT format('%I.%I', tn.nspname, t.tmplname) FROM pg_ts_template t
                    JOIN pg_namespace tn ON tn.oid = t.tmplnamespace WHERE t.oid = d.dicttemplate)),
                ('options', d.dictinitoption),
                ('comment', {comment})
             ) AS p(key, value)",
            own = named_in_schema("pg_ts_dict", "dictname", "dictnamespace"),
            comment = comment_of("d.oid", "pg_ts_dict", "0")
        ),
        // An event trigger (the database's, in no schema): what fires it,
        // the function it runs, and its state: enabled (for sessions in the
        // `origin` replication role), disabled, `replica` or `always`.
        format!(
            "SELECT 'event trigger', et.evtname::text, NULL::text, NULL::text, p.key, p.value
             FROM pg_event_trigger et CROSS JOIN LATERAL (VALUES
                ('event', et.evtevent::text),
                ('function', (SELECT format('%I.%I', fn.nspname, f.proname) FROM pg_proc f
                    JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = et.evtfoid)),
                ('tags', (SELECT string_agg(quote_literal(t), ', ' ORDER BY t COLLATE \"C\")
                    FROM unnest(et.evttags) t)),
                ('state', CASE et.evtenabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'replica'
                    WHEN 'A' THEN 'always' ELSE 'enabled' END),
                ('comment', {})
             ) AS p(key, value)
             WHERE NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_event_trigger'::regclass
                               AND e.objid = et.oid AND e.deptype = 'e')",
            comment_of("et.oid", "pg_event_trigger", "0")
        ),
        "SELECT 'extension', x.extname::text, NULL::text, NULL::text, p.key, p.value
         FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
         CROSS JOIN LATERAL (VALUES ('version', x.extversion), ('schema', n.nspname::text))
            AS p(key, value)
         WHERE x.extname <> 'plpgsql'"
            .to_owned(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_other_kinds_are_those_the_other_bodies_read() {
        let bodies = other_bodies().join(" ");
        for kind in OTHER_KINDS.iter().chain(&postgres_unwritten::KINDS) {
            assert!(bodies.contains(&format!("SELECT '{kind}'")), "{kind}");
        }
    }
}
