-- revision: v20240408134328
-- down_revision: v20240408133037
-- message: langfuse/langfuse prompt_table_add_tags

-- migrate:up
-- AlterTable
ALTER TABLE "prompts" ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- migrate:down irreversible
