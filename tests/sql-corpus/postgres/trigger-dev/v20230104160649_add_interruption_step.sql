-- revision: v20230104160649
-- down_revision: v20230104150555
-- message: triggerdotdev/trigger.dev add_interruption_step

-- migrate:up
-- AlterEnum
ALTER TYPE "WorkflowRunStepType" ADD VALUE 'INTERRUPTION';

-- migrate:down irreversible
