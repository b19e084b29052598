-- revision: v20260708071150
-- down_revision: v20260707102617
-- message: rust-lang/bors add_note_to_pr

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request
    ADD COLUMN note TEXT NULL;

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request
    DROP COLUMN note;
