-- revision: v20230104150555
-- down_revision: v20230104144824
-- message: triggerdotdev/trigger.dev add_attempt_count_to_workflow_run

-- migrate:up
-- AlterTable
ALTER TABLE "WorkflowRun" ADD COLUMN     "attemptCount" INTEGER NOT NULL DEFAULT 0;

-- migrate:down irreversible
