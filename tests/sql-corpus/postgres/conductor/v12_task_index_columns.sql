-- revision: v12
-- down_revision: v11
-- message: conductor-oss/conductor task_index_columns

-- migrate:up
ALTER TABLE task_index
ALTER COLUMN task_type TYPE TEXT;

ALTER TABLE task_index
ALTER COLUMN task_def_name TYPE TEXT;

-- migrate:down irreversible
