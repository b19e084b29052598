-- revision: v20250519073249
-- down_revision: v20250517273700
-- message: langfuse/langfuse add_trace_media_media_id_index
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY IF NOT EXISTS "trace_media_project_id_media_id_idx" ON "trace_media"("project_id", "media_id");

-- migrate:down irreversible
