-- revision: v20250731100100
-- down_revision: v20250730100100
-- message: langfuse/langfuse add_dataset_run_items_pg_to_ch_background_migration

-- migrate:up
INSERT INTO background_migrations (id, name, script, args)
VALUES ('8d47f91b-3e5c-4a26-9f85-c12d6e4b9a3d', '20250731_1001_migrate_dataset_run_items_pg_to_ch', 'migrateDatasetRunItemsFromPostgresToClickhouse', '{}');

-- migrate:down irreversible
