-- revision: v20240917183002
-- down_revision: v20240917183001
-- message: langfuse/langfuse remove_covered_indexes_02
-- transactional: false

-- migrate:up
-- DropIndex
-- Removes indexes that are covered by other indexes on the same table, e.g. (project_id) if (project_id, timestamp) exists.
DROP INDEX CONCURRENTLY IF EXISTS "datasets_project_id_idx"; -- covered by datasets_project_id_name_key (unique)

-- migrate:down irreversible
