-- revision: v20240710114043
-- down_revision: v20240705154048
-- message: langfuse/langfuse score_configs_drop_empty_categories_array_for_numeric_scores

-- migrate:up
-- Migration script to update score_configs entries
-- Set categories to NULL where data_type is 'NUMERIC' and categories is an empty array

UPDATE score_configs
SET categories = NULL
WHERE data_type = 'NUMERIC' AND categories IS NOT NULL;

-- migrate:down irreversible
