-- revision: v20241009110720
-- down_revision: v20241009042557
-- message: langfuse/langfuse scores_add_nullable_queue_id_column

-- migrate:up
-- AlterTable
ALTER TABLE "scores" ADD COLUMN     "queue_id" TEXT;

-- migrate:down irreversible
