-- revision: v20250402142320
-- down_revision: v20250401122159
-- message: langfuse/langfuse add_blobstorage_integration_file_type

-- migrate:up
-- CreateEnum
CREATE TYPE "BlobStorageIntegrationFileType" AS ENUM ('JSON', 'CSV', 'JSONL');

-- AlterTable
ALTER TABLE "blob_storage_integrations" ADD COLUMN     "file_type" "BlobStorageIntegrationFileType" NOT NULL DEFAULT 'CSV';

-- migrate:down irreversible
