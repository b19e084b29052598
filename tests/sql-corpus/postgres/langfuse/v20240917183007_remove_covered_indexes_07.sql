-- revision: v20240917183007
-- down_revision: v20240917183006
-- message: langfuse/langfuse remove_covered_indexes_07
-- transactional: false

-- migrate:up
-- DropIndex
-- Removes indexes that are covered by other indexes on the same table, e.g. (project_id) if (project_id, timestamp) exists.
DROP INDEX CONCURRENTLY IF EXISTS "models_project_id_model_name_idx"; -- covered by models_project_id_model_name_start_date_unit_key (unique)

-- migrate:down irreversible
