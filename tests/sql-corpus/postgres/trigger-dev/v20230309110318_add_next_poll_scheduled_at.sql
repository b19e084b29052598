-- revision: v20230309110318
-- down_revision: v20230309110029
-- message: triggerdotdev/trigger.dev add_next_poll_scheduled_at

-- migrate:up
/*
  Warnings:

  - Added the required column `nextPollScheduledAt` to the `DeploymentLogPoll` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "DeploymentLogPoll" ADD COLUMN     "nextPollScheduledAt" TIMESTAMP(3) NOT NULL;

-- migrate:down irreversible
