-- revision: v20221220095618
-- down_revision: v20221219171221
-- message: triggerdotdev/trigger.dev add_error_to_workflow_run

-- migrate:up
-- AlterTable
ALTER TABLE "WorkflowRun" ADD COLUMN     "error" JSONB;

-- migrate:down irreversible
