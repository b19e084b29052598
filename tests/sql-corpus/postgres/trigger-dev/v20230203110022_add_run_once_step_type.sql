-- revision: v20230203110022
-- down_revision: v20230127123917
-- message: triggerdotdev/trigger.dev add_run_once_step_type

-- migrate:up
-- AlterEnum
ALTER TYPE "WorkflowRunStepType" ADD VALUE 'RUN_ONCE';

-- migrate:down irreversible
