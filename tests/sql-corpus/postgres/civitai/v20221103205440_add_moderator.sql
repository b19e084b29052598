-- revision: v20221103205440
-- down_revision: v20221103200953
-- message: civitai/civitai add_moderator

-- migrate:up
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isModerator" BOOLEAN DEFAULT false;

-- migrate:down irreversible
