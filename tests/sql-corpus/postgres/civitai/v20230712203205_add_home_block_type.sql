-- revision: v20230712203205
-- down_revision: v20230712191329
-- message: civitai/civitai add_home_block_type

-- migrate:up
-- CreateEnum
CREATE TYPE "HomeBlockType" AS ENUM ('Collection', 'Announcement', 'Leaderboard');

-- AlterTable
ALTER TABLE "HomeBlock" ADD COLUMN     "type" "HomeBlockType" NOT NULL;

-- migrate:down irreversible
