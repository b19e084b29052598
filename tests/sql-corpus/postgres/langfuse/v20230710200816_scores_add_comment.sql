-- revision: v20230710200816
-- down_revision: v20230710114928
-- message: langfuse/langfuse scores_add_comment

-- migrate:up
-- AlterTable
ALTER TABLE "scores" ADD COLUMN     "comment" TEXT;

-- migrate:down irreversible
