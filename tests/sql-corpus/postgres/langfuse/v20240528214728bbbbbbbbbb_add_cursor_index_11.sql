-- revision: v20240528214728bbbbbbbbbb
-- down_revision: v20240528214728bbbbbbbbb
-- message: langfuse/langfuse add_cursor_index_11
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "observations_updated_at_idx" ON "observations"("updated_at");

-- migrate:down irreversible
