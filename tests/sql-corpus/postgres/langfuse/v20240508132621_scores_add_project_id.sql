-- revision: v20240508132621
-- down_revision: v20240503130520
-- message: langfuse/langfuse scores_add_project_id

-- migrate:up
-- AlterTable
ALTER TABLE "scores" ADD COLUMN     "project_id" TEXT;

-- migrate:down irreversible
