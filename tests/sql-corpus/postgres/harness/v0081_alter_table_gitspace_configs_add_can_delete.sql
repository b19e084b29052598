-- revision: v0081
-- down_revision: v0080
-- message: harness/harness alter_table_gitspace_configs_add_can_delete

-- migrate:up
-- These files are empty due to issue with migration version. The changes in this version are present in 0082

-- migrate:down
-- These files are empty due to issue with migration version. The changes in this version are present in 0082
