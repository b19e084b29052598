-- revision: v20230105114046
-- down_revision: v20230104160649
-- message: triggerdotdev/trigger.dev add_disconnection_type

-- migrate:up
-- AlterEnum
ALTER TYPE "WorkflowRunStepType" ADD VALUE 'DISCONNECTION';


-- migrate:down irreversible
