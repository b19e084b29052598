-- revision: v20240416173813
-- down_revision: v20240415235737
-- message: langfuse/langfuse add_internal_model_index
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "observations_internal_model_idx" ON "observations"("internal_model");

-- migrate:down irreversible
