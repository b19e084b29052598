-- revision: v20240528214728bbbbbbbb
-- down_revision: v20240528214728bbbbbbb
-- message: langfuse/langfuse add_cursor_index_09
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "datasets_updated_at_idx" ON "datasets"("updated_at");

-- migrate:down irreversible
