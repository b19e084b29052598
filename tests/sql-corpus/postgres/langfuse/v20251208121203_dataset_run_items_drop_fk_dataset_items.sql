-- revision: v20251208121203
-- down_revision: v20251204213345
-- message: langfuse/langfuse dataset_run_items_drop_fk_dataset_items

-- migrate:up
-- DropForeignKey
ALTER TABLE "dataset_run_items" DROP CONSTRAINT "dataset_run_items_dataset_item_id_project_id_fkey";

-- migrate:down irreversible
