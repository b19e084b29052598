-- revision: v20260113181302
-- down_revision: v20260111204650
-- message: rust-lang/bors add_duration_to_build

-- migrate:up
-- Add up migration script here
ALTER TABLE build ADD COLUMN duration INTERVAL;

-- migrate:down
-- Add down migration script here
ALTER TABLE build DROP COLUMN duration;
