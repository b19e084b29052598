-- revision: v20221226195245
-- down_revision: v20221226174634
-- message: civitai/civitai optional_answer_vote_vote

-- migrate:up
-- AlterTable
ALTER TABLE "AnswerVote" ALTER COLUMN "vote" DROP NOT NULL;

-- migrate:down irreversible
