-- revision: v20231006205635
-- down_revision: v20231005123051
-- message: civitai/civitai comment_v2_hidden

-- migrate:up
-- AlterTable
ALTER TABLE "CommentV2" ADD COLUMN     "hidden" BOOLEAN DEFAULT false;

-- migrate:down irreversible
