-- revision: v20240226182815
-- down_revision: v20240226165118
-- message: langfuse/langfuse add_model_index
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "models_project_id_model_name_start_date_unit_idx" ON "models"("project_id", "model_name", "start_date", "unit");

-- migrate:down irreversible
