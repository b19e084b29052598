-- revision: v20250227095730
-- down_revision: v20240626072340
-- message: rust-lang/bors add_priority_to_pr

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request ADD COLUMN priority INT;

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request DROP COLUMN priority;
