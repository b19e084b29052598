-- revision: v20240207200350
-- down_revision: v20240207190207
-- message: civitai/civitai tags_on_image_vote_applied

-- migrate:up
-- AlterTable
ALTER TABLE "TagsOnImageVote" ADD COLUMN     "applied" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
