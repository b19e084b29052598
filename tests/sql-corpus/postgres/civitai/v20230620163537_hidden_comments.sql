-- revision: v20230620163537
-- down_revision: v20230619222230
-- message: civitai/civitai hidden_comments

-- migrate:up
-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "hidden" BOOLEAN DEFAULT false;

-- migrate:down irreversible
