-- revision: v20240917183005
-- down_revision: v20240917183004
-- message: langfuse/langfuse remove_covered_indexes_05
-- transactional: false

-- migrate:up
-- DropIndex
-- Removes indexes that are covered by other indexes on the same table, e.g. (project_id) if (project_id, timestamp) exists.
DROP INDEX CONCURRENTLY IF EXISTS "job_executions_project_id_idx"; -- covered by job_executions_project_id_id_idx

-- migrate:down irreversible
