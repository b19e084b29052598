-- revision: v1645735232
-- down_revision: v1630515499
-- message: concourse/concourse add_in_memory_build_status_to_resources

-- migrate:up
ALTER TABLE resources
    ADD COLUMN in_memory_build_status build_status;

-- migrate:down
ALTER TABLE resources
    DROP COLUMN in_memory_build_status;
