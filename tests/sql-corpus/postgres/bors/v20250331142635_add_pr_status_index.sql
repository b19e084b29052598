-- revision: v20250331142635
-- down_revision: v20250324151905
-- message: rust-lang/bors add_pr_status_index

-- migrate:up
-- Add up migration script here
CREATE INDEX IF NOT EXISTS pull_request_status_idx ON pull_request (status);

-- migrate:down
-- Add down migration script here
DROP INDEX IF EXISTS pull_request_status_idx;
