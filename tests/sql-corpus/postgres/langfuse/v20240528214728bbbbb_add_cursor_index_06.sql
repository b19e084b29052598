-- revision: v20240528214728bbbbb
-- down_revision: v20240528214728bbbb
-- message: langfuse/langfuse add_cursor_index_06
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE INDEX CONCURRENTLY "dataset_runs_created_at_idx" ON "dataset_runs"("created_at");

-- migrate:down irreversible
