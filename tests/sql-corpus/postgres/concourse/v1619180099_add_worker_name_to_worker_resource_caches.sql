-- revision: v1619180099
-- down_revision: v1619180098
-- message: concourse/concourse add_worker_name_to_worker_resource_caches

-- migrate:up
ALTER TABLE worker_resource_caches
    ADD COLUMN worker_name text REFERENCES workers(name) ON DELETE CASCADE;

DROP INDEX worker_resource_caches_uniq;

-- populate worker-name for existing caches with current worker name
UPDATE worker_resource_caches wrc
    SET worker_name = (SELECT worker_name FROM worker_base_resource_types wbrt WHERE wbrt.id = wrc.worker_base_resource_type_id)
    WHERE worker_name is null;

-- There can be only one resource cache per worker, regardless of its origin
CREATE UNIQUE INDEX worker_resource_caches_uniq
    ON worker_resource_caches (worker_name, resource_cache_id);

-- migrate:down
-- delete streamed cache tuples
DELETE FROM worker_resource_caches
    WHERE id IN (
        SELECT wrc.id
            FROM worker_resource_caches wrc
            LEFT JOIN worker_base_resource_types wbrt ON wrc.worker_base_resource_type_id = wbrt.id
            WHERE wrc.worker_name != wbrt.worker_name);

DROP INDEX worker_resource_caches_uniq;

ALTER TABLE worker_resource_caches
    DROP COLUMN worker_name;

CREATE UNIQUE INDEX worker_resource_caches_uniq
    ON worker_resource_caches (resource_cache_id, worker_base_resource_type_id);
