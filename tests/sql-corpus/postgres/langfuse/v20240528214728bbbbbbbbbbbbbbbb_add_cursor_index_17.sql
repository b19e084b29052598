-- revision: v20240528214728bbbbbbbbbbbbbbbb
-- down_revision: v20240528214728bbbbbbbbbbbbbbb
-- message: langfuse/langfuse add_cursor_index_17
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "scores_updated_at_idx" ON "scores"("updated_at");

-- migrate:down irreversible
