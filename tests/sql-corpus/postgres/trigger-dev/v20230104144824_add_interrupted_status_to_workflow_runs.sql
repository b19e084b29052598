-- revision: v20230104144824
-- down_revision: v20230103145652
-- message: triggerdotdev/trigger.dev add_interrupted_status_to_workflow_runs

-- migrate:up
-- AlterEnum
ALTER TYPE "WorkflowRunStatus" ADD VALUE 'INTERRUPTED';

-- migrate:down irreversible
