-- revision: v20250307150834
-- down_revision: v20250304172534
-- message: rust-lang/bors add_rollup_to_pr

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request ADD COLUMN rollup TEXT;

-- migrate:down
-- Add up migration script here
ALTER TABLE pull_request DROP COLUMN rollup;
