-- revision: v20231110012457
-- down_revision: v20231106213824
-- message: langfuse/langfuse observation_created_at

-- migrate:up
-- AlterTable
ALTER TABLE "observations" ADD COLUMN "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- migrate:down irreversible
