-- revision: v20241024173800
-- down_revision: v20241024173700
-- message: langfuse/langfuse add_scores_pg_to_ch_background_migration

-- migrate:up
INSERT INTO background_migrations (id, name, script, args)
VALUES ('94e50334-50d3-4e49-ad2e-9f6d92c85ef7', '20241024_1738_migrate_scores_from_pg_to_ch', 'migrateScoresFromPostgresToClickhouse', '{}');

-- migrate:down irreversible
