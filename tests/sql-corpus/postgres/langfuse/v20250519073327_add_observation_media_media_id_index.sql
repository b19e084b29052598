-- revision: v20250519073327
-- down_revision: v20250519073249
-- message: langfuse/langfuse add_observation_media_media_id_index
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY IF NOT EXISTS "observation_media_project_id_media_id_idx" ON "observation_media"("project_id", "media_id");

-- migrate:down irreversible
