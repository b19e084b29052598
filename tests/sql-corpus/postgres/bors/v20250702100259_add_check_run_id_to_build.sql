-- revision: v20250702100259
-- down_revision: v20250624212942
-- message: rust-lang/bors add_check_run_id_to_build

-- migrate:up
-- Add up migration script here
ALTER TABLE build ADD COLUMN check_run_id BIGINT;

-- migrate:down
-- Add down migration script here
ALTER TABLE build DROP COLUMN check_run_id;
