-- revision: v20240105010215
-- down_revision: v20240104210052
-- message: langfuse/langfuse add_tags_in_traces

-- migrate:up
-- AlterTable
ALTER TABLE "traces" ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- migrate:down irreversible
