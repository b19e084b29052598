-- revision: v20251215233730
-- down_revision: v20251215230232
-- message: langfuse/langfuse dataset_items_add_valid_to

-- migrate:up
-- AlterTable
ALTER TABLE "dataset_items" ADD COLUMN "valid_to" TIMESTAMP(3);

-- migrate:down irreversible
