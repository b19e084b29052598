-- revision: v20240118204936
-- down_revision: v20240118204639
-- message: langfuse/langfuse add_internal_model

-- migrate:up
-- AlterTable
ALTER TABLE "observations" ADD COLUMN     "internal_model" TEXT;

-- migrate:down irreversible
