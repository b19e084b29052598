-- revision: v1579713185
-- down_revision: v1579713184
-- message: concourse/concourse add_indexes_to_builds_and_versions_tables

-- migrate:up

CREATE INDEX builds_ordered_by_job_id_idx ON builds (job_id, id DESC);

CREATE INDEX resource_config_versions_check_order_idx ON resource_config_versions (resource_config_scope_id, check_order DESC);

CREATE INDEX next_build_id_idx ON builds (job_id) where status = 'pending' or status = 'started';


-- migrate:down

DROP INDEX builds_ordered_by_job_id_idx;

DROP INDEX resource_config_versions_check_order_idx;

DROP INDEX next_build_id_idx;

