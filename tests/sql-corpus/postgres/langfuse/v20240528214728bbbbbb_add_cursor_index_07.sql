-- revision: v20240528214728bbbbbb
-- down_revision: v20240528214728bbbbb
-- message: langfuse/langfuse add_cursor_index_07
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "dataset_runs_updated_at_idx" ON "dataset_runs"("updated_at");

-- migrate:down irreversible
