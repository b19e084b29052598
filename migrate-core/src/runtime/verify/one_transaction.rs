//! `verify` in the URL's own PostgreSQL database when it is empty: the
//! whole stairway in one transaction rolled back at the end, each step
//! under a savepoint of its own ([`Steps::Savepoints`]), instead of a
//! scratch database made and dropped (`CREATE DATABASE`, and a `DROP
//! DATABASE` that waits for a checkpoint, cost more than the walk of many a
//! history). Nothing commits, so nothing stays: not the revisions, not the
//! bookkeeping table, not a role a revision makes; a killed run neither
//! (the server rolls back the transaction of a client gone).
//!
//! Empty ([`EMPTY`]): nothing a user made in the database's catalogs (no
//! row from the first OID the server gives a user's object, 16384, in
//! `pg_namespace`, `pg_class`, `pg_type`, `pg_proc` and the other catalogs
//! of named objects; other sessions' temporary schemas aside), no extension
//! but `plpgsql`, no event trigger, default privileges, publication, large
//! object or setting of the database's own, and a `public` schema: what a
//! database made from an untouched `template1` has, as the scratch
//! database would.
//!
//! The walk goes to a scratch database instead, and says why
//! ([`Workplace::ScratchInstead`], and a `verify_scratch` event): before
//! anything runs, when the set needs a commit per revision
//! ([`super::needs_commits`]); when, in the transaction, the database is no
//! longer empty or another run holds the migration lock; when the SQL to
//! run first fails there; when the server's lock table is full (53200 `out
//! of shared memory`: one transaction keeps a lock on every relation it
//! made until it ends, where commits would have let go of them); and when,
//! after the rollback, the database holds objects another session made
//! meanwhile (its reads may have seen them).
//!
//! A revision that is not transactional runs in the transaction as one
//! that is, its indexes built without `CONCURRENTLY`
//! ([`rewritten::for_one_transaction`]); after each step, what its commit
//! would do is done ([`Steps::Savepoints`]: the checks deferred to the
//! commit run, the temporary tables made `ON COMMIT DROP` dropped). What
//! only a commit allows fails with a code of its own ([`TRIPS`]): a
//! statement that cannot run in a transaction block, an enum value used
//! before the commit of the revision that added it, a table altered while
//! checks deferred to a commit wait on its rows, the lock table full. Each
//! sends the walk to a scratch database, where the revisions run as
//! written.

use std::sync::Mutex;

use sqlx::postgres::{PgConnectOptions, PgConnection};
use sqlx::{ConnectOptions, Connection, Postgres};

use super::postgres_changes::GENERIC_PLANS;
use super::stairway::{walk, Steps, Stop};
use super::{needs_commits, rewritten, Verification, Workplace};
use crate::error::{Error, Result};
use crate::runtime::backend::{db, Backend};
use crate::runtime::options::Options;
use crate::{DatabaseUrl, Migrations};

/// What one transaction trips over where a commit per revision would not,
/// by SQLSTATE, and why the walk goes elsewhere then, in words.
const TRIPS: [(&str, &str); 4] = [
    (
        "53200",
        "the server's lock table filled up in one transaction (53200: out of shared memory)",
    ),
    (
        "25001",
        "a statement cannot run inside a transaction block (25001)",
    ),
    (
        "55006",
        "a table is altered or dropped while checks deferred to a commit wait on its rows (55006)",
    ),
    (
        "55P04",
        "an enum value is used before a commit of the revision that added it (55P04)",
    ),
];

/// Whether the connection's database is empty, and its name.
const EMPTY: &str = "SELECT current_database()::text, NOT EXISTS (
    SELECT FROM pg_namespace WHERE oid >= 16384 AND nspname !~ '^pg_(toast_)?temp_'
    UNION ALL SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.oid >= 16384 AND n.nspname !~ '^pg_(toast_)?temp_'
    UNION ALL SELECT FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE t.oid >= 16384 AND n.nspname !~ '^pg_(toast_)?temp_'
    UNION ALL SELECT FROM pg_proc WHERE oid >= 16384
    UNION ALL SELECT FROM pg_operator WHERE oid >= 16384
    UNION ALL SELECT FROM pg_collation WHERE oid >= 16384
    UNION ALL SELECT FROM pg_conversion WHERE oid >= 16384
    UNION ALL SELECT FROM pg_cast WHERE oid >= 16384
    UNION ALL SELECT FROM pg_opfamily WHERE oid >= 16384
    UNION ALL SELECT FROM pg_am WHERE oid >= 16384
    UNION ALL SELECT FROM pg_language WHERE oid >= 16384
    UNION ALL SELECT FROM pg_ts_config WHERE oid >= 16384
    UNION ALL SELECT FROM pg_ts_dict WHERE oid >= 16384
    UNION ALL SELECT FROM pg_ts_parser WHERE oid >= 16384
    UNION ALL SELECT FROM pg_ts_template WHERE oid >= 16384
    UNION ALL SELECT FROM pg_foreign_data_wrapper
    UNION ALL SELECT FROM pg_foreign_server
    UNION ALL SELECT FROM pg_event_trigger
    UNION ALL SELECT FROM pg_publication
    UNION ALL SELECT FROM pg_default_acl
    UNION ALL SELECT FROM pg_largeobject_metadata
    UNION ALL SELECT FROM pg_extension WHERE extname <> 'plpgsql'
    UNION ALL SELECT FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase
        WHERE d.datname = current_database()
) AND EXISTS (SELECT FROM pg_namespace WHERE nspname = 'public')
  AND EXISTS (SELECT FROM pg_extension WHERE extname = 'plpgsql')";

/// The URL's own database, seen empty.
#[derive(Debug)]
pub(super) struct EmptyDatabase {
    /// How to reach it (the server a scratch database is made on, too).
    pub(super) options: PgConnectOptions,
    /// Its name.
    pub(super) name: String,
    /// The connection it was seen empty on, for the walk.
    conn: Mutex<Option<PgConnection>>,
}

/// What the walk in one transaction came to.
pub(super) enum Walked {
    /// What it found.
    Verified(Verification),
    /// One transaction could not stand in for the commits: why.
    Instead(String),
}

/// The database `url` names, when it exists and is empty; `None` on any
/// failure (the scratch path then reports what fails).
pub(super) async fn empty_database(url: &DatabaseUrl) -> Option<EmptyDatabase> {
    let options: PgConnectOptions = url.driver_url().parse().ok()?;
    let mut conn = options.connect().await.ok()?;
    match sqlx::query_as::<_, (String, bool)>(EMPTY)
        .fetch_one(&mut conn)
        .await
    {
        Ok((name, true)) => Some(EmptyDatabase {
            options,
            name,
            conn: Mutex::new(Some(conn)),
        }),
        _ => {
            let _ = conn.close().await;
            None
        }
    }
}

/// Says that the walk goes to the scratch database `database` instead, and
/// why.
pub(super) fn instead(database: &str, reason: &str) {
    tracing::info!(
        target: crate::runtime::observe::TARGET,
        event = "verify_scratch",
        database,
        reason,
        "verify works in a scratch database"
    );
}

/// The stairway of `migrations` in `empty`, in one transaction rolled
/// back, after `prepared` (the SQL a history expects to have run first).
pub(super) async fn walk_rolled_back(
    empty: &EmptyDatabase,
    migrations: &Migrations,
    options: &Options,
    prepared: &[String],
) -> Result<Walked> {
    if let Some(why) = needs_commits::why_commits(migrations, prepared) {
        return Ok(Walked::Instead(why));
    }
    let rewritten = rewritten::for_one_transaction(migrations);
    let written = migrations;
    let migrations = rewritten.as_ref().unwrap_or(migrations);
    let kept = empty
        .conn
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .take();
    let mut conn = match kept {
        Some(conn) => conn,
        None => empty
            .options
            .connect()
            .await
            .map_err(db("connect to the database"))?,
    };
    let mut walked = in_transaction(&mut conn, empty, migrations, options, prepared).await;
    let _ = conn.close().await;
    if let (Ok(Walked::Verified(verification)), Some(_)) = (&mut walked, &rewritten) {
        as_written(verification, written);
    }
    walked
}

/// Each failed statement of `verification` as its revision in `written`
/// says it, where the walk ran it rewritten (`CONCURRENTLY` left out).
fn as_written(verification: &mut Verification, written: &Migrations) {
    let failed = verification
        .failed
        .as_mut()
        .and_then(|failed| match &mut failed.error {
            Error::Statement(failure) | Error::TableLockTimeout { failure, .. } => Some(failure),
            _ => None,
        });
    let downs = verification
        .not_restored
        .iter_mut()
        .filter_map(|n| n.error.as_mut());
    for failure in failed.map(|f| &mut **f).into_iter().chain(downs) {
        let Some(revision) = written.get(&failure.revision) else {
            continue;
        };
        let sql = revision.section(failure.direction).0;
        if let Some(statement) = rewritten::as_written(sql, &failure.statement) {
            failure.statement = statement.to_owned();
        }
    }
}

/// [`walk_rolled_back`] on `conn`: the transaction opened, walked in and
/// rolled back, and the database seen empty again.
async fn in_transaction(
    conn: &mut PgConnection,
    empty: &EmptyDatabase,
    migrations: &Migrations,
    options: &Options,
    prepared: &[String],
) -> Result<Walked> {
    let (setting, value) = GENERIC_PLANS;
    let begin = format!("BEGIN; SET LOCAL {setting} = {value}");
    execute(conn, &begin, "begin verify's transaction").await?;
    let walked = inside(conn, empty, migrations, options, prepared).await;
    let rolled_back = execute(conn, "ROLLBACK", "roll back verify's transaction").await;
    let walked = match walked {
        Err(error) => match tripped_over(code(&error).as_deref()) {
            Some(why) => Walked::Instead(why.to_owned()),
            None => return Err(error),
        },
        Ok(walked) => walked,
    };
    rolled_back?;
    if let Walked::Verified(_) = walked {
        if !is_empty(conn).await? {
            let why = format!("another session made objects in {} meanwhile", empty.name);
            return Ok(Walked::Instead(why));
        }
    }
    Ok(walked)
}

/// The work inside the transaction: the database seen empty again under
/// the migration lock, the SQL to run first, the stairway.
async fn inside(
    conn: &mut PgConnection,
    empty: &EmptyDatabase,
    migrations: &Migrations,
    options: &Options,
    prepared: &[String],
) -> Result<Walked> {
    let name = &empty.name;
    // Held to the end of the transaction: another run on this database
    // (a verify doing the same, an upgrade) waits for it, or does not start
    // here.
    let locked: bool = sqlx::query_scalar("SELECT pg_try_advisory_xact_lock($1)")
        .bind(options.table.lock_key())
        .fetch_one(&mut *conn)
        .await
        .map_err(db("take the migration lock"))?;
    if !locked {
        let why = format!("another run holds the migration lock of {name}");
        return Ok(Walked::Instead(why));
    }
    if !is_empty(conn).await? {
        return Ok(Walked::Instead(format!("{name} is no longer empty")));
    }
    for sql in prepared {
        if let Err(error) = execute(conn, sql, "prepare the database").await {
            let why = format!("the SQL to run first failed in a transaction: {error}");
            return Ok(Walked::Instead(why));
        }
    }
    if !prepared.is_empty() {
        // A scratch database's walk has a session of its own after it.
        let fresh = "RESET ALL; DISCARD TEMP";
        execute(conn, fresh, "reset the session").await?;
    }
    let mut verification = Verification::default();
    let (checks_deferred, drops_temporary) = needs_commits::commit_work(migrations);
    let savepoints = Steps::Savepoints {
        checks_deferred,
        drops_temporary,
    };
    let steps = (&mut *conn, savepoints);
    let stop = walk::<Postgres>(migrations, options, steps, 0, &mut verification).await?;
    if let Stop::Rebuild { .. } = stop {
        // Not reached: a rebuild follows only steps that commit.
        let why = "a finding left what the next step would trip over".to_owned();
        return Ok(Walked::Instead(why));
    }
    if let Some(why) = tripped(&verification) {
        return Ok(Walked::Instead(why));
    }
    verification.workplace = Workplace::RolledBack {
        database: name.clone(),
    };
    Ok(Walked::Verified(verification))
}

/// Why the walk goes elsewhere, where the code of a failure is one of
/// [`TRIPS`].
fn tripped_over(code: Option<&str>) -> Option<&'static str> {
    let code = code?;
    TRIPS
        .iter()
        .find(|(trip, _)| *trip == code)
        .map(|(_, why)| *why)
}

/// Why the walk goes elsewhere, where a step failed over what only a
/// commit per revision allows ([`TRIPS`]): the revision, and what.
fn tripped(verification: &Verification) -> Option<String> {
    let up = verification
        .failed
        .as_ref()
        .and_then(|failed| Some((&failed.revision, code(&failed.error)?)));
    let downs = verification
        .not_restored
        .iter()
        .filter_map(|n| Some((&n.revision, n.error.as_ref()?.code.clone()?)));
    up.into_iter().chain(downs).find_map(|(revision, code)| {
        tripped_over(Some(&code)).map(|why| format!("revision {revision}: {why}"))
    })
}

/// The database's code for `error`, where it gave one.
fn code(error: &Error) -> Option<String> {
    match error {
        Error::Statement(failure) | Error::TableLockTimeout { failure, .. } => failure.code.clone(),
        Error::Database { source, .. } => Some(source.as_database_error()?.code()?.into_owned()),
        _ => None,
    }
}

/// Whether the connection's database is still empty ([`EMPTY`]).
async fn is_empty(conn: &mut PgConnection) -> Result<bool> {
    let (_, empty): (String, bool) = sqlx::query_as(EMPTY)
        .fetch_one(&mut *conn)
        .await
        .map_err(db("read the database's catalog"))?;
    Ok(empty)
}

async fn execute(conn: &mut PgConnection, sql: &str, doing: &'static str) -> Result<()> {
    <Postgres as Backend>::execute(conn, sql)
        .await
        .map_err(db(doing))
}

#[cfg(test)]
mod tests {
    use super::{tripped, Verification};
    use crate::direction::Direction;
    use crate::error::{Diagnostics, Error, StatementFailure};
    use crate::runtime::verify::{NotRestored, StepFailed};

    fn failure(code: &str) -> StatementFailure {
        StatementFailure {
            revision: "r1".into(),
            file: "r1.sql".into(),
            line: 1,
            direction: Direction::Down,
            statement: "CREATE TABLE t (x int)".into(),
            message: "out of shared memory".into(),
            diagnostics: Diagnostics::default(),
            recorded_failed: false,
            lock_timeout: false,
            code: Some(code.into()),
            mysql_implicit_commit: false,
            applied: Vec::new(),
        }
    }

    #[test]
    fn what_only_a_commit_allows_in_any_step_sends_the_walk_elsewhere() {
        for code in ["53200", "25001", "55006", "55P04"] {
            let mut down = Verification::default();
            down.not_restored.push(NotRestored {
                revision: "r1".into(),
                differences: Vec::new(),
                error: Some(failure(code)),
            });
            assert!(tripped(&down)
                .is_some_and(|why| why.starts_with("revision r1: ") && why.contains(code)));
            let up = Verification {
                failed: Some(StepFailed {
                    revision: "r1".into(),
                    direction: Direction::Up,
                    error: Error::Statement(Box::new(failure(code))),
                }),
                ..Verification::default()
            };
            assert!(tripped(&up)
                .is_some_and(|why| why.starts_with("revision r1: ") && why.contains(code)));
        }
        let up = Verification {
            failed: Some(StepFailed {
                revision: "r1".into(),
                direction: Direction::Up,
                error: Error::Statement(Box::new(failure("42P07"))),
            }),
            ..Verification::default()
        };
        assert_eq!(tripped(&up), None);
    }
}
