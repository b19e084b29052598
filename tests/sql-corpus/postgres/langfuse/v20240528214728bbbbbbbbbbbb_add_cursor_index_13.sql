-- revision: v20240528214728bbbbbbbbbbbb
-- down_revision: v20240528214728bbbbbbbbbbb
-- message: langfuse/langfuse add_cursor_index_13
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "prompts_updated_at_idx" ON "prompts"("updated_at");

-- migrate:down irreversible
