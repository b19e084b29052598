-- revision: v20240424091046
-- down_revision: v20240402034010
-- message: hatchet-dev/hatchet v0_21_9

-- migrate:up
-- AlterTable
ALTER TABLE "WorkflowTriggerCronRef" ADD COLUMN     "enabled" BOOLEAN NOT NULL DEFAULT true;

-- migrate:down irreversible
