-- revision: v20241024173700
-- down_revision: v20241024173000
-- message: langfuse/langfuse add_observations_pg_to_ch_background_migration

-- migrate:up
INSERT INTO background_migrations (id, name, script, args)
VALUES ('7526e7c9-0026-4595-af2c-369dfd9176ec', '20241024_1737_migrate_observations_from_pg_to_ch', 'migrateObservationsFromPostgresToClickhouse', '{}');

-- migrate:down irreversible
