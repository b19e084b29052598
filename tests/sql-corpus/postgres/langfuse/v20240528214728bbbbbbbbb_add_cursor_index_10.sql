-- revision: v20240528214728bbbbbbbbb
-- down_revision: v20240528214728bbbbbbbb
-- message: langfuse/langfuse add_cursor_index_10
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "job_executions_updated_at_idx" ON "job_executions"("updated_at");

-- migrate:down irreversible
