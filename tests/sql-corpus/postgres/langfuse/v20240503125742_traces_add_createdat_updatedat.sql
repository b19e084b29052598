-- revision: v20240503125742
-- down_revision: v20240429194411
-- message: langfuse/langfuse traces_add_createdat_updatedat

-- migrate:up
-- AlterTable
ALTER TABLE "traces" ADD COLUMN     "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- migrate:down irreversible
