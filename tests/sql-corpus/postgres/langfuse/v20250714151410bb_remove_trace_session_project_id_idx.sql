-- revision: v20250714151410bb
-- down_revision: v20250714151410b
-- message: langfuse/langfuse remove_trace_session_project_id_idx
-- transactional: false

-- migrate:up
-- DropIndex
DROP INDEX CONCURRENTLY IF EXISTS "trace_sessions_project_id_idx";

-- migrate:down irreversible
