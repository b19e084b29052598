-- revision: v20251215233903
-- down_revision: v20251215233730
-- message: langfuse/langfuse dataset_items_add_idx_project_id_valid_to

-- migrate:up
-- CreateIndex
CREATE INDEX "dataset_items_project_id_valid_to_idx" ON "dataset_items"("project_id", "valid_to");

-- migrate:down irreversible
