-- revision: v20230120225200
-- down_revision: v20230120014641
-- message: triggerdotdev/trigger.dev add_fetch_request_step_type

-- migrate:up
-- AlterEnum
ALTER TYPE "WorkflowRunStepType" ADD VALUE 'FETCH_REQUEST';

-- migrate:down irreversible
