//! The runner's table-lock timeout and its bounded retry, on the local
//! PostgreSQL and MariaDB: another session holds a lock the revision needs;
//! the revision times out, is retried, and applies once the lock is
//! released; held throughout, the run gives up after the retries with a
//! clear error and the revision is not applied.

mod common;

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use migraph::{Error, Event, Migrations};
use sqlx::{Connection, Executor};
use tokio::sync::Notify;

use common::{mysql_database, postgres_database, revision, scratch};

/// a1 creates the table; a2 alters it (ACCESS EXCLUSIVE on PostgreSQL, a
/// metadata lock on MariaDB).
fn set(name: &str) -> Migrations {
    let dir = scratch(name);
    revision(
        &dir,
        "a1",
        "-- down_revision: none",
        "CREATE TABLE trades (id INTEGER);",
        "DROP TABLE trades;",
    );
    revision(
        &dir,
        "a2",
        "-- down_revision: a1",
        "ALTER TABLE trades ADD COLUMN price INTEGER;",
        "ALTER TABLE trades DROP COLUMN price;",
    );
    Migrations::load(&dir).unwrap()
}

/// What a run saw: how many retries, and a signal at the first one.
struct Retries {
    count: Arc<AtomicU32>,
    first: Arc<Notify>,
}

fn watch_retries() -> (Retries, impl Fn(&Event<'_>) + Send + Sync + 'static) {
    let retries = Retries {
        count: Arc::new(AtomicU32::new(0)),
        first: Arc::new(Notify::new()),
    };
    let (count, first) = (retries.count.clone(), retries.first.clone());
    let sink = move |event: &Event<'_>| {
        if let Event::StepRetrying { .. } = event {
            if count.fetch_add(1, Ordering::SeqCst) == 0 {
                first.notify_one();
            }
        }
    };
    (retries, sink)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_retries_a_revision_that_timed_out_on_a_table_lock() {
    let Some(url) = postgres_database().await else {
        return;
    };
    let migrations = set("table-lock-pg");
    let pool = sqlx::PgPool::connect(&url).await.unwrap();
    migrations.migrator().upgrade(&pool, "a1").await.unwrap();

    // Another session reads the table in an open transaction: ACCESS SHARE,
    // which ADD COLUMN's ACCESS EXCLUSIVE waits for.
    let mut holder = sqlx::PgConnection::connect(&url).await.unwrap();
    holder.execute("BEGIN").await.unwrap();
    holder.execute("SELECT * FROM trades").await.unwrap();

    let (retries, sink) = watch_retries();
    let migrator = migrations
        .migrator()
        .table_lock_timeout(Some(Duration::from_millis(200)))
        .table_lock_retries(5)
        .table_lock_backoff(Duration::from_millis(100))
        .on_event(sink);
    let first = retries.first.clone();
    let release = tokio::spawn(async move {
        first.notified().await;
        holder.execute("COMMIT").await.unwrap();
        holder
    });
    let report = migrator.upgrade(&pool, "head").await.unwrap();
    assert_eq!(report.current, ["a2"]);
    assert!(retries.count.load(Ordering::SeqCst) >= 1);
    let mut holder = release.await.unwrap();

    // Held throughout: three attempts (the first and two retries), then a
    // clear error, and a2 is not applied.
    migrations.migrator().downgrade(&pool, "a1").await.unwrap();
    holder.execute("BEGIN").await.unwrap();
    holder.execute("SELECT * FROM trades").await.unwrap();
    let (retries, sink) = watch_retries();
    let err = migrations
        .migrator()
        .table_lock_timeout(Some(Duration::from_millis(100)))
        .table_lock_retries(2)
        .table_lock_backoff(Duration::from_millis(50))
        .on_event(sink)
        .upgrade(&pool, "head")
        .await
        .unwrap_err();
    let message = err.to_string();
    match &err {
        Error::TableLockTimeout {
            failure, attempts, ..
        } => {
            assert_eq!(*attempts, 3);
            assert_eq!(failure.revision, "a2");
            assert!(failure.lock_timeout);
        }
        other => panic!("expected a table lock timeout, got {other:?}"),
    }
    assert!(
        message.contains("canceling statement due to lock timeout"),
        "{message}"
    );
    assert!(
        message.contains("gave up after 3 attempts waiting at most 100ms each for a table lock"),
        "{message}"
    );
    assert_eq!(retries.count.load(Ordering::SeqCst), 2);
    holder.execute("COMMIT").await.unwrap();
    assert_eq!(migrations.migrator().current(&pool).await.unwrap(), ["a1"]);

    // The timeout is the transaction's own (SET LOCAL): the session keeps 0.
    let mut conn = pool.acquire().await.unwrap();
    migrations
        .migrator()
        .table_lock_timeout(Some(Duration::from_secs(3)))
        .upgrade(&mut *conn, "head")
        .await
        .unwrap();
    let setting: String = sqlx::query_scalar("SHOW lock_timeout")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    assert_eq!(setting, "0");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mysql_retries_a_revision_that_timed_out_on_a_metadata_lock() {
    let Some(url) = mysql_database().await else {
        return;
    };
    let migrations = set("table-lock-mysql");
    let pool = sqlx::MySqlPool::connect(&url).await.unwrap();
    migrations.migrator().upgrade(&pool, "a1").await.unwrap();

    // An open transaction that read the table holds its metadata lock.
    let mut holder = sqlx::MySqlConnection::connect(&url).await.unwrap();
    holder.execute("BEGIN").await.unwrap();
    holder.execute("SELECT * FROM trades").await.unwrap();

    let (retries, sink) = watch_retries();
    let first = retries.first.clone();
    let release = tokio::spawn(async move {
        first.notified().await;
        holder.execute("COMMIT").await.unwrap();
        holder
    });
    let report = migrations
        .migrator()
        .table_lock_timeout(Some(Duration::from_secs(1)))
        .table_lock_retries(5)
        .table_lock_backoff(Duration::from_millis(100))
        .on_event(sink)
        .upgrade(&pool, "head")
        .await
        .unwrap();
    assert_eq!(report.current, ["a2"]);
    assert!(retries.count.load(Ordering::SeqCst) >= 1);
    drop(release.await.unwrap());
    let records = migrations.migrator().records(&pool).await.unwrap();
    assert!(
        records
            .iter()
            .all(|r| r.status == migraph::ledger::Status::Applied),
        "{records:?}"
    );
}
