-- revision: v20221216140541
-- down_revision: v20221216140505
-- message: triggerdotdev/trigger.dev add_datetime_to_workflow_run

-- migrate:up
/*
  Warnings:

  - Added the required column `timestamp` to the `WorkflowRun` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "WorkflowRun" ADD COLUMN     "timestamp" TIMESTAMP(3) NOT NULL;

-- migrate:down irreversible
