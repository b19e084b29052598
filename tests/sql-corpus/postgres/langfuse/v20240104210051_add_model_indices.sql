-- revision: v20240104210051
-- down_revision: v20240103135918
-- message: langfuse/langfuse add_model_indices
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "observations_model_idx" ON "observations"("model");


-- migrate:down irreversible
