-- revision: v20240704103901
-- down_revision: v20240704103900
-- message: langfuse/langfuse scores_make_value_optional

-- migrate:up
-- AlterTable
ALTER TABLE "scores" ALTER COLUMN "value" DROP NOT NULL;

-- migrate:down irreversible
