-- revision: v1579713182
-- down_revision: v1579713181
-- message: concourse/concourse add_builds_status_index

-- migrate:up

CREATE INDEX builds_job_id_succeeded_idx ON builds (job_id, id DESC) where status = 'succeeded';


-- migrate:down

DROP INDEX builds_job_id_succeeded_idx;

