-- revision: v20250714151410
-- down_revision: v20250711134738
-- message: langfuse/langfuse add_trace_session_combined_index
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY IF NOT EXISTS "trace_sessions_project_id_created_at_idx" ON "trace_sessions"("project_id", "created_at" DESC);

-- migrate:down irreversible
