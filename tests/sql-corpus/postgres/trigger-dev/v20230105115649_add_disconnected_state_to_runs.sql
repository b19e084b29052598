-- revision: v20230105115649
-- down_revision: v20230105115145
-- message: triggerdotdev/trigger.dev add_disconnected_state_to_runs

-- migrate:up
-- AlterEnum
ALTER TYPE "WorkflowRunStatus" ADD VALUE 'DISCONNECTED';

-- migrate:down irreversible
