-- revision: v20240928144316
-- down_revision: v20240927172935
-- message: hatchet-dev/hatchet v0_48_0

-- migrate:up
-- Add value to enum type: "InternalQueue"
ALTER TYPE "InternalQueue" ADD VALUE 'WORKFLOW_RUN_PAUSED';
-- Modify "Workflow" table
ALTER TABLE "Workflow" ADD COLUMN "isPaused" boolean NULL DEFAULT false;

-- migrate:down irreversible
