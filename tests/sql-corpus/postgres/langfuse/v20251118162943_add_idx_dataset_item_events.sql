-- revision: v20251118162943
-- down_revision: v20251118153536
-- message: langfuse/langfuse add_idx_dataset_item_events

-- migrate:up
-- CreateIndex
CREATE INDEX "dataset_item_events_project_id_dataset_id_item_id_created_at_idx" ON "dataset_item_events"("project_id", "dataset_id", "item_id", "created_at");

-- migrate:down irreversible
