-- revision: v20241024121500
-- down_revision: v20241024111800
-- message: langfuse/langfuse add_generations_cost_backfill_background_migration

-- migrate:up
INSERT INTO background_migrations (id, name, script, args)
VALUES ('32859a35-98f5-4a4a-b438-ebc579349e00', '20241024_1216_add_generations_cost_backfill', 'addGenerationsCostBackfill', '{}');

-- migrate:down irreversible
