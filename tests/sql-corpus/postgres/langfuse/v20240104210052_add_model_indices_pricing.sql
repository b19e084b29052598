-- revision: v20240104210052
-- down_revision: v20240104210051
-- message: langfuse/langfuse add_model_indices_pricing
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "pricings_model_name_idx" ON "pricings"("model_name");

-- migrate:down irreversible
