-- revision: v000002
-- down_revision: v000001
-- message: uber/cadence add_task_list

-- migrate:up
ALTER TABLE executions_visibility ADD task_list varchar(255) DEFAULT '';

-- migrate:down irreversible
