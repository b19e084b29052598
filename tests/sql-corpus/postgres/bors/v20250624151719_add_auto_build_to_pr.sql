-- revision: v20250624151719
-- down_revision: v20250607174500
-- message: rust-lang/bors add_auto_build_to_pr

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request ADD COLUMN auto_build_id INTEGER REFERENCES build(id);

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request DROP COLUMN auto_build_id;
