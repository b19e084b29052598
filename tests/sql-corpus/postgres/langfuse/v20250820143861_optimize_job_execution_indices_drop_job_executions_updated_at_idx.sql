-- revision: v20250820143861
-- down_revision: v20250820143860
-- message: langfuse/langfuse optimize_job_execution_indices_drop_job_executions_updated_at_idx
-- transactional: false

-- migrate:up
-- DropIndex
DROP INDEX CONCURRENTLY "job_executions_updated_at_idx";

-- migrate:down irreversible
