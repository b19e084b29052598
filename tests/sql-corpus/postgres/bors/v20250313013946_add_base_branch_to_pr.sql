-- revision: v20250313013946
-- down_revision: v20250311143621
-- message: rust-lang/bors add_base_branch_to_pr

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request
    ADD COLUMN base_branch TEXT NOT NULL DEFAULT 'master';

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request DROP COLUMN base_branch;
