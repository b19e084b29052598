-- revision: v20251218102933
-- down_revision: v20251215233905
-- message: langfuse/langfuse score_configs_rename_score_data_type_enum

-- migrate:up
/*
  Warnings:

  - Changed the type of `data_type` on the `score_configs` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.

*/
-- Rename enum
ALTER TYPE "ScoreDataType" RENAME TO "ScoreConfigDataType";

-- migrate:down irreversible
