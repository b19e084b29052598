-- revision: v20260812140527
-- down_revision: v20260812103506
-- message: rust-lang/bors add_unrolled_build_to_pr

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request
    ADD COLUMN unrolled_build_id INTEGER REFERENCES build (id);

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request
    DROP COLUMN unrolled_build_id;
