-- revision: v20240528214728bb
-- down_revision: v20240528214728b
-- message: langfuse/langfuse add_cursor_index_03
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "dataset_items_updated_at_idx" ON "dataset_items"("updated_at");

-- migrate:down irreversible
