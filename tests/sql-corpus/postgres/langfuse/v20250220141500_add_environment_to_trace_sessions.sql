-- revision: v20250220141500
-- down_revision: v20250214173309
-- message: langfuse/langfuse add_environment_to_trace_sessions

-- migrate:up
-- AlterTable
ALTER TABLE "trace_sessions"
ADD COLUMN "environment" TEXT NOT NULL DEFAULT 'default';

-- migrate:down irreversible
