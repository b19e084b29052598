-- revision: v20240626072340
-- down_revision: v20240518024946
-- message: rust-lang/bors add_approved_by_to_pr

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request ADD COLUMN approved_by TEXT;


-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request DROP COLUMN approved_by;
