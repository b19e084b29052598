-- revision: v20240417102742
-- down_revision: v20240416173813
-- message: langfuse/langfuse metadata_on_dataset_and_dataset_item

-- migrate:up
-- AlterTable
ALTER TABLE "dataset_items" ADD COLUMN     "metadata" JSONB;

-- AlterTable
ALTER TABLE "datasets" ADD COLUMN     "metadata" JSONB;

-- migrate:down irreversible
