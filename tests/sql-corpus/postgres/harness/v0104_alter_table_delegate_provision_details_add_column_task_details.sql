-- revision: v0104
-- down_revision: v0103
-- message: harness/harness alter_table_delegate_provision_details_add_column_task_details

-- migrate:up
ALTER TABLE delegate_provision_details ADD COLUMN IF NOT EXISTS dpdeta_task_details jsonb;

-- migrate:down
ALTER TABLE delegate_provision_details DROP COLUMN IF EXISTS dpdeta_task_details;
