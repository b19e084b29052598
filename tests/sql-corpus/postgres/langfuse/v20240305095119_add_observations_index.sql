-- revision: v20240305095119
-- down_revision: v20240304222519
-- message: langfuse/langfuse add_observations_index
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "observations_trace_id_project_id_idx" ON "observations"("trace_id", "project_id");

-- migrate:down irreversible
