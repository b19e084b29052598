-- revision: v20230130224954
-- down_revision: v20230130211031
-- message: civitai/civitai comment_lock

-- migrate:up
-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "locked" BOOLEAN DEFAULT false;

-- AlterTable
ALTER TABLE "CommentV2" ADD COLUMN     "locked" BOOLEAN DEFAULT false;

-- migrate:down irreversible
