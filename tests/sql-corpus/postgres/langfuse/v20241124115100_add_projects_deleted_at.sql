-- revision: v20241124115100
-- down_revision: v20241114175010
-- message: langfuse/langfuse add_projects_deleted_at

-- migrate:up
-- AlterTable
ALTER TABLE "projects" ADD COLUMN "deleted_at" TIMESTAMP(3);

-- migrate:down irreversible
