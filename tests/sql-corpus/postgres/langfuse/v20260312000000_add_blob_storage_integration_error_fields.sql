-- revision: v20260312000000
-- down_revision: v20260306143000
-- message: langfuse/langfuse add_blob_storage_integration_error_fields

-- migrate:up
ALTER TABLE "blob_storage_integrations" ADD COLUMN IF NOT EXISTS "last_error" TEXT;
ALTER TABLE "blob_storage_integrations" ADD COLUMN IF NOT EXISTS "last_error_at" TIMESTAMP(3);

-- migrate:down irreversible
