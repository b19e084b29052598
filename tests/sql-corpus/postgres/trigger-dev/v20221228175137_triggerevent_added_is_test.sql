-- revision: v20221228175137
-- down_revision: v20221228155121
-- message: triggerdotdev/trigger.dev triggerevent_added_is_test

-- migrate:up
-- AlterTable
ALTER TABLE "TriggerEvent" ADD COLUMN     "isTest" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
