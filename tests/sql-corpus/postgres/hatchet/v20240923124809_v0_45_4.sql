-- revision: v20240923124809
-- down_revision: v20240918162532
-- message: hatchet-dev/hatchet v0_45_4

-- migrate:up
-- Modify "WorkflowRun" table
ALTER TABLE "WorkflowRun" ALTER COLUMN "duration" TYPE bigint;

-- migrate:down irreversible
