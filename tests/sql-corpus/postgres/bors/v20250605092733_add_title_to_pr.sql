-- revision: v20250605092733
-- down_revision: v20250331142635
-- message: rust-lang/bors add_title_to_pr

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request ADD COLUMN title TEXT NOT NULL DEFAULT '';

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request DROP COLUMN title;
