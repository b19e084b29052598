-- revision: v20241024173000
-- down_revision: v20241024121500
-- message: langfuse/langfuse add_traces_pg_to_ch_background_migration

-- migrate:up
INSERT INTO background_migrations (id, name, script, args)
VALUES ('5960f22a-748f-480c-b2f3-bc4f9d5d84bc', '20241024_1730_migrate_traces_from_pg_to_ch', 'migrateTracesFromPostgresToClickhouse', '{}');

-- migrate:down irreversible
