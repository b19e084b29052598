-- revision: v20240528214728
-- down_revision: v20240528214727
-- message: langfuse/langfuse add_cursor_index_01
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "audit_logs_updated_at_idx" ON "audit_logs"("updated_at");

-- migrate:down irreversible
