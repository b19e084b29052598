-- revision: v20260113112907
-- down_revision: v20260113102907
-- message: langfuse/langfuse dataset_item_events_drop_fk_datasets

-- migrate:up
-- DropForeignKey
ALTER TABLE "dataset_item_events" DROP CONSTRAINT "dataset_item_events_dataset_id_project_id_fkey";


-- migrate:down irreversible
