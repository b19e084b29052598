-- revision: v20240528214728bbbbbbb
-- down_revision: v20240528214728bbbbbb
-- message: langfuse/langfuse add_cursor_index_08
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "datasets_created_at_idx" ON "datasets"("created_at");

-- migrate:down irreversible
