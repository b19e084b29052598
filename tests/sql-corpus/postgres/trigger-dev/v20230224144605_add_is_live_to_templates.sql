-- revision: v20230224144605
-- down_revision: v20230216184843
-- message: triggerdotdev/trigger.dev add_is_live_to_templates

-- migrate:up
-- AlterTable
ALTER TABLE "Template" ADD COLUMN     "isLive" BOOLEAN NOT NULL DEFAULT true;

-- migrate:down irreversible
