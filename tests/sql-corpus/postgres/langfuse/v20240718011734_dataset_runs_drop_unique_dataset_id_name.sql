-- revision: v20240718011734
-- down_revision: v20240718011733
-- message: langfuse/langfuse dataset_runs_drop_unique_dataset_id_name
-- transactional: false

-- migrate:up
-- DropIndex
DROP INDEX CONCURRENTLY "dataset_runs_dataset_id_name_key";

-- migrate:down irreversible
