-- revision: v20230120010921
-- down_revision: v20230119183126
-- message: triggerdotdev/trigger.dev add_trigger_ttl_in_seconds

-- migrate:up
-- AlterTable
ALTER TABLE "Workflow" ADD COLUMN     "triggerTtlInSeconds" INTEGER NOT NULL DEFAULT 3600;

-- migrate:down irreversible
