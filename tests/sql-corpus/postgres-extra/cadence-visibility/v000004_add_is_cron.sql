-- revision: v000004
-- down_revision: v000003
-- message: uber/cadence add_is_cron

-- migrate:up
ALTER TABLE executions_visibility ADD is_cron boolean DEFAULT false;

-- migrate:down irreversible
