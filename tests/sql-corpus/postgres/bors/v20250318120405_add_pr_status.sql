-- revision: v20250318120405
-- down_revision: v20250315140840
-- message: rust-lang/bors add_pr_status

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request
    ADD COLUMN status TEXT NOT NULL DEFAULT 'open';

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request DROP COLUMN status;
