-- revision: v20251014161635
-- down_revision: v20251013134801
-- message: langfuse/langfuse job_executions_add_execution_trace_id

-- migrate:up
-- AlterTable
ALTER TABLE "job_executions" ADD COLUMN "execution_trace_id" TEXT;

-- AlterEnum
ALTER TYPE "JobExecutionStatus" ADD VALUE 'DELAYED';

-- migrate:down irreversible
