-- revision: v1579713190
-- down_revision: v1579713189
-- message: concourse/concourse add_container_build_id_not_null_index

-- migrate:up

CREATE INDEX containers_build_id_not_null ON containers (worker_name) WHERE build_id IS NOT NULL;


-- migrate:down

DROP INDEX containers_build_id_not_null;

