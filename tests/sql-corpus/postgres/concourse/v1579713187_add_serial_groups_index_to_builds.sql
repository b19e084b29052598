-- revision: v1579713187
-- down_revision: v1579713186
-- message: concourse/concourse add_serial_groups_index_to_builds

-- migrate:up

CREATE INDEX builds_running_builds_by_serial_groups_idx ON builds (job_id) WHERE completed = false AND scheduled = true;

CREATE INDEX worker_resource_cert_volumes_idx ON volumes (worker_name, worker_resource_certs_id);

CREATE INDEX pending_builds_idx ON builds (job_id, id ASC) WHERE status = 'pending';

CREATE INDEX next_build_pipes_job_id_idx ON next_build_pipes (to_job_id);


-- migrate:down

DROP INDEX builds_running_builds_by_serial_groups_idx;
DROP INDEX worker_resource_cert_volumes_idx;
DROP INDEX pending_builds_idx;
DROP INDEX next_build_pipes_job_id_idx;

