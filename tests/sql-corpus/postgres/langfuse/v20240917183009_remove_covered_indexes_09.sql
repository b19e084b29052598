-- revision: v20240917183009
-- down_revision: v20240917183008
-- message: langfuse/langfuse remove_covered_indexes_09
-- transactional: false

-- migrate:up
-- DropIndex
-- Removes indexes that are covered by other indexes on the same table, e.g. (project_id) if (project_id, timestamp) exists.
DROP INDEX CONCURRENTLY IF EXISTS "observations_project_id_idx"; -- covered by observations_project_id_start_time_type_idx

-- migrate:down irreversible
