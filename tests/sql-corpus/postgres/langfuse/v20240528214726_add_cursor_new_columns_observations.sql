-- revision: v20240528214726
-- down_revision: v20240524190436
-- message: langfuse/langfuse add_cursor_new_columns_observations

-- migrate:up
-- AlterTable
ALTER TABLE "observations" ADD COLUMN     "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- migrate:down irreversible
