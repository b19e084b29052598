-- revision: v20250825100104
-- down_revision: v20250822135300
-- message: langfuse/langfuse job_executions_add_input_trace_timestamp

-- migrate:up
-- AlterTable
ALTER TABLE "job_executions" ADD COLUMN     "job_input_trace_timestamp" TIMESTAMP(3);

-- migrate:down irreversible
