//! `verify` on real servers: each down that forgets something is named in
//! words, correct chains (hand-written and the real histories of
//! `tests/sql-corpus/`) report nothing, and the scratch database is gone
//! afterwards on every path.

mod common;

use std::path::{Path, PathBuf};

use migraph::{migrations, Migrations, NotRestored, Scratch, Verification, Workplace};
use sqlx::Connection;

use common::revision;

/// Writes a linear chain of `(up, down)` revisions `r01`, `r02`, ...
fn chain(name: &str, steps: &[(&str, &str)]) -> PathBuf {
    let dir = common::scratch(name);
    for (i, (up, down)) in steps.iter().enumerate() {
        let parent = match i {
            0 => "none".to_owned(),
            _ => format!("r{i:02}"),
        };
        revision(
            &dir,
            &format!("r{:02}", i + 1),
            &format!("-- down_revision: {parent}"),
            up,
            down,
        );
    }
    dir
}

fn load(dir: &Path) -> Migrations {
    Migrations::load(dir).unwrap()
}

/// The differences reported for each revision, as `(revision, differences)`.
fn findings(verification: &Verification) -> Vec<(String, Vec<String>)> {
    verification
        .not_restored
        .iter()
        .map(|n| (n.revision.clone(), n.differences.clone()))
        .collect()
}

async fn postgres() -> Option<String> {
    // Only the server is needed: verify makes its own database there.
    let server = common::postgres_server();
    let url = format!("{server}/postgres");
    match sqlx::PgConnection::connect(&url).await {
        Ok(conn) => {
            let _ = conn.close().await;
            Some(url)
        }
        Err(err) => common::unreachable("PostgreSQL", err),
    }
}

async fn mysql() -> Option<String> {
    let url = common::mysql_server();
    match sqlx::MySqlConnection::connect(&url).await {
        Ok(conn) => {
            let _ = conn.close().await;
            Some(url)
        }
        Err(err) => common::unreachable("MariaDB/MySQL", err),
    }
}

fn corpus(set: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/sql-corpus")
        .join(set)
}

/// The known findings of a real history: `(revision, one of its differences)`.
fn assert_known(verification: &Verification, known: &[(&str, &str)]) {
    let found = findings(verification);
    let revisions: Vec<&str> = found.iter().map(|(r, _)| r.as_str()).collect();
    let expected: Vec<&str> = known.iter().map(|(r, _)| *r).collect();
    assert_eq!(revisions, expected, "{verification}");
    for ((_, differences), (revision, difference)) in found.iter().zip(known) {
        assert!(
            differences.iter().any(|d| d == difference),
            "{revision}: {differences:#?}"
        );
    }
}

#[tokio::test]
async fn postgres_names_what_each_down_forgets() {
    let Some(url) = postgres().await else { return };
    let dir = chain(
        "verify_pg_forgets",
        &[
            (
                "CREATE TYPE mood AS ENUM ('happy');\n\
                 CREATE TABLE trades (id bigserial PRIMARY KEY, ts timestamptz NOT NULL, \
                 qty integer NOT NULL DEFAULT 0, m mood);\n\
                 CREATE INDEX trades_ts_idx ON trades (ts);\n\
                 CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ \
                 BEGIN NEW.ts := now(); RETURN NEW; END $$;",
                "DROP FUNCTION touch();\nDROP TABLE trades;\nDROP TYPE mood;",
            ),
            // Forgets a column: the down drops one of the two, so the up
            // cannot run again; the run goes on in a rebuilt database.
            (
                "ALTER TABLE trades ADD COLUMN fee_bp integer, ADD COLUMN note text;",
                "ALTER TABLE trades DROP COLUMN note;",
            ),
            // Forgets an index the up dropped.
            ("DROP INDEX trades_ts_idx;", "SELECT 1;"),
            // Forgets a trigger.
            (
                "CREATE OR REPLACE TRIGGER trades_touch BEFORE UPDATE ON trades \
                 FOR EACH ROW EXECUTE FUNCTION touch();\n\
                 CREATE TABLE audit (x integer);",
                "DROP TABLE audit;",
            ),
            // Forgets an enum value (PostgreSQL cannot drop one; a correct
            // down recreates the type).
            (
                "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'sad';",
                "SELECT 1;",
            ),
            // Forgets a default.
            (
                "ALTER TABLE trades ALTER COLUMN qty SET DEFAULT 1;",
                "ALTER TABLE trades ALTER COLUMN qty DROP DEFAULT;",
            ),
            // Forgets a collation.
            (
                "CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', \
                 deterministic = false);",
                "SELECT 1;",
            ),
            // Correct; then forgets a text search configuration's mapping.
            (
                "CREATE TEXT SEARCH CONFIGURATION plain (COPY = pg_catalog.simple);\n\
                 ALTER TEXT SEARCH CONFIGURATION plain DROP MAPPING FOR email;",
                "DROP TEXT SEARCH CONFIGURATION plain;",
            ),
            (
                "ALTER TEXT SEARCH CONFIGURATION plain ALTER MAPPING FOR url WITH english_stem;",
                "SELECT 1;",
            ),
            // Correct; then forgets that an event trigger was disabled.
            (
                "CREATE FUNCTION hear() RETURNS event_trigger LANGUAGE plpgsql \
                 AS $$ BEGIN NULL; END $$;\n\
                 CREATE EVENT TRIGGER hear ON ddl_command_end EXECUTE FUNCTION hear();",
                "DROP EVENT TRIGGER hear;\nDROP FUNCTION hear();",
            ),
            ("ALTER EVENT TRIGGER hear DISABLE;", "SELECT 1;"),
            // Correct.
            (
                "CREATE VIEW big AS SELECT id FROM trades WHERE qty > 10;",
                "DROP VIEW big;",
            ),
            // Forgets an operator, then a foreign data wrapper (kinds no
            // revision of autogenerate writes, compared all the same).
            (
                "CREATE OPERATOR === (LEFTARG = integer, RIGHTARG = integer, FUNCTION = int4eq);",
                "SELECT 1;",
            ),
            (
                "CREATE FOREIGN DATA WRAPPER nowhere;\n\
                 CREATE SERVER far FOREIGN DATA WRAPPER nowhere OPTIONS (host 'x');",
                "DROP SERVER far;",
            ),
        ],
    );
    let verification = load(&dir).verify(&url).await.unwrap();
    assert!(verification.failed.is_none(), "{verification}");
    assert_eq!(
        findings(&verification),
        [
            (
                "r02".into(),
                vec!["table trades: column fee_bp remains".into()]
            ),
            (
                "r03".into(),
                vec!["table trades: index trades_ts_idx is missing".into()]
            ),
            (
                "r04".into(),
                vec!["table trades: trigger trades_touch remains".into()]
            ),
            ("r05".into(), vec!["type mood: value 'sad' remains".into()]),
            (
                "r06".into(),
                vec!["table trades: column qty default changed from 0 to none".into()]
            ),
            ("r07".into(), vec!["collation nocase remains".into()]),
            (
                "r09".into(),
                vec![
                    "text search configuration plain: mapping url dictionaries changed \
                     from pg_catalog.simple to pg_catalog.english_stem"
                        .into()
                ]
            ),
            (
                "r11".into(),
                vec!["event trigger hear state changed from enabled to disabled".into()]
            ),
            (
                "r13".into(),
                vec!["operator ===(integer,integer) remains".into()]
            ),
            (
                "r14".into(),
                vec!["foreign data wrapper nowhere remains".into()]
            ),
        ] as [(String, Vec<String>); 10],
        "{verification}"
    );
    assert_eq!(verification.revisions, 14);
    assert!(!verification.is_ok());
}

#[tokio::test]
async fn postgres_correct_downs_report_nothing() {
    let Some(url) = postgres().await else { return };
    let dir = chain(
        "verify_pg_correct",
        &[
            (
                "CREATE TYPE status AS ENUM ('new', 'done');\n\
                 CREATE SEQUENCE invoice_no START 100;\n\
                 CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE, \
                 created timestamptz DEFAULT now());\n\
                 CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, \
                 user_id integer REFERENCES users (id) ON DELETE CASCADE, \
                 status status NOT NULL DEFAULT 'new', \
                 total numeric(10, 2) CHECK (total >= 0));\n\
                 CREATE INDEX orders_user_idx ON orders (user_id) WHERE status <> 'done';\n\
                 COMMENT ON TABLE orders IS 'what users buy';",
                "DROP TABLE orders;\nDROP TABLE users;\nDROP SEQUENCE invoice_no;\nDROP TYPE status;",
            ),
            // A dropped column comes back last, with its check.
            (
                "ALTER TABLE orders DROP COLUMN total;",
                "ALTER TABLE orders ADD COLUMN total numeric(10, 2) CHECK (total >= 0);",
            ),
            // An enum value removed by recreating the type.
            (
                "ALTER TYPE status ADD VALUE 'cancelled';",
                "DROP INDEX orders_user_idx;\n\
                 ALTER TYPE status RENAME TO status_old;\n\
                 CREATE TYPE status AS ENUM ('new', 'done');\n\
                 ALTER TABLE orders ALTER COLUMN status DROP DEFAULT, \
                 ALTER COLUMN status TYPE status USING status::text::status, \
                 ALTER COLUMN status SET DEFAULT 'new';\n\
                 DROP TYPE status_old;\n\
                 CREATE INDEX orders_user_idx ON orders (user_id) WHERE status <> 'done';",
            ),
            (
                "CREATE FUNCTION order_total(o orders) RETURNS numeric LANGUAGE sql \
                 AS $$ SELECT (o).user_id::numeric $$;\n\
                 CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$\n\
                 BEGIN\n  NEW.created := now();\n  RETURN NEW;\nEND\n$$;\n\
                 CREATE TRIGGER users_stamp BEFORE INSERT ON users \
                 FOR EACH ROW EXECUTE FUNCTION stamp();\n\
                 CREATE VIEW open_orders AS SELECT id, user_id FROM orders WHERE status = 'new';",
                "DROP VIEW open_orders;\nDROP TRIGGER users_stamp ON users;\n\
                 DROP FUNCTION stamp();\nDROP FUNCTION order_total(orders);",
            ),
            // Renames and defaults put back (CURRENT_TIMESTAMP is now()); the
            // unique constraint keeps its name.
            (
                "ALTER TABLE users RENAME COLUMN email TO mail;\n\
                 ALTER TABLE users ALTER COLUMN created DROP DEFAULT;",
                "ALTER TABLE users RENAME COLUMN mail TO email;\n\
                 ALTER TABLE users ALTER COLUMN created SET DEFAULT CURRENT_TIMESTAMP;",
            ),
            // A foreign key recreated without a name gets the same one.
            (
                "ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;",
                "ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id) \
                 ON DELETE CASCADE;",
            ),
            // Data only, with an empty down: sequence values are not schema.
            (
                "SELECT nextval('invoice_no');\nINSERT INTO users (mail) VALUES ('a@b.c');",
                "-- nothing to undo",
            ),
            (
                "CREATE EXTENSION IF NOT EXISTS pgcrypto;\n\
                 COMMENT ON COLUMN users.mail IS 'login';\n\
                 ALTER TABLE users ADD COLUMN age integer NOT NULL DEFAULT 0;",
                "ALTER TABLE users DROP COLUMN age;\n\
                 COMMENT ON COLUMN users.mail IS NULL;\nDROP EXTENSION pgcrypto;",
            ),
        ],
    );
    // Outside a transaction, as production runs it.
    revision(
        &dir,
        "r09",
        "-- down_revision: r08\n-- transactional: false",
        "CREATE INDEX CONCURRENTLY users_created_idx ON users (created);",
        "DROP INDEX CONCURRENTLY users_created_idx;",
    );
    revision(
        &dir,
        "r10",
        "-- down_revision: r09",
        "CREATE TABLE forever (x integer);",
        "irreversible",
    );
    let text = std::fs::read_to_string(dir.join("r10_m.sql")).unwrap();
    std::fs::write(
        dir.join("r10_m.sql"),
        text.replace(
            "-- migrate:down\nirreversible",
            "-- migrate:down irreversible",
        ),
    )
    .unwrap();
    // A function put back as it was, indented differently.
    revision(
        &dir,
        "r11",
        "-- down_revision: r10",
        "CREATE OR REPLACE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$\n\
         BEGIN NEW.created := now() - interval '1 second'; RETURN NEW; END\n$$;",
        "CREATE OR REPLACE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$\n\
         BEGIN\n    NEW.created := now();\n    RETURN NEW;\nEND\n$$;",
    );
    let verification = load(&dir).verify(&url).await.unwrap();
    assert!(verification.is_ok(), "{verification}");
    assert_eq!(verification.revisions, 11);
    assert_eq!(verification.skipped, ["r10"]);
}

/// The scratch database of each path: gone after a run that found
/// nothing, after a failing up, and after a `Scratch` is merely dropped.
#[tokio::test]
async fn postgres_scratch_is_gone_on_every_path() {
    let Some(url) = postgres().await else { return };
    let exists = |name: String| {
        let url = url.clone();
        async move {
            let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
            let found: Option<i32> =
                sqlx::query_scalar("SELECT 1 FROM pg_database WHERE datname = $1")
                    .bind(&name)
                    .fetch_optional(&mut conn)
                    .await
                    .unwrap();
            found.is_some()
        }
    };
    let dir = chain(
        "verify_pg_failing",
        &[
            ("CREATE TABLE t (x integer);", "DROP TABLE t;"),
            (
                "ALTER TABLE t ADD COLUMN y nosuchtype;",
                "ALTER TABLE t DROP COLUMN y;",
            ),
            ("CREATE TABLE never (x integer);", "DROP TABLE never;"),
        ],
    );
    let migrations = load(&dir);
    // The URL's own database need not exist: only the server is used.
    let missing = format!("{}/migrate_test_never_created", common::postgres_server());
    let scratch = Scratch::create(&missing).await.unwrap();
    let name = scratch.name();
    assert!(name.starts_with("migrate_verify_"), "{name}");
    assert!(exists(name.clone()).await);
    let verification = migrations.migrator().verify_on(&scratch).await.unwrap();
    scratch.drop_database().await.unwrap();
    assert!(!exists(name).await);
    let failed = verification.failed.as_ref().expect("the up of r02 fails");
    assert_eq!(
        (failed.revision.as_str(), failed.direction.as_str()),
        ("r02", "up")
    );
    assert!(
        failed.error.to_string().contains("nosuchtype"),
        "{}",
        failed.error
    );
    assert!(!verification.is_ok());

    // Dropped without drop_database (a panic, a cancelled future).
    let scratch = Scratch::create(&url).await.unwrap();
    let name = scratch.name();
    scratch.prepare("CREATE TABLE t (x integer)").await.unwrap();
    drop(scratch);
    assert!(!exists(name).await);
}

#[tokio::test]
async fn postgres_corpus_chirpstack() {
    let Some(url) = postgres().await else { return };
    let migrations = load(&corpus("postgres/chirpstack"));
    // chirpstack creates pg_trgm outside its migrations.
    let scratch = Scratch::create(&url).await.unwrap();
    scratch
        .prepare("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        .await
        .unwrap();
    let verification = migrations.migrator().verify_on(&scratch).await;
    scratch.drop_database().await.unwrap();
    let verification = verification.unwrap();
    assert!(verification.failed.is_none(), "{verification}");
    assert_eq!(verification.revisions, migrations.len());
    // Two real findings in chirpstack's own downs: the first drops the
    // default of payload_decoder_config twice instead of once for each
    // column; the second adds its columns back with `default 0`, which
    // they never had.
    assert_known(
        &verification,
        &[
            (
                "v20220426153628",
                "table device_profile: column payload_encoder_config default changed from none to ''::text",
            ),
            (
                "v20250113152218",
                "table device_profile: column abp_rx1_delay default changed from none to 0",
            ),
        ],
    );
    assert_eq!(verification.not_restored[0].differences.len(), 1);
}

#[tokio::test]
async fn sqlite_corpus_chirpstack() {
    let migrations = load(&corpus("sqlite/chirpstack"));
    let verification = migrations.verify("sqlite:").await.unwrap();
    assert!(verification.failed.is_none(), "{verification}");
    // chirpstack's SQLite downs: the first adds the columns back with
    // `default 0`, which they never had (as on PostgreSQL); the second
    // rebuilds device_profile without its defaults and its three indexes.
    assert_known(
        &verification,
        &[
            (
                "v20250113163304",
                "table device_profile: column abp_rx1_delay default changed from none to 0",
            ),
            (
                "v202512081354280000",
                "table device_profile: index idx_device_profile_tenant_id is missing",
            ),
        ],
    );
}

#[tokio::test]
async fn mariadb_corpus_pipeline() {
    let Some(url) = mysql().await else { return };
    let migrations = load(&corpus("mysql/pipeline"));
    let verification = migrations.verify(&url).await.unwrap();
    assert!(verification.failed.is_none(), "{verification}");
    assert_eq!(verification.revisions, migrations.len());
    assert_eq!(verification.skipped, ["1571746685"]);
    // Each checked by hand against the source; the indexes MySQL makes by
    // itself for foreign keys are not among them.
    assert_known(
        &verification,
        &[
            // Adds a unique index the down leaves.
            (
                "1546958353",
                "table amazon_eks_clusters: index ux_cluster_id remains",
            ),
            // Adds three foreign keys, drops two.
            (
                "1547657388",
                "table google_gke_node_pool_labels: constraint fk_google_gke_node_pool_labels_node_pool_id remains",
            ),
            // Recreates the table without that foreign key.
            (
                "1550151816",
                "table google_gke_node_pool_labels: constraint fk_google_gke_node_pool_labels_node_pool_id is missing",
            ),
            // Renames indexes back, but keeps the one the up created.
            (
                "1556881148",
                "table google_gke_clusters: index idx_gke_cluster_id remains",
            ),
            // The down repeats the up.
            (
                "1556881149",
                "table spotguide_repos: column icon type changed from mediumblob to longblob",
            ),
            // Adds the column back without its unique index.
            (
                "1568644399",
                "table organizations: index github_id is missing",
            ),
            // Recreates the table with other column types.
            (
                "1588601076",
                "table spotguide_repos: column icon type changed from longblob to mediumtext",
            ),
        ],
    );
}

/// Whether a section holds no statement (comments and blank lines only).
fn blank(sql: &str) -> bool {
    sql.lines()
        .map(str::trim)
        .all(|line| line.is_empty() || line.starts_with("--"))
}

#[tokio::test]
async fn postgres_corpus_hydra() {
    let Some(url) = postgres().await else { return };
    let migrations = load(&corpus("postgres/hydra"));
    let verification = migrations.verify(&url).await.unwrap();
    assert!(verification.failed.is_none(), "{verification}");
    assert_eq!(verification.revisions, migrations.len());
    // Most of hydra's downs are blank on purpose ("down migrations from
    // Hydra 2.x to 1.x are not available"): each blank down after an up
    // that changes the schema is a true finding. These are the findings
    // in downs that do hold SQL, each checked by hand against the source.
    let written: Vec<&NotRestored> = verification
        .not_restored
        .iter()
        .filter(|n| !blank(migrations.get(&n.revision).unwrap().down_sql().unwrap()))
        .collect();
    let known = [
        // Adds `public` back with DEFAULT FALSE, which it never had.
        (
            "v20190100000005000000",
            "table hydra_client: column public default changed from none to false",
        ),
        // Sets a default back but not the foreign key's ON DELETE.
        (
            "v20221109000010000000",
            "table hydra_oauth2_flow: column login_session_id default changed from none to ''::character varying",
        ),
        // Recreates the index without its cast of consent_error.
        (
            "v20230606112801000001",
            "table hydra_oauth2_flow: index hydra_oauth2_flow_multi_query_idx definition changed: \
             'USING btree (((consent_error)::character varying(2)),...' \
             became 'USING btree (consent_error, state, subject, client_id...'",
        ),
        // Creates other indexes than the up dropped.
        (
            "v20241012144910000001",
            "table hydra_oauth2_access: index hydra_oauth2_access_client_id_subject_idx is missing",
        ),
        // Puts back two NOT NULLs but none of the defaults the up dropped.
        (
            "v20251119112639000000",
            "table hydra_oauth2_flow: column acr default changed from ''::text to none",
        ),
        // Sets defaults the columns did not have before its up.
        (
            "v20251119112639000002",
            "table hydra_oauth2_flow: column acr default changed from none to ''::text",
        ),
    ];
    let found: Vec<(String, Vec<String>)> = written
        .iter()
        .map(|n| (n.revision.clone(), n.differences.clone()))
        .collect();
    let revisions: Vec<&str> = found.iter().map(|(r, _)| r.as_str()).collect();
    let expected: Vec<&str> = known.iter().map(|(r, _)| *r).collect();
    assert_eq!(revisions, expected, "{verification}");
    for ((_, differences), (revision, difference)) in found.iter().zip(&known) {
        assert!(
            differences.iter().any(|d| d == difference),
            "{revision}: {differences:#?}"
        );
    }
    // And the blank downs are reported where their up changed the schema.
    assert!(verification.not_restored.len() > written.len());
}

#[tokio::test]
async fn mariadb_names_what_each_down_forgets() {
    let Some(url) = mysql().await else { return };
    let dir = chain(
        "verify_my_forgets",
        &[
            (
                "CREATE TABLE users (id INT PRIMARY KEY);\n\
                 CREATE TABLE trades (id INT PRIMARY KEY AUTO_INCREMENT, ts DATETIME NOT NULL, \
                 qty INT NOT NULL DEFAULT 0);\n\
                 CREATE INDEX trades_ts_idx ON trades (ts);",
                "DROP TABLE trades;\nDROP TABLE users;",
            ),
            (
                "ALTER TABLE trades ADD COLUMN fee_bp INT, ADD COLUMN note TEXT;",
                "ALTER TABLE trades DROP COLUMN note;",
            ),
            ("DROP INDEX trades_ts_idx ON trades;", "DO 0;"),
            (
                "ALTER TABLE trades ALTER COLUMN qty SET DEFAULT 1;",
                "ALTER TABLE trades ALTER COLUMN qty DROP DEFAULT;",
            ),
            // Correct: a foreign key the database names, a column dropped
            // and added back (last), rows inserted (AUTO_INCREMENT moves).
            (
                "ALTER TABLE trades ADD COLUMN user_id INT, \
                 ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;\n\
                 INSERT INTO users VALUES (1);\n\
                 INSERT INTO trades (ts, qty, user_id) VALUES (NOW(), 3, 1);",
                "DELETE FROM trades;\nDELETE FROM users;\n\
                 ALTER TABLE trades DROP FOREIGN KEY trades_ibfk_1;\n\
                 ALTER TABLE trades DROP COLUMN user_id;",
            ),
            (
                "ALTER TABLE trades DROP COLUMN ts;",
                "ALTER TABLE trades ADD COLUMN ts DATETIME NOT NULL;",
            ),
        ],
    );
    let verification = load(&dir).verify(&url).await.unwrap();
    assert!(verification.failed.is_none(), "{verification}");
    assert_eq!(
        findings(&verification),
        [
            (
                "r02".into(),
                vec!["table trades: column fee_bp remains".into()]
            ),
            (
                "r03".into(),
                vec!["table trades: index trades_ts_idx is missing".into()]
            ),
            (
                "r04".into(),
                vec!["table trades: column qty default changed from 0 to none".into()]
            ),
        ] as [(String, Vec<String>); 3],
        "{verification}"
    );
}

#[tokio::test]
async fn mariadb_correct_downs_report_nothing() {
    let Some(url) = mysql().await else { return };
    let dir = chain(
        "verify_my_correct",
        &[
            (
                "CREATE TABLE users (id INT PRIMARY KEY);\n\
                 CREATE TABLE trades (id INT PRIMARY KEY AUTO_INCREMENT, user_id INT, \
                 qty INT NOT NULL DEFAULT 0, note VARCHAR(20) COLLATE utf8mb4_bin);",
                "DROP TABLE trades;\nDROP TABLE users;",
            ),
            // The index MySQL made for the key stays after the key goes.
            (
                "ALTER TABLE trades ADD CONSTRAINT fk_user FOREIGN KEY (user_id) \
                 REFERENCES users (id) ON DELETE CASCADE;",
                "ALTER TABLE trades DROP FOREIGN KEY fk_user;",
            ),
            (
                "ALTER TABLE trades DROP COLUMN note;",
                "ALTER TABLE trades ADD COLUMN note VARCHAR(20) COLLATE utf8mb4_bin;",
            ),
            (
                "CREATE VIEW big AS SELECT id FROM trades WHERE qty > 10;\n\
                 CREATE TRIGGER trades_bi BEFORE INSERT ON trades FOR EACH ROW SET NEW.qty = NEW.qty + 0;\n\
                 CREATE PROCEDURE touch(IN n INT) SELECT n;\n\
                 ALTER TABLE trades ADD CONSTRAINT qty_positive CHECK (qty >= 0);",
                "ALTER TABLE trades DROP CONSTRAINT qty_positive;\n\
                 DROP PROCEDURE touch;\nDROP TRIGGER trades_bi;\nDROP VIEW big;",
            ),
            // Rows in and out: AUTO_INCREMENT moves, the schema does not.
            (
                "INSERT INTO users VALUES (1);\nINSERT INTO trades (user_id) VALUES (1);",
                "DELETE FROM trades;\nDELETE FROM users;",
            ),
        ],
    );
    let verification = load(&dir).verify(&url).await.unwrap();
    assert!(verification.is_ok(), "{verification}");
    assert_eq!(verification.revisions, 5);
}

#[tokio::test]
async fn sqlite_names_what_each_down_forgets() {
    let dir = chain(
        "verify_sqlite_forgets",
        &[
            (
                "CREATE TABLE users (id INTEGER PRIMARY KEY);\n\
                 CREATE TABLE trades (id INTEGER PRIMARY KEY, ts TEXT NOT NULL, \
                 qty INTEGER NOT NULL DEFAULT 0, UNIQUE (ts, qty));\n\
                 CREATE INDEX trades_ts_idx ON trades (ts);",
                "DROP TABLE trades;\nDROP TABLE users;",
            ),
            ("ALTER TABLE trades ADD COLUMN fee_bp INTEGER;", "SELECT 1;"),
            ("DROP INDEX trades_ts_idx;", "SELECT 1;"),
            // A default changes through a table rebuild in SQLite.
            (
                "CREATE TABLE trades_new (id INTEGER PRIMARY KEY, ts TEXT NOT NULL, \
                 qty INTEGER NOT NULL DEFAULT 1, fee_bp INTEGER, UNIQUE (ts, qty));\n\
                 INSERT INTO trades_new SELECT id, ts, qty, fee_bp FROM trades;\n\
                 DROP TABLE trades;\nALTER TABLE trades_new RENAME TO trades;",
                "SELECT 1;",
            ),
            // Correct.
            ("CREATE TABLE notes (x TEXT);", "DROP TABLE notes;"),
        ],
    );
    let verification = load(&dir).verify("sqlite::memory:").await.unwrap();
    assert!(verification.failed.is_none(), "{verification}");
    assert_eq!(
        findings(&verification),
        [
            (
                "r02".into(),
                vec!["table trades: column fee_bp remains".into()]
            ),
            (
                "r03".into(),
                vec!["table trades: index trades_ts_idx is missing".into()]
            ),
            (
                "r04".into(),
                vec!["table trades: column qty default changed from 0 to 1".into()]
            ),
        ] as [(String, Vec<String>); 3],
        "{verification}"
    );
}

#[tokio::test]
async fn sqlite_correct_downs_report_nothing() {
    let dir = chain(
        "verify_sqlite_correct",
        &[
            (
                "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);\n\
                 CREATE TABLE orders (id INTEGER PRIMARY KEY, \
                 user_id INTEGER REFERENCES users (id) ON DELETE CASCADE, \
                 total NUMERIC NOT NULL DEFAULT 0);\n\
                 CREATE INDEX orders_big ON orders (total) WHERE total > 100;",
                "DROP TABLE orders;\nDROP TABLE users;",
            ),
            (
                "ALTER TABLE orders ADD COLUMN note TEXT DEFAULT 'none';",
                "ALTER TABLE orders DROP COLUMN note;",
            ),
            (
                "ALTER TABLE users ADD COLUMN nickname TEXT;",
                "ALTER TABLE users DROP COLUMN nickname;",
            ),
            // Dropped, and added back last.
            (
                "ALTER TABLE orders DROP COLUMN note;",
                "ALTER TABLE orders ADD COLUMN note TEXT DEFAULT 'none';",
            ),
            (
                "CREATE VIEW big AS SELECT id FROM orders WHERE total > 100;\n\
                 CREATE TRIGGER orders_touch AFTER UPDATE ON orders BEGIN SELECT 1; END;",
                "DROP TRIGGER orders_touch;\nDROP VIEW big;",
            ),
        ],
    );
    let verification = load(&dir).verify("sqlite::memory:").await.unwrap();
    assert!(verification.is_ok(), "{verification}");
    assert_eq!(verification.revisions, 5);
}

#[tokio::test]
async fn an_unknown_scheme_is_refused() {
    let dir = chain(
        "verify_scheme",
        &[("CREATE TABLE t (x INTEGER);", "DROP TABLE t;")],
    );
    let err = load(&dir).verify("oracle://db").await.unwrap_err();
    assert!(
        err.to_string()
            .contains("unsupported database URL scheme 'oracle'"),
        "{err}"
    );
}

/// A history whose downs fail in three places (a table that is not there
/// to drop, a column, a second statement after a first that ran).
fn three_failing_downs(name: &str) -> PathBuf {
    chain(
        name,
        &[
            ("CREATE TABLE a (x INTEGER);", "DROP TABLE a;"),
            ("CREATE TABLE b (x INTEGER);", "DROP TABLE no_such_b;"),
            (
                "CREATE TABLE c (x INTEGER);",
                "DROP TABLE c;\nDROP TABLE no_such_c;",
            ),
            ("CREATE TABLE d (x INTEGER);", "DROP TABLE no_such_d;"),
            ("CREATE TABLE e (x INTEGER);", "DROP TABLE e;"),
        ],
    )
}

/// Every failing down of the history is reported in one run, each with its
/// error, and the run goes on to the end: a down that fails does not
/// restore the schema. On each server (MariaDB, whose DDL commits as it
/// goes, goes on in a fresh database).
#[tokio::test]
async fn every_failing_down_is_reported_in_one_run() {
    let mut urls = vec!["sqlite:".to_owned()];
    urls.extend(postgres().await);
    urls.extend(mysql().await);
    for url in urls {
        let dir = three_failing_downs("verify_failing_downs");
        let verification = load(&dir).verify(&url).await.unwrap();
        assert!(verification.failed.is_none(), "{url}: {verification}");
        assert_eq!(verification.revisions, 5);
        let revisions: Vec<&str> = verification
            .not_restored
            .iter()
            .map(|n| n.revision.as_str())
            .collect();
        assert_eq!(revisions, ["r02", "r03", "r04"], "{url}: {verification}");
        let expected = [("no_such_b", "b"), ("no_such_c", "c"), ("no_such_d", "d")];
        for (found, (missing, table)) in verification.not_restored.iter().zip(expected) {
            let error = found
                .error
                .as_ref()
                .unwrap_or_else(|| panic!("{url}: {found:?}"));
            assert_eq!(error.revision, found.revision);
            assert_eq!(error.direction.as_str(), "down");
            assert!(error.statement.contains(missing), "{url}: {error:?}");
            // Rolled back, the down left its up's table; on MariaDB the
            // first statement of r03's down stayed, and c is gone.
            if !(url.starts_with("mysql") && table == "c") {
                assert_eq!(
                    found.differences,
                    [format!("table {table} remains")],
                    "{url}: {found:?}"
                );
            }
        }
        let text = verification.to_string();
        assert!(text.contains("r02_m.sql:"), "{text}");
        assert!(!text.contains("repair"), "{text}");
    }
}

static MIGRATIONS: Migrations = migrations!();

/// The README's test, exactly as a user writes it.
#[tokio::test]
async fn downs_undo_ups() {
    // A server where the test may CREATE DATABASE; "sqlite:" needs none.
    let url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "sqlite:".to_owned());
    let verification = MIGRATIONS.verify(&url).await.unwrap();
    assert!(verification.is_ok(), "{verification}");
}

/// The repository's own set, portable SQL whose downs are correct, on
/// every server.
#[tokio::test]
async fn the_repository_set_is_restored_on_every_server() {
    let mut urls = vec!["sqlite:".to_owned()];
    urls.extend(postgres().await);
    urls.extend(mysql().await);
    for url in urls {
        let verification = MIGRATIONS.verify(&url).await.unwrap();
        assert!(verification.is_ok(), "{url}: {verification}");
        assert_eq!(verification.revisions, MIGRATIONS.len());
    }
}

/// The names `tests/code/ok/b2_fill.rs` inserts (its set reads them from
/// the crate that embeds it).
pub const ITEM_NAMES: [&str; 5] = ["ada", "grace", "edsger", "barbara", "ken"];

static CODE: Migrations = migrations!("tests/code/ok");

/// Rust code revisions go through the runtime like SQL ones: `verify` runs
/// their up and down functions, on every server.
#[tokio::test]
async fn code_revisions_are_verified_like_the_others() {
    let mut urls = vec!["sqlite:".to_owned()];
    urls.extend(postgres().await);
    urls.extend(mysql().await);
    for url in urls {
        let verification = CODE.verify(&url).await.unwrap();
        assert!(verification.is_ok(), "{url}: {verification}");
        assert_eq!(verification.revisions, CODE.len());
        assert!(verification.skipped.is_empty());
    }
}

/// A revision whose own `COMMIT` ends the transaction it runs in: its down
/// drops one of its two tables and commits, and the walk still goes on
/// from the database after its up (the next up alters the dropped table).
/// Run in a transaction rolled back afterwards, that `COMMIT` would keep
/// the drop and the next up would fail.
#[tokio::test]
async fn postgres_a_revision_that_commits_itself_is_walked_from_its_up() {
    let Some(url) = postgres().await else { return };
    let dir = chain(
        "verify_pg_own_commit",
        &[
            (
                "BEGIN;\nCREATE TABLE b (x integer);\nCREATE TABLE c (x integer);\nCOMMIT;",
                "BEGIN;\nDROP TABLE b;\nCOMMIT;",
            ),
            (
                "ALTER TABLE b ADD COLUMN y integer;",
                "ALTER TABLE b DROP COLUMN y;",
            ),
        ],
    );
    let verification = load(&dir).verify(&url).await.unwrap();
    assert!(verification.failed.is_none(), "{verification}");
    assert_eq!(
        findings(&verification),
        [("r01".into(), vec!["table c remains".into()])] as [(String, Vec<String>); 1],
        "{verification}"
    );
}

// ---- an empty PostgreSQL database: the walk in one transaction ----

/// What a user made in the database `url` names: its relations, types,
/// functions and schemas (the server's own, OIDs below 16384, aside).
async fn user_objects(url: &str) -> Vec<String> {
    let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
    let objects: Vec<String> = sqlx::query_scalar(
        "SELECT relname::text FROM pg_class WHERE oid >= 16384 AND relpersistence <> 't' \
         UNION ALL SELECT typname::text FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace \
             WHERE t.oid >= 16384 AND n.nspname !~ '^pg_(toast_)?temp_' \
         UNION ALL SELECT proname::text FROM pg_proc WHERE oid >= 16384 \
         UNION ALL SELECT nspname::text FROM pg_namespace \
             WHERE oid >= 16384 AND nspname !~ '^pg_(toast_)?temp_' \
         UNION ALL SELECT extname::text FROM pg_extension WHERE extname <> 'plpgsql'",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    let _ = conn.close().await;
    objects
}

/// The same set verified in a scratch database made for it, as a
/// non-empty database's URL has it.
async fn on_scratch(migrations: &Migrations, prepare: Option<&str>) -> Verification {
    let server = postgres().await.unwrap();
    let scratch = Scratch::create(&server).await.unwrap();
    if let Some(sql) = prepare {
        scratch.prepare(sql).await.unwrap();
    }
    let verification = migrations.migrator().verify_on(&scratch).await;
    scratch.drop_database().await.unwrap();
    verification.unwrap()
}

/// That `verification` walked the URL's own database, in one transaction.
fn assert_rolled_back(verification: &Verification) {
    assert!(
        matches!(verification.workplace, Workplace::RolledBack { .. }),
        "walked {}",
        verification.workplace
    );
}

/// Why `verification` walked a scratch database instead of the URL's own
/// one; a failure where it did not.
fn scratch_reason(verification: &Verification) -> &str {
    match &verification.workplace {
        Workplace::ScratchInstead { reason } => reason,
        other => panic!("walked {other}"),
    }
}

/// Two findings and a correct revision, as a user's fresh CI database
/// sees them: walked in that database in one transaction, reported as the
/// scratch database reports them, and the database left as empty as it
/// was (no table, no bookkeeping table, no type or function).
#[tokio::test]
async fn postgres_an_empty_database_is_walked_in_one_transaction_and_left_empty() {
    let Some(db) = common::postgres_database().await else {
        return;
    };
    let dir = chain(
        "verify_pg_one_transaction",
        &[
            (
                "CREATE TYPE mood AS ENUM ('happy', 'sad');\n\
                 CREATE TABLE trades (id bigserial PRIMARY KEY, m mood, qty integer DEFAULT 0);\n\
                 CREATE FUNCTION one() RETURNS integer LANGUAGE sql AS 'SELECT 1';",
                "DROP FUNCTION one();\nDROP TABLE trades;\nDROP TYPE mood;",
            ),
            (
                "ALTER TABLE trades ADD COLUMN fee_bp integer, ADD COLUMN note text;",
                "ALTER TABLE trades DROP COLUMN note;",
            ),
            (
                "CREATE INDEX trades_qty ON trades (qty);\nALTER TABLE trades ALTER qty SET DEFAULT 1;",
                "DROP INDEX trades_qty;",
            ),
            ("CREATE VIEW big AS SELECT id FROM trades;", "DROP VIEW big;"),
            ("ALTER TABLE trades DROP COLUMN note;", "ALTER TABLE trades ADD COLUMN note text;"),
        ],
    );
    let migrations = load(&dir);
    let verification = migrations.verify(&*db).await.unwrap();
    let database = db.rsplit('/').next().unwrap().to_owned();
    assert_eq!(
        verification.workplace,
        Workplace::RolledBack { database },
        "{verification}"
    );
    assert_eq!(
        findings(&verification),
        [
            (
                "r02".to_owned(),
                vec!["table trades: column fee_bp remains".to_owned()]
            ),
            (
                "r03".to_owned(),
                vec!["table trades: column qty default changed from 0 to 1".to_owned()]
            ),
        ],
        "{verification}"
    );
    assert_eq!(
        verification.to_string(),
        on_scratch(&migrations, None).await.to_string()
    );
    assert_eq!(user_objects(&db).await, Vec::<String>::new());
}

/// An up that fails ends the walk there, as on a scratch database, and
/// takes nothing of the revisions before it along into the database.
#[tokio::test]
async fn postgres_an_empty_database_stays_empty_after_a_failed_up() {
    let Some(db) = common::postgres_database().await else {
        return;
    };
    let dir = chain(
        "verify_pg_one_transaction_failing",
        &[
            ("CREATE TABLE t (x integer);", "DROP TABLE t;"),
            (
                "ALTER TABLE t ADD COLUMN y nosuchtype;",
                "ALTER TABLE t DROP COLUMN y;",
            ),
            ("CREATE TABLE never (x integer);", "DROP TABLE never;"),
        ],
    );
    let migrations = load(&dir);
    let verification = migrations.verify(&*db).await.unwrap();
    assert_rolled_back(&verification);
    let failed = verification.failed.as_ref().expect("the up of r02 fails");
    assert_eq!(
        (failed.revision.as_str(), failed.direction.as_str()),
        ("r02", "up")
    );
    assert_eq!(
        verification.to_string(),
        on_scratch(&migrations, None).await.to_string()
    );
    assert_eq!(user_objects(&db).await, Vec::<String>::new());
}

/// What a history expects before its first revision (`--prepare`) runs in
/// the transaction too, and goes with it.
#[tokio::test]
async fn postgres_what_is_prepared_in_an_empty_database_goes_with_the_transaction() {
    let Some(db) = common::postgres_database().await else {
        return;
    };
    let dir = chain(
        "verify_pg_one_transaction_prepared",
        &[(
            "CREATE TABLE auth.users (id integer PRIMARY KEY);",
            "DROP TABLE auth.users;",
        )],
    );
    let migrations = load(&dir);
    let scratch = Scratch::for_verify(&*db).await.unwrap();
    assert!(scratch.is_rolled_back());
    scratch
        .prepare("CREATE SCHEMA IF NOT EXISTS auth")
        .await
        .unwrap();
    let verification = migrations.migrator().verify_on(&scratch).await.unwrap();
    scratch.drop_database().await.unwrap();
    assert!(verification.is_ok(), "{verification}");
    assert!(matches!(
        verification.workplace,
        Workplace::RolledBack { .. }
    ));
    assert_eq!(user_objects(&db).await, Vec::<String>::new());
}

/// A database with anything of its own is never walked in: a scratch
/// database is, as before, and the database keeps what it had.
#[tokio::test]
async fn postgres_a_database_with_objects_of_its_own_keeps_the_scratch_database() {
    let Some(db) = common::postgres_database().await else {
        return;
    };
    let mut conn = sqlx::PgConnection::connect(&db).await.unwrap();
    sqlx::raw_sql("CREATE TABLE kept (x integer)")
        .execute(&mut conn)
        .await
        .unwrap();
    let _ = conn.close().await;
    let dir = chain(
        "verify_pg_not_empty",
        &[("CREATE TABLE t (x integer);", "DROP TABLE t;")],
    );
    let verification = load(&dir).verify(&*db).await.unwrap();
    assert!(verification.is_ok(), "{verification}");
    assert_eq!(verification.workplace, Workplace::Scratch);
    // The table and its row type, and nothing of the walk.
    assert_eq!(user_objects(&db).await, ["kept", "_kept", "kept"]);
}

/// Each thing one transaction cannot do as a commit per revision does
/// sends the walk to a scratch database before anything runs, with the
/// reason, and the findings are the scratch database's.
#[tokio::test]
async fn postgres_a_set_that_needs_commits_is_walked_in_a_scratch_database() {
    let Some(db) = common::postgres_database().await else {
        return;
    };
    let cases: [(&str, &str, &str, &str); 5] = [
        (
            "",
            "CREATE TYPE mood AS ENUM ('happy');\nALTER TYPE mood ADD VALUE 'sad';",
            "SELECT 'sad'::mood;\nDROP TYPE mood;",
            "'sad', an enum value added before it",
        ),
        (
            "",
            "SET LOCAL lock_timeout = '1s';\nCREATE TABLE t (x integer);",
            "DROP TABLE t;",
            "SET LOCAL",
        ),
        (
            "",
            "CREATE TABLE t (x integer);\nCOMMIT;",
            "DROP TABLE t;",
            "COMMIT",
        ),
        (
            "",
            "CREATE TABLE t (x integer);\nSET CONSTRAINTS ALL DEFERRED;",
            "DROP TABLE t;",
            "SET CONSTRAINTS",
        ),
        (
            "",
            "CREATE TEMP TABLE IF NOT EXISTS scratchpad (x integer) ON COMMIT DELETE ROWS;\n\
             CREATE TABLE t (x integer);",
            "DROP TABLE t;",
            "ON COMMIT",
        ),
    ];
    for (i, (header, up, down, reason)) in cases.into_iter().enumerate() {
        let dir = common::scratch(&format!("verify_pg_needs_commits_{i}"));
        revision(
            &dir,
            "r01",
            &format!("-- down_revision: none\n{header}"),
            up,
            down,
        );
        // A second revision, so a forgotten column is still found.
        revision(
            &dir,
            "r02",
            "-- down_revision: r01",
            "CREATE TABLE u (x integer);\nALTER TABLE u ADD COLUMN y integer;",
            "ALTER TABLE u DROP COLUMN x;\nALTER TABLE u DROP COLUMN y;",
        );
        let migrations = load(&dir);
        let verification = migrations.verify(&*db).await.unwrap();
        let why = scratch_reason(&verification);
        assert!(why.contains("r01") && why.contains(reason), "{why}");
        assert_eq!(
            verification.to_string(),
            on_scratch(&migrations, None).await.to_string(),
            "{reason}"
        );
        assert!(!verification.not_restored.is_empty(), "{verification}");
        assert_eq!(user_objects(&db).await, Vec::<String>::new(), "{reason}");
    }
}

/// What one transaction can stand in for is walked there: a revision
/// that is not transactional (its index built without `CONCURRENTLY`), an
/// enum value added and not used, constraints whose checks wait for the
/// commit (and no rows they wait on: those are the next test's). The
/// findings are the scratch database's, and the database is left empty.
#[tokio::test]
async fn postgres_indexes_built_concurrently_enum_values_and_deferred_checks_stay_in_one_transaction(
) {
    let Some(db) = common::postgres_database().await else {
        return;
    };
    let dir = common::scratch("verify_pg_one_transaction_stands_in");
    revision(
        &dir,
        "r01",
        "-- down_revision: none\n-- transactional: false",
        "CREATE TABLE t (x integer);\nCREATE INDEX CONCURRENTLY t_x ON t (x);",
        "DROP INDEX CONCURRENTLY t_x;\nDROP TABLE t;",
    );
    revision(
        &dir,
        "r02",
        "-- down_revision: r01",
        "CREATE TYPE mood AS ENUM ('happy');\nALTER TYPE mood ADD VALUE 'sad';\n\
         CREATE TABLE p (id integer PRIMARY KEY);\n\
         CREATE TABLE c (p integer REFERENCES p DEFERRABLE INITIALLY DEFERRED, m mood);",
        "DROP TABLE c;\nDROP TABLE p;\nDROP TYPE mood;",
    );
    revision(
        &dir,
        "r03",
        "-- down_revision: r02\n-- transactional: false",
        "CREATE INDEX CONCURRENTLY t_x2 ON t (x);\nALTER TABLE p ADD COLUMN y integer;",
        "DROP INDEX t_x2;",
    );
    let migrations = load(&dir);
    let verification = migrations.verify(&*db).await.unwrap();
    assert_rolled_back(&verification);
    assert_eq!(
        verification.to_string(),
        on_scratch(&migrations, None).await.to_string()
    );
    assert_eq!(
        findings(&verification),
        [(
            "r03".to_owned(),
            vec!["table p: column y remains".to_owned()]
        )]
    );
    assert_eq!(user_objects(&db).await, Vec::<String>::new());
}

/// An index statement that fails in one transaction is reported as the
/// file writes it, `CONCURRENTLY` included, as the scratch database's walk
/// reports it.
#[tokio::test]
async fn postgres_a_failed_index_built_concurrently_is_reported_as_written() {
    let Some(db) = common::postgres_database().await else {
        return;
    };
    let dir = common::scratch("verify_pg_concurrently_fails");
    revision(
        &dir,
        "r01",
        "-- down_revision: none\n-- transactional: false",
        "CREATE TABLE t (x integer);\nINSERT INTO t VALUES (1), (1);\n\
         CREATE UNIQUE INDEX CONCURRENTLY t_x ON t (x);",
        "DROP TABLE t;",
    );
    let migrations = load(&dir);
    let verification = migrations.verify(&*db).await.unwrap();
    assert_rolled_back(&verification);
    let report = verification.to_string();
    assert!(
        report.contains("CREATE UNIQUE INDEX CONCURRENTLY t_x ON t (x)"),
        "{report}"
    );
    assert_eq!(report, on_scratch(&migrations, None).await.to_string());
    assert_eq!(user_objects(&db).await, Vec::<String>::new());
}

/// An index built concurrently on a partitioned table fails where the
/// plain form would not: in a set with partitioned tables `CONCURRENTLY`
/// stays, the walk goes to a scratch database (25001), and the up fails
/// there as an upgrade would.
#[tokio::test]
async fn postgres_an_index_built_concurrently_on_a_partitioned_table_still_fails() {
    let Some(db) = common::postgres_database().await else {
        return;
    };
    let dir = common::scratch("verify_pg_concurrently_partitioned");
    revision(
        &dir,
        "r01",
        "-- down_revision: none\n-- transactional: false",
        "CREATE TABLE m (at date) PARTITION BY RANGE (at);\n\
         CREATE INDEX CONCURRENTLY m_at ON m (at);",
        "DROP TABLE m;",
    );
    let verification = load(&dir).verify(&*db).await.unwrap();
    let reason = scratch_reason(&verification);
    assert!(
        reason.contains("revision r01") && reason.contains("25001"),
        "{reason}"
    );
    let failed = verification.failed.as_ref().expect("the up fails");
    assert_eq!(failed.revision, "r01");
    assert!(
        verification.to_string().contains("partitioned table"),
        "{verification}"
    );
    assert_eq!(user_objects(&db).await, Vec::<String>::new());
}

/// A temporary table made `ON COMMIT DROP` is gone after its step in one
/// transaction, as after its commit: the next revision makes one of the
/// same name.
#[tokio::test]
async fn postgres_a_temporary_table_dropped_on_commit_is_gone_after_its_step() {
    let Some(db) = common::postgres_database().await else {
        return;
    };
    let backfill = "CREATE TEMP TABLE work ON COMMIT DROP AS SELECT 1 AS x;\n\
                    CREATE TABLE IF NOT EXISTS t (x integer);\nINSERT INTO t SELECT x FROM work;";
    let dir = chain(
        "verify_pg_temporary_on_commit_drop",
        &[(backfill, "DROP TABLE t;"), (backfill, "DELETE FROM t;")],
    );
    let migrations = load(&dir);
    let verification = migrations.verify(&*db).await.unwrap();
    assert_rolled_back(&verification);
    assert!(verification.failed.is_none(), "{verification}");
    assert_eq!(
        verification.to_string(),
        on_scratch(&migrations, None).await.to_string()
    );
    assert_eq!(user_objects(&db).await, Vec::<String>::new());
}

/// A check deferred to the commit runs after each step of the walk in one
/// transaction, as the revision's commit runs it: a row that breaks it
/// fails the revision's up there as in a scratch database.
#[tokio::test]
async fn postgres_a_deferred_check_that_fails_fails_the_up_in_one_transaction() {
    let Some(db) = common::postgres_database().await else {
        return;
    };
    let dir = chain(
        "verify_pg_deferred_check_fails",
        &[
            (
                "CREATE TABLE p (id integer PRIMARY KEY);\n\
                 CREATE TABLE c (p integer REFERENCES p DEFERRABLE INITIALLY DEFERRED);",
                "DROP TABLE c;\nDROP TABLE p;",
            ),
            ("INSERT INTO c VALUES (7);", "DELETE FROM c;"),
        ],
    );
    let migrations = load(&dir);
    let verification = migrations.verify(&*db).await.unwrap();
    assert_rolled_back(&verification);
    let scratch = on_scratch(&migrations, None).await;
    let failed = |v: &Verification| {
        let failed = v.failed.as_ref().expect("the up fails");
        (failed.revision.clone(), failed.direction)
    };
    assert_eq!(failed(&verification), failed(&scratch));
    for v in [&verification, &scratch] {
        assert!(v.to_string().contains("c_p_fkey"), "{v}");
    }
    assert_eq!(user_objects(&db).await, Vec::<String>::new());
}

/// What one transaction still trips over sends the walk to a scratch
/// database when the server refuses it, naming the revision: a statement
/// that cannot run in a transaction block (25001), a table altered while
/// checks deferred to the commit wait on its rows (55006). The findings are
/// the scratch database's.
#[tokio::test]
async fn postgres_what_the_server_refuses_in_one_transaction_sends_the_walk_elsewhere() {
    let Some(db) = common::postgres_database().await else {
        return;
    };
    // Each case: the first revision's header, its up and down, the second
    // revision's up (which forgets its down), and the code.
    let cases: [(&str, &str, &str, &str, &str); 2] = [
        (
            "-- transactional: false",
            "CREATE TABLE t (x integer);\nVACUUM t;",
            "DROP TABLE t;",
            "ALTER TABLE t ADD COLUMN y integer;",
            "25001",
        ),
        (
            "",
            "CREATE TABLE p (id integer PRIMARY KEY);\n\
             CREATE TABLE c (p integer REFERENCES p DEFERRABLE INITIALLY DEFERRED);\n\
             INSERT INTO p VALUES (1);\nINSERT INTO c VALUES (1);",
            "DROP TABLE c;\nDROP TABLE p;",
            "ALTER TABLE c ADD COLUMN y integer;",
            "55006",
        ),
    ];
    for (i, (header, up, down, next, code)) in cases.into_iter().enumerate() {
        let dir = common::scratch(&format!("verify_pg_server_refuses_{i}"));
        revision(
            &dir,
            "r01",
            &format!("-- down_revision: none\n{header}"),
            up,
            down,
        );
        revision(&dir, "r02", "-- down_revision: r01", next, "SELECT 1;");
        let migrations = load(&dir);
        let verification = migrations.verify(&*db).await.unwrap();
        let reason = scratch_reason(&verification);
        assert!(
            reason.contains(code) && reason.contains("revision r0"),
            "{reason}"
        );
        assert_eq!(
            verification.to_string(),
            on_scratch(&migrations, None).await.to_string(),
            "{code}"
        );
        assert!(!verification.not_restored.is_empty(), "{verification}");
        assert_eq!(user_objects(&db).await, Vec::<String>::new(), "{code}");
    }
}

/// A step that fails with `out of shared memory` (53200: a lock table
/// that one transaction filled, where commits would have let go of the
/// locks) sends the whole walk to a scratch database. A full lock table
/// cannot be made here without failing every other session of the
/// server, so the revision raises the same error itself: the scratch
/// database's walk then fails on it too, and is the one reported.
#[tokio::test]
async fn postgres_a_full_lock_table_sends_the_walk_to_a_scratch_database() {
    let Some(db) = common::postgres_database().await else {
        return;
    };
    let dir = chain(
        "verify_pg_out_of_locks",
        &[
            ("CREATE TABLE t (x integer);", "DROP TABLE t;"),
            (
                "DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '53200', \
                 MESSAGE = 'out of shared memory'; END $$;",
                "SELECT 1;",
            ),
        ],
    );
    let migrations = load(&dir);
    let verification = migrations.verify(&*db).await.unwrap();
    let reason = scratch_reason(&verification);
    assert!(reason.contains("53200"), "{reason}");
    let failed = verification.failed.as_ref().expect("the up of r02 fails");
    assert_eq!(failed.revision, "r02");
    assert_eq!(
        verification.to_string(),
        on_scratch(&migrations, None).await.to_string()
    );
    assert_eq!(user_objects(&db).await, Vec::<String>::new());
}

/// Another run holding the database's migration lock (a verify doing the
/// same, an upgrade) is not waited for: the walk goes to a scratch
/// database.
#[tokio::test]
async fn postgres_an_empty_database_another_run_holds_is_left_to_it() {
    let Some(db) = common::postgres_database().await else {
        return;
    };
    let mut holder = sqlx::PgConnection::connect(&db).await.unwrap();
    let key = migraph::ledger::Table::default().lock_key();
    let _: () = sqlx::query_scalar("SELECT pg_advisory_lock($1)")
        .bind(key)
        .fetch_one(&mut holder)
        .await
        .unwrap();
    let dir = chain(
        "verify_pg_locked",
        &[("CREATE TABLE t (x integer);", "DROP TABLE t;")],
    );
    let verification = load(&dir).verify(&*db).await.unwrap();
    let _ = holder.close().await;
    assert!(verification.is_ok(), "{verification}");
    let reason = scratch_reason(&verification);
    assert!(reason.contains("lock"), "{reason}");
}

/// Objects another session makes in the database while the walk runs
/// (which its reads may see) send the walk to a scratch database again.
#[tokio::test]
async fn postgres_objects_made_by_another_session_meanwhile_send_the_walk_elsewhere() {
    let Some(db) = common::postgres_database().await else {
        return;
    };
    let dir = chain(
        "verify_pg_meanwhile",
        &[
            (
                "CREATE TABLE t (x integer);\nSELECT pg_sleep(1);",
                "DROP TABLE t;",
            ),
            ("CREATE TABLE u (x integer);", "DROP TABLE u;"),
        ],
    );
    let migrations = load(&dir);
    let other = async {
        let mut conn = sqlx::PgConnection::connect(&db).await.unwrap();
        // Once the walk sleeps in its first up.
        loop {
            let sleeping: bool = sqlx::query_scalar(
                "SELECT EXISTS (SELECT FROM pg_stat_activity \
                 WHERE datname = current_database() AND wait_event = 'PgSleep')",
            )
            .fetch_one(&mut conn)
            .await
            .unwrap();
            if sleeping {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        sqlx::raw_sql("CREATE TABLE other_session (x integer)")
            .execute(&mut conn)
            .await
            .unwrap();
        let _ = conn.close().await;
    };
    let (verification, ()) = tokio::join!(migrations.verify(&*db), other);
    let verification = verification.unwrap();
    assert!(verification.is_ok(), "{verification}");
    let reason = scratch_reason(&verification);
    assert!(reason.contains("another session"), "{reason}");
    assert_eq!(
        user_objects(&db).await,
        ["other_session", "_other_session", "other_session"]
    );
}

const CHILD_URL: &str = "MIGRAPH_VERIFY_CHILD_URL";
const CHILD_DIR: &str = "MIGRAPH_VERIFY_CHILD_DIR";

/// Not a test of its own: the child process of
/// `postgres_a_killed_verify_leaves_an_empty_database_empty`. Without
/// `MIGRAPH_VERIFY_CHILD_URL` it returns at once; with it, it verifies the
/// set of `MIGRAPH_VERIFY_CHILD_DIR` there.
#[test]
fn verify_child() {
    let Ok(url) = std::env::var(CHILD_URL) else {
        return;
    };
    let dir = std::env::var(CHILD_DIR).expect("MIGRAPH_VERIFY_CHILD_DIR");
    let verified = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
        .block_on(async { load(Path::new(&dir)).verify(&url).await });
    std::process::exit(i32::from(verified.is_err()));
}

/// A run killed (SIGKILL) in the middle of its walk, many relations made
/// in its transaction: the server rolls the transaction back, and the
/// database is as empty as before.
#[tokio::test]
async fn postgres_a_killed_verify_leaves_an_empty_database_empty() {
    let Some(db) = common::postgres_database().await else {
        return;
    };
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["verify_child", "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_URL, &*db)
        .env(CHILD_DIR, corpus("postgres/hydra"))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut conn = sqlx::PgConnection::connect(&db).await.unwrap();
    let started = std::time::Instant::now();
    // Until the child's transaction holds locks on 50 relations it made.
    loop {
        let held: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid \
             WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() \
             AND l.locktype = 'relation' AND l.relation >= 16384",
        )
        .fetch_one(&mut conn)
        .await
        .unwrap();
        if held >= 50 {
            break;
        }
        let waited = started.elapsed();
        assert!(
            waited < std::time::Duration::from_secs(120),
            "no walk after {waited:?}"
        );
        assert!(child.try_wait().unwrap().is_none(), "the child ended early");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    child.kill().unwrap();
    child.wait().unwrap();
    // Until the server has ended the child's session.
    loop {
        let sessions: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_stat_activity \
             WHERE datname = current_database() AND pid <> pg_backend_pid()",
        )
        .fetch_one(&mut conn)
        .await
        .unwrap();
        if sessions == 0 {
            break;
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(180));
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let _ = conn.close().await;
    assert_eq!(user_objects(&db).await, Vec::<String>::new());
}
