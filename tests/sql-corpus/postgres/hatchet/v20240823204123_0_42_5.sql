-- revision: v20240823204123
-- down_revision: v20240823120430
-- message: hatchet-dev/hatchet 0_42_5

-- migrate:up
-- Modify "StepRun" table
ALTER TABLE "StepRun" ADD COLUMN "priority" integer NULL;
-- Modify "WorkflowRun" table
ALTER TABLE "WorkflowRun" ADD COLUMN "priority" integer NULL;
-- Modify "WorkflowVersion" table
ALTER TABLE "WorkflowVersion" ADD COLUMN "defaultPriority" integer NULL;

-- migrate:down irreversible
