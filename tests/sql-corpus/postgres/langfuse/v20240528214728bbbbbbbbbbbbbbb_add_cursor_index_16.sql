-- revision: v20240528214728bbbbbbbbbbbbbbb
-- down_revision: v20240528214728bbbbbbbbbbbbbb
-- message: langfuse/langfuse add_cursor_index_16
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "scores_created_at_idx" ON "scores"("created_at");

-- migrate:down irreversible
