//! Which rows of PostgreSQL's catalogs are the user's, and the names the
//! snapshot gives them: what the catalog read and autogenerate's
//! dependencies must agree on; and how any of them reads its comment.

/// The first OID of an object not made by `initdb` (`FirstNormalObjectId`):
/// anything in a user's schema has one at or above it, so a scan can skip
/// the system's thousands of rows by index first.
pub(super) const FIRST_USER_OID: u32 = 16384;

/// The user's schemas: not the system's, not `pg_toast` or temporary ones.
pub(super) const USER_SCHEMA: &str = "n.nspname NOT IN ('pg_catalog', 'information_schema') \
                           AND n.nspname NOT LIKE 'pg\\_%'";

/// The user's own objects of a catalog that names them in a schema
/// (collations, text search configurations and dictionaries): a subquery
/// of their `oid` and the name the snapshot gives them (`public` left
/// out), extensions' members left out. The read and autogenerate's
/// dependencies take the same set from here.
pub(super) fn named_in_schema(catalog: &str, name: &str, namespace: &str) -> String {
    format!(
        "(SELECT x.oid, CASE WHEN n.nspname = 'public' THEN x.{name}::text
                ELSE n.nspname || '.' || x.{name} END AS name
          FROM {catalog} x JOIN pg_namespace n ON n.oid = x.{namespace}
          WHERE x.oid >= {FIRST_USER_OID} AND {USER_SCHEMA}
            AND {})",
        not_an_extension_member(catalog, "x.oid")
    )
}

/// The condition that the row of `catalog` with this `oid` is not an
/// extension's member (made by `CREATE EXTENSION`, dropped with it).
pub(super) fn not_an_extension_member(catalog: &str, oid: &str) -> String {
    format!(
        "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '{catalog}'::regclass
                     AND e.objid = {oid} AND e.deptype = 'e')"
    )
}

/// The comment on an object (`subid`: a column's number, else `0`), as
/// `obj_description` and `col_description` give it. Those are SQL functions
/// whose bodies are planned again on every call site each time the read
/// runs, and make the read's own plan be made again on every read after
/// DDL in a transaction (every read of a walk); this subquery keeps the one plan.
pub(super) fn comment_of(oid: &str, catalog: &str, subid: &str) -> String {
    format!(
        "(SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = {oid} \
         AND dsc.classoid = '{catalog}'::regclass AND dsc.objsubid = {subid})"
    )
}
