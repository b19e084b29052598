-- revision: v20241107162939
-- down_revision: v20241029122625
-- message: hatchet-dev/hatchet v0_51_2

-- migrate:up
-- Modify "StepRun" table
ALTER TABLE "StepRun" ADD COLUMN "internalRetryCount" integer NOT NULL DEFAULT 0;

-- migrate:down irreversible
