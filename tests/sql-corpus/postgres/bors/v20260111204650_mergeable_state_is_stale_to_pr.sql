-- revision: v20260111204650
-- down_revision: v20260106162004
-- message: rust-lang/bors mergeable_state_is_stale_to_pr

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request
    ADD COLUMN mergeable_state_is_stale BOOLEAN NOT NULL DEFAULT true;

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request
    DROP COLUMN mergeable_state_is_stale;
