-- revision: v20240528214728bbbbbbbbbbbbbbbbb
-- down_revision: v20240528214728bbbbbbbbbbbbbbbb
-- message: langfuse/langfuse add_cursor_index_18
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "trace_sessions_updated_at_idx" ON "trace_sessions"("updated_at");

-- migrate:down irreversible
