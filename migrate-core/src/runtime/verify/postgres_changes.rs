//! A PostgreSQL catalog read that deparses only what changed since the
//! last read on the same connection (verify reads the catalog twice per
//! revision, and a revision touches a few objects).
//!
//! Each relation, type and function (the `rel`, `ty` and `fun` of
//! [`super::postgres`]) gets a version: an md5 over the transaction ids
//! (`xmin`) of every catalog row its facts are read from (its own row and
//! schema, its columns, defaults, constraints, indexes, triggers, rules,
//! policies, comments, enum values, sequence, partition and inheritance
//! rows, its `pg_depend` rows), and over the same md5 of each relation,
//! type and function it references (what it depends on, and its columns'
//! types), whose renaming changes how its definitions deparse; for what it
//! references that is none of those (a schema, an extension's function or
//! operator class), the `xmin` of the row naming it. A row written since
//! the last read has a new `xmin`; a row deleted drops out of the md5.
//! Only objects whose version changed are read again, by the same query
//! as a full read with its `rel`, `ty` and `fun` narrowed to them;
//! schemas, statistics and extensions, few and cheap, are read in full
//! every time. A query that adds facts about these objects from another
//! catalog must add that catalog's rows here.
//!
//! Not seen: a role renamed (a policy names its roles), and a name that
//! starts to resolve elsewhere on the `search_path` (an object of the same
//! name made in an earlier schema). A debug build compares every such read
//! with a full one.
//!
//! PostgreSQL's [`Catalog`] is here: the first read of a walk in full
//! ([`super::postgres`]), the later ones by change.

use std::collections::{HashMap, HashSet};

use sqlx::postgres::PgConnection;
use sqlx::Postgres;

use super::postgres::{bodies, canonical, functions, read, relations, types, Row};
use super::Catalog;
use crate::schema::{Fact, Snapshot};

/// A full read first, then only what changed.
impl Catalog for Postgres {
    async fn snapshot(conn: &mut PgConnection) -> Result<Snapshot, sqlx::Error> {
        read(conn, false).await
    }

    async fn snapshot_again(
        conn: &mut PgConnection,
        cache: &mut super::CatalogCache,
    ) -> Result<Snapshot, sqlx::Error> {
        read_changed(conn, &mut cache.postgres).await
    }
}

/// What a read leaves for the next one: the schema it read and each
/// relation's, type's and function's version.
#[derive(Debug, Default, Clone)]
pub(crate) struct Versions {
    last: Option<(Snapshot, ObjectVersions)>,
}

/// Each object's version, by the kind and name its facts carry.
type ObjectVersions = HashMap<(String, String), Version>;

/// One object's version: which CTE it comes from, its OID, the md5.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Version {
    tag: String,
    oid: i64,
    digest: String,
}

/// Each relation, type and function with its version: an md5 over its own
/// rows (`member`: the object and its parts, each with the rows kept beside
/// it; `version`: columns, inheritance, enum values, comments, and its
/// `pg_depend` rows), and over the own version of each object it
/// references (`ref`: what it depends on, and its columns' types that are
/// not built in), or, for one that is no relation, type or function, the
/// catalog row naming it.
fn versions_query() -> String {
    format!(
        "WITH {}, {}, {},
        member AS (
            SELECT 'r' AS tag, r.oid AS top, 'pg_class'::regclass AS classid, r.oid AS objid,
                c.xmin || '.' || n.xmin || '.' || coalesce(s.xmin::text, '') || '.'
                    || coalesce(p.xmin::text, '') AS v
                FROM rel r JOIN pg_class c ON c.oid = r.oid JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_sequence s ON s.seqrelid = r.oid
                LEFT JOIN pg_partitioned_table p ON p.partrelid = r.oid
            UNION ALL SELECT 'r', k.conrelid, 'pg_constraint'::regclass, k.oid, k.xmin::text
                FROM rel r JOIN pg_constraint k ON k.conrelid = r.oid
            UNION ALL SELECT 'r', i.indrelid, 'pg_class'::regclass, i.indexrelid, i.xmin || '.' || c.xmin
                FROM rel r JOIN pg_index i ON i.indrelid = r.oid JOIN pg_class c ON c.oid = i.indexrelid
            UNION ALL SELECT 'r', t.tgrelid, 'pg_trigger'::regclass, t.oid, t.xmin::text
                FROM rel r JOIN pg_trigger t ON t.tgrelid = r.oid
            UNION ALL SELECT 'r', w.ev_class, 'pg_rewrite'::regclass, w.oid, w.xmin::text
                FROM rel r JOIN pg_rewrite w ON w.ev_class = r.oid
            UNION ALL SELECT 'r', po.polrelid, 'pg_policy'::regclass, po.oid, po.xmin::text
                FROM rel r JOIN pg_policy po ON po.polrelid = r.oid
            UNION ALL SELECT 'r', d.adrelid, 'pg_attrdef'::regclass, d.oid, d.xmin::text
                FROM rel r JOIN pg_attrdef d ON d.adrelid = r.oid
            UNION ALL SELECT 't', ty.oid, 'pg_type'::regclass, ty.oid,
                t.xmin || '.' || n.xmin || '.' || coalesce(g.xmin::text, '')
                FROM ty JOIN pg_type t ON t.oid = ty.oid JOIN pg_namespace n ON n.oid = t.typnamespace
                LEFT JOIN pg_range g ON g.rngtypid = ty.oid
            UNION ALL SELECT 't', ty.oid, 'pg_class'::regclass, ty.typrelid, c.xmin::text
                FROM ty JOIN pg_class c ON c.oid = ty.typrelid
            UNION ALL SELECT 't', k.contypid, 'pg_constraint'::regclass, k.oid, k.xmin::text
                FROM ty JOIN pg_constraint k ON k.contypid = ty.oid
            UNION ALL SELECT 'f', fun.oid, 'pg_proc'::regclass, fun.oid, p.xmin || '.' || n.xmin
                FROM fun JOIN pg_proc p ON p.oid = fun.oid JOIN pg_namespace n ON n.oid = p.pronamespace
        ),
        ref AS (
            SELECT m.tag, m.top, d.refclassid AS classid, d.refobjid AS objid,
                'd' || d.objid || ':' || d.objsubid || ':' || d.refclassid::oid || ':' || d.refobjid
                    || ':' || d.refobjsubid || ':' || d.deptype::text || ':' || d.xmin AS s
                FROM member m JOIN pg_depend d ON d.classid = m.classid AND d.objid = m.objid
            UNION ALL SELECT m.tag, m.top, 'pg_type'::regclass, a.atttypid, NULL
                FROM member m JOIN pg_attribute a ON a.attrelid = m.objid AND a.attnum > 0
                WHERE m.classid = 'pg_class'::regclass AND a.atttypid >= 16384 -- not built in
        ),
        version AS (
            SELECT m.tag, m.top, 'o' || m.classid::oid || ':' || m.objid || ':' || m.v AS s FROM member m
            UNION ALL SELECT m.tag, m.top, 'a' || a.attrelid || ':' || a.attnum || ':' || a.xmin
                FROM member m JOIN pg_attribute a ON a.attrelid = m.objid AND a.attnum > 0
                WHERE m.classid = 'pg_class'::regclass
            UNION ALL SELECT m.tag, m.top, 'h' || i.inhparent || ':' || i.xmin
                FROM member m JOIN pg_inherits i ON i.inhrelid = m.objid WHERE m.classid = 'pg_class'::regclass
            UNION ALL SELECT m.tag, m.top, 'e' || e.oid || ':' || e.xmin
                FROM member m JOIN pg_enum e ON e.enumtypid = m.objid WHERE m.classid = 'pg_type'::regclass
            UNION ALL SELECT m.tag, m.top, 'c' || d.objoid || ':' || d.classoid || ':' || d.objsubid || ':' || d.xmin
                FROM member m JOIN pg_description d ON d.objoid = m.objid
            UNION ALL SELECT f.tag, f.top, f.s FROM ref f WHERE f.s IS NOT NULL
        ),
        own AS (
            SELECT tag, top, md5(string_agg(s, ',' ORDER BY s)) AS digest FROM version GROUP BY tag, top
        ),
        named AS MATERIALIZED (
            SELECT DISTINCT f.tag, f.top, coalesce(o.digest, n.xmin::text, CASE f.classid
                WHEN 'pg_class'::regclass THEN (SELECT c.xmin || '.' || n.xmin
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = f.objid)
                WHEN 'pg_type'::regclass THEN (SELECT t.xmin || '.' || n.xmin
                    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.oid = f.objid)
                WHEN 'pg_proc'::regclass THEN (SELECT p.xmin || '.' || n.xmin
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.oid = f.objid)
                WHEN 'pg_collation'::regclass THEN (SELECT c.xmin || '.' || n.xmin
                    FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace WHERE c.oid = f.objid)
                WHEN 'pg_opclass'::regclass THEN (SELECT o.xmin || '.' || n.xmin
                    FROM pg_opclass o JOIN pg_namespace n ON n.oid = o.opcnamespace WHERE o.oid = f.objid)
                WHEN 'pg_operator'::regclass THEN (SELECT o.xmin || '.' || n.xmin
                    FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace WHERE o.oid = f.objid)
                WHEN 'pg_ts_config'::regclass THEN (SELECT o.xmin || '.' || n.xmin
                    FROM pg_ts_config o JOIN pg_namespace n ON n.oid = o.cfgnamespace WHERE o.oid = f.objid)
                END, '-') AS s
            FROM ref f
            LEFT JOIN member m ON m.classid = f.classid AND m.objid = f.objid
            LEFT JOIN own o ON o.tag = m.tag AND o.top = m.top
            LEFT JOIN pg_namespace n ON f.classid = 'pg_namespace'::regclass AND n.oid = f.objid
            WHERE m.top IS NULL OR m.tag <> f.tag OR m.top <> f.top
        )
        , names AS (
            SELECT tag, top, string_agg(s, ',' ORDER BY s) AS s FROM named GROUP BY tag, top
        )
        SELECT o.tag, o.oid::bigint, o.kind, o.name, md5(w.digest || ':' || coalesce(x.s, ''))
        FROM (SELECT 'r' AS tag, oid, kind, name FROM rel
              UNION ALL SELECT 't', oid, kind, name FROM ty
              UNION ALL SELECT 'f', oid, kind, name FROM fun) o
        JOIN own w ON w.tag = o.tag AND w.top = o.oid
        LEFT JOIN names x ON x.tag = o.tag AND x.top = o.oid",
        relations(),
        types(),
        functions(),
    )
}

/// The full read's query with `rel`, `ty` and `fun` narrowed to the OIDs
/// in `$1`, `$2` and `$3`.
fn narrowed_query() -> String {
    let renamed = |cte: String, name: &str| {
        let from = format!("{name} AS (");
        debug_assert!(cte.trim_start().starts_with(&from), "{name} CTE");
        cte.replacen(&from, &format!("{name}_all AS ("), 1)
    };
    let parts: Vec<String> = bodies().iter().map(|b| format!("({b})")).collect();
    format!(
        "WITH {}, {}, {},
        rel AS (SELECT * FROM rel_all WHERE oid::bigint = ANY($1)),
        ty AS (SELECT * FROM ty_all WHERE oid::bigint = ANY($2)),
        fun AS (SELECT * FROM fun_all WHERE oid::bigint = ANY($3))
        {}",
        renamed(relations(), "rel"),
        renamed(types(), "ty"),
        renamed(functions(), "fun"),
        parts.join("\nUNION ALL\n")
    )
}

/// The catalog on `conn`, deparsing only the relations, types and
/// functions whose version changed since the read `versions` keeps.
pub(crate) async fn read_changed(
    conn: &mut PgConnection,
    versions: &mut Versions,
) -> Result<Snapshot, sqlx::Error> {
    let rows: Vec<(String, i64, String, String, String)> = sqlx::query_as(&versions_query())
        .fetch_all(&mut *conn)
        .await?;
    let now: ObjectVersions = rows
        .into_iter()
        .map(|(tag, oid, kind, name, digest)| ((kind, name), Version { tag, oid, digest }))
        .collect();
    let Some((mut snapshot, before)) = versions.last.take() else {
        let snapshot = read(conn, false).await?;
        versions.last = Some((snapshot.clone(), now));
        return Ok(snapshot);
    };
    // Gone: objects no longer there, those that changed, and what is read
    // in full every time (anything not a relation, type or function).
    let stale: HashSet<(String, String)> = snapshot
        .objects()
        .map(|(kind, name, _)| (kind.to_owned(), name.to_owned()))
        .filter(|key| now.get(key).is_none_or(|v| before.get(key) != Some(v)))
        .collect();
    for (kind, name) in &stale {
        snapshot.remove(kind, name);
    }
    let changed = |tag: &str| -> Vec<i64> {
        now.iter()
            .filter(|(key, v)| v.tag == tag && before.get(*key) != Some(*v))
            .map(|(_, v)| v.oid)
            .collect()
    };
    let rows: Vec<Row> = sqlx::query_as(&narrowed_query())
        .bind(changed("r"))
        .bind(changed("t"))
        .bind(changed("f"))
        .fetch_all(&mut *conn)
        .await?;
    for row in rows {
        snapshot.add(canonical(Fact::from_row(row)));
    }
    if cfg!(debug_assertions) {
        let full = read(conn, false).await?;
        assert!(
            snapshot == full,
            "a catalog read of the changed objects differs from a full read: {:?}",
            snapshot.differences(&full)
        );
    }
    versions.last = Some((snapshot.clone(), now));
    Ok(snapshot)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_narrowed_query_renames_each_cte_once() {
        let query = narrowed_query();
        for name in ["rel", "ty", "fun"] {
            assert_eq!(query.matches(&format!("{name}_all AS (")).count(), 1);
            assert_eq!(query.matches(&format!(" {name} AS (")).count(), 1);
        }
    }
}
