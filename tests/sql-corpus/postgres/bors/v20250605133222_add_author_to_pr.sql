-- revision: v20250605133222
-- down_revision: v20250605092733
-- message: rust-lang/bors add_author_to_pr

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request ADD COLUMN author TEXT NOT NULL DEFAULT '';

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request DROP COLUMN author;
