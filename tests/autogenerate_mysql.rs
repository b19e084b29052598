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
    /// The steps planned and proven (every one, or a sample).
    proven: usize,
    up: usize,
    down: usize,
    reviewed: Vec<(String, Vec<String>)>,
    failed: Vec<(String, Vec<String>)>,
    dumped: usize,
    /// Times the database at k, taken there through earlier generated ups
    /// and downs and the history, was not the history's k (a later
    /// revision of the history showed what the catalog does not: an index
    /// the server made for a key, written back by a down as one of its
    /// own), and was replayed.
    diverged: usize,
    statements: usize,
    /// The statements of the history's own ups for the same steps.
    history_statements: usize,
}

/// Walks `set`'s history; every `prove_every`th schema-changing step is
/// planned and proven, every `dump_every`th goes through a dump too.
async fn walk(set: &str, prove_every: usize, dump_every: usize) -> Option<Tally> {
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
    // How many of the history's revisions the database at_k has.
    let mut k_has = 0;
    for (k, id) in ids.iter().enumerate() {
        migrations
            .upgrade(&mut ahead_conn, id.as_str())
            .await
            .unwrap();
        let after = schema(&mut ahead_conn).await;
        if after.differences(&before).is_empty() {
            before = after;
            continue;
        }
        tally.steps += 1;
        if dump_every > 0 && tally.steps % dump_every == 0 {
            if let Err(why) = dumped_step(&migrations, &dir, &ids[..k], &ahead).await {
                tally.failed.push((format!("{id} (through a dump)"), why));
            }
            tally.dumped += 1;
        }
        if (tally.steps - 1) % prove_every != 0 {
            before = after;
            continue;
        }
        tally.proven += 1;
        if k_has < k {
            migrations
                .upgrade(&mut k_conn, ids[k - 1].as_str())
                .await
                .unwrap();
            k_has = k;
            if !schema(&mut k_conn).await.differences(&before).is_empty() {
                tally.diverged += 1;
                let _ = k_conn.close().await;
                at_k = common::mysql_database().await?;
                k_conn = MySqlConnection::connect(&at_k).await.unwrap();
                migrations
                    .upgrade(&mut k_conn, ids[k - 1].as_str())
                    .await
                    .unwrap();
            }
        }
        let rows = tables_with_rows(&mut k_conn, &before).await.unwrap();
        let plan = autogen::mysql::plan(&before, &after, &autogen::Facts::with_rows(rows));
        tally.statements += plan.operations();
        let own = migrations.get(id).unwrap().up_sql();
        tally.history_statements += migraph::split::split(own, migraph::Dialect::Mysql)
            .iter()
            .filter(|piece| !piece.is_blank)
            .count();
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
        if !proof.is_proven() {
            // The generated SQL left the database somewhere else: a fresh
            // one, brought to k when a step next needs it.
            let _ = k_conn.close().await;
            at_k = common::mysql_database().await?;
            k_conn = MySqlConnection::connect(&at_k).await.unwrap();
            k_has = 0;
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
async fn dumped_step(
    migrations: &Migrations,
    dir: &Path,
    applied: &[String],
    ahead: &str,
) -> Result<(), Vec<String>> {
    let Some(dump) = dump(ahead, &[]) else {
        return Ok(());
    };
    let sub = common::scratch("autogen-mysql-chain");
    std::fs::copy(dir.join("migrate.toml"), sub.join("migrate.toml")).unwrap();
    for id in applied {
        let file = Path::new(migrations.get(id).unwrap().file());
        std::fs::copy(file, sub.join(file.file_name().unwrap())).unwrap();
    }
    let chain = Migrations::load(&sub).unwrap();
    let server = common::mysql_server();
    let generated = chain
        .migrator()
        .autogenerate(&Desired::sql(dump), server.as_str())
        .await
        .unwrap();
    if !generated.is_proven() {
        let mut why = generated.proof.up.clone();
        why.extend(generated.proof.down.iter().map(|d| format!("down: {d}")));
        for r in &generated.revisions {
            why.push(format!("-- up\n{}-- down\n{}", r.up, r.down));
        }
        let _ = std::fs::remove_dir_all(&sub);
        return Err(why);
    }
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
    if generated.reviews.is_empty() {
        build_accepts(&sub, &chain, &generated.revisions);
    }
    let _ = std::fs::remove_dir_all(&sub);
    Ok(())
}

/// Writes the generated revisions after the chain's head and loads the
/// whole with the build's checks: a lint finding of a rule set to `deny`
/// would be a problem.
fn build_accepts(dir: &Path, chain: &Migrations, revisions: &[autogen::Generated]) {
    let mut parent = chain
        .heads()
        .first()
        .map_or("none".to_owned(), |h| h.id().to_owned());
    for (i, revision) in revisions.iter().enumerate() {
        let id = format!("zz_generated_{i}");
        let text = format!(
            "-- revision: {id}\n-- down_revision: {parent}\n\n-- migrate:up\n{}\n-- migrate:down\n{}",
            revision.up, revision.down
        );
        std::fs::write(dir.join(format!("{id}.sql")), text).unwrap();
        parent = id;
    }
    if let Err(problems) = Migrations::load_checked("chain", dir, &migraph::GraphPolicy::default())
    {
        panic!("generated revisions refused by the build's check: {problems}");
    }
}

/// `mariadb-dump --no-data` (or `mysqldump`) of the database at `url`, with
/// `extra` arguments; none (after a message) when neither tool runs.
fn dump(url: &str, extra: &[&str]) -> Option<String> {
    let name = url.rsplit('/').next().unwrap();
    let server = common::mysql_server();
    let address = server.trim_start_matches("mysql://");
    let (user, host) = address.split_once('@').unwrap_or(("root", address));
    let (host, port) = host.split_once(':').unwrap_or((host, "3306"));
    let dump = ["mariadb-dump", "mysqldump"].iter().find_map(|tool| {
        std::process::Command::new(tool)
            .args(["--no-data", "-h", host, "-P", port, "-u", user])
            .args(extra)
            .arg(name)
            .output()
            .ok()
            .filter(|o| o.status.success())
    });
    match dump {
        Some(dump) => Some(String::from_utf8(dump.stdout).unwrap()),
        None => {
            assert!(
                !common::required(),
                "MIGRATE_REQUIRE_DB=1 but neither mariadb-dump nor mysqldump ran"
            );
            eprintln!("  no mariadb-dump or mysqldump: the dump step is skipped");
            None
        }
    }
}

fn report(set: &str, tally: &Tally) {
    eprintln!(
        "{set}: {} schema-changing steps, {} of them proven ({} statements generated, the \
         history's own ups {}), up reproduced {}, down reproduced {}, with review lines {}, \
         failed {} ({} through a dump; the database at k replayed {} times)",
        tally.steps,
        tally.proven,
        tally.statements,
        tally.history_statements,
        tally.up,
        tally.down,
        tally.reviewed.len(),
        tally.failed.len(),
        tally.dumped,
        tally.diverged
    );
    for (id, reviews) in &tally.reviewed {
        eprintln!("  review {id}: {}", reviews.join(" | "));
    }
    for (id, why) in &tally.failed {
        eprintln!("  FAILED {id}:\n    {}", why.join("\n    "));
    }
}

/// Every step proven, or written with review lines that are proven too.
fn assert_reproduced(tally: &Tally) {
    assert!(
        tally.failed.is_empty(),
        "steps not proven: {:?}",
        tally.failed
    );
    for (id, lines) in &tally.reviewed {
        assert!(
            lines.last().is_some_and(|l| l == "proven"),
            "{id}: {lines:?}"
        );
    }
    assert_eq!(tally.up + tally.reviewed.len(), tally.proven);
    assert_eq!(tally.down + tally.reviewed.len(), tally.proven);
}

#[tokio::test]
async fn pipeline_steps_are_reproduced_both_ways() {
    let Some(tally) = walk("pipeline", 1, 15).await else {
        return;
    };
    report("pipeline", &tally);
    assert!(tally.steps > 50, "{tally:?}");
    assert_reproduced(&tally);
}

/// authelia/authelia's MySQL set (also in `postgres/` and `sqlite/`).
#[tokio::test]
async fn authelia_steps_are_reproduced_both_ways() {
    let Some(tally) = walk("authelia", 1, 8).await else {
        return;
    };
    report("authelia", &tally);
    assert!(tally.steps > 15, "{tally:?}");
    assert_reproduced(&tally);
}

/// temporalio/temporal's MySQL 8 schema, on MariaDB.
#[tokio::test]
async fn temporal_steps_are_reproduced_both_ways() {
    let Some(tally) = walk("temporal", 1, 6).await else {
        return;
    };
    report("temporal", &tally);
    assert!(tally.steps > 10, "{tally:?}");
    assert_reproduced(&tally);
}

/// ory/keto's MySQL history (pop), after the `networks` table it expects.
#[tokio::test]
async fn keto_steps_are_reproduced_both_ways() {
    let Some(tally) = walk("keto", 1, 3).await else {
        return;
    };
    report("keto", &tally);
    assert!(tally.steps > 8, "{tally:?}");
    assert_reproduced(&tally);
}

/// ory/hydra's MySQL history (pop: the `.mysql.` files, else the
/// generic), every step proven and every 25th through a dump: the rates
/// BENCHMARKS.md gives (a few minutes, the longest walk here).
#[tokio::test]
async fn hydra_steps_are_reproduced_both_ways() {
    let Some(tally) = walk("hydra", 1, 25).await else {
        return;
    };
    report("hydra", &tally);
    assert!(tally.steps > 150, "{tally:?}");
    assert_reproduced(&tally);
}

/// A chain of one revision (`head`), and the revision autogenerate writes
/// to reach `desired`, proven on the server's scratch databases.
async fn generate(name: &str, head: &str, desired: &str) -> Option<autogen::Generated> {
    let server = common::mysql_server();
    if MySqlConnection::connect(&server).await.is_err() {
        return common::unreachable("MariaDB/MySQL", "no server");
    }
    let dir = common::scratch(name);
    std::fs::write(dir.join("migrate.toml"), "dialect = \"mysql\"\n").unwrap();
    common::revision(&dir, "a1", "-- down_revision: none", head, "SELECT 1;");
    let migrations = Migrations::load(&dir).unwrap();
    let generated = migrations
        .migrator()
        .autogenerate(&Desired::sql(desired), server.as_str())
        .await
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        generated.is_proven(),
        "{:?}\n{}",
        generated.proof,
        generated.revisions.first().map_or("", |r| r.up.as_str())
    );
    assert!(generated.reviews.is_empty(), "{:?}", generated.reviews);
    generated.revisions.into_iter().next()
}

/// A schema with one of each kind the writer knows.
const RICH: &str = "\
CREATE TABLE accounts (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(100) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL COMMENT 'shown name',
  email varchar(255) NOT NULL,
  balance decimal(12,2) NOT NULL DEFAULT 0.00,
  kind enum('person','company') NOT NULL DEFAULT 'person',
  flags set('a','b') DEFAULT NULL,
  bio text,
  doc json,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  name_length int GENERATED ALWAYS AS (char_length(name)) VIRTUAL,
  code char(8) GENERATED ALWAYS AS (upper(left(email, 8))) STORED,
  UNIQUE KEY accounts_email (email(100)),
  KEY accounts_kind_created (kind, created_at DESC),
  FULLTEXT KEY accounts_bio (bio),
  CONSTRAINT accounts_balance CHECK (balance >= -1000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='who pays';
CREATE TABLE entries (
  id bigint NOT NULL AUTO_INCREMENT,
  account_id bigint unsigned NOT NULL,
  parent_id bigint DEFAULT NULL,
  amount decimal(12,2) NOT NULL,
  PRIMARY KEY (id),
  KEY entries_account (account_id, id),
  CONSTRAINT entries_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT entries_parent FOREIGN KEY (parent_id) REFERENCES entries (id) ON DELETE SET NULL
) ENGINE=InnoDB;
CREATE VIEW big_entries AS SELECT id, amount FROM entries WHERE amount > 100 WITH CASCADED CHECK OPTION;
CREATE SQL SECURITY INVOKER VIEW big_accounts AS SELECT a.id, a.name FROM accounts a JOIN big_entries e ON e.id = a.id;
CREATE TRIGGER entries_positive BEFORE INSERT ON entries FOR EACH ROW
BEGIN
  -- a comment inside the body
  IF NEW.amount < 0 THEN
    SET NEW.amount = 0;
  END IF;
END;
CREATE FUNCTION cents(amount decimal(12,2)) RETURNS bigint DETERMINISTIC
RETURN amount * 100;
CREATE PROCEDURE touch(IN which bigint)
BEGIN
  UPDATE accounts SET updated_at = now() WHERE id = which;
END;
";

#[tokio::test]
async fn every_kind_is_created_and_dropped_proven_both_ways() {
    let Some(made) = generate("autogen-mysql-rich", "SELECT 1;", RICH).await else {
        return;
    };
    assert!(
        made.up.contains("CREATE TRIGGER `entries_positive`"),
        "{}",
        made.up
    );
    assert!(made.up.contains("CREATE PROCEDURE `touch`"), "{}", made.up);
    let Some(dropped) = generate("autogen-mysql-rich-gone", RICH, "SELECT 1;").await else {
        return;
    };
    assert!(
        dropped.up.contains("DROP TABLE IF EXISTS `entries`"),
        "{}",
        dropped.up
    );
}

#[tokio::test]
async fn every_kind_is_changed_in_place_proven_both_ways() {
    let changed = RICH
        .replace(
            "varchar(100) CHARACTER SET latin1",
            "varchar(120) CHARACTER SET latin1",
        )
        .replace("COMMENT 'shown name'", "COMMENT 'display name'")
        .replace("DEFAULT 0.00", "DEFAULT 1.50")
        .replace(
            "enum('person','company')",
            "enum('person','company','trust')",
        )
        .replace("email(100)", "email(120)")
        .replace("kind, created_at DESC", "kind, created_at")
        .replace("balance >= -1000", "balance >= -5000")
        .replace("COMMENT='who pays'", "COMMENT='who pays, and when'")
        .replace("ON DELETE CASCADE ON UPDATE CASCADE", "ON DELETE RESTRICT")
        .replace("amount > 100", "amount > 1000")
        .replace("SET NEW.amount = 0;", "SET NEW.amount = 1;")
        .replace("RETURN amount * 100", "RETURN amount * 1000")
        .replace(
            "  bio text,\n",
            "  bio text,\n  note varchar(30) NOT NULL DEFAULT '',\n",
        )
        .replace("  flags set('a','b') DEFAULT NULL,\n", "")
        // A key's columns change type on both sides: the key goes and comes back.
        .replace(
            "parent_id bigint DEFAULT NULL",
            "parent_id bigint unsigned DEFAULT NULL",
        )
        .replace(
            "  id bigint NOT NULL AUTO_INCREMENT,",
            "  id bigint unsigned NOT NULL AUTO_INCREMENT,\n  memo varchar(10),",
        );
    let Some(made) = generate("autogen-mysql-change", RICH, &changed).await else {
        return;
    };
    // accounts' changes are one statement.
    assert_eq!(
        made.up.matches("ALTER TABLE `accounts`").count(),
        1,
        "{}",
        made.up
    );
    assert!(
        made.up.contains("DROP FOREIGN KEY `entries_parent`"),
        "{}",
        made.up
    );
    assert!(
        made.up.contains("CREATE OR REPLACE VIEW `big_entries`"),
        "{}",
        made.up
    );
}

/// A check written in a column's definition, which MariaDB keeps with the
/// column (named after it; `DROP CONSTRAINT` does not reach it): dropped,
/// added and changed by redefining the column, proven both ways.
#[tokio::test]
async fn a_check_written_with_its_column_is_dropped_added_and_changed() {
    let with = "CREATE TABLE m (id int PRIMARY KEY, s text NOT NULL CHECK (s <> ''), n int);";
    let without = "CREATE TABLE m (id int PRIMARY KEY, s text NOT NULL, n int);";
    let Some(dropped) = generate("autogen-mysql-column-check-gone", with, without).await else {
        return;
    };
    assert!(dropped.up.contains("MODIFY COLUMN `s`"), "{}", dropped.up);
    let changed = "CREATE TABLE m (id int PRIMARY KEY, s text NOT NULL CHECK (s <> 'x'), \
                   n int CHECK (n > 0));";
    let Some(made) = generate("autogen-mysql-column-check-changed", with, changed).await else {
        return;
    };
    assert!(!made.up.contains("CONSTRAINT"), "{}", made.up);
}

/// A column-level check keeps the name of its column when the column is
/// renamed (and another column may take that name): it is the renamed
/// column's, as a dump of the table writes it.
#[tokio::test]
async fn a_check_of_a_renamed_column_stays_with_the_column() {
    let head = "CREATE TABLE m (a int, b int CHECK (b > 0));
ALTER TABLE m RENAME COLUMN b TO c;
ALTER TABLE m ADD COLUMN b int;";
    let desired = "CREATE TABLE m (a int, c int, b int CHECK (b < 9), d int);";
    let made = generate("autogen-mysql-renamed-check", head, desired)
        .await
        .expect("a change");
    assert!(
        made.up
            .contains("MODIFY COLUMN `c` int(11) NULL DEFAULT NULL,"),
        "{}",
        made.up
    );
}

/// Columns stand where the declared schema puts them: a new table's in
/// its order, an added column after the one before it (or first), and a
/// dropped one back in its place after the down.
#[tokio::test]
async fn columns_stand_in_the_declared_order() {
    let head = "CREATE TABLE p (id int, b int, gone int, e int);";
    let desired = "CREATE TABLE p (a int, id int, c int, b int, e int, d int);
CREATE TABLE q (z int, y int, x int);";
    let made = generate("autogen-mysql-column-order", head, desired)
        .await
        .expect("a change");
    for placed in [
        "ADD COLUMN `a` int(11) NULL DEFAULT NULL FIRST",
        "ADD COLUMN `c` int(11) NULL DEFAULT NULL AFTER `id`",
        "ADD COLUMN `d` int(11) NULL DEFAULT NULL;",
        "`z` int(11) NULL DEFAULT NULL,\n  `y` int(11) NULL DEFAULT NULL,\n  `x`",
    ] {
        assert!(made.up.contains(placed), "{placed}\n{}", made.up);
    }
    assert!(
        made.down
            .contains("ADD COLUMN `gone` int(11) NULL DEFAULT NULL AFTER `b`"),
        "{}",
        made.down
    );
}

/// A spatial index, which the catalog lists with a length on its column:
/// added to a table and made with a new one, proven both ways.
#[tokio::test]
async fn a_spatial_index_is_written_without_a_prefix() {
    let head = "CREATE TABLE g (id int PRIMARY KEY);";
    let desired = "CREATE TABLE g (id int PRIMARY KEY, p point NOT NULL, SPATIAL INDEX (p));
CREATE TABLE h (q point NOT NULL, SPATIAL KEY hq (q));";
    let made = generate("autogen-mysql-spatial", head, desired)
        .await
        .expect("a change");
    assert!(made.up.contains("SPATIAL KEY `hq` (`q`)"), "{}", made.up);
}

/// A dump of a schema with views (which a dump first makes as stand-ins),
/// a trigger and routines (between `DELIMITER` lines, with `DEFINER`s) is
/// the same schema as the chain that made it, and builds from empty.
#[tokio::test]
async fn a_dump_with_views_triggers_and_routines_is_the_schema_it_came_from() {
    let Some(db) = common::mysql_database().await else {
        return;
    };
    let dir = common::scratch("autogen-mysql-rich-dump");
    std::fs::write(dir.join("migrate.toml"), "dialect = \"mysql\"\n").unwrap();
    common::revision(&dir, "a1", "-- down_revision: none", RICH, "SELECT 1;");
    let migrations = Migrations::load(&dir).unwrap();
    let mut conn = MySqlConnection::connect(&db).await.unwrap();
    migrations.upgrade(&mut conn, "heads").await.unwrap();
    let _ = conn.close().await;
    let Some(dump) = dump(&db, &["--routines"]) else {
        return;
    };
    let server = common::mysql_server();
    let differences = migrations
        .migrator()
        .schema_differences(&Desired::sql(dump.clone()), server.as_str())
        .await
        .unwrap();
    assert_eq!(differences, Vec::<String>::new());
    let _ = std::fs::remove_dir_all(&dir);
    let Some(made) = generate("autogen-mysql-rich-from-dump", "SELECT 1;", &dump).await else {
        return;
    };
    assert!(made.up.contains("CREATE FUNCTION `cents`"), "{}", made.up);
}

/// The user's database decides the review line for a NOT NULL column
/// without a default: with rows in the table, a review; empty, missing
/// there, or unreachable, the plain statement (proven either way).
#[tokio::test]
async fn a_not_null_column_is_a_review_only_where_the_target_database_has_rows() {
    let Some(target) = common::mysql_database().await else {
        return;
    };
    let dir = common::scratch("autogen-mysql-rows");
    std::fs::write(dir.join("migrate.toml"), "dialect = \"mysql\"\n").unwrap();
    common::revision(
        &dir,
        "a1",
        "-- down_revision: none",
        "CREATE TABLE t (a int);",
        "DROP TABLE t;",
    );
    let migrations = Migrations::load(&dir).unwrap();
    let desired = Desired::sql("CREATE TABLE t (a int, b int NOT NULL);");
    let server = common::mysql_server();
    let reviews = |migrator| reviews_of(migrator, &desired, server.clone());
    assert_eq!(reviews(migrations.migrator()).await, 0);
    let nowhere = migrations
        .migrator()
        .target_database("mysql://root@127.0.0.1:1/none")
        .unwrap();
    assert_eq!(reviews(nowhere).await, 0);
    let with_target = || migrations.migrator().target_database(&*target).unwrap();
    assert_eq!(reviews(with_target()).await, 0, "no table t");
    let mut conn = MySqlConnection::connect(&target).await.unwrap();
    sqlx::raw_sql("CREATE TABLE t (a int)")
        .execute(&mut conn)
        .await
        .unwrap();
    assert_eq!(reviews(with_target()).await, 0, "an empty table");
    sqlx::raw_sql("INSERT INTO t VALUES (1)")
        .execute(&mut conn)
        .await
        .unwrap();
    let _ = conn.close().await;
    assert_eq!(reviews(with_target()).await, 1, "a table with rows");
    let _ = std::fs::remove_dir_all(&dir);
}

/// How many review lines `migrator`'s autogenerate writes for `desired`,
/// proven either way.
async fn reviews_of(migrator: migraph::Migrator<'_>, desired: &Desired, server: String) -> usize {
    let generated = migrator.autogenerate(desired, server).await.unwrap();
    assert!(generated.is_proven(), "{:?}", generated.proof);
    generated.reviews.len()
}
