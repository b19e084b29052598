-- revision: v20240524154058
-- down_revision: v20240523142610
-- message: langfuse/langfuse scores_source_enum_add_annotation

-- migrate:up
-- AlterEnum
ALTER TYPE "ScoreSource" ADD VALUE 'ANNOTATION';

-- migrate:down irreversible
