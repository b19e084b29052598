-- revision: v20221221164650
-- down_revision: v20221221124220
-- message: triggerdotdev/trigger.dev added_istest_to_run

-- migrate:up
-- AlterTable
ALTER TABLE "WorkflowRun" ADD COLUMN     "isTest" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
