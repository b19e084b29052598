-- revision: v20240917183003
-- down_revision: v20240917183002
-- message: langfuse/langfuse remove_covered_indexes_03
-- transactional: false

-- migrate:up
-- DropIndex
-- Removes indexes that are covered by other indexes on the same table, e.g. (project_id) if (project_id, timestamp) exists.
DROP INDEX CONCURRENTLY IF EXISTS "eval_templates_project_id_idx"; -- covered by eval_templates_project_id_id_idx

-- migrate:down irreversible
