-- revision: v20230731162154
-- down_revision: v20230721111651
-- message: langfuse/langfuse score_value_float

-- migrate:up
-- AlterTable
ALTER TABLE "scores" ALTER COLUMN "value" SET DATA TYPE DOUBLE PRECISION;

-- migrate:down irreversible
