-- revision: v20240304222519
-- down_revision: v20240304123642b
-- message: langfuse/langfuse scores_add_index
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "scores_timestamp_idx" ON "scores"("timestamp");

-- migrate:down irreversible
