-- revision: v20240307185543
-- down_revision: v20240307090110
-- message: langfuse/langfuse score_add_source_nullable

-- migrate:up
-- CreateEnum
CREATE TYPE "ScoreSource" AS ENUM ('API', 'REVIEW');

-- AlterTable
ALTER TABLE "scores" ADD COLUMN     "source" "ScoreSource" NOT NULL DEFAULT 'API';

-- migrate:down irreversible
