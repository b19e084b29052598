-- revision: v20240917183004
-- down_revision: v20240917183003
-- message: langfuse/langfuse remove_covered_indexes_04
-- transactional: false

-- migrate:up
-- DropIndex
-- Removes indexes that are covered by other indexes on the same table, e.g. (project_id) if (project_id, timestamp) exists.
DROP INDEX CONCURRENTLY IF EXISTS "job_configurations_project_id_idx"; -- covered by job_configurations_project_id_id_idx

-- migrate:down irreversible
