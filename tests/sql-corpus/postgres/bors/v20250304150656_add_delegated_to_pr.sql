-- revision: v20250304150656
-- down_revision: v20250227095730
-- message: rust-lang/bors add_delegated_to_pr

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request ADD COLUMN delegated BOOLEAN NOT NULL DEFAULT FALSE;

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request DROP COLUMN delegated;
