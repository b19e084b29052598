-- revision: v20260707102617
-- down_revision: v20260620120756
-- message: rust-lang/bors add_treeclosed_reason_to_repo

-- migrate:up
-- Add up migration script here
ALTER TABLE repository
    ADD COLUMN treeclosed_reason TEXT NULL;

-- migrate:down
-- Add down migration script here
ALTER TABLE repository
    DROP COLUMN treeclosed_reason;
