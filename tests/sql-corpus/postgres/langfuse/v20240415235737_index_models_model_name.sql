-- revision: v20240415235737
-- down_revision: v20240414203636
-- message: langfuse/langfuse index_models_model_name
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "models_model_name_idx" ON "models"("model_name");

-- migrate:down irreversible
