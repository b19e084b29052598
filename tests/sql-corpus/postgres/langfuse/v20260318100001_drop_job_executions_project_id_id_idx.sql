-- revision: v20260318100001
-- down_revision: v20260318100000
-- message: langfuse/langfuse drop_job_executions_project_id_id_idx
-- transactional: false

-- migrate:up
-- DropIndex
DROP INDEX CONCURRENTLY IF EXISTS "job_executions_project_id_id_idx";

-- migrate:down irreversible
