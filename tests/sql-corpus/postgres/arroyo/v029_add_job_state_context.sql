-- revision: v029
-- down_revision: v028
-- message: ArroyoSystems/arroyo add_job_state_context

-- migrate:up
ALTER TABLE job_statuses ADD COLUMN state_context JSONB DEFAULT '{"version": 1}' NOT NULL;

-- migrate:down irreversible
