-- revision: v20260616000000
-- down_revision: v20260612000000b
-- message: langfuse/langfuse add_blob_storage_run_started_at

-- migrate:up
-- AlterTable
ALTER TABLE "blob_storage_integrations" ADD COLUMN "run_started_at" TIMESTAMP(3);

-- migrate:down irreversible
