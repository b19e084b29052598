-- revision: v20240226202041
-- down_revision: v20240226202040
-- message: langfuse/langfuse add_observations_trace_id_project_id_type_start_time_idx
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "observations_trace_id_project_id_type_start_time_idx" ON "observations"("trace_id", "project_id", "type", "start_time");

-- migrate:down irreversible
