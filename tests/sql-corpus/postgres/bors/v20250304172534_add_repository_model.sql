-- revision: v20250304172534
-- down_revision: v20250304150656
-- message: rust-lang/bors add_repository_model

-- migrate:up
-- Add up migration script here
CREATE TABLE IF NOT EXISTS repository
(
    id             SERIAL PRIMARY KEY,
    name           TEXT        NOT NULL UNIQUE,
    tree_state     INT         NULL,
    treeclosed_src TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

-- migrate:down
-- Add down migration script here
DROP TABLE IF EXISTS repository;
