-- revision: v20250312151904
-- down_revision: v20250224171706
-- message: hatchet-dev/hatchet v1_0_1

-- migrate:up
-- +goose StatementBegin

DROP TRIGGER IF EXISTS after_v1_task_runtime_delete ON v1_task_runtime;

DROP FUNCTION IF EXISTS after_v1_task_runtime_delete_function();
-- +goose StatementEnd

-- migrate:down irreversible
