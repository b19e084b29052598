-- revision: v1579713199
-- down_revision: v1579713198
-- message: concourse/concourse migrate_job_configs_to_job_inputs_and_outputs

-- migrate:up
-- the Go migration changes rows only

-- migrate:down
-- the Go migration changes rows only
