-- revision: v20240523142524
-- down_revision: v20240523142425
-- message: langfuse/langfuse scores_add_config_id_idx
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "scores_config_id_idx" ON "scores"("config_id");

-- migrate:down irreversible
