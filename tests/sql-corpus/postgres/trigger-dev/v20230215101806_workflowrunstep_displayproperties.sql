-- revision: v20230215101806
-- down_revision: v20230214163434
-- message: triggerdotdev/trigger.dev workflowrunstep_displayproperties

-- migrate:up
-- AlterTable
ALTER TABLE "WorkflowRunStep" ADD COLUMN     "displayProperties" JSONB;

-- migrate:down irreversible
