//! The built binary, run from an empty directory (no migration files
//! anywhere near it), against SQLite and PostgreSQL: its start-up applies
//! the embedded set, whose last revision is a Rust backfill, run here on
//! rows written before it.

use std::path::PathBuf;
use std::process::{Command, Output};

fn empty_dir(name: &str) -> PathBuf {
    let dir =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn app(dir: &PathBuf, url: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_example-app"))
        .args(args)
        .current_dir(dir)
        .env("DATABASE_URL", url)
        .output()
        .expect("the binary runs")
}

fn json(output: &Output) -> serde_json::Value {
    let stdout = String::from_utf8_lossy(&output.stdout);
    serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
}

/// Rows of klines written before the backfill: three batches of 500.
const KLINES: i64 = 1_203;

/// Runs `f` on a connection to `url`, on a runtime of its own.
fn with_db<T>(url: &str, f: impl AsyncFnOnce(&str) -> T) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f(url))
}

/// Writes [`KLINES`] one-minute candles of one symbol, the first opening
/// at 2023-11-14 22:13:20 UTC.
async fn seed_klines(url: &str) {
    let series = if url.starts_with("postgres") {
        "SELECT i FROM generate_series(0, 1202) AS i"
    } else {
        "WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < 1202) SELECT i FROM s"
    };
    let sql = format!(
        "INSERT INTO klines (symbol, open_time, close_time, open_price, high_price, low_price, \
         close_price, volume) SELECT 'BTCUSDT', 1700000000000 + i * 60000, \
         1700000059999 + i * 60000, 1, 2, 1, 2, 10 FROM ({series}) AS t"
    );
    run_sql(url, &sql).await;
}

async fn run_sql(url: &str, sql: &str) {
    use migraph::sqlx::Executor;
    if url.starts_with("postgres") {
        let pool = migraph::sqlx::PgPool::connect(url).await.unwrap();
        pool.execute(sql).await.unwrap();
        pool.close().await;
    } else {
        let pool = migraph::sqlx::SqlitePool::connect(url).await.unwrap();
        pool.execute(sql).await.unwrap();
        pool.close().await;
    }
}

/// How many klines have `open_time_dt`, and the first one's as text.
async fn backfilled(url: &str) -> (i64, Option<String>) {
    let count = "SELECT COUNT(open_time_dt) FROM klines";
    if url.starts_with("postgres") {
        let pool = migraph::sqlx::PgPool::connect(url).await.unwrap();
        let n: i64 = migraph::sqlx::query_scalar(count)
            .fetch_one(&pool)
            .await
            .unwrap();
        let first: Option<String> = migraph::sqlx::query_scalar(
            "SELECT to_char(open_time_dt, 'YYYY-MM-DD HH24:MI:SS') FROM klines ORDER BY open_time LIMIT 1",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
        pool.close().await;
        (n, first)
    } else {
        let pool = migraph::sqlx::SqlitePool::connect(url).await.unwrap();
        let n: i64 = migraph::sqlx::query_scalar(count)
            .fetch_one(&pool)
            .await
            .unwrap();
        let first: Option<String> = migraph::sqlx::query_scalar(
            "SELECT open_time_dt FROM klines ORDER BY open_time LIMIT 1",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
        pool.close().await;
        (n, first)
    }
}

fn exercise(url: &str, dir: &PathBuf) {
    assert_eq!(std::fs::read_dir(dir).unwrap().count(), 0, "not empty");
    // Up to the column, through the embedded CLI; then data arrives.
    let column = app(dir, url, &["migrate", "upgrade", "20251023_0010"]);
    assert!(
        column.status.success(),
        "{}",
        String::from_utf8_lossy(&column.stderr)
    );
    with_db(url, async |url| seed_klines(url).await);

    // The start-up runs the Rust backfill.
    let start = app(dir, url, &[]);
    let stdout = String::from_utf8_lossy(&start.stdout);
    assert!(
        start.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&start.stderr)
    );
    assert!(
        stdout.contains("database at 20251023_0011; ready"),
        "{stdout}"
    );
    assert_eq!(stdout.matches("applied ").count(), 1, "{stdout}");
    let (filled, first) = with_db(url, async |url| backfilled(url).await);
    assert_eq!(filled, KLINES);
    assert_eq!(first.as_deref(), Some("2023-11-14 22:13:20"));

    // A second start has nothing to do.
    let again = app(dir, url, &[]);
    assert!(!String::from_utf8_lossy(&again.stdout).contains("applied "));

    let current = app(dir, url, &["migrate", "current", "--json"]);
    assert_eq!(
        json(&current)["current"],
        serde_json::json!(["20251023_0011"])
    );

    let heads = app(dir, url, &["migrate", "heads", "--json"]);
    assert_eq!(json(&heads)["heads"], serde_json::json!(["20251023_0011"]));

    let down = app(dir, url, &["migrate", "downgrade", "-2", "--json"]);
    assert!(
        down.status.success(),
        "{}",
        String::from_utf8_lossy(&down.stderr)
    );
    let steps = &json(&down)["steps"];
    assert_eq!(
        steps[0],
        serde_json::json!({"revision": "20251023_0011", "direction": "down"})
    );
    assert_eq!(
        steps[1],
        serde_json::json!({"revision": "20251023_0010", "direction": "down"})
    );

    // The embedded CLI runs the stairway check, Rust backfill included.
    let verify = app(dir, url, &["migrate", "verify", "--database-url", url]);
    assert!(
        String::from_utf8_lossy(&verify.stdout).contains("(11 revisions checked)"),
        "{}{}",
        String::from_utf8_lossy(&verify.stdout),
        String::from_utf8_lossy(&verify.stderr)
    );

    let check = app(dir, url, &["migrate", "check"]);
    assert_eq!(check.status.code(), Some(3), "pending revisions exit 3");

    let new = app(dir, url, &["migrate", "new", "-m", "x"]);
    assert_eq!(new.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&new.stderr).contains("write files"));
}

/// The embedded CLI's help and usage errors name the application and its
/// `migrate` command, as the operator types them.
#[test]
fn help_names_the_application() {
    let dir = empty_dir("help");
    let help = app(&dir, "sqlite::memory:", &["migrate", "--help"]);
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(text.contains("Usage: example-app migrate "), "{text}");
    let usage = app(&dir, "sqlite::memory:", &["migrate", "stamp"]);
    let text = String::from_utf8_lossy(&usage.stderr);
    assert_eq!(usage.status.code(), Some(2));
    assert!(text.contains("Usage: example-app migrate stamp"), "{text}");
}

#[test]
fn sqlite_from_an_empty_directory() {
    let dir = empty_dir("sqlite");
    let db = empty_dir("sqlite-db").join("app.db");
    exercise(&format!("sqlite://{}?mode=rwc", db.display()), &dir);
}

#[test]
fn postgres_from_an_empty_directory() {
    let server = migraph::env::var("TEST_POSTGRES")
        .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432".to_owned());
    let name = format!(
        "migrate_app_{}_{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos()
    );
    let created = Command::new("psql")
        .args([
            &format!("{server}/postgres"),
            "-qc",
            &format!("CREATE DATABASE {name}"),
        ])
        .output();
    match created {
        Ok(out) if out.status.success() => {}
        other => {
            let why = format!("{other:?}");
            if migraph::env::is_on("REQUIRE_DB") {
                panic!("MIGRAPH_REQUIRE_DB=1 but PostgreSQL is unreachable: {why}");
            }
            migraph_test_support::skip(&format!("PostgreSQL is unreachable ({why})"));
            return;
        }
    }
    // Dropped on every path, a failed assertion included.
    struct DropDatabase<'a>(&'a str, &'a str);
    impl Drop for DropDatabase<'_> {
        fn drop(&mut self) {
            let _ = Command::new("psql")
                .args([
                    &format!("{}/postgres", self.0),
                    "-qc",
                    &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.1),
                ])
                .output();
        }
    }
    let _drop = DropDatabase(&server, &name);
    exercise(&format!("{server}/{name}"), &empty_dir("postgres"));
}
