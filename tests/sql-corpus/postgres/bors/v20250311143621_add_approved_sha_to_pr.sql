-- revision: v20250311143621
-- down_revision: v20250307150834
-- message: rust-lang/bors add_approved_sha_to_pr

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request ADD COLUMN approved_sha TEXT;

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request DROP COLUMN approved_sha;
