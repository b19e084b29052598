-- revision: v20240508132735
-- down_revision: v20240508132621
-- message: langfuse/langfuse scores_add_projectid_index
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "scores_project_id_idx" ON "scores"("project_id");

-- migrate:down irreversible
