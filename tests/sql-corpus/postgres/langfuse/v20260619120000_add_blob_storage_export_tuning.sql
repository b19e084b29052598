-- revision: v20260619120000
-- down_revision: v20260617000000
-- message: langfuse/langfuse add_blob_storage_export_tuning

-- migrate:up
-- AlterTable
ALTER TABLE "blob_storage_integrations" ADD COLUMN "export_tuning" JSONB;

-- migrate:down irreversible
