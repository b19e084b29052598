//! PostgreSQL's part of the proof (`Proving`): a generated section applied
//! as the runner would, and the catalog read both sides of a comparison
//! share.

use sqlx::postgres::PgConnection;

use super::proof::{prove_on, Proving};
use super::Proof;
use crate::autogen::{Generated, Plan};
use crate::error::Result;
use crate::schema::Snapshot;

/// Applies `plan`'s ups in order to the database on `conn` (whose schema is
/// `head`), compares its catalog with `desired`, then applies the downs in
/// reverse and compares with `head`. A failing statement ends that
/// direction and is its one difference (`up of the main revision failed:
/// ...`); the downs of the revisions applied are tried after a failed up.
/// `ignore` names tables to leave out of both comparisons (bookkeeping),
/// and so are the objects of kinds no revision writes (their changes are
/// the plan's review lines).
///
/// # Errors
///
/// [`Error::Database`](crate::Error::Database) when the catalog cannot be
/// read; what the generated SQL does wrong is in the [`Proof`].
pub async fn prove(
    conn: &mut PgConnection,
    plan: &Plan,
    head: &Snapshot,
    desired: &Snapshot,
    ignore: &[String],
) -> Result<Proof> {
    let (head, desired) = (written_only(head), written_only(desired));
    prove_on(conn, plan, &head, &desired, ignore).await
}

/// `snapshot` without the objects no revision writes (operators, casts,
/// foreign tables, ...): the plan left each of their changes to a review
/// line, which the proof would only repeat.
fn written_only(snapshot: &Snapshot) -> Snapshot {
    let mut written = snapshot.clone();
    let unwritten: Vec<(String, String)> = snapshot
        .objects()
        .filter(|(kind, _, _)| !crate::autogen::writes(kind))
        .map(|(kind, name, _)| (kind.to_owned(), name.to_owned()))
        .collect();
    for (kind, name) in unwritten {
        written.remove(&kind, &name);
    }
    written
}

impl Proving for PgConnection {
    async fn apply(&mut self, revision: &Generated, sql: &str) -> std::result::Result<(), String> {
        apply(self, revision, sql).await
    }

    async fn read_without(&mut self, ignore: &[String]) -> Result<Snapshot> {
        Ok(written_only(&read_schema_without(self, ignore).await?))
    }
}

/// Runs one section as the runner would: in one transaction, or statement
/// by statement.
async fn apply(
    conn: &mut PgConnection,
    revision: &Generated,
    sql: &str,
) -> std::result::Result<(), String> {
    if sql.trim().is_empty() {
        return Ok(());
    }
    if revision.transactional {
        let wrapped = format!("BEGIN;\n{sql}\nCOMMIT;");
        if let Err(err) = sqlx::raw_sql(&wrapped).execute(&mut *conn).await {
            let _ = sqlx::raw_sql("ROLLBACK").execute(&mut *conn).await;
            return Err(err.to_string());
        }
        return Ok(());
    }
    for piece in crate::split::split(sql, crate::Dialect::Postgres) {
        if piece.is_blank {
            continue;
        }
        sqlx::raw_sql(piece.statement())
            .execute(&mut *conn)
            .await
            .map_err(|err| format!("{err} (line {}: {})", piece.line, piece.statement()))?;
    }
    Ok(())
}

/// The schema of the database on `conn` as autogenerate and `verify` read
/// it (every object, bookkeeping tables included), with the catalog's
/// dependencies and definitions as the server keeps them.
///
/// The server writes a name in a definition (a default, a view, a column's
/// type) without its schema when `search_path` finds it, so the catalog is
/// read with the session's starting `search_path`, whatever a revision of
/// the history `SET` on this connection (pg_dump's `set_config` line, a
/// project's own schema first): both sides of a comparison read alike.
/// The session's `search_path` is put back after.
///
/// # Errors
///
/// [`Error::Database`](crate::Error::Database).
pub async fn read_schema(conn: &mut PgConnection) -> Result<Snapshot> {
    let db = crate::runtime::backend::db;
    let in_force: String = sqlx::query_scalar("SELECT current_setting('search_path')")
        .fetch_one(&mut *conn)
        .await
        .map_err(db("read the search_path"))?;
    sqlx::query(
        "SELECT set_config('search_path', reset_val, false) FROM pg_settings \
         WHERE name = 'search_path'",
    )
    .execute(&mut *conn)
    .await
    .map_err(db("set the starting search_path"))?;
    let read = crate::runtime::verify::postgres::read(conn, true)
        .await
        .map_err(db("read the catalog"));
    sqlx::query("SELECT set_config('search_path', $1, false)")
        .bind(in_force)
        .execute(&mut *conn)
        .await
        .map_err(db("put back the search_path"))?;
    read
}

/// [`read_schema`] without the tables named in `ignore` (and the
/// sequences they own).
pub(super) async fn read_schema_without(
    conn: &mut PgConnection,
    ignore: &[String],
) -> Result<Snapshot> {
    let mut snapshot = read_schema(conn).await?;
    for name in ignore {
        snapshot.remove("table", name);
        let owned = format!("{name}.");
        snapshot.remove_where("sequence", "owned by", |by| by.starts_with(&owned));
    }
    Ok(snapshot)
}
