-- revision: v20240917183015
-- down_revision: v20240917183014
-- message: langfuse/langfuse remove_covered_indexes_15
-- transactional: false

-- migrate:up
-- DropIndex
-- Removes indexes that are covered by other indexes on the same table, e.g. (project_id) if (project_id, timestamp) exists.
DROP INDEX CONCURRENTLY IF EXISTS "prompts_project_id_name_version_idx"; -- covered by prompts_project_id_name_version_key (unique)

-- migrate:down irreversible
