-- revision: v20251215230232
-- down_revision: v20251211204006
-- message: langfuse/langfuse dataset_items_add_idx_project_id_id_valid_from
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY IF NOT EXISTS "dataset_items_project_id_id_valid_from_idx" ON "dataset_items"("project_id", "id", "valid_from");

-- migrate:down irreversible
