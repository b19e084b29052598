-- revision: v1630515498
-- down_revision: v1630515497
-- message: concourse/concourse add_in_memory_build_id_to_resource_cache_uses

-- migrate:up
ALTER TABLE resource_cache_uses
    ADD COLUMN in_memory_build_id bigint,
    ADD COLUMN in_memory_build_create_time timestamp with time zone;

CREATE INDEX resource_cache_uses_in_memory_build_id_idx ON resource_cache_uses (in_memory_build_id, in_memory_build_create_time);

-- migrate:down
DROP INDEX resource_cache_uses_in_memory_build_id_idx;

ALTER TABLE resource_cache_uses
    DROP COLUMN in_memory_build_id,
    DROP COLUMN in_memory_build_create_time;
