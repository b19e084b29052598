-- revision: v20230309112008
-- down_revision: v20230309111003
-- message: triggerdotdev/trigger.dev add_poll_number

-- migrate:up
/*
  Warnings:

  - Added the required column `pollNumber` to the `DeploymentLogPoll` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "DeploymentLogPoll" ADD COLUMN     "pollNumber" INTEGER NOT NULL;

-- migrate:down irreversible
