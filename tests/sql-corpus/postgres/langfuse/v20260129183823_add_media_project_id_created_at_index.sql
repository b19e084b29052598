-- revision: v20260129183823
-- down_revision: v20260122124934
-- message: langfuse/langfuse add_media_project_id_created_at_index
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "media_project_id_created_at_idx" ON "media"("project_id", "created_at");

-- migrate:down irreversible
