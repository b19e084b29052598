-- revision: v20260323000000
-- down_revision: v20260318100001
-- message: langfuse/langfuse add_blob_storage_compression

-- migrate:up
-- AlterTable
-- Backfill existing columns with value false, but use true as the default for newly created rows.
ALTER TABLE "blob_storage_integrations" ADD COLUMN "compressed" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "blob_storage_integrations" ALTER COLUMN "compressed" SET DEFAULT true;

-- migrate:down irreversible
