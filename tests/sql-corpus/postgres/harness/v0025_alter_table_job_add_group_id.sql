-- revision: v0025
-- down_revision: v0024
-- message: harness/harness alter_table_job_add_group_id

-- migrate:up
ALTER TABLE jobs ADD COLUMN job_group_id TEXT NOT NULL DEFAULT '';

-- migrate:down
ALTER TABLE jobs DROP COLUMN job_group_id;
