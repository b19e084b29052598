-- revision: v20240604133339
-- down_revision: v20240604133338
-- message: langfuse/langfuse score_data_type_add_boolean

-- migrate:up
-- AlterEnum
ALTER TYPE "ScoreDataType" ADD VALUE 'BOOLEAN';

-- migrate:down irreversible
