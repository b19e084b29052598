//! The fleet API (`upgrade_each` and friends) on real databases: schemas
//! of one PostgreSQL database each under a lock of their own (one held
//! elsewhere times the member out with the runner's lock timeout, the
//! others go on), two members on one schema sharing one lock (the set is
//! applied once), `search_path` on the member's connection, and SQLite
//! files given by URL, a bad one failing alone.

mod common;

use std::time::Duration;

use futures_util::StreamExt;
use migraph::ledger::Table;
use migraph::runtime::fleet::{self, Fleet, Member, Outcome, Status};
use migraph::{Error, Migrations, Target};
use sqlx::postgres::PgConnectOptions;
use sqlx::{Connection, Executor, Postgres, Sqlite};

use common::revision;

/// Two revisions; the first records the schema it ran in.
fn set() -> Migrations {
    let dir = common::scratch("fleet_lib");
    revision(
        &dir,
        "a1",
        "-- down_revision: none",
        "CREATE TABLE seen (schema_name text);\nINSERT INTO seen SELECT current_schema();",
        "DROP TABLE seen;",
    );
    revision(
        &dir,
        "b2",
        "-- down_revision: a1",
        "ALTER TABLE seen ADD note text;",
        "ALTER TABLE seen DROP note;",
    );
    Migrations::load(&dir).unwrap()
}

async fn collect(stream: impl futures_util::Stream<Item = Outcome>) -> Vec<Outcome> {
    let mut outcomes: Vec<Outcome> = stream.collect().await;
    outcomes.sort_by(|a, b| a.target.cmp(&b.target));
    outcomes
}

#[tokio::test]
async fn schemas_each_under_their_own_lock() {
    let Some(db) = common::postgres_database().await else {
        return;
    };
    let mut admin = sqlx::PgConnection::connect(&db).await.unwrap();
    admin
        .execute(
            "CREATE SCHEMA t_held; CREATE SCHEMA t_free; CREATE SCHEMA t_same; CREATE SCHEMA other",
        )
        .await
        .unwrap();
    // Another runner holds t_held's lock: the key the migrator derives
    // for the bookkeeping table in that schema.
    let key = Table::new(Some("t_held"), "migrate_revisions")
        .unwrap()
        .lock_key();
    let _: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
        .bind(key)
        .fetch_one(&mut admin)
        .await
        .unwrap();

    let migrations = set();
    let migrator = migrations
        .migrator()
        .lock_timeout(Duration::from_secs(1))
        .lock_poll_interval(Duration::from_millis(50));
    let options: PgConnectOptions = db.parse().unwrap();
    let fleet = Fleet::default().jobs(3);
    let listed = fleet::schemas::<Postgres>(options.clone(), "t\\_%", fleet.connect_timeout);
    let outcomes = collect(
        migrator
            .upgrade_each(listed, Target::HEADS, &fleet)
            .unwrap(),
    )
    .await;
    let names: Vec<&str> = outcomes.iter().map(|o| o.target.as_str()).collect();
    assert_eq!(names, ["t_free", "t_held", "t_same"]);
    let held = &outcomes[1];
    assert_eq!(held.status, Status::Failed);
    assert!(
        matches!(held.error, Some(Error::LockTimeout { ref table, .. }) if table == "t_held.migrate_revisions"),
        "{held:?}"
    );
    for done in [&outcomes[0], &outcomes[2]] {
        assert_eq!(done.status, Status::Applied, "{done:?}");
        assert_eq!(done.steps.len(), 2);
        assert_eq!(done.current, ["b2"]);
    }
    // Each revision ran with its schema first on search_path.
    for schema in ["t_free", "t_same"] {
        let seen: String = sqlx::query_scalar(&format!("SELECT schema_name FROM {schema}.seen"))
            .fetch_one(&mut admin)
            .await
            .unwrap();
        assert_eq!(seen, schema);
    }

    // Two members on one schema share its lock: the set is applied once.
    admin
        .execute("DROP SCHEMA t_same CASCADE; CREATE SCHEMA t_same")
        .await
        .unwrap();
    let twice = futures_util::stream::iter([
        Member::<Postgres>::schema(&options, "t_same"),
        Member::<Postgres>::schema(&options, "t_same"),
    ]);
    let outcomes = collect(migrations.upgrade_each(twice, &Fleet::default().jobs(2))).await;
    let mut statuses: Vec<Status> = outcomes.iter().map(|o| o.status).collect();
    statuses.sort_by_key(|s| s.as_str());
    assert_eq!(
        statuses,
        [Status::Applied, Status::UpToDate],
        "{outcomes:?}"
    );
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM t_same.seen")
        .fetch_one(&mut admin)
        .await
        .unwrap();
    assert_eq!(rows, 1);

    // A schema the bookkeeping cannot live in fails that member only.
    let odd = futures_util::stream::iter([
        Member::<Postgres>::schema(&options, "other"),
        Member::<Postgres>::schema(&options, "no-such; schema"),
    ]);
    let outcomes = collect(migrator.check_each(odd, &Fleet::default())).await;
    assert_eq!(outcomes[0].status, Status::Failed);
    assert!(matches!(
        outcomes[0].error,
        Some(Error::InvalidIdentifier { .. })
    ));
    assert_eq!(
        (outcomes[1].status, outcomes[1].steps.len()),
        (Status::Behind, 2)
    );
    admin.close().await.unwrap();
}

#[tokio::test]
async fn sqlite_files_by_url() {
    let dir = common::scratch("fleet_sqlite_lib");
    let migrations = set_for_sqlite();
    let members: Vec<Member<Sqlite>> = (0..5)
        .map(|i| {
            let url = format!(
                "sqlite://{}?mode=rwc",
                dir.join(format!("t{i}.db")).display()
            );
            Member::url(format!("t{i}"), &url)
        })
        .chain([Member::url("bad", "postgres://nowhere/x")])
        .collect();
    let outcomes = collect(migrations.upgrade_each(
        futures_util::stream::iter(members),
        &Fleet::default().jobs(2).fail_fast(false),
    ))
    .await;
    assert_eq!(outcomes.len(), 6);
    assert_eq!(outcomes[0].target, "bad");
    assert_eq!(outcomes[0].status, Status::Failed);
    assert!(outcomes[0]
        .error
        .as_ref()
        .unwrap()
        .to_string()
        .contains("same kind of database"));
    assert!(outcomes[1..]
        .iter()
        .all(|o| o.status == Status::Applied && o.steps.len() == 2));
    let downgraded = migrations
        .migrator()
        .downgrade_each(
            futures_util::stream::iter((0..5).map(|i| {
                let url = format!("sqlite://{}", dir.join(format!("t{i}.db")).display());
                Member::<Sqlite>::url(format!("t{i}"), &url)
            })),
            "base",
            &Fleet::default(),
        )
        .unwrap();
    let outcomes = collect(downgraded).await;
    assert!(outcomes
        .iter()
        .all(|o| o.status == Status::Applied && o.current.is_empty()));
}

/// The same two revisions in SQL SQLite runs.
fn set_for_sqlite() -> Migrations {
    let dir = common::scratch("fleet_lib_sqlite_set");
    revision(
        &dir,
        "a1",
        "-- down_revision: none",
        "CREATE TABLE seen (schema_name TEXT);",
        "DROP TABLE seen;",
    );
    revision(
        &dir,
        "b2",
        "-- down_revision: a1",
        "ALTER TABLE seen ADD note TEXT;",
        "ALTER TABLE seen DROP note;",
    );
    Migrations::load(&dir).unwrap()
}
