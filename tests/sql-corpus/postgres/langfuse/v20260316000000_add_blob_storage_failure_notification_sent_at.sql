-- revision: v20260316000000
-- down_revision: v20260312000000
-- message: langfuse/langfuse add_blob_storage_failure_notification_sent_at

-- migrate:up
ALTER TABLE "blob_storage_integrations" ADD COLUMN IF NOT EXISTS "last_failure_notification_sent_at" TIMESTAMP(3);

-- migrate:down irreversible
