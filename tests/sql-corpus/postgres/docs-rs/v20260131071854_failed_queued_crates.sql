-- revision: v20260131071854
-- down_revision: v20260129171944
-- message: rust-lang/docs.rs failed_queued_crates

-- migrate:up
-- Add up migration script here
DELETE FROM queue WHERE attempt >= 5;

-- migrate:down
-- empty down in the source history
