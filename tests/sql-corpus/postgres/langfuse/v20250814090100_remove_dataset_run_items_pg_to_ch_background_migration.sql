-- revision: v20250814090100
-- down_revision: v20250808081624
-- message: langfuse/langfuse remove_dataset_run_items_pg_to_ch_background_migration

-- migrate:up
DELETE FROM background_migrations WHERE id = '8d47f91b-3e5c-4a26-9f85-c12d6e4b9a3d';

-- migrate:down irreversible
