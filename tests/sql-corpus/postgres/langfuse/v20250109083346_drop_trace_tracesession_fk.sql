-- revision: v20250109083346
-- down_revision: v20250108220721
-- message: langfuse/langfuse drop_trace_tracesession_fk

-- migrate:up
-- DropForeignKey
ALTER TABLE "traces" DROP CONSTRAINT "traces_session_id_project_id_fkey";

-- migrate:down irreversible
