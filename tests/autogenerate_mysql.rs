//! Autogenerate on MySQL/MariaDB proven on a real history
//! (`tests/sql-corpus/mysql/pipeline`): for every consecutive pair of
//! revisions whose schema differs, the schema at k+1 is declared (read
//! from a database at k+1; for a sample of steps as `mariadb-dump
//! --no-data` output, through the library's whole flow) and the generated
//! revision applied to the chain at k must give exactly k+1, its down
//! exactly k.
//!
//! Two databases walk the history together, one revision apart: the one at
//! k takes the generated revision (and its down) and then the real revision
//! k+1; the one at k+1 is read.

mod common;

use std::path::{Path, PathBuf};

use migraph::runtime::autogen::mysql::{prove, read_schema, tables_with_rows};
use migraph::runtime::autogen::Desired;
use migraph::{autogen, Migrations};
use sqlx::{Connection, MySqlConnection};

fn corpus(set: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/sql-corpus/mysql")
        .join(set)
}

const LEDGER: [&str; 2] = ["migrate_revisions", "migrate_revisions_lock"];

async fn schema(conn: &mut MySqlConnection) -> migraph::schema::Snapshot {
    let mut snapshot = read_schema(conn).await.unwrap();
    for table in LEDGER {
        snapshot.remove("table", table);
    }
    snapshot
}

/// What happened to the steps of one history.
#[derive(Default, Debug)]
struct Tally {
    steps: usize,
    up: usize,
    down: usize,
    reviewed: Vec<(String, Vec<String>)>,
    failed: Vec<(String, Vec<String>)>,
    dumped: usize,
    statements: usize,
}

async fn walk(set: &str, dump_every: usize) -> Option<Tally> {
    let mut at_k = common::mysql_database().await?;
    let ahead = common::mysql_database().await?;
    let dir = corpus(set);
    let migrations = Migrations::load(&dir).unwrap();
    let ids: Vec<String> = migrations
        .revisions()
        .iter()
        .map(|r| r.id().to_owned())
        .collect();
    let mut k_conn = MySqlConnection::connect(&at_k).await.unwrap();
    let mut ahead_conn = MySqlConnection::connect(&ahead).await.unwrap();
    let mut tally = Tally::default();
    let mut before = schema(&mut k_conn).await;
    for (k, id) in ids.iter().enumerate() {
        migrations
            .upgrade(&mut ahead_conn, id.as_str())
            .await
            .unwrap();
        let after = schema(&mut ahead_conn).await;
        if after.differences(&before).is_empty() {
            migrations.upgrade(&mut k_conn, id.as_str()).await.unwrap();
            continue;
        }
        tally.steps += 1;
        let rows = tables_with_rows(&mut k_conn, &before).await.unwrap();
        let plan = autogen::mysql::plan(&before, &after, &autogen::Facts::with_rows(rows));
        tally.statements += plan.operations();
        let ignore: Vec<String> = LEDGER.iter().map(|s| s.to_string()).collect();
        let proof = prove(&mut k_conn, &plan, &before, &after, &ignore)
            .await
            .unwrap();
        let reviews: Vec<String> = plan.reviews.iter().map(|r| r.what.clone()).collect();
        tally.up += usize::from(proof.up.is_empty() && reviews.is_empty());
        tally.down += usize::from(proof.down.is_empty() && reviews.is_empty());
        if !reviews.is_empty() {
            let proven = match proof.up.iter().chain(&proof.down).next() {
                None => "proven".to_owned(),
                Some(first) => format!("not proven: {first}"),
            };
            let mut lines = reviews.clone();
            lines.push(proven);
            tally.reviewed.push((id.clone(), lines));
        } else if !proof.is_proven() {
            let mut why = proof.up.clone();
            why.extend(proof.down.iter().map(|d| format!("down: {d}")));
            for r in &plan.revisions {
                why.push(format!("-- up\n{}-- down\n{}", r.up, r.down));
            }
            tally.failed.push((id.clone(), why));
        }
        if dump_every > 0 && tally.steps % dump_every == 0 {
            dumped_step(&migrations, &dir, &ids[..k], &ahead).await;
            tally.dumped += 1;
        }
        if proof.is_proven() {
            migrations.upgrade(&mut k_conn, id.as_str()).await.unwrap();
        } else {
            // The generated SQL left the database somewhere else: replay
            // the chain to k+1 in a fresh one.
            let _ = k_conn.close().await;
            at_k = common::mysql_database().await?;
            k_conn = MySqlConnection::connect(&at_k).await.unwrap();
            migrations.upgrade(&mut k_conn, id.as_str()).await.unwrap();
        }
        before = after;
    }
    let _ = k_conn.close().await;
    let _ = ahead_conn.close().await;
    Some(tally)
}

/// One step through the library's whole flow: the schema at k+1 declared
/// as `mariadb-dump --no-data` output (its `/*!40101 SET ... */` lines and
/// all), the chain to k replayed by `Migrator::autogenerate` on scratch
/// databases of the server, which must prove its revision both ways.
async fn dumped_step(migrations: &Migrations, dir: &Path, applied: &[String], ahead: &str) {
    let name = ahead.rsplit('/').next().unwrap();
    let server = common::mysql_server();
    let address = server.trim_start_matches("mysql://");
    let (user, host) = address.split_once('@').unwrap_or(("root", address));
    let (host, port) = host.split_once(':').unwrap_or((host, "3306"));
    let dump = ["mariadb-dump", "mysqldump"].iter().find_map(|tool| {
        std::process::Command::new(tool)
            .args(["--no-data", "-h", host, "-P", port, "-u", user, name])
            .output()
            .ok()
            .filter(|o| o.status.success())
    });
    let Some(dump) = dump else {
        eprintln!("  no mariadb-dump or mysqldump: the dump step is skipped");
        return;
    };
    let dump = String::from_utf8(dump.stdout).unwrap();
    let sub = common::scratch("autogen-mysql-chain");
    std::fs::copy(dir.join("migrate.toml"), sub.join("migrate.toml")).unwrap();
    for id in applied {
        let file = Path::new(migrations.get(id).unwrap().file());
        std::fs::copy(file, sub.join(file.file_name().unwrap())).unwrap();
    }
    let chain = Migrations::load(&sub).unwrap();
    let generated = chain
        .migrator()
        .autogenerate(&Desired::sql(dump), server.as_str())
        .await
        .unwrap();
    assert!(generated.is_proven(), "{:?}", generated.proof);
    let t = generated.timings;
    eprintln!(
        "  dump step after {} revisions: replay {:?}, build {:?}, read {:?}, plan {:?}, proof {:?}",
        applied.len(),
        t.replay,
        t.build,
        t.read,
        t.plan,
        t.proof
    );
    let _ = std::fs::remove_dir_all(&sub);
}

fn report(set: &str, tally: &Tally) {
    eprintln!(
        "{set}: {} schema-changing steps ({} statements), up reproduced {}, down reproduced {}, \
         with review lines {}, failed {} ({} through a dump)",
        tally.steps,
        tally.statements,
        tally.up,
        tally.down,
        tally.reviewed.len(),
        tally.failed.len(),
        tally.dumped
    );
    for (id, reviews) in &tally.reviewed {
        eprintln!("  review {id}: {}", reviews.join(" | "));
    }
    for (id, why) in &tally.failed {
        eprintln!("  FAILED {id}:\n    {}", why.join("\n    "));
    }
}

#[tokio::test]
async fn pipeline_steps_are_reproduced_both_ways() {
    let Some(tally) = walk("pipeline", 15).await else {
        return;
    };
    report("pipeline", &tally);
    assert!(tally.steps > 50, "{tally:?}");
    assert!(tally.failed.is_empty(), "steps not proven: {:?}", tally.failed);
    for (id, lines) in &tally.reviewed {
        assert!(lines.last().is_some_and(|l| l == "proven"), "{id}: {lines:?}");
    }
    assert_eq!(tally.up + tally.reviewed.len(), tally.steps);
    assert_eq!(tally.down + tally.reviewed.len(), tally.steps);
}
