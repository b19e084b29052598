-- revision: v0158
-- down_revision: v0157
-- message: harness/harness 0158

-- migrate:up
DROP INDEX IF EXISTS idx_registry_tasks_kind;
DROP INDEX IF EXISTS idx_registry_tasks_created_by;

ALTER TABLE registry_tasks DROP COLUMN registry_task_created_by;
ALTER TABLE registry_tasks DROP COLUMN registry_task_output;

-- migrate:down
ALTER TABLE registry_tasks ADD COLUMN registry_task_output jsonb;
ALTER TABLE registry_tasks ADD COLUMN registry_task_created_by BIGINT DEFAULT 0;

CREATE INDEX idx_registry_tasks_created_by ON registry_tasks (registry_task_created_by);
CREATE INDEX idx_registry_tasks_kind ON registry_tasks (registry_task_kind);
