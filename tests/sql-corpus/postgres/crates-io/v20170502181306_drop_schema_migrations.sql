-- revision: v20170502181306
-- down_revision: v20170430202433
-- message: rust-lang/crates.io drop_schema_migrations

-- migrate:up
DROP TABLE IF EXISTS schema_migrations;

-- migrate:down
CREATE TABLE IF NOT EXISTS schema_migrations (
    id              SERIAL PRIMARY KEY,
    version         INT8 NOT NULL UNIQUE
);
