-- revision: v20240528214728bbbbbbbbbbb
-- down_revision: v20240528214728bbbbbbbbbb
-- message: langfuse/langfuse add_cursor_index_12
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "prompts_created_at_idx" ON "prompts"("created_at");

-- migrate:down irreversible
