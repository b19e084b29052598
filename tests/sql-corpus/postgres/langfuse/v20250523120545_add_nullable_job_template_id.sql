-- revision: v20250523120545
-- down_revision: v20250523110540
-- message: langfuse/langfuse add_nullable_job_template_id

-- migrate:up
-- AlterTable
ALTER TABLE "job_executions" ADD COLUMN "job_template_id" TEXT;
ALTER TABLE "job_executions" ADD CONSTRAINT "job_executions_job_template_id_fkey" FOREIGN KEY ("job_template_id") REFERENCES "eval_templates"("id") ON DELETE SET NULL;

-- migrate:down irreversible
