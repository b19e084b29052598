-- revision: v20230720162550
-- down_revision: v20230717190411
-- message: langfuse/langfuse tokens

-- migrate:up
-- AlterTable
ALTER TABLE "observations" ADD COLUMN     "completion_tokens" INTEGER,
ADD COLUMN     "prompt_tokens" INTEGER,
ADD COLUMN     "total_tokens" INTEGER;

-- migrate:down irreversible
