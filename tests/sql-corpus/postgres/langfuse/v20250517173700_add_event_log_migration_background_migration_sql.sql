-- revision: v20250517173700
-- down_revision: v20250420120553
-- message: langfuse/langfuse add_event_log_migration_background_migration_sql

-- migrate:up
INSERT INTO background_migrations (id, name, script, args)
VALUES ('c19b91d9-f9a2-468b-8209-95578f970c5b', '20250417_1737_migrate_event_log_to_blob_storage', 'migrateEventLogToBlobStorageRefTable', '{}');

-- migrate:down irreversible
