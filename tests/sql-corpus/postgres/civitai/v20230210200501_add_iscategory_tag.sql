-- revision: v20230210200501
-- down_revision: v20230209225221
-- message: civitai/civitai add_iscategory_tag

-- migrate:up
-- AlterTable
ALTER TABLE "Tag" ADD COLUMN     "isCategory" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
