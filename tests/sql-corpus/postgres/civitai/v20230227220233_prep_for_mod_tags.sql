-- revision: v20230227220233
-- down_revision: v20230223225028
-- message: civitai/civitai prep_for_mod_tags

-- migrate:up
-- CreateEnum
CREATE TYPE "TagType" AS ENUM ('UserGenerated', 'Label', 'Moderation');

-- AlterTable
ALTER TABLE "Tag" ADD COLUMN     "type" "TagType" NOT NULL DEFAULT 'UserGenerated';

-- AlterTable
ALTER TABLE "TagsOnImage" ADD COLUMN     "automated" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "confidence" INTEGER;

-- migrate:down irreversible
