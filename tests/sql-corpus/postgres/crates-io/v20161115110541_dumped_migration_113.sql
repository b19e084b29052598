-- revision: v20161115110541
-- down_revision: v20160812094502
-- message: rust-lang/crates.io dumped_migration_113

-- migrate:up
CREATE TABLE categories ( id               SERIAL PRIMARY KEY, category         VARCHAR NOT NULL UNIQUE, slug             VARCHAR NOT NULL UNIQUE, description      VARCHAR NOT NULL DEFAULT '', crates_cnt       INTEGER NOT NULL DEFAULT 0, created_at       TIMESTAMP NOT NULL DEFAULT current_timestamp);

-- migrate:down
DROP TABLE categories;
