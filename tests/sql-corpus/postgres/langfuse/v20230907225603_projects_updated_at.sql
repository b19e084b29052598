-- revision: v20230907225603
-- down_revision: v20230907204921
-- message: langfuse/langfuse projects_updated_at

-- migrate:up
-- AlterTable
ALTER TABLE "projects" ADD COLUMN     "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- migrate:down irreversible
