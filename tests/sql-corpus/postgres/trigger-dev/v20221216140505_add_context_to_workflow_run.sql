-- revision: v20221216140505
-- down_revision: v20221216140358
-- message: triggerdotdev/trigger.dev add_context_to_workflow_run

-- migrate:up
-- AlterTable
ALTER TABLE "WorkflowRun" ADD COLUMN     "context" JSONB;

-- migrate:down irreversible
