-- revision: v20250529071241
-- down_revision: v20250523120545
-- message: langfuse/langfuse make_blobstorage_integration_credentials_optional

-- migrate:up
-- AlterTable
ALTER TABLE "blob_storage_integrations" ALTER COLUMN "access_key_id" DROP NOT NULL,
ALTER COLUMN "secret_access_key" DROP NOT NULL;

-- migrate:down irreversible
