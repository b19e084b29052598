-- revision: v20240226202040
-- down_revision: v20240226183642
-- message: langfuse/langfuse add_observations_trace_id_project_id_start_time_idx
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "observations_trace_id_project_id_start_time_idx" ON "observations"("trace_id", "project_id", "start_time");

-- migrate:down irreversible
