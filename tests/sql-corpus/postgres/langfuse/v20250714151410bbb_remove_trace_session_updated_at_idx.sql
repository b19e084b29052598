-- revision: v20250714151410bbb
-- down_revision: v20250714151410bb
-- message: langfuse/langfuse remove_trace_session_updated_at_idx
-- transactional: false

-- migrate:up
-- DropIndex
DROP INDEX CONCURRENTLY IF EXISTS "trace_sessions_updated_at_idx";

-- migrate:down irreversible
