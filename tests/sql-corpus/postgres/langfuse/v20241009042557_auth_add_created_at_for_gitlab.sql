-- revision: v20241009042557
-- down_revision: v20240917183016
-- message: langfuse/langfuse auth_add_created_at_for_gitlab

-- migrate:up
-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "created_at" INTEGER;

-- migrate:down irreversible
