-- revision: v20240312195727
-- down_revision: v20240307185725
-- message: langfuse/langfuse score_source_drop_default

-- migrate:up
-- AlterTable
ALTER TABLE "scores" ALTER COLUMN "source" DROP DEFAULT;

-- migrate:down irreversible
