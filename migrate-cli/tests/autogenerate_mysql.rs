//! `migraph revision --autogenerate` and `migraph check --schema` end to end
//! on MySQL/MariaDB: a set declaring `dialect = "mysql"`, a desired schema
//! written as `mysqldump --no-data` writes it (versioned `/*!40101 ... */`
//! lines, `DELIMITER` around a trigger), `check`'s exit 3 then 0, the
//! revision applied and reverted by `upgrade` and `downgrade`, a rename
//! that needs review, and no scratch database left behind.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{block_on, mysql_scratch_databases, mysql_tables, strings, Run, Sandbox};
use migraph_test_support::db::{mysql_database, TestDatabase};

const USERS: &str = "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL);";

/// A sandbox whose `migrations/` declares MySQL and holds `users`.
fn sandbox(name: &str) -> Sandbox {
    let sandbox = Sandbox::empty(name);
    sandbox.write("migrations/migrate.toml", "dialect = \"mysql\"\n");
    sandbox.revision("migrations", "0001", "none", USERS, "DROP TABLE users;");
    sandbox
}

/// `migraph --database-url <url> <args>` in the sandbox, with its pid (which
/// names its scratch databases).
fn migraph(sandbox: &Sandbox, url: &str, args: &[&str]) -> (u32, Run) {
    let child = Command::new(common::binary())
        .args(["--database-url", url])
        .args(args)
        .current_dir(&sandbox.root)
        .env_remove("DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the migraph binary runs");
    let pid = child.id();
    let output = child.wait_with_output().unwrap();
    let run = Run {
        line: format!("migraph {}", args.join(" ")),
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    (pid, run)
}

/// Runs `args` and asserts the process left no scratch database.
fn m(sandbox: &Sandbox, db: &TestDatabase, args: &[&str]) -> Run {
    let (pid, run) = migraph(sandbox, db, args);
    let started = Instant::now();
    loop {
        let left = mysql_scratch_databases(db, pid);
        if left.is_empty() {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "scratch databases left by {run:?}: {left:?}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    run
}

/// The generated files (not the hand-written `<id>_rev.sql`), sorted.
fn generated(sandbox: &Sandbox) -> Vec<String> {
    sandbox
        .files("migrations")
        .into_iter()
        .filter(|f| f.ends_with(".sql") && !f.ends_with("_rev.sql"))
        .collect()
}

fn database() -> Option<TestDatabase> {
    block_on(mysql_database())
}

/// What `mysqldump --no-data` writes, in small: the client's settings in
/// versioned comments, a table, a trigger between `DELIMITER` lines.
const DUMP: &str = "\
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (
  `id` bigint(20) NOT NULL,
  `email` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email` (`email`)
) ENGINE=InnoDB;
DROP TABLE IF EXISTS `orders`;
CREATE TABLE `orders` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `total` decimal(12,2) DEFAULT 0.00,
  `note` varchar(20) DEFAULT 'none',
  PRIMARY KEY (`id`),
  KEY `orders_user` (`user_id`),
  CONSTRAINT `orders_user_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
DELIMITER ;;
/*!50003 CREATE*/ /*!50003 TRIGGER `orders_note` BEFORE INSERT ON `orders` FOR EACH ROW BEGIN
  IF NEW.note = '' THEN SET NEW.note = 'none'; END IF;
END */;;
DELIMITER ;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
";

#[test]
fn a_dump_is_written_proven_applied_and_then_nothing_is_left_to_do() {
    let Some(db) = database() else { return };
    let sandbox = sandbox("autogen_mysql_dump");
    sandbox.write("schema.sql", DUMP);
    let check = m(&sandbox, &db, &["check", "--schema", "schema.sql"]).code(3);
    assert!(
        check.stdout.contains("table orders is missing"),
        "{check:?}"
    );
    assert!(
        check.stdout.contains("column created_at is missing"),
        "{check:?}"
    );

    let run = m(
        &sandbox,
        &db,
        &[
            "--json",
            "revision",
            "--autogenerate",
            "-m",
            "Add orders",
            "--schema",
            "schema.sql",
        ],
    )
    .ok();
    let written = strings(&run.json()["written"]);
    let files = generated(&sandbox);
    assert_eq!(files.len(), 1, "{run:?}");
    assert_eq!(written, [format!("migrations/{}", files[0])]);
    let text = std::fs::read_to_string(sandbox.path(&written[0])).unwrap();
    assert!(
        text.contains("CREATE TABLE IF NOT EXISTS `orders`"),
        "{text}"
    );
    assert!(text.contains("CREATE TRIGGER `orders_note`"), "{text}");
    // One statement for all of users' changes.
    assert!(
        text.contains("ALTER TABLE `users`\n  ADD COLUMN `created_at`"),
        "{text}"
    );
    assert!(!text.contains("-- review:"), "{text}");

    m(&sandbox, &db, &["check", "--schema", "schema.sql"]).ok();
    let nothing = m(
        &sandbox,
        &db,
        &[
            "revision",
            "--autogenerate",
            "-m",
            "again",
            "--schema",
            "schema.sql",
        ],
    )
    .ok();
    assert!(nothing.stdout.contains("nothing written"), "{nothing:?}");

    m(&sandbox, &db, &["upgrade", "head"]).ok();
    assert_eq!(mysql_tables(&db), ["migrate_revisions", "orders", "users"]);
    m(&sandbox, &db, &["downgrade", "0001"]).ok();
    assert_eq!(mysql_tables(&db), ["migrate_revisions", "users"]);
}

#[test]
fn a_look_alike_rename_is_written_for_review_and_refused_until_done() {
    let Some(db) = database() else { return };
    let sandbox = sandbox("autogen_mysql_review");
    sandbox.write(
        "schema.sql",
        "CREATE TABLE users (id bigint PRIMARY KEY, mail varchar(255) NOT NULL);\n",
    );
    let run = m(
        &sandbox,
        &db,
        &[
            "revision",
            "--autogenerate",
            "-m",
            "mail",
            "--schema",
            "schema.sql",
        ],
    )
    .ok();
    let files = generated(&sandbox);
    assert_eq!(files.len(), 1, "{run:?}");
    let text = std::fs::read_to_string(sandbox.path(&format!("migrations/{}", files[0]))).unwrap();
    assert!(
        text.contains("-- review: column users.email is dropped"),
        "{text}"
    );
    assert!(
        run.stderr.contains("RENAME COLUMN `email` TO `mail`"),
        "{run:?}"
    );
    let refused = m(&sandbox, &db, &["upgrade", "head"]).code(1);
    assert!(
        refused.stderr.contains("generated revision needs review"),
        "{refused:?}"
    );
    assert_eq!(mysql_tables(&db), Vec::<String>::new());
}

#[test]
fn a_scratch_server_of_another_kind_is_refused() {
    let Some(db) = database() else { return };
    let sandbox = sandbox("autogen_mysql_mismatch");
    sandbox.write("schema.sql", USERS);
    let run = m(
        &sandbox,
        &db,
        &[
            "check",
            "--schema",
            "schema.sql",
            "--dev-url",
            "postgres://postgres@127.0.0.1:1/none",
        ],
    )
    .code(1);
    assert!(
        run.stderr
            .contains("the set is mysql, but the scratch server"),
        "{run:?}"
    );
}

/// The schema of the MySQL/MariaDB database at `url`, our bookkeeping left
/// out.
fn schema_of(url: &str) -> migraph_core::schema::Snapshot {
    use migraph_core::sqlx::Connection;
    block_on(async {
        let mut conn = migraph_core::sqlx::MySqlConnection::connect(url)
            .await
            .unwrap();
        let mut snapshot = migraph_core::runtime::autogen::mysql::read_schema(&mut conn)
            .await
            .unwrap();
        let _ = conn.close().await;
        for table in ["migrate_revisions", "migrate_revisions_lock"] {
            snapshot.remove("table", table);
        }
        snapshot
    })
}

/// `mariadb-dump --no-data` (else `mysqldump`) of the database at `url`.
fn dump_of(url: &str) -> String {
    let name = url.rsplit('/').next().unwrap();
    let server = migraph_test_support::db::mysql_server();
    let address = server.trim_start_matches("mysql://");
    let (user, host) = address.split_once('@').unwrap_or(("root", address));
    let (host, port) = host.split_once(':').unwrap_or((host, "3306"));
    ["mariadb-dump", "mysqldump"]
        .iter()
        .find_map(|tool| {
            Command::new(tool)
                .args(["--no-data", "-h", host, "-P", port, "-u", user, name])
                .output()
                .ok()
                .filter(|o| o.status.success())
        })
        .map(|o| String::from_utf8(o.stdout).unwrap())
        .expect("mariadb-dump or mysqldump runs")
}

/// ory/keto's MySQL history through the binary, as a harness outside the
/// repository runs it: a database taken one revision further at a time by
/// `upgrade`; at every other step whose schema changes (k to k+1), its
/// `mariadb-dump --no-data` is the declared schema, `revision
/// --autogenerate` runs on a directory holding the chain up to k, the
/// chain with the written revision is upgraded into a fresh database,
/// compared with k+1, and `downgrade -1` compared with k. Review lines are
/// taken out before the upgrade (a person would decide them) and counted.
#[test]
fn keto_steps_through_the_binary_are_reproduced_both_ways() {
    let Some(ahead) = database() else {
        return;
    };
    let sandbox = Sandbox::empty("autogen_mysql_keto");
    let source = migraph_test_support::workspace_root().join("tests/sql-corpus/mysql/keto");
    let migrations = migraph_core::Migrations::load(&source).unwrap();
    let files: Vec<std::path::PathBuf> = migrations
        .revisions()
        .iter()
        .map(|r| std::path::PathBuf::from(r.file()))
        .collect();
    let toml = std::fs::read_to_string(source.join("migrate.toml")).unwrap();
    sandbox.write("full/migrate.toml", &toml);
    let (mut steps, mut proven, mut reviewed) = (0, 0, 0);
    let mut before = schema_of(&ahead);
    for (k, file) in files.iter().enumerate() {
        let name = file.file_name().unwrap().to_str().unwrap();
        std::fs::copy(file, sandbox.path(&format!("full/{name}"))).unwrap();
        m(&sandbox, &ahead, &["--dir", "full", "upgrade", "heads"]).ok();
        let after = schema_of(&ahead);
        if after.differences(&before).is_empty() {
            before = after;
            continue;
        }
        steps += 1;
        if steps % 2 == 1 {
            let chain = format!("step-{k}");
            sandbox.write(&format!("{chain}/migrate.toml"), &toml);
            for earlier in &files[..k] {
                let earlier_name = earlier.file_name().unwrap().to_str().unwrap();
                std::fs::copy(earlier, sandbox.path(&format!("{chain}/{earlier_name}"))).unwrap();
            }
            let dump = format!("{chain}.sql");
            sandbox.write(&dump, &dump_of(&ahead));
            let target = database().unwrap();
            let listed = sandbox.files(&chain);
            let message = format!("step {k}");
            let args = [
                "--dir",
                &chain,
                "revision",
                "--autogenerate",
                "-m",
                &message,
            ];
            m(
                &sandbox,
                &target,
                &[&args[..], &["--schema", &dump]].concat(),
            )
            .ok();
            let (_, text, needed_review) = sandbox.take_generated(&chain, &listed);
            if needed_review {
                reviewed += 1;
            }
            m(&sandbox, &target, &["--dir", &chain, "upgrade", "heads"]).ok();
            let up = schema_of(&target).differences(&after);
            assert_eq!(up, Vec::<String>::new(), "step {k}, up:\n{text}");
            m(&sandbox, &target, &["--dir", &chain, "downgrade", "-1"]).ok();
            let down = schema_of(&target).differences(&before);
            assert_eq!(down, Vec::<String>::new(), "step {k}, down:\n{text}");
            proven += 1;
        }
        before = after;
    }
    assert_eq!((steps, proven, reviewed), (13, 7, 0));
}
