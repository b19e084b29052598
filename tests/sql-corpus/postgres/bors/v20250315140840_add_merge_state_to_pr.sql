-- revision: v20250315140840
-- down_revision: v20250313013946
-- message: rust-lang/bors add_merge_state_to_pr

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request ADD COLUMN mergeable_state TEXT NOT NULL DEFAULT 'unknown';

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request DROP COLUMN mergeable_state;
