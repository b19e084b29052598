-- revision: v20240917183001
-- down_revision: v20240913185822
-- message: langfuse/langfuse remove_covered_indexes_01
-- transactional: false

-- migrate:up
-- DropIndex
-- Removes indexes that are covered by other indexes on the same table, e.g. (project_id) if (project_id, timestamp) exists.
DROP INDEX CONCURRENTLY IF EXISTS "traces_project_id_idx"; -- covered by traces_project_id_timestamp_idx

-- migrate:down irreversible
