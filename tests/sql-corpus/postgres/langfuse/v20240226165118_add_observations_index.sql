-- revision: v20240226165118
-- down_revision: v20240219162415
-- message: langfuse/langfuse add_observations_index
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "observations_project_id_start_time_type_idx" ON "observations"("project_id", "start_time", "type");

-- migrate:down irreversible
