-- revision: v20260327000000
-- down_revision: v20260324000000
-- message: langfuse/langfuse add_free_form_score_config_data_type

-- migrate:up
-- AlterEnum
ALTER TYPE "ScoreConfigDataType" ADD VALUE 'TEXT';

-- migrate:down irreversible
