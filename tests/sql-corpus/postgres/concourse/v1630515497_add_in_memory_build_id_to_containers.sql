-- revision: v1630515497
-- down_revision: v1630515496
-- message: concourse/concourse add_in_memory_build_id_to_containers

-- migrate:up
ALTER TABLE containers
    ADD COLUMN in_memory_build_id bigint,
    ADD COLUMN in_memory_build_create_time timestamp with time zone;

CREATE INDEX containers_in_memory_build_id_idx ON containers (in_memory_build_id, in_memory_build_create_time);

-- migrate:down
DROP INDEX containers_in_memory_build_id_idx;

ALTER TABLE containers
    DROP COLUMN in_memory_build_id,
    DROP COLUMN in_memory_build_create_time;
