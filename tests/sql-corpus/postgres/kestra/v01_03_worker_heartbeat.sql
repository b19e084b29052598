-- revision: v01_03
-- down_revision: v01_02
-- message: kestra-io/kestra worker_heartbeat

-- migrate:up
ALTER TABLE worker_job_running
    DROP COLUMN taskrun_id;

-- migrate:down irreversible
