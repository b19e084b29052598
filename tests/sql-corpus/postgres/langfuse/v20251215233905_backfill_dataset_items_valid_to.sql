-- revision: v20251215233905
-- down_revision: v20251215233903
-- message: langfuse/langfuse backfill_dataset_items_valid_to

-- migrate:up
INSERT INTO background_migrations (id, name, script, args)
VALUES ('d4f5a6b7-c8d9-4e1f-a2b3-c4d5e6f7a8b8', '20251216_1001_backfill_dataset_items_valid_to', 'backfillValidToForDatasetItems', '{}');

-- migrate:down irreversible
