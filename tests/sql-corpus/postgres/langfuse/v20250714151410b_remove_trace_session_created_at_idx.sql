-- revision: v20250714151410b
-- down_revision: v20250714151410
-- message: langfuse/langfuse remove_trace_session_created_at_idx
-- transactional: false

-- migrate:up
-- DropIndex
DROP INDEX CONCURRENTLY IF EXISTS "trace_sessions_created_at_idx";

-- migrate:down irreversible
