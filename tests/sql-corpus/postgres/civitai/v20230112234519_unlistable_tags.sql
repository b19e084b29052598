-- revision: v20230112234519
-- down_revision: v20230112193222
-- message: civitai/civitai unlistable_tags

-- migrate:up
-- AlterTable
ALTER TABLE "Tag" ADD COLUMN     "unlisted" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
