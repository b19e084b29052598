//! `cargo xtask bench backfill`: what `migraph::runtime::backfill` costs
//! against one `UPDATE` of the whole table, on a local PostgreSQL.
//!
//! Each sample starts from a fresh table of N rows (`id` primary key, `v`,
//! and `w` still NULL) and fills `w` from `v`: once with a single `UPDATE`
//! (the baseline: one long lock on every row), then with the backfill
//! helper in batches of 1,000 and 10,000 rows, each batch committed on its
//! own (`UPDATE ... WHERE id IN (SELECT id ... WHERE w IS NULL LIMIT n)`).
//! `MIGRAPH_BENCH_PG` overrides the server URL (loopback only).

use std::time::Instant;

use migraph_core::runtime::backfill;
use migraph_core::sqlx::{Connection, Executor, PgConnection};

use super::stats::{print_table, Samples};

const DEFAULT_SERVER: &str = "postgres://postgres@127.0.0.1:5432";

/// The variants measured: a name and the batch size (`None`: one UPDATE).
const VARIANTS: [(&str, Option<u32>); 3] = [
    ("one UPDATE (baseline)", None),
    ("backfill, batches of 10,000", Some(10_000)),
    ("backfill, batches of 1,000", Some(1_000)),
];

pub fn run(rows: u64, iterations: usize) -> Result<(), String> {
    let server = std::env::var("MIGRAPH_BENCH_PG").unwrap_or_else(|_| DEFAULT_SERVER.to_owned());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(measure(&server, rows, iterations))
}

async fn measure(server: &str, rows: u64, iterations: usize) -> Result<(), String> {
    let name = format!("migrate_bench_backfill_{}", std::process::id());
    let mut admin = PgConnection::connect(&format!("{server}/postgres"))
        .await
        .map_err(|e| format!("cannot reach PostgreSQL at {server}: {e}"))?;
    let sql = |e: migraph_core::sqlx::Error| e.to_string();
    admin
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .map_err(sql)?;
    let result = async {
        let mut conn = PgConnection::connect(&format!("{server}/{name}"))
            .await
            .map_err(sql)?;
        let mut samples: Vec<Samples> = VARIANTS.iter().map(|_| Samples::default()).collect();
        for _ in 0..iterations {
            for (i, (_, batch)) in VARIANTS.iter().enumerate() {
                conn.execute(
                    format!(
                        "DROP TABLE IF EXISTS t; \
                         CREATE TABLE t (id BIGINT PRIMARY KEY, v BIGINT NOT NULL, w BIGINT); \
                         INSERT INTO t (id, v) SELECT i, i * 7 FROM generate_series(1, {rows}) AS i"
                    )
                    .as_str(),
                )
                .await
                .map_err(sql)?;
                conn.execute("VACUUM ANALYZE t").await.map_err(sql)?;
                let started = Instant::now();
                let changed = match batch {
                    None => conn
                        .execute("UPDATE t SET w = v * 2")
                        .await
                        .map_err(sql)?
                        .rows_affected(),
                    Some(n) => backfill(
                        &mut conn,
                        &format!(
                            "UPDATE t SET w = v * 2 WHERE id IN \
                             (SELECT id FROM t WHERE w IS NULL LIMIT {n})"
                        ),
                    )
                    .await
                    .map_err(sql)?,
                };
                samples[i].push(started.elapsed());
                if changed != rows {
                    return Err(format!("changed {changed} of {rows} rows"));
                }
            }
        }
        let _ = conn.close().await;
        Ok(samples)
    }
    .await;
    let _ = admin
        .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
        .await;
    let samples = result?;
    println!();
    println!("== Backfill of {rows} rows on PostgreSQL (median of {iterations}) ==");
    let base = samples[0].median();
    let rows_out: Vec<Vec<String>> = VARIANTS
        .iter()
        .zip(&samples)
        .map(|((name, _), s)| {
            vec![
                (*name).to_owned(),
                s.summary(),
                format!("{:.2}x", s.median() / base),
            ]
        })
        .collect();
    print_table(&["variant", "time", "vs one UPDATE"], &rows_out);
    Ok(())
}
