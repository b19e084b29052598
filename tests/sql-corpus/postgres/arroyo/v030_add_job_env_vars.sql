-- revision: v030
-- down_revision: v029
-- message: ArroyoSystems/arroyo add_job_env_vars

-- migrate:up
-- Per-job environment variables forwarded to workers at scheduling time.
-- Stored as a JSON object of the form {"KEY": "VALUE", ...}.
ALTER TABLE job_configs ADD COLUMN env_vars JSONB NOT NULL DEFAULT '{}'::jsonb;

-- migrate:down irreversible
