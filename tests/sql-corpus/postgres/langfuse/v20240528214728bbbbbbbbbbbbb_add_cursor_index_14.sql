-- revision: v20240528214728bbbbbbbbbbbbb
-- down_revision: v20240528214728bbbbbbbbbbbb
-- message: langfuse/langfuse add_cursor_index_14
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "score_configs_created_at_idx" ON "score_configs"("created_at");

-- migrate:down irreversible
