-- revision: v20231223230007
-- down_revision: v20231204223505
-- message: langfuse/langfuse cloud_config

-- migrate:up
-- AlterTable
ALTER TABLE "projects" ADD COLUMN     "cloud_config" JSONB;

-- migrate:down irreversible
