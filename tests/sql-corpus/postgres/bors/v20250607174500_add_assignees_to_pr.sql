-- revision: v20250607174500
-- down_revision: v20250605133222
-- message: rust-lang/bors add_assignees_to_pr

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request ADD COLUMN assignees TEXT NOT NULL DEFAULT '';

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request DROP COLUMN assignees;
