-- revision: v20221223150407
-- down_revision: v20221223150238
-- message: triggerdotdev/trigger.dev add_trigger_metadata_to_event_rule

-- migrate:up
/*
  Warnings:

  - Added the required column `trigger` to the `EventRule` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "EventRule" ADD COLUMN     "trigger" JSONB NOT NULL;

-- migrate:down irreversible
