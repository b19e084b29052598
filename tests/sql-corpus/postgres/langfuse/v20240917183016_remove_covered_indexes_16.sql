-- revision: v20240917183016
-- down_revision: v20240917183015
-- message: langfuse/langfuse remove_covered_indexes_16
-- transactional: false

-- migrate:up
-- DropIndex
-- Removes indexes that are covered by other indexes on the same table, e.g. (project_id) if (project_id, timestamp) exists.
DROP INDEX CONCURRENTLY IF EXISTS "scores_project_id_idx"; -- covered by scores_project_id_name_idx

-- migrate:down irreversible
