-- revision: v20250709113103
-- down_revision: v20250704170658
-- message: langfuse/langfuse add_blob_export_schedule_type

-- migrate:up
-- CreateEnum
CREATE TYPE "BlobStorageExportMode" AS ENUM ('FULL_HISTORY', 'FROM_TODAY', 'FROM_CUSTOM_DATE');

-- AlterTable
ALTER TABLE "blob_storage_integrations" ADD COLUMN     "export_mode" "BlobStorageExportMode" NOT NULL DEFAULT 'FULL_HISTORY',
ADD COLUMN     "export_start_date" TIMESTAMP(3);

-- migrate:down irreversible
