-- revision: v20260629000000
-- down_revision: v20260623093628
-- message: langfuse/langfuse add_parquet_blob_storage_file_type

-- migrate:up
-- AlterEnum
ALTER TYPE "BlobStorageIntegrationFileType" ADD VALUE 'PARQUET';

-- migrate:down irreversible
