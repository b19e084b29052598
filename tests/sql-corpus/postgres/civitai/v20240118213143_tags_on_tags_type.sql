-- revision: v20240118213143
-- down_revision: v20240117150305
-- message: civitai/civitai tags_on_tags_type

-- migrate:up
-- CreateEnum
CREATE TYPE "TagsOnTagsType" AS ENUM ('Parent', 'Replace', 'Append');

-- AlterTable
ALTER TABLE "TagsOnTags" ADD COLUMN     "type" "TagsOnTagsType" NOT NULL DEFAULT 'Parent';

-- migrate:down irreversible
