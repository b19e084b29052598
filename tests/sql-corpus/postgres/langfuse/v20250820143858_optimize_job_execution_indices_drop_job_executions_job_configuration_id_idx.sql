-- revision: v20250820143858
-- down_revision: v20250820143857
-- message: langfuse/langfuse optimize_job_execution_indices_drop_job_executions_job_configuration_id_idx
-- transactional: false

-- migrate:up
-- DropIndex
DROP INDEX CONCURRENTLY "job_executions_job_configuration_id_idx";

-- migrate:down irreversible
