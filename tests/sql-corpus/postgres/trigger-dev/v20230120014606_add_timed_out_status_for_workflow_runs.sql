-- revision: v20230120014606
-- down_revision: v20230120010921
-- message: triggerdotdev/trigger.dev add_timed_out_status_for_workflow_runs

-- migrate:up
-- AlterEnum
ALTER TYPE "WorkflowRunStatus" ADD VALUE 'TIMED_OUT';

-- migrate:down irreversible
