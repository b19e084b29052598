//! Which rows of PostgreSQL's catalogs are the user's, and the names the
//! snapshot gives them: what the catalog read and autogenerate's
//! dependencies must agree on.

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
