-- revision: v20230115194338
-- down_revision: v20230115194253
-- message: triggerdotdev/trigger.dev schedule_should_be_json

-- migrate:up
/*
  Warnings:

  - Changed the type of `schedule` on the `SchedulerSource` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.

*/
-- AlterTable
ALTER TABLE "SchedulerSource" DROP COLUMN "schedule",
ADD COLUMN     "schedule" JSONB NOT NULL;

-- migrate:down irreversible
