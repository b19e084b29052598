-- revision: v20250820143857
-- down_revision: v20250820143856
-- message: langfuse/langfuse optimize_job_execution_indices_drop_job_executions_created_at_idx
-- transactional: false

-- migrate:up
-- DropIndex
DROP INDEX CONCURRENTLY "job_executions_created_at_idx";

-- migrate:down irreversible
