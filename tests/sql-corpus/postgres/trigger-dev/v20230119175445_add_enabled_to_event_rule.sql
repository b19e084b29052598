-- revision: v20230119175445
-- down_revision: v20230119174326
-- message: triggerdotdev/trigger.dev add_enabled_to_event_rule

-- migrate:up
-- AlterTable
ALTER TABLE "EventRule" ADD COLUMN     "enabled" BOOLEAN NOT NULL DEFAULT true;

-- migrate:down irreversible
