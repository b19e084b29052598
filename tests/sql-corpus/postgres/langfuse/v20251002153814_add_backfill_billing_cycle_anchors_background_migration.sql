-- revision: v20251002153814
-- down_revision: v20251001161539
-- message: langfuse/langfuse add_backfill_billing_cycle_anchors_background_migration

-- migrate:up
INSERT INTO background_migrations (id, name, script, args)
VALUES ('0199b890-1093-7d1f-b662-be3c03527e93', '20250102_backfill_billing_cycle_anchors', 'backfillBillingCycleAnchors', '{}');

-- migrate:down irreversible
