-- revision: v1630515495
-- down_revision: v1627322243
-- message: concourse/concourse drop_build_id_from_resources

-- migrate:up
DROP INDEX resources_build_id_idx;
ALTER TABLE resources
    DROP COLUMN build_id,
    ADD COLUMN in_memory_build_id bigint,
    ADD COLUMN in_memory_build_start_time timestamp with time zone,
    ADD COLUMN in_memory_build_plan json NULL;
CREATE INDEX resources_in_memory_build_id_idx ON resources (in_memory_build_id);

-- migrate:down
ALTER TABLE resources
    ADD COLUMN build_id bigint REFERENCES builds (id) ON DELETE SET NULL,
    DROP COLUMN in_memory_build_id,
    DROP COLUMN in_memory_build_start_time,
    DROP COLUMN in_memory_build_plan;
CREATE INDEX resources_build_id_idx ON resources (build_id);
