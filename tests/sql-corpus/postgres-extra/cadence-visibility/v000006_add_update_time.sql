-- revision: v000006
-- down_revision: v000005
-- message: uber/cadence add_update_time

-- migrate:up
ALTER TABLE executions_visibility ADD update_time TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP;

-- migrate:down irreversible
