-- revision: v20240528214728bbbbbbbbbbbbbb
-- down_revision: v20240528214728bbbbbbbbbbbbb
-- message: langfuse/langfuse add_cursor_index_15
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "score_configs_updated_at_idx" ON "score_configs"("updated_at");

-- migrate:down irreversible
