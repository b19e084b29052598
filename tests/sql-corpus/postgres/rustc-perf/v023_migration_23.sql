-- revision: v023
-- down_revision: v022
-- message: rust-lang/rustc-perf migration_23

-- migrate:up
CREATE TABLE IF NOT EXISTS benchmark_request (
    id           SERIAL PRIMARY KEY,
    tag          TEXT NOT NULL UNIQUE,
    parent_sha   TEXT,
    commit_type  TEXT NOT NULL,
    pr           INTEGER,
    created_at   TIMESTAMPTZ NOT NULL,
    completed_at TIMESTAMPTZ,
    status       TEXT NOT NULL,
    backends     TEXT NOT NULL,
    profiles     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS benchmark_request_status_idx on benchmark_request (status) WHERE status != 'completed';

-- migrate:down irreversible
