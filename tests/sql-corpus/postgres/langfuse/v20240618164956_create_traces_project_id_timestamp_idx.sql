-- revision: v20240618164956
-- down_revision: v20240618164955
-- message: langfuse/langfuse create_traces_project_id_timestamp_idx
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "traces_project_id_timestamp_idx" ON "traces"("project_id", "timestamp");

-- migrate:down irreversible
