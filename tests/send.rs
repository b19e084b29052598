//! The futures of the runtime API are `Send`, so an application can run
//! migrations inside `tokio::spawn`.

use migraph::{migrations, Migrations, Target};

static MIGRATIONS: Migrations = migrations!("migrations");

fn assert_send<T: Send>(_: &T) {}

#[tokio::test]
async fn runtime_futures_are_send() {
    let pg = migraph::sqlx::PgPool::connect_lazy("postgres://localhost/none").unwrap();
    let upgrade = MIGRATIONS.upgrade(&pg, Target::HEAD);
    assert_send(&upgrade);
    let migrator = MIGRATIONS.migrator();
    assert_send(&migrator.downgrade(&pg, "base"));
    assert_send(&migrator.stamp(&pg, "head", false));
    assert_send(&migrator.check(&pg));
    assert_send(&migrator.current(&pg));
}

#[tokio::test]
async fn upgrade_inside_spawn() {
    let dir = std::env::temp_dir().join(format!("migrate-send-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.join("db.sqlite").display());
    let pool = migraph::sqlx::SqlitePool::connect(&url).await.unwrap();
    let report = tokio::spawn(async move { MIGRATIONS.upgrade(&pool, Target::HEADS).await })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(report.steps.len(), MIGRATIONS.len());
}
