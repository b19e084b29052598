-- revision: v20240522081254
-- down_revision: v20240513082205
-- message: langfuse/langfuse scores_add_author_user_id

-- migrate:up
-- AlterTable
ALTER TABLE "scores" ADD COLUMN     "author_user_id" TEXT;

-- migrate:down irreversible
