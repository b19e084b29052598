-- revision: v20240528214727
-- down_revision: v20240528214726
-- message: langfuse/langfuse add_cursor_new_columns_scores

-- migrate:up

-- AlterTable
ALTER TABLE "scores" ADD COLUMN     "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- migrate:down irreversible
