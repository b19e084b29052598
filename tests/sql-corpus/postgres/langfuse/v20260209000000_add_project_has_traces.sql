-- revision: v20260209000000
-- down_revision: v20260203220623
-- message: langfuse/langfuse add_project_has_traces

-- migrate:up
ALTER TABLE "projects" ADD COLUMN "has_traces" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
