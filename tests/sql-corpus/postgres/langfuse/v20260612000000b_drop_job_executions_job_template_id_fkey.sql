-- revision: v20260612000000b
-- down_revision: v20260612000000
-- message: langfuse/langfuse drop_job_executions_job_template_id_fkey

-- migrate:up
-- DropForeignKey
ALTER TABLE "job_executions" DROP CONSTRAINT IF EXISTS "job_executions_job_template_id_fkey";

-- migrate:down irreversible
