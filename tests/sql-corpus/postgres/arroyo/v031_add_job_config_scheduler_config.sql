-- revision: v031
-- down_revision: v030
-- message: ArroyoSystems/arroyo add_job_config_scheduler_config

-- migrate:up
-- Per-job scheduler config overlay. Same shape as the controller's
-- global scheduler config (e.g. kubernetes-scheduler.*); an empty
-- object means "no overrides, use the global config as-is".
ALTER TABLE job_configs ADD COLUMN scheduler_config JSONB NOT NULL DEFAULT '{}'::jsonb;

-- migrate:down irreversible
