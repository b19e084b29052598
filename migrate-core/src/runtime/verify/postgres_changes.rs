//! A PostgreSQL catalog read that deparses only what changed since the
//! last read on the same connection (verify reads the catalog twice per
//! revision, and a revision touches a few objects).
//!
//! Each relation, type and function (the `rel`, `ty` and `fun` of
//! [`super::postgres`]) gets a version: an md5 over the transaction ids
//! (`xmin`) of every catalog row its facts are read from (its own row and
//! schema, its columns, defaults, constraints, indexes, triggers, rules,
//! policies, comments, enum values, sequence, partition and inheritance
//! rows, its `pg_depend` rows; not a foreign key's internal triggers,
//! which no fact reads), and over the name of each relation (and column),
//! type, function and constraint it references (what it depends on, and
//! its columns' types): a definition deparses what it
//! references by name, so renaming one changes it, and nothing else about
//! it does (a table's new column does not change the foreign keys that
//! reference the table); for what it references that is none of those (a
//! collation, an extension's operator class), the `xmin` of the row naming
//! it. A row written since the last read has a new `xmin`; a row deleted
//! drops out of the md5.
//!
//! One query per read, one round trip: the versions, then the full read's
//! query with its `rel`, `ty` and `fun` narrowed to the objects whose
//! version is not the last read's (all of them on the first read); the
//! schemas, statistics and extensions, few and cheap, are read in full and
//! sent only when their md5 changed. A step that changed no schema costs
//! the versions alone. A query that adds facts about these objects from
//! another catalog must add that catalog's rows here.
//!
//! Not seen: a role renamed (a policy names its roles), and a name that
//! starts to resolve elsewhere on the `search_path` (an object of the same
//! name made in an earlier schema). A debug build compares every such read
//! with a full one.
//!
//! PostgreSQL's [`Catalog`] is here: every read of a walk, the first one
//! included, by change.

use std::collections::{HashMap, HashSet};

use sqlx::postgres::PgConnection;
use sqlx::Postgres;

use super::postgres::{canonical, functions, object_bodies, read, relations, types, Row};
use super::postgres_others::{is_other_kind, other_bodies};
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

/// The setting under which a session reads the catalog: the read's plan
/// made for any parameters, once (and again only as [`Versions::plan`]
/// says). PostgreSQL otherwise plans its first five executions for their
/// parameters; planned for the empty arrays of a first read, the read ran
/// about ten times slower than under the generic plan (some 17 ms against
/// 1.5 ms, on a schema of 25 tables).
pub(crate) const GENERIC_PLANS: (&str, &str) = ("plan_cache_mode", "force_generic_plan");

/// What a read leaves for the next one.
#[derive(Debug, Default, Clone)]
pub(crate) struct Versions {
    last: Option<Read>,
    /// Which plan the reads use ([`Versions::plan`]).
    plan: usize,
    /// How many objects there were when that plan was made.
    planned_for: usize,
}

impl Versions {
    /// The plan for the next read: a new one when the objects have more
    /// than doubled since the last was made. A plan is made for the
    /// catalogs as they are then (the first, for an empty database); a
    /// walk that makes hundreds of tables, triggers and sequences outgrows
    /// it (a sequential scan of `pg_trigger` for each table: reads took
    /// 1.3 times as long on concourse's history), and planning again costs
    /// about three reads, so it is done as seldom as growth allows.
    fn plan(&mut self) -> usize {
        let objects = self.last.as_ref().map_or(0, |last| last.objects.len());
        if objects > 2 * self.planned_for.max(4) {
            self.plan += 1;
            self.planned_for = objects;
        }
        self.plan
    }
}

/// One read: the schema, each relation's, type's and function's version,
/// and the md5 of the other facts.
#[derive(Debug, Default, Clone)]
struct Read {
    snapshot: Snapshot,
    objects: ObjectVersions,
    others: String,
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

/// Each relation, type and function of `rel_all`, `ty_all` and `fun_all`
/// with its version (`vers`): an md5 over its own rows (`member`: the
/// object and its parts, each with the rows kept beside it, but not the
/// internal triggers of foreign keys that reference it, which no fact
/// reads and which come and go with the referencing table; `version`:
/// columns, inheritance, enum values, comments, and its `pg_depend` rows),
/// and over the names of what it references (`ref`: what it depends on,
/// and its columns' types that are not built in): a relation's (and the
/// column's, for a column), a type's, a function's or a constraint's
/// qualified name, which is all of them its definitions deparse (a foreign
/// key's triggers on the table it references depend on the key, which is
/// the referencing table's: its version would tie the two tables
/// together); for anything else, the version of the catalog row naming it.
/// What goes into an md5 is sorted bytewise (`COLLATE "C"`): the order only
/// has to be the same on every read, and the database's own collation
/// compares through the C library, which is slower.
const VERSIONS: &str = "        member AS (
            SELECT 'r' AS tag, r.oid AS top, 'pg_class'::regclass AS classid, r.oid AS objid,
                c.xmin || '.' || n.xmin || '.' || coalesce(s.xmin::text, '') || '.'
                    || coalesce(p.xmin::text, '') AS v, r.name AS label
                FROM rel_all r JOIN pg_class c ON c.oid = r.oid JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_sequence s ON s.seqrelid = r.oid
                LEFT JOIN pg_partitioned_table p ON p.partrelid = r.oid
            UNION ALL SELECT 'r', k.conrelid, 'pg_constraint'::regclass, k.oid, k.xmin::text,
                    r.name || '.' || k.conname
                FROM rel_all r JOIN pg_constraint k ON k.conrelid = r.oid
            UNION ALL SELECT 'r', i.indrelid, 'pg_class'::regclass, i.indexrelid, i.xmin || '.' || c.xmin,
                    r.name || '.' || c.relname
                FROM rel_all r JOIN pg_index i ON i.indrelid = r.oid JOIN pg_class c ON c.oid = i.indexrelid
            UNION ALL SELECT 'r', t.tgrelid, 'pg_trigger'::regclass, t.oid, t.xmin::text,
                    r.name || '.' || t.tgname
                FROM rel_all r JOIN pg_trigger t ON t.tgrelid = r.oid AND NOT t.tgisinternal
            UNION ALL SELECT 'r', w.ev_class, 'pg_rewrite'::regclass, w.oid, w.xmin::text,
                    r.name || '.' || w.rulename
                FROM rel_all r JOIN pg_rewrite w ON w.ev_class = r.oid
            UNION ALL SELECT 'r', po.polrelid, 'pg_policy'::regclass, po.oid, po.xmin::text,
                    r.name || '.' || po.polname
                FROM rel_all r JOIN pg_policy po ON po.polrelid = r.oid
            UNION ALL SELECT 'r', d.adrelid, 'pg_attrdef'::regclass, d.oid, d.xmin::text,
                    r.name || '.' || d.adnum
                FROM rel_all r JOIN pg_attrdef d ON d.adrelid = r.oid
            UNION ALL SELECT 't', ty.oid, 'pg_type'::regclass, ty.oid,
                t.xmin || '.' || n.xmin || '.' || coalesce(g.xmin::text, ''), ty.name
                FROM ty_all ty JOIN pg_type t ON t.oid = ty.oid JOIN pg_namespace n ON n.oid = t.typnamespace
                LEFT JOIN pg_range g ON g.rngtypid = ty.oid
            UNION ALL SELECT 't', ty.oid, 'pg_class'::regclass, ty.typrelid, c.xmin::text, ty.name
                FROM ty_all ty JOIN pg_class c ON c.oid = ty.typrelid
            UNION ALL SELECT 't', k.contypid, 'pg_constraint'::regclass, k.oid, k.xmin::text,
                    ty.name || '.' || k.conname
                FROM ty_all ty JOIN pg_constraint k ON k.contypid = ty.oid
            UNION ALL SELECT 'f', fun.oid, 'pg_proc'::regclass, fun.oid, p.xmin || '.' || n.xmin, fun.name
                FROM fun_all fun JOIN pg_proc p ON p.oid = fun.oid JOIN pg_namespace n ON n.oid = p.pronamespace
        ),
        ref AS (
            SELECT m.tag, m.top, d.refclassid AS classid, d.refobjid AS objid, d.refobjsubid AS subid,
                'd' || d.objid || ':' || d.objsubid || ':' || d.refclassid::oid || ':' || d.refobjid
                    || ':' || d.refobjsubid || ':' || d.deptype::text || ':' || d.xmin AS s
                FROM member m JOIN pg_depend d ON d.classid = m.classid AND d.objid = m.objid
            UNION ALL SELECT m.tag, m.top, 'pg_type'::regclass, a.atttypid, 0, NULL
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
                FROM member m JOIN pg_description d ON d.objoid = m.objid AND d.objoid >= 16384
            UNION ALL SELECT f.tag, f.top, f.s FROM ref f WHERE f.s IS NOT NULL
        ),
        own AS (
            SELECT tag, top, md5(string_agg(s, ',' ORDER BY s COLLATE \"C\")) AS digest FROM version GROUP BY tag, top
        ),
        named AS MATERIALIZED (
            SELECT DISTINCT f.tag, f.top, coalesce(m.label || coalesce('.' || col.attname, ''), CASE f.classid
                WHEN 'pg_class'::regclass THEN (SELECT n.nspname || '.' || c.relname
                        || coalesce('.' || a.attname, '')
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = f.subid AND f.subid > 0
                    WHERE c.oid = f.objid)
                WHEN 'pg_type'::regclass THEN (SELECT n.nspname || '.' || t.typname
                    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.oid = f.objid)
                WHEN 'pg_proc'::regclass THEN (SELECT n.nspname || '.' || p.proname || '(' || p.proargtypes::text || ')'
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.oid = f.objid)
                WHEN 'pg_namespace'::regclass THEN (SELECT n.nspname::text FROM pg_namespace n WHERE n.oid = f.objid)
                WHEN 'pg_constraint'::regclass THEN (SELECT n.nspname || '.' || k.conname || '@' || k.conrelid
                        || ':' || k.contypid
                    FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace WHERE k.oid = f.objid)
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
            LEFT JOIN pg_attribute col ON f.subid > 0 AND f.classid = 'pg_class'::regclass
                AND col.attrelid = f.objid AND col.attnum = f.subid
            WHERE m.top IS NULL OR m.tag <> f.tag OR m.top <> f.top
        )
        , names AS (
            SELECT tag, top, string_agg(s, ',' ORDER BY s COLLATE \"C\") AS s FROM named GROUP BY tag, top
        )
        , vers AS MATERIALIZED (
        SELECT o.tag, o.oid::bigint AS oid, o.kind, o.name, md5(w.digest || ':' || coalesce(x.s, '')) AS digest
        FROM (SELECT 'r' AS tag, oid, kind, name FROM rel_all
              UNION ALL SELECT 't', oid, kind, name FROM ty_all
              UNION ALL SELECT 'f', oid, kind, name FROM fun_all) o
        JOIN own w ON w.tag = o.tag AND w.top = o.oid
        LEFT JOIN names x ON x.tag = o.tag AND x.top = o.oid
        )";

/// The kind of the rows that carry an object's version, and of the one
/// that carries the digest of the other facts.
const VERSION_ROW: &str = "~version";
const OTHER_ROW: &str = "~other";

/// One query: each object's version, and the facts of those whose version
/// is not among the last read's (`$1` to `$5`: tag, OID, kind, name,
/// digest), by the full read's query with its `rel`, `ty` and `fun`
/// narrowed to them; the other facts (schemas, statistics, extensions)
/// with their md5, sent only when it is not `$6`.
///
/// An object is changed when its row is `NOT IN` the last read's, which
/// the server hashes once; as a `NOT EXISTS` it compared every object with
/// every one of the last read (the planner expects ten rows of an
/// `unnest`), a quarter of a read with nothing changed on a schema of 400
/// objects. Neither side holds a null (the last read's rows were decoded
/// as text), where `NOT IN` would say "unchanged".
fn read_query() -> String {
    let renamed = |cte: String, name: &str| {
        let from = format!("{name} AS (");
        debug_assert!(cte.trim_start().starts_with(&from), "{name} CTE");
        cte.replacen(&from, &format!("{name}_all AS ("), 1)
    };
    let join = |bodies: Vec<String>| {
        let parts: Vec<String> = bodies.iter().map(|b| format!("({b})")).collect();
        parts.join("\nUNION ALL\n")
    };
    format!(
        "WITH {}, {}, {}, {VERSIONS},
        changed AS MATERIALIZED (
            SELECT v.tag, v.oid FROM vers v
            WHERE (v.tag, v.oid, v.kind, v.name, v.digest) NOT IN (
                SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[]))),
        rel AS (SELECT * FROM rel_all WHERE oid::bigint IN (SELECT oid FROM changed WHERE tag = 'r')),
        ty AS (SELECT * FROM ty_all WHERE oid::bigint IN (SELECT oid FROM changed WHERE tag = 't')),
        fun AS (SELECT * FROM fun_all WHERE oid::bigint IN (SELECT oid FROM changed WHERE tag = 'f')),
        other (kind, name, part, part_name, key, value) AS MATERIALIZED ({}),
        other_digest AS (
            SELECT md5(coalesce(string_agg(o::text, ',' ORDER BY o::text COLLATE \"C\"), '')) AS digest FROM other o)
        (SELECT '{VERSION_ROW}', tag, oid::text, kind, name, digest FROM vers)
        UNION ALL (SELECT '{OTHER_ROW}', digest, NULL, NULL, NULL, NULL FROM other_digest)
        UNION ALL (SELECT * FROM other WHERE (SELECT digest FROM other_digest) IS DISTINCT FROM $6)
        UNION ALL {}",
        renamed(relations(), "rel"),
        renamed(types(), "ty"),
        renamed(functions(), "fun"),
        join(other_bodies()),
        join(object_bodies()),
    )
}

/// The catalog on `conn` in one query, deparsing only the relations, types
/// and functions whose version changed since the read `versions` keeps
/// (all of them on the first read), and the other facts only when they
/// changed.
pub(crate) async fn read_changed(
    conn: &mut PgConnection,
    versions: &mut Versions,
) -> Result<Snapshot, sqlx::Error> {
    // Another text is another prepared statement, planned for the
    // catalogs as they are now.
    let query = format!("{}\n-- plan {}", read_query(), versions.plan());
    let last = versions.last.take();
    let mut known: [Vec<String>; 5] = Default::default();
    let mut oids = Vec::new();
    if let Some(last) = &last {
        for ((kind, name), version) in &last.objects {
            known[0].push(version.tag.clone());
            oids.push(version.oid);
            known[2].push(kind.clone());
            known[3].push(name.clone());
            known[4].push(version.digest.clone());
        }
    }
    let [tags, _, kinds, names, digests] = known;
    let rows: Vec<Row> = sqlx::query_as(&query)
        .bind(tags)
        .bind(oids)
        .bind(kinds)
        .bind(names)
        .bind(digests)
        .bind(last.as_ref().map(|last| last.others.clone()))
        .fetch_all(&mut *conn)
        .await?;
    let mut now = Read::default();
    let mut facts = Vec::with_capacity(rows.len());
    for row in rows {
        match row.0.as_str() {
            VERSION_ROW => {
                let (_, tag, oid, kind, name, digest) = row;
                let (Some(oid), Some(kind), Some(name), Some(digest)) = (oid, kind, name, digest)
                else {
                    continue;
                };
                let oid = oid.parse().unwrap_or_default();
                now.objects
                    .insert((kind, name), Version { tag, oid, digest });
            }
            OTHER_ROW => now.others = row.1,
            _ => facts.push(row),
        }
    }
    let mut snapshot = match last {
        None => Snapshot::new(),
        Some(Read {
            snapshot,
            objects: before,
            others,
        }) => {
            let mut snapshot = snapshot;
            // Gone: objects no longer there or changed, and the other
            // facts when they changed (they are all sent again).
            let others_changed = others != now.others;
            let stale: HashSet<(String, String)> = snapshot
                .objects()
                .map(|(kind, name, _)| (kind.to_owned(), name.to_owned()))
                .filter(|key| match now.objects.get(key) {
                    Some(version) => before.get(key) != Some(version),
                    None => others_changed || !is_other_kind(&key.0),
                })
                .collect();
            for (kind, name) in &stale {
                snapshot.remove(kind, name);
            }
            snapshot
        }
    };
    for row in facts {
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
    now.snapshot = snapshot.clone();
    versions.last = Some(now);
    Ok(snapshot)
}

#[cfg(test)]
mod tests {
    use sqlx::{Connection, Executor};

    use super::*;

    #[test]
    fn the_read_query_renames_each_cte_once() {
        let query = read_query();
        for name in ["rel", "ty", "fun"] {
            assert_eq!(query.matches(&format!("{name}_all AS (")).count(), 1);
            assert_eq!(query.matches(&format!(" {name} AS (")).count(), 1);
        }
    }

    /// A foreign key ties the two tables' versions only by name: a new
    /// column of the referencing table leaves the referenced one's version
    /// alone (it was re-read with it before), and renaming the referenced
    /// column changes the referencing one's (its key deparses the name).
    #[tokio::test]
    async fn a_referenced_table_is_read_again_only_when_a_name_it_gives_changes() {
        let server = crate::env::var("TEST_POSTGRES")
            .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432".to_owned());
        let server = server.trim_end_matches('/');
        let mut admin = match PgConnection::connect(&format!("{server}/postgres")).await {
            Ok(conn) => conn,
            Err(err) if !crate::env::is_on("REQUIRE_DB") => {
                migraph_test_support::skip(&format!("PostgreSQL is unreachable ({err})"));
                return;
            }
            Err(err) => panic!("MIGRAPH_REQUIRE_DB=1 but PostgreSQL is unreachable: {err}"),
        };
        let name = format!("migrate_test_versions_{}", std::process::id());
        admin
            .execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .unwrap();
        let walked = tokio::spawn(versions_by_name(format!("{server}/{name}"))).await;
        admin
            .execute(format!("DROP DATABASE {name} WITH (FORCE)").as_str())
            .await
            .unwrap();
        if let Err(err) = walked {
            std::panic::resume_unwind(err.into_panic());
        }
    }

    async fn versions_by_name(url: String) {
        let mut conn = PgConnection::connect(&url).await.unwrap();
        conn.execute(
            "CREATE TABLE parent (id int PRIMARY KEY);
             CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id));",
        )
        .await
        .unwrap();
        let mut versions = Versions::default();
        read_changed(&mut conn, &mut versions).await.unwrap();
        let version = |versions: &Versions, name: &str| {
            let key = ("table".to_owned(), name.to_owned());
            versions.last.as_ref().unwrap().objects[&key].clone()
        };
        let (parent, child) = (version(&versions, "parent"), version(&versions, "child"));
        conn.execute("ALTER TABLE child ADD COLUMN note text")
            .await
            .unwrap();
        let snapshot = read_changed(&mut conn, &mut versions).await.unwrap();
        assert_eq!(version(&versions, "parent"), parent);
        assert_ne!(version(&versions, "child"), child);
        let note = ("column".to_owned(), "note".to_owned());
        assert!(snapshot
            .get("table", "child")
            .unwrap()
            .parts
            .contains_key(&note));
        let child = version(&versions, "child");
        conn.execute("ALTER TABLE parent RENAME COLUMN id TO parent_key")
            .await
            .unwrap();
        let snapshot = read_changed(&mut conn, &mut versions).await.unwrap();
        assert_ne!(version(&versions, "child"), child);
        let key = ("constraint".to_owned(), "child_parent_id_fkey".to_owned());
        let definition = &snapshot.get("table", "child").unwrap().parts[&key]["definition"];
        assert!(definition.contains("parent(parent_key)"), "{definition}");
        conn.close().await.unwrap();
    }

    /// A read is planned again only when the objects have more than
    /// doubled since its plan was made (at least past eight).
    #[test]
    fn a_new_plan_comes_when_the_objects_more_than_double() {
        let read_of = |n: i64| Read {
            objects: (0..n)
                .map(|i| {
                    let version = Version {
                        tag: "r".to_owned(),
                        oid: i,
                        digest: String::new(),
                    };
                    (("table".to_owned(), format!("t{i}")), version)
                })
                .collect(),
            ..Read::default()
        };
        let mut versions = Versions::default();
        assert_eq!(versions.plan(), 0);
        for (objects, plan) in [(8, 0), (9, 1), (18, 1), (19, 2), (3, 2)] {
            versions.last = Some(read_of(objects));
            assert_eq!(versions.plan(), plan, "{objects} objects");
        }
    }
}
