-- revision: v20260203102941
-- down_revision: v20260130000000
-- message: langfuse/langfuse job_execution_add_dataset_version_col

-- migrate:up
-- AlterTable
ALTER TABLE "job_executions" ADD COLUMN     "job_input_dataset_item_valid_from" TIMESTAMP(3);

-- migrate:down irreversible
