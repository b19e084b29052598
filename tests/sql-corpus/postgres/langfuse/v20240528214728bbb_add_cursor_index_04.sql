-- revision: v20240528214728bbb
-- down_revision: v20240528214728bb
-- message: langfuse/langfuse add_cursor_index_04
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "dataset_run_items_created_at_idx" ON "dataset_run_items"("created_at");

-- migrate:down irreversible
