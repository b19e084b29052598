-- revision: v20240404210315
-- down_revision: v20240404203640
-- message: langfuse/langfuse dataset_add_descriptions

-- migrate:up
-- AlterTable
ALTER TABLE "dataset_runs" ADD COLUMN     "description" TEXT;

-- AlterTable
ALTER TABLE "datasets" ADD COLUMN     "description" TEXT;

-- migrate:down irreversible
