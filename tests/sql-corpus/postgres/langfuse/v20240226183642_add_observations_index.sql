-- revision: v20240226183642
-- down_revision: v20240226182815
-- message: langfuse/langfuse add_observations_index
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "observations_project_id_internal_model_start_time_unit_idx" ON "observations"("project_id", "internal_model", "start_time", "unit");

-- migrate:down irreversible
