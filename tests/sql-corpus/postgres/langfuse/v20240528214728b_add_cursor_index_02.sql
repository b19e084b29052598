-- revision: v20240528214728b
-- down_revision: v20240528214728
-- message: langfuse/langfuse add_cursor_index_02
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "dataset_items_created_at_idx" ON "dataset_items"("created_at");

-- migrate:down irreversible
