-- revision: v20240612101858
-- down_revision: v20240611113517
-- message: langfuse/langfuse add_index_observations_project_id_prompt_id
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "observations_project_id_prompt_id_idx" ON "observations"("project_id", "prompt_id");

-- migrate:down irreversible
