-- revision: v20240227112101
-- down_revision: v20240226203642
-- message: langfuse/langfuse index_prompt_id_in_observations
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY IF NOT EXISTS "observations_prompt_id_idx" ON "observations"("prompt_id");

-- migrate:down irreversible
