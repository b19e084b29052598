-- revision: v20240528214728bbbb
-- down_revision: v20240528214728bbb
-- message: langfuse/langfuse add_cursor_index_05
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "dataset_run_items_updated_at_idx" ON "dataset_run_items"("updated_at");

-- migrate:down irreversible
