-- revision: v20260106162004
-- down_revision: v20251215115722
-- message: rust-lang/bors add_head_branch_to_pr

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request
    ADD COLUMN head_branch TEXT NOT NULL DEFAULT 'unknown';

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request
    DROP COLUMN head_branch;
