-- revision: v20240328065738
-- down_revision: v20240326115424
-- message: langfuse/langfuse dataset_item_input_nullable

-- migrate:up
-- AlterTable
ALTER TABLE "dataset_items" ALTER COLUMN "input" DROP NOT NULL;

-- migrate:down irreversible
